"""The Bookings section: the calendar the front desk lives in (day grid, week of one room, month).

Every read and save runs through the operations layer: the widgets are built at once and the sites,
rooms and the day shown arrive from the worker, so the window paints its calendar before the database
has answered. Moving between days asks for the newest span only (``LatestOnly``): clicking "next"
five times quickly shows the fifth day, never an older answer after it. Saves do not reload the
section themselves: the commit's change event comes back through the main window as ``refresh``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.i18n import locale
from ngo_desktop.models import BookingStatus
from ngo_desktop.services.bookings.booking_view import BookingView, Scope
from ngo_desktop.services.bookings.holidays import holidays_between
from ngo_desktop.services.bookings.queries import bookings_between, day_occupancy
from ngo_desktop.services.bookings.rooms import (
    ClosureInfo,
    RoomInfo,
    SiteInfo,
    list_closures,
    list_rooms,
    list_sites,
)
from ngo_desktop.settings import settings
from ngo_desktop.timeutil import format_date, local_day_bounds, to_local, today_local, week_start
from ngo_desktop.views.bookings.calendar_grid import CalendarGrid, Column
from ngo_desktop.views.bookings.month_view import MonthView, shown_days_of
from ngo_desktop.views.bookings.print_action import print_booking_sheet, print_door_sign, print_week_schedule
from ngo_desktop.views.bookings.series_scope import ask_scope
from ngo_desktop.views.bookings.undo_steps import record_booking_edit
from ngo_desktop.views.date_input import DateEdit
from ngo_desktop.views.empty_state import EmptyState
from ngo_desktop.views.flow_layout import FlowLayout
from ngo_desktop.views.operations import LatestOnly, Operation
from ngo_desktop.views.unsaved import changed_forms_in

if TYPE_CHECKING:
    from ngo_desktop.services.users import SignedIn
    from ngo_desktop.views.bookings.booking_dialog import BookingDialog
    from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog

DAY, WEEK, MONTH = "day", "week", "month"
MODE_KEY = "bookings/mode"
# A change to these kinds may change which sites and rooms are listed (and their opening hours);
# any other watched kind only changes what the shown span holds.
PLACE_KINDS = ("site", "room", "opening_hours")

Plan = list[tuple[RoomInfo, dt.date]]
# A plan and its answer, read together with the sites and rooms when the section opens.
FirstSpan = tuple[Plan, tuple[list[BookingView], list[ClosureInfo], dict[dt.date, str]]] | None


@dataclass(frozen=True)
class Move:
    """A block dropped at a new place (or stretched), waiting its turn to be saved."""

    booking: BookingView  # as it was shown when it was dragged
    room_id: int
    starts: dt.datetime  # naive local
    ends: dt.datetime
    scope: Scope


def _places(database: Database) -> tuple[list[SiteInfo], list[RoomInfo]]:
    return list_sites(database), list_rooms(database)


def _plan(rooms: list[RoomInfo], room_id: int | None, day: dt.date, mode: str) -> Plan:
    """The rooms and days a day or week view shows: every room of the site on ``day``, or the week
    of the room ``room_id`` (the site's first room when it is not one of them)."""
    if mode == WEEK:
        room = next((room for room in rooms if room.id == room_id), rooms[0] if rooms else None)
        monday = week_start(day)
        return [(room, monday + dt.timedelta(days=offset)) for offset in range(7)] if room else []
    return [(room, day) for room in rooms]


def _first_look(database: Database, day: dt.date, mode: str) -> tuple[tuple[list[SiteInfo], list[RoomInfo]], FirstSpan]:
    """The sites and rooms and, with them, what the opening view shows (worker thread): the first
    site's rooms on ``day``, or its first room's week, as ``reload`` asks for it once the sites are
    listed. One call instead of two in a row: the calendar's first paint with its bookings waits for
    one turn of the worker, not two (a turn of each thread costs most on a busy machine; issue #16)."""
    sites, rooms = _places(database)
    if mode == MONTH or not sites:
        return (sites, rooms), None
    plan = _plan([room for room in rooms if room.site_id == sites[0].id], None, day, mode)
    return (sites, rooms), (plan, _span(database, plan))


def _span(database: Database, plan: Plan) -> tuple[list[BookingView], list[ClosureInfo], dict[dt.date, str]]:
    """The bookings, closures and public holidays of the rooms and days in ``plan`` (worker thread).

    The holidays come from here, not from the window: the first look at a year without the cached
    table imports the holidays package, which took 0.45-1.3 s on the GUI thread."""
    if not plan:
        return [], [], {}
    first, last = min(day for _, day in plan), max(day for _, day in plan)
    start, _ = local_day_bounds(first)
    _, end = local_day_bounds(last)
    room_ids = sorted({room.id for room, _ in plan})
    return (bookings_between(database, start, end, room_ids=room_ids),
            list_closures(database, start, end, room_ids=room_ids,
                          site_ids=sorted({room.site_id for room, _ in plan})),
            holidays_between(first, last))


class BookingsSection(QWidget):
    """Private: ``_day`` the date shown; ``_sites`` and ``_all_rooms`` as last loaded; ``_rooms`` the
    rooms of the chosen site; ``_places_loaded`` whether they have arrived at least once; ``_shown``
    the queue of span loads, newest wins; ``_moves`` the drops waiting to be saved, one at a time
    and in order; ``_versions`` the version this desk last saved of each booking it moved;
    ``_may_book`` False for a volunteer (Ctrl+N then makes no booking)."""

    watched_kinds = frozenset({"site", "room", "opening_hours", "closure", "booking_series", "booking", "organisation", "contact_person", "centre_profile"})
    # Emitted when the span asked for last is on screen (a test or a benchmark can wait for it).
    loaded = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._day = today_local()
        self._sites: list[SiteInfo] = []
        self._all_rooms: list[RoomInfo] = []
        self._rooms: list[RoomInfo] = []
        self._places_loaded = False
        self._first_span: FirstSpan = None
        self._shown = LatestOnly(self, database)
        self._moves: list[Move] = []
        self._versions: dict[int, int] = {}
        self._may_book = True
        self._stack = QStackedLayout(self)
        self.empty = EmptyState(self.tr("No rooms yet — add the first room"),
                                self.tr("Rooms and halls the centre lends appear here with their bookings."))
        self._first_room_button = self.empty.add_button(self.tr("Add the first room…"))
        self._first_room_button.clicked.connect(self.open_rooms)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._build_calendar())
        # The calendar's frame paints at once, with the day and mode it will show; the empty state
        # only once the database says so.
        self._stack.setCurrentIndex(1)
        self._show_day_and_mode()
        self._load_places()

    def _build_calendar(self) -> QWidget:
        page = QWidget()
        self.site = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Day"), DAY)
        self.mode.addItem(self.tr("Week of a room"), WEEK)
        self.mode.addItem(self.tr("Month"), MONTH)
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings().value(MODE_KEY, DAY))))
        self.room = QComboBox()
        self.date = DateEdit()
        today = QPushButton(self.tr("Today"))
        # Arrows as tool buttons: a push button is at least 80 px wide, which pushed the bar to two rows.
        previous, following = QToolButton(), QToolButton()
        previous.setText("◀")
        following.setText("▶")
        previous.setToolTip(self.tr("Previous"))
        following.setToolTip(self.tr("Next"))
        # A screen reader says these names; the arrows and the bare lists say nothing by themselves.
        for widget, name in ((previous, previous.toolTip()), (following, following.toolTip()),
                             (self.site, self.tr("Site")), (self.mode, self.tr("View")),
                             (self.room, self.tr("Room")), (self.date, self.tr("Date shown"))):
            widget.setAccessibleName(name)
        today.clicked.connect(lambda: self.go_to(today_local()))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        new_booking = QPushButton(self.tr("New booking…"))
        new_booking.clicked.connect(lambda: self.open_booking())
        find_free = QPushButton(self.tr("Find a free room…"))
        find_free.clicked.connect(self.find_free_room)
        more = QPushButton(self.tr("More"))
        menu = QMenu(more)
        # Rooms, their prices and closures are the administrator's (see limit_to_role).
        self._administrator_actions = (menu.addAction(self.tr("Rooms and sites…"), self.open_rooms),
                                       menu.addAction(self.tr("Closures…"), self.open_closures))
        menu.addSeparator()
        menu.addAction(self.tr("Export bookings…"), self.export)
        self._administrator_actions += (menu.addAction(self.tr("Import rooms…"), lambda: self.import_file("rooms")),)
        self._booking_actions = (menu.addAction(self.tr("Import bookings…"), lambda: self.import_file("bookings")),)
        self._booking_buttons = (new_booking,)
        more.setMenu(menu)
        self.print_button = QPushButton(self.tr("Print"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("Door sign for the day…"), lambda: self.print_door_sign(whole_week=False))
        print_menu.addAction(self.tr("Door sign for the week…"), lambda: self.print_door_sign(whole_week=True))
        print_menu.addAction(self.tr("Week schedule of the site…"), self.print_week_schedule)
        self.print_button.setMenu(print_menu)
        # The bar wraps onto a second row where one row would squeeze the buttons (1024 px, Latvian).
        bar = FlowLayout()
        for combo in (self.site, self.room):
            # Filled after the first show: keep each name whole once it arrives.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for widget in (self.site, self.mode, self.room, today, previous, following, self.date):
            bar.addWidget(widget)
        bar.add_stretch()
        for widget in (new_booking, find_free, self.print_button, more):
            bar.addWidget(widget)

        self.grid = CalendarGrid()
        self.grid.create_requested.connect(lambda room_id, start, end: self.open_booking(room_id=room_id,
                                                                                          starts=start, ends=end))
        self.grid.edit_requested.connect(self.edit_booking)
        self.grid.context_requested.connect(self.booking_menu)
        self.grid.move_requested.connect(self.move_booking)
        self.grid.cancel_requested.connect(self._cancel_shown)
        self.grid.step_requested.connect(self.step)
        self.grid.today_requested.connect(lambda: self.go_to(today_local()))
        self.grid.focus_moved.connect(lambda rect: self.scroll.ensureVisible(
            int(rect.center().x()), int(rect.center().y()), int(rect.width() / 2), int(rect.height())))
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.month = MonthView()
        self.month.day_chosen.connect(self._open_day)
        self.month.step_requested.connect(self.step)
        self.month.today_requested.connect(lambda: self.go_to(today_local()))
        self.views = QStackedWidget()
        self.views.addWidget(self.scroll)
        self.views.addWidget(self.month)
        # What the last save did, in words (a series: how many dates were booked).
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.views)

        self.site.currentIndexChanged.connect(self._site_changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.room.currentIndexChanged.connect(lambda _index: self.reload())
        self.date.dateChanged.connect(lambda value: self.go_to(value.toPython()))
        return page

    # --- state ---------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        """A drag is under way, a dropped block is being saved, or a booking form open over the
        calendar holds changes: a refresh now would drop the one, show the block at its old place for
        a moment, or change the rooms under the form."""
        return self.grid.dragging or bool(self._moves) or bool(changed_forms_in(self))

    def save_layout(self) -> None:
        """Nothing of this section's layout is remembered."""

    def refresh(self, changes: Changes | None = None) -> None:
        """Show what changed, keeping the day, site, room, mode and scroll position."""
        if changes is None or not self._places_loaded or changes.touches(PLACE_KINDS):
            self._load_places()
        else:
            self.reload()

    def _load_places(self) -> None:
        if self._places_loaded:
            Operation(self, self.database, _places).success(self._show_places) \
                .refusal_title(self.tr("The calendar could not be shown")).run()
            return
        day, mode = self._day, self.mode.currentData()
        Operation(self, self.database, lambda database: _first_look(database, day, mode)) \
            .success(lambda found: self._show_places(*found)) \
            .refusal_title(self.tr("The calendar could not be shown")).run()

    def _show_places(self, places: tuple[list[SiteInfo], list[RoomInfo]], first_span: FirstSpan = None) -> None:
        self._first_span = first_span
        self._sites, self._all_rooms = places
        self._places_loaded = True
        if not self._all_rooms:
            self._stack.setCurrentWidget(self.empty)
            return
        self._stack.setCurrentIndex(1)
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        for site in self._sites:
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.blockSignals(False)
        self._site_changed()

    def _site_changed(self) -> None:
        site_id = self.site.currentData()
        self._rooms = [room for room in self._all_rooms if site_id is None or room.site_id == site_id]
        chosen = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        for room in self._rooms:
            self.room.addItem(room.name, room.id)
        self.room.setCurrentIndex(max(0, self.room.findData(chosen)))
        self.room.blockSignals(False)
        self.reload()

    def _mode_changed(self) -> None:
        settings().setValue(MODE_KEY, self.mode.currentData())
        self.reload()

    def go_to(self, day: dt.date) -> None:
        self._day = day
        self.reload()

    def step(self, direction: int) -> None:
        mode = self.mode.currentData()
        if mode == MONTH:
            month = self._day.replace(day=1) + dt.timedelta(days=32 * direction if direction > 0 else -1)
            self.go_to(month.replace(day=1))
        else:
            self.go_to(self._day + dt.timedelta(days=direction * (7 if mode == WEEK else 1)))

    def _open_day(self, day: dt.date) -> None:
        self.mode.setCurrentIndex(self.mode.findData(DAY))
        self.go_to(day)

    # --- loading only what is shown -------------------------------------------------------
    def reload(self) -> None:
        """Ask for the span shown (newest request wins); the grid keeps the old one until it arrives."""
        first_span, self._first_span = self._first_span, None
        if not self._places_loaded or self._stack.currentIndex() != 1:
            return
        mode = self._show_day_and_mode()
        if mode == MONTH:
            self._load_month()
            return
        plan = _plan(self._rooms, self.room.currentData(), self._day, mode)
        if first_span is not None and first_span[0] == plan:
            self._show_columns(plan, mode, *first_span[1])  # read with the sites and rooms
            return
        self._shown.request(lambda database: _span(database, plan),
                            lambda found: self._show_columns(plan, mode, *found))

    def _show_day_and_mode(self) -> str:
        """The bar shows the day asked for at once; the room choice only in the week of a room."""
        self.date.blockSignals(True)
        self.date.setDate(self._day)
        self.date.blockSignals(False)
        mode: str = self.mode.currentData()
        self.room.setVisible(mode == WEEK)
        return mode

    def _show_columns(self, plan: Plan, mode: str, bookings: list[BookingView], closures: list[ClosureInfo],
                      holidays: dict[dt.date, str]) -> None:
        self.views.setCurrentWidget(self.scroll)
        self.grid.set_columns(self._columns(plan, mode, bookings, closures, holidays))
        self.loaded.emit()

    def _columns(self, plan: Plan, mode: str, bookings: list[BookingView], closures: list[ClosureInfo],
                 holidays: dict[dt.date, str]) -> list[Column]:
        if not plan:
            return []
        columns = []
        for room, day in plan:
            day_start, day_end = local_day_bounds(day)
            title = room.name if mode == DAY else (
                f"{locale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {format_date(day)}")
            columns.append(Column(
                title=title, room=room, day=day, holiday=holidays.get(day, ""),
                bookings=[booking for booking in bookings if booking.room_id == room.id
                          and booking.starts_at < day_end and booking.ends_at > day_start],
                closures=[closure for closure in closures if closure.starts_at < day_end and closure.ends_at > day_start
                          and (closure.room_id == room.id or closure.site_id == room.site_id)]))
        return columns

    def _load_month(self) -> None:
        month = self._day
        first, last = shown_days_of(month)
        open_minutes: dict[dt.date, int] = {}
        day = first
        while day <= last:
            open_minutes[day] = sum(
                (hours[1].hour * 60 + hours[1].minute) - (hours[0].hour * 60 + hours[0].minute)
                for room in self._rooms if (hours := room.opening_hours.get(day.weekday())))
            day += dt.timedelta(days=1)
        room_ids = [room.id for room in self._rooms]
        self._shown.request(
            lambda database: (day_occupancy(database, first, last, room_ids, open_minutes) if room_ids else {},
                              holidays_between(first, last)),
            lambda found: self._show_month(month, *found))

    def _show_month(self, month: dt.date, fullness: dict[dt.date, float], holidays: dict[dt.date, str]) -> None:
        self.month.set_month(month, fullness, holidays)
        self.views.setCurrentWidget(self.month)
        self.loaded.emit()

    def shown_booking(self, booking_id: int) -> BookingView | None:
        """The booking as the grid shows it (its status, series and version), if it is shown."""
        return next((booking for column in self.grid.columns() for booking in column.bookings
                     if booking.id == booking_id), None)

    # --- actions ----------------------------------------------------------------------------
    def new_item(self) -> BookingDialog | None:
        """Ctrl+N: a new booking at the focused slot of the day and room being viewed (not for volunteers)."""
        return self.open_booking() if self._may_book else None

    def open_booking(self, *, room_id: int | None = None, starts: dt.datetime | None = None,
                     ends: dt.datetime | None = None, attendees: int = 0) -> BookingDialog:
        """The booking form; without a place it starts where the calendar is: the focused room and
        slot of the grid, or in the month the focused day (the room chosen for the week, 10:00)."""
        if room_id is None and starts is None:
            slot = self.grid.focused_slot() if self.views.currentWidget() is self.scroll else None
            if slot is not None:
                room_id, starts = slot[0].room.id, slot[1]
            else:
                room_id = self.room.currentData() or (self._rooms[0].id if self._rooms else None)
                day = self.month.focused_day() if self.views.currentWidget() is self.month else self._day
                starts = dt.datetime.combine(day, dt.time(10))
        # The form (and its repeat, preview and conflict parts) loads when first opened, not at start-up.
        from ngo_desktop.views.bookings.booking_dialog import BookingDialog

        dialog = BookingDialog(self.database, self._all_rooms, room_id=room_id, starts=starts, ends=ends,
                               attendees=attendees, parent=self)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        dialog.open()
        return dialog

    def _after_save(self, dialog: BookingDialog) -> None:
        """A series booked: say how many dates, and show the first of them."""
        if len(dialog.saved) < 2:
            return
        first = min(dialog.saved, key=lambda booking: booking.starts_at)
        day = to_local(first.starts_at).date()
        self.say(self.tr("Dates booked: %n; the first on %1.", "", len(dialog.saved)).replace("%1", format_date(day)))
        self.go_to(day)

    def say(self, text: str) -> None:
        """What a save did, above the calendar and in the window's status bar."""
        self.notice.setText(text)
        self.notice.setVisible(True)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 15_000)

    def edit_booking(self, booking_id: int, *, moved_to: tuple[int, dt.datetime, dt.datetime] | None = None) -> None:
        """Opens the form once the booking as saved now has arrived (``moved_to``: proposing a room
        and time for it, as a refused drop does)."""
        from ngo_desktop.services.bookings.booking import get_booking

        Operation(self, self.database, lambda database: get_booking(database, booking_id)) \
            .success(lambda booking: self._open_edit(booking, moved_to)) \
            .refusal_title(self.tr("The booking cannot be opened")).run()

    def _open_edit(self, booking: BookingView,
                   moved_to: tuple[int, dt.datetime, dt.datetime] | None = None) -> BookingDialog:
        from ngo_desktop.views.bookings.booking_dialog import BookingDialog

        room_id, starts, ends = moved_to or (None, None, None)
        dialog = BookingDialog(self.database, self._all_rooms, booking=booking, room_id=room_id, starts=starts,
                               ends=ends, parent=self)
        if not self._may_book:
            dialog.show_read_only()
        dialog.open()
        if moved_to is not None:
            dialog.override.setFocus()
        return dialog

    # --- moving and stretching by drag ----------------------------------------------------
    def move_booking(self, booking: BookingView, room_id: int, starts: dt.datetime, ends: dt.datetime) -> None:
        """Save a dropped block where it was dropped (the grid already shows it there). Drops are
        saved one after another, each expecting the version the one before it saved."""
        scope = ask_scope(self, booking, self.tr("Move which dates?"))
        if scope is None:
            self.grid.place(booking)
            return
        self._moves.append(Move(booking, room_id, starts, ends, scope))
        if len(self._moves) == 1:
            self._save_next_move()

    def _save_next_move(self) -> None:
        if not self._moves:
            return
        from ngo_desktop.services.bookings.booking import edit_booking

        move = self._moves[0]
        booking = move.booking
        expected = max(booking.version, self._versions.get(booking.id, 0))
        draft = replace(booking.draft(), room_id=move.room_id, starts=move.starts, ends=move.ends)
        Operation(self, self.database, lambda database: edit_booking(
            database, booking.id, draft, expected_version=expected, scope=move.scope)) \
            .success(lambda saved: self._moved(move, *saved)) \
            .failure(lambda error: self._move_refused(move, error)) \
            .refusal_title(self.tr("The booking was not moved")).run()

    def _moved(self, move: Move, before: list[BookingView], after: list[BookingView]) -> None:
        self._moves.pop(0)
        self._versions.update({booking.id: booking.version for booking in after})
        for booking in after:
            if not any(waiting.booking.id == booking.id for waiting in self._moves):
                self.grid.place(booking)
        stretched = move.ends - move.starts != move.booking.ends_at - move.booking.starts_at
        record_booking_edit(self, self.database, self.tr("Stretch booking") if stretched else self.tr("Move booking"),
                            before, after)
        self._save_next_move()

    def _move_refused(self, move: Move, error: BaseException) -> bool:
        """The block goes back where it was. Rules that an override reason can lift open the form at
        the new place, where the reason is written as for any booking; other refusals are shown."""
        from ngo_desktop.services.bookings.booking import BookingRefused

        self._moves = [waiting for waiting in self._moves[1:] if waiting.booking.id != move.booking.id]
        self.grid.place(move.booking)
        self.reload()
        self._save_next_move()
        if isinstance(error, BookingRefused) and error.problems and all(
                problem.overridable for problem in error.problems):
            self.edit_booking(move.booking.id, moved_to=(move.room_id, move.starts, move.ends))
            return True
        return False

    def booking_menu(self, booking_id: int, position: QPoint) -> QMenu | None:
        booking = self.shown_booking(booking_id)
        if booking is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_booking(booking_id))
        confirm = menu.addAction(self.tr("Confirm"), lambda: self.confirm(booking_id))
        confirm.setEnabled(booking.status in (BookingStatus.ENQUIRY, BookingStatus.PROVISIONAL))
        cancel = menu.addAction(self.tr("Cancel booking…"), lambda: self.cancel(booking))
        cancel.setEnabled(booking.status != BookingStatus.CANCELLED)
        for action in (confirm, cancel):
            action.setVisible(self._may_book)  # a volunteer's would be refused by the server
        menu.addSeparator()
        menu.addAction(self.tr("Print booking sheet…"), lambda: print_booking_sheet(self.database, self, booking_id))
        menu.popup(position)
        return menu

    def print_door_sign(self, *, whole_week: bool) -> None:
        """The door sign of the room shown: in the day grid the focused room, in a week the room of the week."""
        slot = self.grid.focused_slot()
        if self.mode.currentData() == DAY and slot is not None:
            room_id: int | None = slot[0].room.id
        else:
            room_id = self.room.currentData() or (self._rooms[0].id if self._rooms else None)
        if room_id is not None:
            print_door_sign(self.database, self, room_id, self._day, whole_week=whole_week)

    def print_week_schedule(self) -> None:
        if self.site.currentData() is not None:
            print_week_schedule(self.database, self, self.site.currentData(), self._day)

    def confirm(self, booking_id: int) -> None:
        self.change_status(booking_id, BookingStatus.CONFIRMED)

    def change_status(self, booking_id: int, status: BookingStatus) -> None:
        """Confirm (or mark provisional), checking the rules again; the change can be undone."""
        from ngo_desktop.services.bookings.booking import edit_booking, get_booking

        def work(database: Database) -> tuple[list[BookingView], list[BookingView]]:
            booking = get_booking(database, booking_id)
            return edit_booking(database, booking_id, replace(booking.draft(), status=status),
                                expected_version=booking.version)

        Operation(self, self.database, work) \
            .success(lambda saved: record_booking_edit(self, self.database, self.tr("Change booking status"), *saved)) \
            .refusal_title(self.tr("The booking was not confirmed")).run()

    def _cancel_shown(self, booking_id: int) -> None:
        booking = self.shown_booking(booking_id)
        if booking is not None and self._may_book:
            self.cancel(booking)

    def cancel(self, booking: BookingView) -> None:
        """Asks which dates and why, then cancels them; the calendar shows it from the change event."""
        scope = ask_scope(self, booking, self.tr("Cancel which dates?"))
        if scope is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Cancel booking"), self.tr("Why is it cancelled?"))
        if not ok:
            return

        from ngo_desktop.services.bookings.booking import cancel_bookings, get_booking

        def work(database: Database) -> tuple[list[BookingView], list[BookingView]]:
            return cancel_bookings(database, booking.id, reason=reason, scope=scope,
                                   expected_version=get_booking(database, booking.id).version)

        Operation(self, self.database, work) \
            .success(lambda saved: record_booking_edit(self, self.database, self.tr("Cancel booking"), *saved)) \
            .refusal_title(self.tr("The booking was not cancelled")).run()

    def find_free_room(self) -> None:
        from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog

        dialog = FreeRoomDialog(self.database, self._day, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._book_free_room(dialog))
        dialog.open()

    def _book_free_room(self, dialog: FreeRoomDialog) -> None:
        chosen = dialog.chosen
        if chosen:
            room_id, starts, ends = chosen
            self.open_booking(room_id=room_id, starts=starts, ends=ends, attendees=dialog.attendees.value())

    def open_rooms(self) -> None:
        from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog

        dialog = RoomsDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def limit_to_role(self, person: SignedIn) -> None:
        """Hide rooms and closures from all but administrators, and booking from volunteers."""
        for action in self._administrator_actions:
            action.setVisible(person.is_administrator)
        self._first_room_button.setVisible(person.is_administrator)
        for action in self._booking_actions:
            action.setVisible(not person.is_volunteer)
        for button in self._booking_buttons:
            button.setVisible(not person.is_volunteer)
        self._may_book = not person.is_volunteer
        self.grid.editable = not person.is_volunteer

    def open_closures(self) -> None:
        from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog

        dialog = ClosuresDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def export(self) -> None:
        from ngo_desktop.views.bookings.exchange_actions import export_bookings_interactively

        export_bookings_interactively(self.database, self, self._day)

    def import_file(self, what: str) -> None:
        from ngo_desktop.views.bookings.exchange_actions import import_interactively

        import_interactively(self.database, self, what)
