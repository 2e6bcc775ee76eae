"""Sites and rooms: capacity, equipment, opening hours, buffers and tariffs.

The lists are read and every save runs through the operations layer; a room saved meanwhile at
another desk is shown beside the user's version (``on_conflict``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import locale
from ngo_desktop.money import format_cents
from ngo_desktop.services.bookings.rooms import (
    DEFAULT_OPENING_HOURS,
    EQUIPMENT_CODES,
    RoomInfo,
    RoomInput,
    SiteInfo,
    SiteInput,
    create_room,
    create_site,
    equipment_label,
    get_room,
    list_rooms,
    list_sites,
    set_room_archived,
    update_room,
)
from ngo_desktop.sorting import sort_key
from ngo_desktop.timeutil import format_time
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.conflict import only_differences, show_both_versions
from ngo_desktop.views.date_input import TimeEdit, refuse_unreadable
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.undo_steps import record_archive
from ngo_desktop.views.unsaved import Answer, UnsavedChangesGuard, ask_to_save
from ngo_desktop.vocabulary import sentence_case


def _euros() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 100000)
    box.setDecimals(2)
    box.setSuffix(" €")
    return box


class RoomsDialog(UnsavedChangesGuard, QDialog):
    """Private: ``_rooms`` the rooms listed; ``_current`` the room in the form (None: a new room), whose
    version is the one a save expects and whose colour and notes, not edited here, are kept."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._rooms: list[RoomInfo] = []
        self._current: RoomInfo | None = None
        self.setWindowTitle(self.tr("Rooms and sites"))
        self.resize(1000, 580)  # fits a 1024×768 screen
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._room_chosen)
        add_site = QPushButton(self.tr("Add a site…"))
        add_site.clicked.connect(self.add_site)
        new_room = QPushButton(self.tr("New room"))
        new_room.clicked.connect(lambda: self._room_chosen(-1))
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(add_site)
        left.addWidget(new_room)

        self.site = QComboBox()
        self.name = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 5000)
        self.equipment = {code: QCheckBox(sentence_case(equipment_label(code))) for code in EQUIPMENT_CODES}
        equipment = QGridLayout()
        for index, box in enumerate(self.equipment.values()):
            equipment.addWidget(box, index // 4, index % 4)
        self.setup = QSpinBox()
        self.cleanup = QSpinBox()
        for box in (self.setup, self.cleanup):
            box.setRange(0, 240)
            box.setSuffix(self.tr(" min"))
        self.hourly, self.half_day, self.full_day = _euros(), _euros(), _euros()
        self.member_discount = QSpinBox()
        self.member_discount.setRange(0, 100)
        self.member_discount.setSuffix(" %")
        self.hours: dict[int, tuple[QCheckBox, TimeEdit, TimeEdit]] = {}
        hours = QGridLayout()
        for weekday in range(7):
            open_box = QCheckBox(locale().dayName(weekday + 1))
            opens, closes = TimeEdit(dt.time(8, 0)), TimeEdit(dt.time(22, 0))
            self.hours[weekday] = (open_box, opens, closes)
            hours.addWidget(open_box, weekday, 0)
            hours.addWidget(opens, weekday, 1)
            hours.addWidget(closes, weekday, 2)
        buffers = QHBoxLayout()
        buffers.addWidget(self.setup)
        buffers.addWidget(self.cleanup)
        tariffs = QHBoxLayout()
        for widget in (self.hourly, self.half_day, self.full_day):
            tariffs.addWidget(widget)
        form = QFormLayout()
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Equipment"), equipment)
        form.addRow(self.tr("Setup / cleanup"), buffers)
        form.addRow(self.tr("Hour / half day / day"), tariffs)
        form.addRow(self.tr("Member discount"), self.member_discount)
        form.addRow(self.tr("Opening hours"), hours)
        self.save_button = QPushButton(self.tr("Save room"))
        self.save_button.clicked.connect(self.save)
        self.archive_button = QPushButton(self.tr("No longer in use"))
        self.archive_button.clicked.connect(self.archive)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.archive_button)
        actions.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(lambda: self.close_asking(self.accept))
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: int | None = None, *, new_room_at: int | None = None) -> None:
        """Read the sites and rooms again, then show ``select_id`` (or the first room); with
        ``new_room_at`` an empty form for a new room at that site."""

        def places(database: Database) -> tuple[list[SiteInfo], list[RoomInfo]]:
            return list_sites(database), list_rooms(database)

        Operation(self, self.database, places) \
            .success(lambda found: self._show_places(*found, select_id=select_id, new_room_at=new_room_at)) \
            .refusal_title(self.tr("Rooms and sites")).run()

    def _show_places(self, sites: list[SiteInfo], rooms: list[RoomInfo], *, select_id: int | None,
                     new_room_at: int | None) -> None:
        self.site.clear()
        for site in sites:
            self.site.addItem(site.name, site.id)
        self._rooms = rooms
        self.list.blockSignals(True)
        self.list.clear()
        for room in self._rooms:
            self.list.addItem(QListWidgetItem(f"{room.name} ({room.site_name})"))
        ids = [room.id for room in self._rooms]
        row = -1 if new_room_at is not None else ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_room(row)
        if new_room_at is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(new_room_at)))
        self.mark_clean()

    def _room_chosen(self, row: int) -> None:
        """Another room (or a new one) chosen: the changes to the one in the form are not dropped."""
        if self.has_unsaved_changes():
            answer = ask_to_save(self, self.windowTitle(), self.tr("Save the changes to this room first?"))
            if answer is not Answer.DISCARD:
                # The form stays on its room; Save reads the list again once the room is saved.
                shown = self._rooms.index(self._current) if self._current in self._rooms else -1
                self.list.blockSignals(True)
                self.list.setCurrentRow(shown)
                self.list.blockSignals(False)
                if answer is Answer.SAVE:
                    self.save()
                return
        self._show_room(row)

    def _show_room(self, row: int) -> None:
        room = self._rooms[row] if 0 <= row < len(self._rooms) else None
        self._current = room
        self.archive_button.setEnabled(room is not None)
        if room is not None:
            self.site.setCurrentIndex(max(0, self.site.findData(room.site_id)))
        self.name.setText(room.name if room else "")
        self.capacity.setValue(room.capacity if room else 10)
        for code, box in self.equipment.items():
            box.setChecked(bool(room and code in room.equipment))
        self.setup.setValue(room.setup_minutes if room else 0)
        self.cleanup.setValue(room.cleanup_minutes if room else 0)
        self.hourly.setValue(room.hourly_rate_cents / 100 if room else 0)
        self.half_day.setValue(room.half_day_rate_cents / 100 if room else 0)
        self.full_day.setValue(room.full_day_rate_cents / 100 if room else 0)
        self.member_discount.setValue(room.member_discount_percent if room else 100)
        opening = room.opening_hours if room else DEFAULT_OPENING_HOURS
        for weekday, (open_box, opens, closes) in self.hours.items():
            span = opening.get(weekday)
            open_box.setChecked(span is not None)
            if span:
                opens.setTime(span[0])
                closes.setTime(span[1])
        self.mark_clean()

    def values(self) -> RoomInput:
        opening: dict[int, tuple[dt.time, dt.time]] = {
            weekday: (opens.time().toPython(), closes.time().toPython())
            for weekday, (open_box, opens, closes) in self.hours.items() if open_box.isChecked()}
        return RoomInput(
            site_id=self.site.currentData() or 0, name=self.name.text(), capacity=self.capacity.value(),
            equipment=tuple(code for code, box in self.equipment.items() if box.isChecked()),
            setup_minutes=self.setup.value(), cleanup_minutes=self.cleanup.value(),
            hourly_rate_cents=round(self.hourly.value() * 100), half_day_rate_cents=round(self.half_day.value() * 100),
            full_day_rate_cents=round(self.full_day.value() * 100),
            member_discount_percent=self.member_discount.value(), opening_hours=opening,
            colour=self._current.colour if self._current else "", notes=self._current.notes if self._current else "")

    def unsaved_values(self) -> object:
        """The room in the form; the list of rooms beside it is no change of its own."""
        return self.values()

    def save(self) -> None:
        checked = [editor for open_box, *editors in self.hours.values() if open_box.isChecked() for editor in editors]
        if refuse_unreadable(self, checked):
            return
        values, current = self.values(), self._current
        if current is None:
            operation = Operation(self, self.database, lambda database: create_room(database, values))
        else:
            operation = Operation(self, self.database, lambda database: update_room(
                database, current.id, values, expected_version=current.version)).on_conflict(
                lambda database: get_room(database, current.id), self._show_both_versions)
        operation.success(lambda room: self.saved() or self.reload(room.id)).failure(self.save_failed) \
            .refusal_title(self.tr("The room was not saved")).disabling(self.save_button).run()

    def _show_both_versions(self, saved: RoomInfo) -> None:
        """Another desk saved meanwhile: show both versions, keep the user's in the form and take the
        saved version number, so that saving again deliberately replaces the saved version."""
        show_both_versions(self, self.tr("this room"), self.differences(saved, self.values()))
        self._current = saved

    def differences(self, saved: RoomInfo, mine: RoomInput) -> list[tuple[str, str, str]]:
        """(field label, saved value, my value) of this form's fields where the two versions differ."""
        minutes = self.tr(" min")

        def site(site_id: int) -> str:
            index = self.site.findData(site_id)
            return self.site.itemText(index) if index >= 0 else saved.site_name

        def equipment(codes: tuple[str, ...]) -> str:
            return ", ".join(equipment_label(code) for code in EQUIPMENT_CODES if code in codes)

        def hours(opening: dict[int, tuple[dt.time, dt.time]]) -> str:
            return ", ".join(
                f"{locale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)} "
                f"{format_time(opens)}–{format_time(closes)}"
                for weekday, (opens, closes) in sorted(opening.items()))

        def tariffs(room: RoomInfo | RoomInput) -> str:
            return " / ".join(format_cents(cents) for cents in (
                room.hourly_rate_cents, room.half_day_rate_cents, room.full_day_rate_cents))

        return only_differences([
            (self.tr("Site"), site(saved.site_id), site(mine.site_id)),
            (self.tr("Name"), saved.name, mine.name.strip()),
            (self.tr("Capacity"), str(saved.capacity), str(mine.capacity)),
            (self.tr("Equipment"), equipment(saved.equipment), equipment(mine.equipment)),
            (self.tr("Setup / cleanup"), f"{saved.setup_minutes}{minutes} / {saved.cleanup_minutes}{minutes}",
             f"{mine.setup_minutes}{minutes} / {mine.cleanup_minutes}{minutes}"),
            (self.tr("Hour / half day / day"), tariffs(saved), tariffs(mine)),
            (self.tr("Member discount"), f"{saved.member_discount_percent} %", f"{mine.member_discount_percent} %"),
            (self.tr("Opening hours"), hours(saved.opening_hours), hours(mine.opening_hours or {})),
        ])

    def add_site(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a site"), self.tr("Name of the site (branch):"))
        if not ok:
            return
        Operation(self, self.database, lambda database: create_site(database, SiteInput(name=name))) \
            .success(self._show_new_site).refusal_title(self.tr("The site was not saved")).run()

    def _show_new_site(self, site: SiteInfo) -> None:
        """A room being typed (new or changed) moves to the new site and keeps what was typed;
        otherwise an empty form for a new room at the new site."""
        if self._current is not None and not self.has_unsaved_changes():
            self.reload(new_room_at=site.id)
            return
        names = [self.site.itemText(index) for index in range(self.site.count())]
        position = sum(1 for name in names if sort_key(name) <= sort_key(site.name))
        self.site.insertItem(position, site.name, site.id)
        self.site.setCurrentIndex(position)

    def archive(self) -> None:
        if self._current is None:
            return
        if not confirm(self, self.tr("No longer in use"), self.tr(
                "Take the room „%1” out of use? It is no longer offered for new bookings; its bookings "
                "stay.").replace("%1", self._current.name)):
            return
        room_id, name = self._current.id, self._current.name
        Operation(self, self.database, lambda database: set_room_archived(database, room_id, True)) \
            .success(lambda version: self._archived(room_id, name, version)) \
            .refusal_title(self.tr("The room was not saved")).disabling(self.archive_button).run()

    def _archived(self, room_id: int, name: str, version: int) -> None:
        """Edit → Undo brings the room back (unless it was changed elsewhere since)."""
        record_archive(self, self.database, name=name, archived=True, version=version, record=("room", room_id),
                       set_archived=lambda database, value, expected: set_room_archived(
                           database, room_id, value, expected_version=expected))
        self.reload()
