"""The Bookings section: the calendar the front desk lives in (day grid, week of one room, month)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.changes import Changes
from ngo_desktop.db import Database
from ngo_desktop.i18n import locale
from ngo_desktop.models import BookingStatus
from ngo_desktop.services.booking_queries import bookings_between, day_occupancy
from ngo_desktop.services.bookings import cancel_booking, get_booking, set_status
from ngo_desktop.services.errors import DomainError
from ngo_desktop.services.holidays_lv import holidays_between
from ngo_desktop.services.rooms import RoomInfo, list_closures, list_rooms, list_sites
from ngo_desktop.services.users import SignedIn
from ngo_desktop.settings import settings
from ngo_desktop.timeutil import format_date, local_day_bounds, today_local, week_start
from ngo_desktop.views.bookings.booking_dialog import BookingDialog
from ngo_desktop.views.bookings.calendar_grid import CalendarGrid, Column
from ngo_desktop.views.bookings.month_view import MonthView
from ngo_desktop.views.bookings.print_action import print_booking_sheet, print_door_sign, print_week_schedule
from ngo_desktop.views.bookings.series_scope import ask_scope
from ngo_desktop.views.empty_state import EmptyState

DAY, WEEK, MONTH = "day", "week", "month"
MODE_KEY = "bookings/mode"


class BookingsSection(QWidget):
    """Private: ``_day`` the date shown; ``_rooms`` the rooms of the chosen site."""

    watched_kinds = frozenset({"site", "room", "opening_hours", "closure", "booking_series", "booking", "organisation", "contact_person", "centre_profile"})

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._day = today_local()
        self._rooms: list[RoomInfo] = []
        self._stack = QStackedLayout(self)
        self.empty = EmptyState(self.tr("No rooms yet — add the first room"),
                                self.tr("Rooms and halls the centre lends appear here with their bookings."))
        self._first_room_button = self.empty.add_button(self.tr("Add the first room…"))
        self._first_room_button.clicked.connect(self.open_rooms)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self._build_calendar())
        self.refresh()

    def _build_calendar(self) -> QWidget:
        page = QWidget()
        self.site = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Day"), DAY)
        self.mode.addItem(self.tr("Week of a room"), WEEK)
        self.mode.addItem(self.tr("Month"), MONTH)
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings().value(MODE_KEY, DAY))))
        self.room = QComboBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today, previous, following = (QPushButton(self.tr("Today")), QPushButton("◀"), QPushButton("▶"))
        previous.setToolTip(self.tr("Previous"))
        following.setToolTip(self.tr("Next"))
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
        bar = QHBoxLayout()
        for widget in (self.site, self.mode, self.room, today, previous, following, self.date):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (new_booking, find_free, self.print_button, more):
            bar.addWidget(widget)

        self.grid = CalendarGrid()
        self.grid.create_requested.connect(lambda room_id, start, end: self.open_booking(room_id=room_id,
                                                                                          starts=start, ends=end))
        self.grid.edit_requested.connect(self.edit_booking)
        self.grid.context_requested.connect(self.booking_menu)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.month = MonthView()
        self.month.day_chosen.connect(self._open_day)
        self.views = QStackedWidget()
        self.views.addWidget(self.scroll)
        self.views.addWidget(self.month)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.views)

        self.site.currentIndexChanged.connect(self._site_changed)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.room.currentIndexChanged.connect(lambda _index: self.reload())
        self.date.dateChanged.connect(lambda value: self.go_to(value.toPython()))
        return page

    # --- state ---------------------------------------------------------------------------
    def has_unsaved_edits(self) -> bool:
        return False

    def save_layout(self) -> None:
        """Nothing of this section's layout is remembered."""

    def refresh(self, changes: Changes | None = None) -> None:
        sites = list_sites(self.database)
        if not list_rooms(self.database):
            self._stack.setCurrentWidget(self.empty)
            return
        self._stack.setCurrentIndex(1)
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        for site in sites:
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.blockSignals(False)
        self._site_changed()

    def _site_changed(self) -> None:
        self._rooms = list_rooms(self.database, site_id=self.site.currentData())
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
        if self._stack.currentIndex() != 1:
            return
        self.date.blockSignals(True)
        self.date.setDate(QDate(self._day.year, self._day.month, self._day.day))
        self.date.blockSignals(False)
        mode = self.mode.currentData()
        self.room.setVisible(mode == WEEK)
        if mode == MONTH:
            self._load_month()
            self.views.setCurrentWidget(self.month)
            return
        self.views.setCurrentWidget(self.scroll)
        if mode == WEEK:
            room = next((room for room in self._rooms if room.id == self.room.currentData()), None)
            monday = week_start(self._day)
            days = [monday + dt.timedelta(days=offset) for offset in range(7)]
            plan = [(room, day) for day in days] if room else []
        else:
            plan = [(room, self._day) for room in self._rooms]
        self.grid.set_columns(self._columns(plan, mode))

    def _columns(self, plan: list[tuple[RoomInfo, dt.date]], mode: str) -> list[Column]:
        if not plan:
            return []
        first_day, last_day = min(day for _, day in plan), max(day for _, day in plan)
        start, _ = local_day_bounds(first_day)
        _, end = local_day_bounds(last_day)
        room_ids = sorted({room.id for room, _ in plan})
        bookings = bookings_between(self.database, start, end, room_ids=room_ids)
        closures = list_closures(self.database, start, end, room_ids=room_ids,
                                 site_ids=sorted({room.site_id for room, _ in plan}))
        holidays = holidays_between(first_day, last_day)
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
        self.month.set_month(self._day, {}, {})
        first, last = self.month.shown_days()
        open_minutes: dict[dt.date, int] = {}
        day = first
        while day <= last:
            open_minutes[day] = sum(
                (hours[1].hour * 60 + hours[1].minute) - (hours[0].hour * 60 + hours[0].minute)
                for room in self._rooms if (hours := room.opening_hours.get(day.weekday())))
            day += dt.timedelta(days=1)
        fullness = day_occupancy(self.database, first, last, [room.id for room in self._rooms], open_minutes) \
            if self._rooms else {}
        self.month.set_month(self._day, fullness, holidays_between(first, last))

    # --- actions ----------------------------------------------------------------------------
    def open_booking(self, *, room_id: int | None = None, starts: dt.datetime | None = None,
                     ends: dt.datetime | None = None) -> BookingDialog:
        dialog = BookingDialog(self.database, list_rooms(self.database), room_id=room_id, starts=starts, ends=ends,
                               parent=self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        return dialog

    def edit_booking(self, booking_id: int) -> BookingDialog:
        dialog = BookingDialog(self.database, list_rooms(self.database), booking=get_booking(self.database, booking_id),
                               parent=self)
        dialog.finished.connect(lambda _result: self.reload())
        dialog.open()
        return dialog

    def booking_menu(self, booking_id: int, position: QPoint) -> QMenu:
        menu = QMenu(self)
        booking = get_booking(self.database, booking_id)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_booking(booking_id))
        confirm = menu.addAction(self.tr("Confirm"), lambda: self.confirm(booking_id))
        confirm.setEnabled(booking.status in (BookingStatus.ENQUIRY, BookingStatus.PROVISIONAL))
        cancel = menu.addAction(self.tr("Cancel booking…"), lambda: self.cancel(booking_id))
        cancel.setEnabled(booking.status != BookingStatus.CANCELLED)
        menu.addSeparator()
        menu.addAction(self.tr("Print booking sheet…"), lambda: print_booking_sheet(self.database, self, booking_id))
        menu.popup(position)
        return menu

    def print_door_sign(self, *, whole_week: bool) -> None:
        """The door sign of the room shown (in the day grid: the site's first room if none is picked)."""
        room_id = self.room.currentData() or (self._rooms[0].id if self._rooms else None)
        if room_id is not None:
            print_door_sign(self.database, self, room_id, self.date.date().toPython(), whole_week=whole_week)

    def print_week_schedule(self) -> None:
        if self.site.currentData() is not None:
            print_week_schedule(self.database, self, self.site.currentData(), self.date.date().toPython())

    def confirm(self, booking_id: int) -> None:
        booking = get_booking(self.database, booking_id)
        try:
            set_status(self.database, booking_id, BookingStatus.CONFIRMED, expected_version=booking.version)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The booking was not confirmed"), str(error))
        self.reload()

    def cancel(self, booking_id: int) -> list[int]:
        booking = get_booking(self.database, booking_id)
        scope = ask_scope(self, booking, self.tr("Cancel which dates?"))
        if scope is None:
            return []
        reason, ok = QInputDialog.getText(self, self.tr("Cancel booking"), self.tr("Why is it cancelled?"))
        if not ok:
            return []
        try:
            cancelled = cancel_booking(self.database, booking_id, reason=reason, scope=scope,
                                       expected_version=booking.version)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The booking was not cancelled"), str(error))
            return []
        self.reload()
        return cancelled

    def find_free_room(self) -> None:
        from ngo_desktop.views.bookings.free_room_dialog import FreeRoomDialog

        dialog = FreeRoomDialog(self.database, self._day, self)
        if dialog.exec() and dialog.chosen:
            room_id, starts, ends = dialog.chosen
            self.open_booking(room_id=room_id, starts=starts, ends=ends)

    def open_rooms(self) -> None:
        from ngo_desktop.views.bookings.rooms_dialog import RoomsDialog

        RoomsDialog(self.database, self).exec()
        self.refresh()

    def limit_to_role(self, person: SignedIn) -> None:
        """Hide rooms and closures from all but administrators, and booking from volunteers."""
        for action in self._administrator_actions:
            action.setVisible(person.is_administrator)
        self._first_room_button.setVisible(person.is_administrator)
        for action in self._booking_actions:
            action.setVisible(not person.is_volunteer)
        for button in self._booking_buttons:
            button.setVisible(not person.is_volunteer)

    def open_closures(self) -> None:
        from ngo_desktop.views.bookings.closures_dialog import ClosuresDialog

        ClosuresDialog(self.database, self).exec()
        self.reload()

    def export(self) -> None:
        from ngo_desktop.views.bookings.exchange_actions import export_bookings_interactively

        export_bookings_interactively(self.database, self, self._day)

    def import_file(self, what: str) -> None:
        from ngo_desktop.views.bookings.exchange_actions import import_interactively

        if import_interactively(self.database, self, what):
            self.refresh()
