"""The month overview: one cell per day with how full the rooms are, holidays marked; a click opens the day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ngo_desktop.i18n import locale
from ngo_desktop.timeutil import week_start

WEEKS_SHOWN = 6
HEADER_HEIGHT = 26


def shown_days_of(month: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the six weeks shown for ``month`` (known before its data is loaded)."""
    first = week_start(month.replace(day=1))
    return first, first + dt.timedelta(days=7 * WEEKS_SHOWN - 1)


class MonthView(QWidget):
    """Private: ``_first`` the Monday of the first row; ``_month`` the month shown; ``_fullness`` 0–1 per day."""

    day_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._month = dt.date.today().replace(day=1)
        self._first = week_start(self._month)
        self._fullness: dict[dt.date, float] = {}
        self._holidays: dict[dt.date, str] = {}

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(700, 520)

    def set_month(self, month: dt.date, fullness: dict[dt.date, float], holidays: dict[dt.date, str]) -> None:
        self._month = month.replace(day=1)
        self._first = week_start(self._month)
        self._fullness = fullness
        self._holidays = holidays
        self.update()

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
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        day = self.day_at(event.position().x(), event.position().y())
        if day is not None:
            self.day_chosen.emit(day)
