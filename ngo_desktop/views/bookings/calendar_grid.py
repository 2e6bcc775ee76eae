"""The day and week grid: columns side by side (rooms of a day, or days of a room), time running down.

Bookings are blocks coloured by status, with the status also written in the block and drawn as its
border (dashed: provisional, dotted: enquiry, struck through: cancelled), so colour is never the only
sign. Time outside opening hours, closures and public holidays is shaded. Dragging over free time
asks for a new booking; dragging a block moves it (to another time, or to another column: another
room of the day, another day of the room), dragging its top or bottom edge stretches it; the grid
shows the block at its new place at once and the section saves it (``move_requested``), putting it
back if the save is refused. Double-clicking a block asks to edit it; the context menu is the
section's.

The keyboard: a focused cell (a column and a 30-minute slot) is drawn with a frame; the arrows move
it, Ctrl+arrows move the booking in it and Shift+Up/Down stretch it, Enter opens it (or a new
booking there), Delete asks to cancel it, PageUp/PageDown and Home ask for another span. What the
focused cell holds is the grid's accessible description, announced to a screen reader when it
changes. The grid paints only what it was given: the section loads the bookings of the shown span.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ngo_desktop.i18n import locale
from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking_view import BookingView
from ngo_desktop.services.bookings.rooms import ClosureInfo, RoomInfo
from ngo_desktop.timeutil import format_date, format_time, to_local, to_utc
from ngo_desktop.views.bookings.calendar_drag import BookingDrag, Grip, dragged_to
from ngo_desktop.vocabulary import booking_status_label, sentence_case

FIRST_HOUR = 7
LAST_HOUR = 23
HOUR_HEIGHT = 44
GUTTER_WIDTH = 52
HEADER_PADDING = 3
MIN_COLUMN_WIDTH = 130
SNAP_MINUTES = 15
# The keyboard moves the focused cell by half an hour: a quarter would take twice the key presses.
KEY_SLOT_MINUTES = 30
# How close to a block's top or bottom edge (pixels) a press stretches it instead of moving it.
EDGE_GRIP = 6
# Pixels the pointer must travel before a press on a block becomes a drag (not a click).
DRAG_DISTANCE = 4
BORDER_STYLES = {
    BookingStatus.ENQUIRY: Qt.PenStyle.DotLine,
    BookingStatus.PROVISIONAL: Qt.PenStyle.DashLine,
    BookingStatus.CONFIRMED: Qt.PenStyle.SolidLine,
    BookingStatus.CANCELLED: Qt.PenStyle.SolidLine,
}

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
    """Private: ``_columns`` what is shown; ``_drag`` (column, start minute, end minute) while marking
    out a new booking; ``_move`` the block being moved or stretched; ``_focus`` (column, minute) the
    focused cell. ``editable`` False (a volunteer) leaves out making and moving bookings."""

    create_requested = Signal(int, object, object)  # room id, naive local start, naive local end
    edit_requested = Signal(int)  # booking id
    context_requested = Signal(int, QPoint)  # booking id, global position
    # The booking as it was, then room id, naive local start and end where it was dropped.
    move_requested = Signal(object, int, object, object)
    cancel_requested = Signal(int)  # booking id
    step_requested = Signal(int)  # -1 earlier, +1 later (PageUp / PageDown)
    today_requested = Signal()
    focus_moved = Signal(QRectF)  # where the focused cell is now (the section scrolls it into view)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._drag: tuple[int, int, int] | None = None
        self._move: BookingDrag | None = None
        self._focus = (0, 10 * 60)
        self.editable = True
        self._header_height = self._two_lines()
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_header()
        self.setAccessibleName(self.tr("Bookings calendar"))

    # --- data ---------------------------------------------------------------------------
    def set_columns(self, columns: list[Column]) -> None:
        self._columns = columns
        self.setMinimumWidth(GUTTER_WIDTH + MIN_COLUMN_WIDTH * max(1, len(columns)))
        self._focus = (min(self._focus[0], max(0, len(columns) - 1)), self._focus[1])
        self._announce_focus()
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
        rect = self._header_rect(index, self._column_width())
        text = self._header_text(self._columns[index])
        return rect, text, self._header_size(text, rect.width())

    def _header_rect(self, index: int, width: float) -> QRectF:
        return QRectF(GUTTER_WIDTH + index * width + HEADER_PADDING, HEADER_PADDING,
                      width - 2 * HEADER_PADDING, self._header_height - 2 * HEADER_PADDING)

    def columns(self) -> list[Column]:
        return self._columns

    @property
    def dragging(self) -> bool:
        """True while the mouse marks out a new booking or drags a block (no refresh meanwhile)."""
        return self._drag is not None or self._move is not None

    def place(self, booking: BookingView) -> None:
        """Show ``booking`` where it is now (after a move, or put back after a refused one)."""
        for index, column in enumerate(self._columns):
            kept = [shown for shown in column.bookings if shown.id != booking.id]
            day_start = to_utc(dt.datetime.combine(column.day, dt.time(0)))
            day_end = to_utc(dt.datetime.combine(column.day + dt.timedelta(days=1), dt.time(0)))
            if booking.room_id == column.room.id and booking.starts_at < day_end and booking.ends_at > day_start:
                kept = sorted([*kept, booking], key=lambda shown: shown.starts_at)
            self._columns[index] = replace(column, bookings=kept)
        self._announce_focus()
        self.update()

    # --- the focused cell ------------------------------------------------------------------
    def focused_slot(self) -> tuple[Column, dt.datetime] | None:
        """The focused column and the naive local start of its focused slot."""
        if not self._columns:
            return None
        column = self._columns[self._focus[0]]
        return column, dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(minutes=self._focus[1])

    def focused_booking(self) -> BookingView | None:
        if not self._columns:
            return None
        index, minute = self._focus
        column = self._columns[index]
        return next((booking for booking in reversed(column.bookings)
                     if self._minutes(booking.starts_at, column.day) < minute + KEY_SLOT_MINUTES
                     and self._minutes(booking.ends_at, column.day) > minute), None)

    def set_focus_cell(self, column: int, minute: int) -> None:
        if not self._columns:
            return
        column = max(0, min(column, len(self._columns) - 1))
        minute = max(FIRST_HOUR * 60, min(minute, LAST_HOUR * 60 - KEY_SLOT_MINUTES))
        self._focus = (column, minute - minute % KEY_SLOT_MINUTES)
        self._announce_focus()
        self.focus_moved.emit(self.focus_rect())
        self.update()

    def focus_rect(self) -> QRectF:
        index, minute = self._focus
        width = self._column_width()
        return QRectF(GUTTER_WIDTH + index * width + 1, self.y_of(minute), width - 2,
                      self.y_of(minute + KEY_SLOT_MINUTES) - self.y_of(minute))

    def describe_focus(self) -> str:
        """What the focused cell holds, in words: the room, the day, the time, who and the status."""
        slot = self.focused_slot()
        if slot is None:
            return self.tr("No rooms shown")
        column, start = slot
        day = f"{locale().dayName(column.day.isoweekday())}, {format_date(column.day)}"
        booking = self.focused_booking()
        if booking is not None:
            times = f"{format_time(to_local(booking.starts_at))}–{format_time(to_local(booking.ends_at))}"
            return ", ".join(part for part in (column.room.name, day, times, booking.label,
                                                booking_status_label(booking.status)) if part)
        times = f"{format_time(start)}–{format_time(start + dt.timedelta(minutes=KEY_SLOT_MINUTES))}"
        return ", ".join((column.room.name, day, times, column.holiday or self.tr("free")))

    def _announce_focus(self) -> None:
        description = self.describe_focus()
        if description != self.accessibleDescription():
            # Qt itself tells a screen reader of the change (QAccessible's DescriptionChanged).
            self.setAccessibleDescription(description)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.update()

    # --- geometry -----------------------------------------------------------------------
    def _column_width(self) -> float:
        return (self.width() - GUTTER_WIDTH) / max(1, len(self._columns))

    def column_at(self, x: float) -> int | None:
        index = int((x - GUTTER_WIDTH) // self._column_width())
        return index if x >= GUTTER_WIDTH and 0 <= index < len(self._columns) else None

    def raw_minute_at(self, y: float) -> float:
        return (y - self._header_height) / HOUR_HEIGHT * 60 + FIRST_HOUR * 60

    def minute_at(self, y: float) -> int:
        snapped = round(self.raw_minute_at(y) / SNAP_MINUTES) * SNAP_MINUTES
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

    def _span_rect(self, column_index: int, top_minute: float, bottom_minute: float) -> QRectF:
        top = self.y_of(max(top_minute, FIRST_HOUR * 60))
        bottom = self.y_of(min(bottom_minute, LAST_HOUR * 60))
        width = self._column_width()
        return QRectF(GUTTER_WIDTH + column_index * width + 3, top + 1, width - 6, max(bottom - top - 2, 6))

    def booking_rect(self, column_index: int, booking: BookingView) -> QRectF:
        column = self._columns[column_index]
        return self._span_rect(column_index, self._minutes(booking.starts_at, column.day),
                               self._minutes(booking.ends_at, column.day))

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
        # Only the columns in the exposed part (the scroll area shows a few of the day's rooms): their
        # neighbours' headers would be laid out and drawn for nothing, 2-3 times the paint's time.
        exposed = event.rect()
        shown = range(max(0, int((exposed.left() - 2 - GUTTER_WIDTH) // width)),
                      min(len(self._columns), int((exposed.right() + 2 - GUTTER_WIDTH) // width) + 1))
        for index in shown:
            self._paint_shading(painter, index, self._columns[index], width)
        painter.setPen(QPen(palette.mid().color(), 1))
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self.y_of(hour * 60)
            painter.drawLine(GUTTER_WIDTH - 6, int(y), self.width(), int(y))
            painter.setPen(palette.text().color())
            painter.drawText(QRectF(0, y - 9, GUTTER_WIDTH - 10, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{hour:02d}:00")
            painter.setPen(QPen(palette.mid().color(), 1))
        for index in shown:
            column = self._columns[index]
            x = GUTTER_WIDTH + index * width
            painter.setPen(QPen(palette.mid().color(), 1))
            painter.drawLine(int(x), 0, int(x), self.height())
            painter.setPen(palette.text().color())
            painter.drawText(self._header_rect(index, width), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._header_text(column))
            for booking in column.bookings:
                moving = self._move is not None and self._move.started and self._move.booking.id == booking.id
                painter.setOpacity(0.35 if moving else 1.0)
                self._paint_booking(painter, self.booking_rect(index, booking), booking)
                painter.setOpacity(1.0)
        if self._drag is not None:
            column_index, first, last = self._drag
            top, bottom = sorted((first, last))
            rect = self._span_rect(column_index, top, bottom)
            self._paint_ghost(painter, rect)
            painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop,
                             f"{top // 60:02d}:{top % 60:02d}–{bottom // 60:02d}:{bottom % 60:02d}")
        if self._move is not None and self._move.started:
            # The block in the hand is drawn with the times and place it would be saved with.
            move = self._move
            column = self._columns[move.column]
            midnight = dt.datetime.combine(column.day, dt.time(0))
            rect = self._span_rect(move.column, move.start, move.end)
            self._paint_booking(painter, rect, replace(
                move.booking, starts_at=to_utc(midnight + dt.timedelta(minutes=move.start)),
                ends_at=to_utc(midnight + dt.timedelta(minutes=move.end))))
            self._paint_ghost(painter, rect)
        if self._columns:
            focus_pen = QPen(palette.highlight().color(), 2.5 if self.hasFocus() else 1,
                             Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DotLine)
            painter.setPen(focus_pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.focus_rect())
        painter.end()

    def _paint_ghost(self, painter: QPainter, rect: QRectF) -> None:
        """The span a drag would give, tinted and framed in the highlight colour."""
        highlight = self.palette().highlight().color()
        painter.fillRect(rect, QColor(highlight.red(), highlight.green(), highlight.blue(), 70))
        painter.setPen(QPen(highlight.darker(130), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setPen(self.palette().text().color())

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

    def _paint_booking(self, painter: QPainter, rect: QRectF, booking: BookingView) -> None:
        colour = STATUS_COLOURS[booking.status]
        painter.setPen(QPen(colour.darker(170), 1.5, BORDER_STYLES[booking.status]))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#202020") if booking.status != BookingStatus.CANCELLED else QColor("#666666"))
        font = painter.font()
        font.setStrikeOut(booking.status == BookingStatus.CANCELLED)
        painter.setFont(font)
        text = f"{format_time(to_local(booking.starts_at))}–{format_time(to_local(booking.ends_at))} {booking.label}"
        # The status in words as well as in colour and border: colour alone is not enough.
        text += f"\n{sentence_case(booking_status_label(booking.status))}"
        if booking.title and booking.title != booking.label:
            text += f" · {booking.title}"
        painter.drawText(rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, text)
        font.setStrikeOut(False)
        painter.setFont(font)

    # --- mouse ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        point = event.position().toPoint()
        index = self.column_at(point.x())
        if event.button() != Qt.MouseButton.LeftButton or index is None or point.y() < self._header_height:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_focus_cell(index, int(self.raw_minute_at(point.y())))
        booking = self.booking_at(point)
        if not self.editable:
            self.update()
            return
        if booking is None:
            minute = self.minute_at(point.y())
            self._drag = (index, minute, minute)
        elif (grip := self._grip(index, booking, point)) is not None:
            column = self._columns[index]
            start, end = self._minutes(booking.starts_at, column.day), self._minutes(booking.ends_at, column.day)
            self._move = BookingDrag(booking, grip, index, int(start), int(end), point.x(),
                                     self.raw_minute_at(point.y()), index, int(start), int(end))
        self.update()

    def _draggable(self, index: int, booking: BookingView) -> bool:
        """A cancelled booking stays put, and so does one running past the hours shown or into another day."""
        column = self._columns[index]
        start, end = self._minutes(booking.starts_at, column.day), self._minutes(booking.ends_at, column.day)
        return booking.status != BookingStatus.CANCELLED and start >= FIRST_HOUR * 60 and end <= LAST_HOUR * 60

    def _grip(self, index: int, booking: BookingView, point: QPoint) -> Grip | None:
        """What a press at ``point`` does to the block (None: it cannot be dragged)."""
        if not self._draggable(index, booking):
            return None
        rect = self.booking_rect(index, booking)
        grip = min(EDGE_GRIP, rect.height() / 4)
        if point.y() <= rect.top() + grip:
            return Grip.TOP
        if point.y() >= rect.bottom() - grip:
            return Grip.BOTTOM
        return Grip.BODY

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            index, first, _ = self._drag
            self._drag = (index, first, self.minute_at(event.position().y()))
            self.update()
        elif self._move is not None:
            self._move = self._moved_to(event.position().x(), event.position().y())
            self.update()

    def _moved_to(self, x: float, y: float) -> BookingDrag:
        """The block being dragged with the pointer at (x, y): only the press and this point count."""
        assert self._move is not None
        move = self._move
        started = move.started or abs(x - move.press_x) >= DRAG_DISTANCE \
            or abs(self.y_of(self.raw_minute_at(y)) - self.y_of(move.press_minute)) >= DRAG_DISTANCE
        if not started:
            return move
        return dragged_to(replace(move, started=True), self.column_at(x), self.raw_minute_at(y), step=SNAP_MINUTES,
                          first=FIRST_HOUR * 60, last=LAST_HOUR * 60)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._move is not None:
            move = self._moved_to(event.position().x(), event.position().y())
            self._move = None
            self.update()
            if move.started and move.changed:
                self.request_move(move.booking, move.column, move.start, move.end)
            return
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

    def request_move(self, booking: BookingView, column_index: int, start: int, end: int) -> None:
        """Show ``booking`` at once in ``column_index`` from minute ``start`` to ``end`` and ask the
        section to save it there (it puts the booking back with ``place`` if the save is refused)."""
        column = self._columns[column_index]
        starts = dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(minutes=start)
        ends = dt.datetime.combine(column.day, dt.time(0)) + dt.timedelta(minutes=end)
        self.place(replace(booking, room_id=column.room.id, room_name=column.room.name,
                           starts_at=to_utc(starts), ends_at=to_utc(ends)))
        self.move_requested.emit(booking, column.room.id, starts, ends)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        booking = self.booking_at(event.position().toPoint())
        if booking is not None:
            self._drag = None
            self._move = None
            self.edit_requested.emit(booking.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        booking = self.booking_at(event.pos())
        if booking is not None:
            self.context_requested.emit(booking.id, event.globalPos())

    # --- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, modifiers = event.key(), event.modifiers()
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in arrows and self._columns:
            columns, slots = arrows[key]
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self._move_focused_booking(columns, slots * SNAP_MINUTES, stretch=False)
            elif modifiers & Qt.KeyboardModifier.ShiftModifier and slots:
                self._move_focused_booking(0, slots * SNAP_MINUTES, stretch=True)
            else:
                self.set_focus_cell(self._focus[0] + columns, self._focus[1] + slots * KEY_SLOT_MINUTES)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._columns:
            self._open_focused()
        elif key == Qt.Key.Key_Delete and (booking := self.focused_booking()) is not None \
                and booking.status != BookingStatus.CANCELLED:
            self.cancel_requested.emit(booking.id)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key == Qt.Key.Key_Home:
            self.today_requested.emit()
        else:
            super().keyPressEvent(event)

    def _open_focused(self) -> None:
        booking = self.focused_booking()
        if booking is not None:
            self.edit_requested.emit(booking.id)
            return
        slot = self.focused_slot()
        if slot is not None and self.editable:
            column, start = slot
            self.create_requested.emit(column.room.id, start, start + dt.timedelta(hours=1))

    def _move_focused_booking(self, columns: int, minutes: int, *, stretch: bool) -> None:
        """Ctrl+arrows move the focused booking a step (a column, a quarter of an hour); Shift+Up/Down
        move its end: the keyboard's drag, saved the same way."""
        booking = self.focused_booking()
        index = self._focus[0]
        if booking is None or not self.editable or not self._draggable(index, booking):
            return
        column = self._columns[index]
        start, end = int(self._minutes(booking.starts_at, column.day)), int(self._minutes(booking.ends_at, column.day))
        drag = BookingDrag(booking, Grip.BOTTOM if stretch else Grip.BODY, index, start, end, 0,
                           end if stretch else start, index, start, end, started=True)
        target = max(0, min(index + columns, len(self._columns) - 1))
        moved = dragged_to(drag, target, (end if stretch else start) + minutes, step=SNAP_MINUTES,
                           first=FIRST_HOUR * 60, last=LAST_HOUR * 60)
        if moved.changed:
            self.request_move(booking, moved.column, moved.start, moved.end)
            self.set_focus_cell(moved.column, moved.end - SNAP_MINUTES if stretch else moved.start)
