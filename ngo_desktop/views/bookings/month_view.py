"""The month overview: one cell per day with how full the rooms are, holidays marked; a click opens the day.

The keyboard: the arrows move a focused day (drawn with a frame), Enter opens it, PageUp/PageDown
ask for another month and Home for today. The focused day in words is the accessible description.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from ngo_desktop.i18n import locale
from ngo_desktop.timeutil import format_date, week_start

WEEKS_SHOWN = 6
HEADER_HEIGHT = 26


def shown_days_of(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the six weeks shown for ``month`` (known before its data is loaded)."""
    first = week_start(month.replace(day=1))
    return first, first + dt.timedelta(days=7 * WEEKS_SHOWN - 1)


class MonthView(QWidget):
    """Private: ``_first`` the Monday of the first row; ``_month`` the month shown; ``_fullness`` 0–1 per
    day; ``_focus`` the focused day."""

    day_chosen = Signal(object)  # datetime.date
    step_requested = Signal(int)  # -1 the month before, +1 the month after
    today_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month = dt.date.today().replace(day=1)
        self._first = week_start(self._month)
        self._fullness: dict[dt.date, float] = {}
        self._holidays: dict[dt.date, str] = {}
        self._focus = self._month
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Month overview"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(700, 520)

    def set_month(self, month: dt.date, fullness: dict[dt.date, float], holidays: dict[dt.date, str]) -> None:
        """Show the month of ``month``, that day focused."""
        self._month = month.replace(day=1)
        self._first = week_start(self._month)
        self._fullness = fullness
        self._holidays = holidays
        self.set_focus_day(month)

    def focused_day(self) -> dt.date:
        return self._focus

    def set_focus_day(self, day: dt.date) -> None:
        last = self._first + dt.timedelta(days=7 * WEEKS_SHOWN - 1)
        self._focus = min(max(day, self._first), last)
        description = self.describe_focus()
        if description != self.accessibleDescription():
            # Qt itself tells a screen reader of the change (QAccessible's DescriptionChanged).
            self.setAccessibleDescription(description)
        self.update()

    def describe_focus(self) -> str:
        day = self._focus
        parts = [locale().dayName(day.isoweekday()), format_date(day)]
        if day in self._fullness:
            parts.append(self.tr("%1 % booked").replace("%1", str(round(self._fullness[day] * 100))))
        if day in self._holidays:
            parts.append(self._holidays[day])
        return ", ".join(parts)

    def _cell(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER_HEIGHT) / WEEKS_SHOWN
        return QRectF((index % 7) * width, HEADER_HEIGHT + (index // 7) * height, width, height)

    def day_at(self, x: float, y: float) -> dt.date | None:
        if y < HEADER_HEIGHT:
            return None
        column = int(x // (self.width() / 7))
        row = int((y - HEADER_HEIGHT) // ((self.height() - HEADER_HEIGHT) / WEEKS_SHOWN))
        if not (0 <= column < 7 and 0 <= row < WEEKS_SHOWN):
            return None
        return self._first + dt.timedelta(days=row * 7 + column)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self.width() / 7
        for weekday in range(7):
            name = locale().dayName(weekday + 1)
            painter.drawText(QRectF(weekday * width, 0, width, HEADER_HEIGHT), Qt.AlignmentFlag.AlignCenter, name)
        today = dt.date.today()
        for index in range(7 * WEEKS_SHOWN):
            day = self._first + dt.timedelta(days=index)
            cell = self._cell(index).adjusted(2, 2, -2, -2)
            in_month = day.month == self._month.month
            background = QColor(204, 0, 0, 28) if day in self._holidays else palette.alternateBase().color()
            painter.fillRect(cell, background if in_month else palette.window().color())
            painter.setPen(palette.highlight().color() if day == today else palette.mid().color())
            painter.drawRect(cell)
            painter.setPen(palette.text().color() if in_month else palette.placeholderText().color())
            painter.drawText(cell.adjusted(6, 4, -6, -4), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                             str(day.day))
            holiday = self._holidays.get(day)
            if holiday:
                painter.drawText(cell.adjusted(6, 22, -6, -24), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                 holiday)
            fullness = self._fullness.get(day)
            if fullness is not None and in_month:
                bar = QRectF(cell.left() + 6, cell.bottom() - 16, cell.width() - 12, 10)
                painter.fillRect(bar, palette.window().color())
                filled = QRectF(bar.left(), bar.top(), bar.width() * fullness, bar.height())
                painter.fillRect(filled, QColor("#e06666") if fullness > 0.8 else QColor("#6fa8dc"))
                painter.drawText(QRectF(cell.left(), cell.top() + 4, cell.width() - 6, 16),
                                 Qt.AlignmentFlag.AlignRight, f"{round(fullness * 100)} %")
        focused = self._cell((self._focus - self._first).days).adjusted(3, 3, -3, -3)
        painter.setPen(QPen(palette.highlight().color(), 2.5 if self.hasFocus() else 1,
                            Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(focused)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        key = event.key()
        if key in steps:
            self.set_focus_day(self._focus + dt.timedelta(days=steps[key]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_chosen.emit(self._focus)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.set_focus_day(day)
            self.day_chosen.emit(day)
