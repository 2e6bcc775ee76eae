"""The day and week grid: columns side by side (rooms of a day, or days of a room), time running down.

Bookings are blocks coloured by status; time outside opening hours, closures and public holidays
is shaded. Dragging over free time asks for a new booking; double-clicking a block asks to edit
it; the context menu is the section's. The grid paints only what it was given: the section loads
the bookings of the shown span and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking import BookingView
from ngo_desktop.services.bookings.rooms import ClosureInfo, RoomInfo
from ngo_desktop.timeutil import format_time, to_local

FIRST_HOUR = 7
LAST_HOUR = 23
HOUR_HEIGHT = 44
GUTTER_WIDTH = 52
HEADER_PADDING = 3
MIN_COLUMN_WIDTH = 130
SNAP_MINUTES = 15

STATUS_COLOURS = {
    BookingStatus.ENQUIRY: QColor("#d9d2e9"),
    BookingStatus.PROVISIONAL: QColor("#ffe599"),
    BookingStatus.CONFIRMED: QColor("#9fc5e8"),
    BookingStatus.CANCELLED: QColor("#eeeeee"),
}
SHADE_CLOSED = QColor(0, 0, 0, 22)
SHADE_HOLIDAY = QColor(204, 0, 0, 30)


@dataclass
class Column:
    """One column: a room on a day. ``shade_reason`` is set for a holiday or a whole-day closure."""

    title: str
    room: RoomInfo
    day: dt.date
    bookings: list[BookingView] = field(default_factory=list)
    closures: list[ClosureInfo] = field(default_factory=list)
    holiday: str = ""


class CalendarGrid(QWidget):
    """Private: ``_columns`` what is shown; ``_drag`` (column, start minute, end minute) while dragging."""

    create_requested = Signal(int, object, object)  # room id, naive local start, naive local end
    edit_requested = Signal(int)  # booking id
    context_requested = Signal(int, QPoint)  # booking id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._drag: tuple[int, int, int] | None = None
        self._header_height = self._two_lines()
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_header()

    # --- data ---------------------------------------------------------------------------
    def set_columns(self, columns: list[Column]) -> None:
        self._columns = columns
        self.setMinimumWidth(GUTTER_WIDTH + MIN_COLUMN_WIDTH * max(1, len(columns)))
        self._fit_header()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_header()

    # --- the header: each column's day or room, and a holiday's name, whole ---------------
    def _two_lines(self) -> int:
        return 2 * self.fontMetrics().lineSpacing() + 2 * HEADER_PADDING

    def _header_text(self, column: Column) -> str:
        return column.title + (f"\n{column.holiday}" if column.holiday else "")

    def _header_size(self, text: str, width: float) -> QSize:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(int(width), 1), 10_000),
                                               int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                               text).size()

    def _fit_header(self) -> None:
        """The header as high as its longest text wrapped to the columns' width (a long holiday name
        such as „Latvijas Republikas Neatkarības atjaunošanas diena” takes three lines)."""
        width = self._column_width() - 2 * HEADER_PADDING
        needed = max([self._header_size(self._header_text(column), width).height() + 2 * HEADER_PADDING
                      for column in self._columns] + [self._two_lines()])
        self._header_height = needed
        self.setMinimumHeight(needed + (LAST_HOUR - FIRST_HOUR) * HOUR_HEIGHT + 1)
        self.setMaximumHeight(self.minimumHeight())

    def header_height(self) -> int:
        return self._header_height

    def column_header(self, index: int) -> tuple[QRectF, str, QSize]:
        """Where column ``index``'s header text is drawn, the text, and the size it needs there."""
        width = self._column_width()
        rect = QRectF(GUTTER_WIDTH + index * width + HEADER_PADDING, HEADER_PADDING,
                      width - 2 * HEADER_PADDING, self._header_height - 2 * HEADER_PADDING)
        text = self._header_text(self._columns[index])
        return rect, text, self._header_size(text, rect.width())

    def columns(self) -> list[Column]:
        return self._columns

    @property
    def dragging(self) -> bool:
        """True while the mouse marks out a new booking (the section is not refreshed meanwhile)."""
        return self._drag is not None

    # --- geometry -----------------------------------------------------------------------
    def _column_width(self) -> float:
        return (self.width() - GUTTER_WIDTH) / max(1, len(self._columns))

    def column_at(self, x: float) -> int | None:
        index = int((x - GUTTER_WIDTH) // self._column_width())
        return index if x >= GUTTER_WIDTH and 0 <= index < len(self._columns) else None

    def minute_at(self, y: float) -> int:
        minutes = (y - self._header_height) / HOUR_HEIGHT * 60 + FIRST_HOUR * 60
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        return int(min(max(snapped, FIRST_HOUR * 60), LAST_HOUR * 60))

    def y_of(self, minute_of_day: float) -> float:
        return self._header_height + (minute_of_day - FIRST_HOUR * 60) / 60 * HOUR_HEIGHT

    def point_for(self, column: int, minute_of_day: int) -> QPoint:
        """Where a person would press to reach ``minute_of_day`` in ``column`` (tests drag with it)."""
        x = GUTTER_WIDTH + self._column_width() * (column + 0.5)
        return QPoint(int(x), int(round(self.y_of(minute_of_day))))

    def _minutes(self, moment: dt.datetime, day: dt.date) -> float:
        local = to_local(moment)
        if local.date() < day:
            return 0
        if local.date() > day:
            return 24 * 60
        return local.hour * 60 + local.minute

    def booking_rect(self, column_index: int, booking: BookingView) -> QRectF:
        column = self._columns[column_index]
        top = self.y_of(max(self._minutes(booking.starts_at, column.day), FIRST_HOUR * 60))
        bottom = self.y_of(min(self._minutes(booking.ends_at, column.day), LAST_HOUR * 60))
        width = self._column_width()
        return QRectF(GUTTER_WIDTH + column_index * width + 3, top + 1, width - 6, max(bottom - top - 2, 6))

    def booking_at(self, point: QPoint) -> BookingView | None:
        index = self.column_at(point.x())
        if index is None:
            return None
        for booking in reversed(self._columns[index].bookings):
            if self.booking_rect(index, booking).contains(point):
                return booking
        return None

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        width = self._column_width()
        for index, column in enumerate(self._columns):
            self._paint_shading(painter, index, column, width)
        painter.setPen(QPen(palette.mid().color(), 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self.y_of(hour * 60)
            painter.drawLine(GUTTER_WIDTH - 6, int(y), self.width(), int(y))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y - 9, GUTTER_WIDTH - 10, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
            painter.setPen(QPen(palette.mid().color(), 1))
        for index, column in enumerate(self._columns):
            x = GUTTER_WIDTH + index * width
            painter.setPen(QPen(palette.mid().color(), 1))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(palette.text().color())
            header, title, _needed = self.column_header(index)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
            for booking in column.bookings:
                self._paint_booking(painter, index, booking)
        if self._drag is not None:
            column_index, first, last = self._drag
            top, bottom = sorted((first, last))
            rect = QRectF(GUTTER_WIDTH + column_index * width + 3, self.y_of(top), width - 6,
                          self.y_of(bottom) - self.y_of(top))
            painter.fillRect(rect, QColor(palette.highlight().color().red(), palette.highlight().color().green(),
                                          palette.highlight().color().blue(), 90))
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop,
                             f"{top // 60:02d}:{top % 60:02d}–{bottom // 60:02d}:{bottom % 60:02d}")
        painter.end()

    def _paint_shading(self, painter: QPainter, index: int, column: Column, width: float) -> None:
        x = GUTTER_WIDTH + index * width
        top, bottom = self.y_of(FIRST_HOUR * 60), self.y_of(LAST_HOUR * 60)
        if column.holiday:
            painter.fillRect(QRectF(x, top, width, bottom - top), SHADE_HOLIDAY)
            return
        hours = column.room.opening_hours.get(column.day.weekday())
        if hours is None:
            painter.fillRect(QRectF(x, top, width, bottom - top), SHADE_CLOSED)
        else:
            opens = self.y_of(max(hours[0].hour * 60 + hours[0].minute, FIRST_HOUR * 60))
            closes = self.y_of(min(hours[1].hour * 60 + hours[1].minute, LAST_HOUR * 60))
            painter.fillRect(QRectF(x, top, width, opens - top), SHADE_CLOSED)
            painter.fillRect(QRectF(x, closes, width, bottom - closes), SHADE_CLOSED)
        for closure in column.closures:
            first = self.y_of(max(self._minutes(closure.starts_at, column.day), FIRST_HOUR * 60))
            last = self.y_of(min(self._minutes(closure.ends_at, column.day), LAST_HOUR * 60))
            if last > first:
                painter.fillRect(QRectF(x, first, width, last - first),
                                 QBrush(QColor(120, 120, 120, 70), Qt.BrushStyle.BDiagPattern))

    def _paint_booking(self, painter: QPainter, index: int, booking: BookingView) -> None:
        rect = self.booking_rect(index, booking)
        colour = STATUS_COLOURS[booking.status]
        painter.setPen(QPen(colour.darker(140), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#202020") if booking.status != BookingStatus.CANCELLED else QColor("#888888"))
        font = painter.font()
        font.setStrikeOut(booking.status == BookingStatus.CANCELLED)
        painter.setFont(font)
        text = f"{format_time(to_local(booking.starts_at))}–{format_time(to_local(booking.ends_at))} {booking.label}"
        if booking.title and booking.title != booking.label:
            text += f"\n{booking.title}"
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
        font.setStrikeOut(False)
        painter.setFont(font)

    # --- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position().toPoint()
        index = self.column_at(point.x())
        if event.button() != Qt.MouseButton.LeftButton or index is None or point.y() < self._header_height:
            return
        if self.booking_at(point) is None:
            minute = self.minute_at(point.y())
            self._drag = (index, minute, minute)
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            index, first, _ = self._drag
            self._drag = (index, first, self.minute_at(event.position().y()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None:
            return
        index, first, last = self._drag
        self._drag = None
        self.update()
        top, bottom = sorted((first, last))
        if bottom - top < SNAP_MINUTES:
            return
        column = self._columns[index]
        start = dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(minutes=top)
        end = dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(minutes=bottom)
        self.create_requested.emit(column.room.id, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        booking = self.booking_at(event.position().toPoint())
        if booking is not None:
            self._drag = None
            self.edit_requested.emit(booking.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        booking = self.booking_at(event.pos())
        if booking is not None:
            self.context_requested.emit(booking.id, event.globalPos())
