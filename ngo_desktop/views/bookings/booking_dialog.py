"""The booking form: new or existing booking, once or repeating, with the rules' warnings as you type.

The warnings and the organisation search are asked for after a pause in typing, one query at a time,
the newest input winning (``LatestOnly``); saving runs through the operations layer, which shows a
refusal in its own words and, for a booking saved meanwhile at another desk, both versions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.models import BookingStatus, PaymentStatus
from ngo_desktop.money import format_cents
from ngo_desktop.services.bookings.booking import (
    BookingDraft,
    BookingView,
    Occurrence,
    check_draft,
    create_booking,
    create_series,
    edit_booking,
    get_booking,
    preview_series,
    price_of_draft,
    set_payment,
)
from ngo_desktop.services.bookings.price import Price
from ngo_desktop.services.bookings.queries import (
    OrganisationChoice,
    contacts_of,
    search_organisations,
)
from ngo_desktop.services.bookings.repeats import RepeatRule
from ngo_desktop.services.bookings.rooms import EQUIPMENT_CODES, RoomInfo, equipment_label
from ngo_desktop.services.bookings.rules import Problem
from ngo_desktop.views.bookings.conflict import differences, this_booking
from ngo_desktop.views.bookings.repeat_form import RepeatForm
from ngo_desktop.views.bookings.repeat_preview import RepeatPreviewDialog
from ngo_desktop.views.bookings.series_scope import ask_scope
from ngo_desktop.views.bookings.undo_steps import as_if_never_booked, record_booking_edit
from ngo_desktop.views.conflict import show_both_versions
from ngo_desktop.views.date_input import DateEdit, TimeEdit, refuse_unreadable
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly, Operation
from ngo_desktop.views.unsaved import UnsavedChangesGuard
from ngo_desktop.vocabulary import booking_status_label, payment_label, sentence_case


class BookingDialog(UnsavedChangesGuard, QDialog):
    """Private: ``_booking`` the booking edited (None for a new one); ``_organisations`` name → id
    of the names the completer offered last; ``_contacts_of`` the organisation whose contact people
    the list holds (None before one is chosen).

    ``room_id``, ``starts`` and ``ends`` place a new booking; given with ``booking`` they propose a
    new place for it (a drop the rules refused until an override reason is written). After a save
    ``saved`` holds the bookings as saved, ``saved_ids`` their ids."""

    def __init__(self, database: Database, rooms: list[RoomInfo], *, booking: BookingView | None = None,
                 room_id: int | None = None, starts: dt.datetime | None = None, ends: dt.datetime | None = None,
                 attendees: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._booking = booking
        self._rooms = rooms
        self._organisations: dict[str, int] = {}
        self._contacts_of: int | None = None
        self.saved_ids: list[int] = []
        self.saved: list[BookingView] = []
        # Live rule checks and the organisation search wait for a pause in typing; contacts follow
        # the chosen organisation. Each keeps one query in flight and answers only the newest input.
        self._checks = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        self._searches = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        self._contacts = LatestOnly(self, database)
        self._prices = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        self.setWindowTitle(self.tr("Booking no. %1").replace("%1", str(booking.id)) if booking
                            else self.tr("New booking"))
        self.setMinimumWidth(780)

        self.room = QComboBox()
        for room in rooms:
            self.room.addItem(f"{room.name} ({room.site_name}, {room.capacity})", room.id)
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Type to search the registry"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.organisation.textEdited.connect(self._search_organisations)
        self.organisation.editingFinished.connect(self._organisation_chosen)
        self.organisation.editingFinished.connect(self.update_warnings)
        completer.activated.connect(lambda _text: self._organisation_chosen())
        self.contact = QComboBox()
        self.title_edit = QLineEdit()
        self.purpose = QLineEdit()
        self.date = DateEdit()
        self.start_time = TimeEdit()
        self.end_time = TimeEdit()
        times = QHBoxLayout()
        times.addWidget(self.date)
        times.addWidget(self.start_time)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_time)
        times.addStretch(1)
        self.attendees = QSpinBox()
        self.attendees.setRange(0, 10000)
        self.equipment: dict[str, QCheckBox] = {}
        equipment_grid = QGridLayout()
        for index, code in enumerate(EQUIPMENT_CODES):
            box = QCheckBox(sentence_case(equipment_label(code)))
            self.equipment[code] = box
            equipment_grid.addWidget(box, index // 4, index % 4)
        self.status = QComboBox()
        for status in (BookingStatus.ENQUIRY, BookingStatus.PROVISIONAL, BookingStatus.CONFIRMED):
            self.status.addItem(sentence_case(booking_status_label(status)), status)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(54)
        self.repeat = RepeatForm()
        self.repeat.setVisible(booking is None)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a61c00;")
        self.override = QLineEdit()
        self.override.setPlaceholderText(self.tr("Only to book despite the warnings above"))
        self.price = QLabel()
        self.payment = QComboBox()
        for payment in PaymentStatus:
            self.payment.addItem(sentence_case(payment_label(payment)), payment)
        self.payment.setVisible(booking is not None)

        form = QFormLayout()
        self._form = form
        self._read_only = False
        form.addRow(self.tr("Room"), self.room)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Contact person"), self.contact)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("When"), times)
        form.addRow(self.tr("Attendees"), self.attendees)
        form.addRow(self.tr("Equipment"), equipment_grid)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow(self.tr("Price"), self.price)
        if booking is not None:
            form.addRow(self.tr("Payment"), self.payment)
        form.addRow(self.warnings)
        form.addRow(self.tr("Override reason"), self.override)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self._fill(booking, room_id, starts, ends)
        if booking is None and attendees:
            self.attendees.setValue(attendees)
        self._set_tab_order(buttons)
        for signal in (self.room.currentIndexChanged, self.date.dateChanged, self.start_time.timeChanged,
                       self.end_time.timeChanged, self.attendees.valueChanged, self.status.currentIndexChanged):
            signal.connect(self.update_warnings)
        self.update_warnings()

    def show_read_only(self) -> None:
        """For someone whose role may look at bookings but not change them (a volunteer): every field
        is shown but cannot be edited, and the only button is Close (the server would refuse a save)."""
        for field in self.findChildren(QWidget):
            if field is not self._buttons and not self._buttons.isAncestorOf(field) \
                    and isinstance(field, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
                                           QAbstractButton)):
                field.setEnabled(False)
        self._read_only = True
        self.warnings.hide()
        self._form.setRowVisible(self.override, False)
        self.save_button.hide()
        self._buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _set_tab_order(self, buttons: QDialogButtonBox) -> None:
        """Tab follows the form from top to bottom, left to right, then Save and Cancel."""
        chain: list[QWidget] = [self.room, self.organisation, self.contact, self.title_edit, self.purpose,
                                self.date, self.start_time, self.end_time, self.attendees,
                                *self.equipment.values(), self.status, self.notes,
                                *self.repeat.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly),
                                self.payment, self.override, *buttons.buttons()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _fill(self, booking: BookingView | None, room_id: int | None, starts: dt.datetime | None,
              ends: dt.datetime | None) -> None:
        draft = booking.draft() if booking else None
        if draft is not None and starts is not None and ends is not None:
            draft = replace(draft, room_id=room_id or draft.room_id, starts=starts, ends=ends)
        room_id = draft.room_id if draft else room_id
        if room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        starts = draft.starts if draft else starts or dt.datetime.combine(dt.date.today(), dt.time(10))
        ends = draft.ends if draft else ends or starts + dt.timedelta(hours=2)
        self.date.setDate(starts.date())
        self.start_time.setTime(starts.time())
        self.end_time.setTime(ends.time())
        if booking is None or draft is None:
            self.status.setCurrentIndex(self.status.findData(BookingStatus.PROVISIONAL))
            return
        if booking.organisation_id:
            self._organisations[booking.organisation_name] = booking.organisation_id
            self.organisation.setText(booking.organisation_name)
            self._load_contacts(booking.contact_person_id, main_by_default=False)
        self.title_edit.setText(draft.title)
        self.purpose.setText(draft.purpose)
        self.attendees.setValue(draft.attendees)
        for code in draft.equipment:
            if code in self.equipment:
                self.equipment[code].setChecked(True)
        self.status.setCurrentIndex(max(0, self.status.findData(draft.status)))
        self.notes.setPlainText(draft.notes)
        self.override.setText(draft.override_reason)
        self.payment.setCurrentIndex(max(0, self.payment.findData(booking.payment_status)))

    def _search_organisations(self, text: str) -> None:
        self._searches.request(lambda database: search_organisations(database, text, limit=30),
                               self._show_organisations)

    def _show_organisations(self, found: list[OrganisationChoice]) -> None:
        self._organisations.update({choice.name: choice.id for choice in found})
        self._completions.setStringList([choice.name for choice in found])

    def _organisation_chosen(self) -> None:
        """A (new) organisation was typed or picked: its contact people, its main contact chosen."""
        if self._organisations.get(self.organisation.text().strip()) != self._contacts_of:
            self._load_contacts()

    def _load_contacts(self, selected: int | None = None, *, main_by_default: bool = True) -> None:
        """The chosen organisation's contact people, keeping ``selected`` (or the one chosen now);
        when that is none of theirs, the main contact (listed first) unless ``main_by_default`` is
        False (an existing booking keeps its "—")."""
        selected = selected or self.contact.currentData()
        organisation_id = self._organisations.get(self.organisation.text().strip())
        self._contacts_of = organisation_id
        self.contact.clear()
        self.contact.addItem("—", None)
        if organisation_id is not None and selected:
            # Until the list arrives, the chosen contact stays in the draft (a quick Save keeps it).
            self.contact.addItem("…", selected)
            self.contact.setCurrentIndex(1)
        if organisation_id is not None:
            self._contacts.request(lambda database: contacts_of(database, organisation_id),
                                   lambda contacts: self._show_contacts(contacts, selected, main_by_default))
        self.update_warnings()

    def _show_contacts(self, contacts: list[tuple[int, str]], selected: int | None, main_by_default: bool) -> None:
        self.contact.clear()
        self.contact.addItem("—", None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        index = self.contact.findData(selected) if selected else -1
        if index < 0 and main_by_default and contacts:
            index = 1  # contacts_of lists the main contact first
        self.contact.setCurrentIndex(max(0, index))

    def draft(self) -> BookingDraft:
        day = self.date.date().toPython()
        return BookingDraft(
            room_id=self.room.currentData(),
            starts=dt.datetime.combine(day, self.start_time.time().toPython()),
            ends=dt.datetime.combine(day, self.end_time.time().toPython()),
            organisation_id=self._organisations.get(self.organisation.text().strip()),
            contact_person_id=self.contact.currentData(), title=self.title_edit.text(), purpose=self.purpose.text(),
            attendees=self.attendees.value(),
            equipment=tuple(code for code, box in self.equipment.items() if box.isChecked()),
            status=self.status.currentData(), notes=self.notes.toPlainText(), override_reason=self.override.text())

    def update_warnings(self) -> None:
        """The rules' warnings and the price after a pause in typing (they read the database)."""
        if any(editor.problem() is not None for editor in (self.date, self.start_time, self.end_time)):
            return  # the red field says what to correct; the warnings follow once it is a time again
        draft = self.draft()
        if draft.room_id is None:
            return
        exclude = self._booking.id if self._booking else None
        self._checks.request(lambda database: check_draft(database, draft, exclude_booking_id=exclude),
                             self._show_warnings)
        self._prices.request(lambda database: price_of_draft(database, draft), self._show_price)

    def _show_price(self, price: Price) -> None:
        """The price as saving would set it: the full value, less the member discount or reduction."""
        if price.price_cents == price.full_value_cents:
            self.price.setText(format_cents(price.price_cents))
        else:
            self.price.setText(self.tr("%1 to pay (full value %2; %3)").replace(
                "%1", format_cents(price.price_cents)).replace(
                "%2", format_cents(price.full_value_cents)).replace("%3", price.reduction_note))

    def _show_warnings(self, problems: list[Problem]) -> None:
        self.warnings.setText("\n".join(problem.message for problem in problems))
        # A form that can only be looked at offers no override, so it shows no rule to override.
        self.warnings.setVisible(bool(problems) and not self._read_only)
        # The warnings arrive after the form is shown: grow it so that no line is cut off.
        self.layout().activate()
        wanted = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() \
            else self.sizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def save(self) -> None:
        if refuse_unreadable(self, [self.date, self.start_time, self.end_time, *self.repeat.date_editors()]):
            return
        draft = self.draft()
        if self.organisation.text().strip() and draft.organisation_id is None:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Choose the organisation from the list that appears as you type, or leave it empty."))
            return
        if self._booking is not None:
            scope = ask_scope(self, self._booking, self.tr("Change which dates?"))
            if scope is None:
                return
            booking, payment = self._booking, self.payment.currentData()

            def work(database: Database) -> tuple[list[BookingView], list[BookingView]]:
                before, after = edit_booking(database, booking.id, draft, expected_version=booking.version,
                                             scope=scope)
                if payment != booking.payment_status:
                    set_payment(database, booking.id, payment, paid_on=dt.date.today())
                    after = [get_booking(database, saved.id) for saved in after]
                return before, after

            self._saving(work, self.tr("Edit booking")).on_conflict(
                lambda database: get_booking(database, booking.id), self._show_both_versions).run()
        elif (rule := self.repeat.rule()) is not None:
            Operation(self, self.database, lambda database: preview_series(database, draft, rule)) \
                .success(lambda occurrences: self._preview_series(draft, rule, occurrences)) \
                .refusal_title(self.tr("The booking was not saved")).disabling(self.save_button).run()
        else:
            self._saving(_created(lambda database: [create_booking(database, draft)]), self.tr("New booking")).run()

    def _saving(self, work: Callable[[Database], tuple[list[BookingView], list[BookingView]]],
                undo_text: str) -> Operation[tuple[list[BookingView], list[BookingView]]]:
        return Operation(self, self.database, work).success(lambda saved: self._saved(undo_text, *saved)) \
            .refusal_title(self.tr("The booking was not saved")).disabling(self.save_button)

    def _saved(self, undo_text: str, before: list[BookingView], after: list[BookingView]) -> None:
        """Saved: the edit can be undone from the Edit menu (``before`` is what undo puts back)."""
        self.saved = after
        self.saved_ids = [booking.id for booking in after]
        record_booking_edit(self.parentWidget() or self, self.database, undo_text, before, after)
        self.accept()

    def _show_both_versions(self, saved: BookingView) -> None:
        """Both versions are shown; the form keeps the user's, and saving again is now deliberate."""
        show_both_versions(self, this_booking(), differences(saved, self.draft(), self.organisation.text().strip()))
        self._booking = saved

    def _preview_series(self, draft: BookingDraft, rule: RepeatRule, occurrences: list[Occurrence]) -> None:
        """Every date of the series with the rules' verdicts; the series is saved once it is confirmed."""
        preview = RepeatPreviewDialog(occurrences, draft.override_reason, self)
        def work(database: Database) -> list[BookingView]:
            created = create_series(database, replace(draft), rule, skip_conflicts=preview.skip_conflicts)
            return [get_booking(database, booking_id) for booking_id in created.booking_ids]

        preview.accepted.connect(lambda: self._saving(_created(work), self.tr("New series of bookings")).run())
        preview.open()


def _created(create: Callable[[Database], list[BookingView]]) -> Callable[
        [Database], tuple[list[BookingView], list[BookingView]]]:
    """Work that creates bookings, answering what undoing it leaves (them cancelled) and what it made."""
    def work(database: Database) -> tuple[list[BookingView], list[BookingView]]:
        made = create(database)
        return as_if_never_booked(made), made
    return work
