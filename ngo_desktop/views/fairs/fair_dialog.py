"""The dialog that creates or edits a fair: name, kind, place, hours, days (one, chosen or weekly
repeated), flyer description and partner organisations.

What the form shows is read first, on the worker (``load_fair_form``, see ``open_fair_dialog``), so
opening it never waits on the database; saving runs through the operations layer, with problems
under the fields and a record saved meanwhile at another desk shown beside the user's values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import locale
from ngo_desktop.models import FairKind
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors
from ngo_desktop.sorting import sorted_latvian
from ngo_desktop.timeutil import format_date, format_time, today_local
from ngo_desktop.views.conflict import only_differences, show_both_versions
from ngo_desktop.views.date_input import DateEdit, TimeEdit, refuse_unreadable
from ngo_desktop.views.fairs.labels import kind_label, not_possible
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly, Operation

ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FairForm:
    """What the form shows: the fair as saved (None for a new one) and the places and plans to choose."""

    record: fairs.FairRecord | None
    sites: list[tuple[int, str]]
    layouts: list[tuple[int, str]]


def load_fair_form(database: Database, fair_id: int | None) -> FairForm:
    """Read what the form needs (on the worker)."""
    record = fairs.get_fair(database, fair_id) if fair_id is not None else None
    return FairForm(record, fairs.list_sites(database), stall_layouts.list_layouts(database))


def open_fair_dialog(parent: QWidget, database: Database, fair_id: int | None,
                     saved: Callable[[int], None] | None = None) -> None:
    """Read the form's data on the worker, then open the dialog; ``saved(fair_id)`` after Save."""
    def show(form: FairForm) -> None:
        dialog = FairDialog(database, form, parent)
        if dialog.exec() and dialog.fair_id is not None and saved is not None:
            saved(dialog.fair_id)

    Operation(parent, database, lambda db: load_fair_form(db, fair_id)).success(show) \
        .refusal_title(not_possible()).run()


class FairDialog(QDialog):
    """``fair_id`` is None for a new fair and set after saving; ``_version`` is the version read;
    ``_web_url`` the fair's web address, kept as read because this form does not edit it."""

    def __init__(self, database: Database, form: FairForm | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        form_data = form or FairForm(None, [], [])
        record = form_data.record
        self.fair_id = record.id if record is not None else None
        self._partner_search = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        self._version = record.version if record else 0
        details = record.details if record else fairs.FairDetails(name="", kind=FairKind.SEASONAL_MARKET)
        self._repeat_rule = details.repeat_rule
        self._web_url = details.web_url
        self.setWindowTitle(self.tr("Edit fair") if record else self.tr("New fair or market"))
        self.setMinimumWidth(800)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit(details.name)
        self.name.setPlaceholderText(self.tr("e.g. Alūksnes vasaras tirdziņš"))
        form.addRow(self.tr("Name"), self.name)
        self.kind = QComboBox()
        for kind in FairKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(details.kind))
        form.addRow(self.tr("Kind"), self.kind)
        self.site = QComboBox()
        self.site.addItem(self.tr("At an address (below)"), None)
        for site_id, site_name in form_data.sites:
            self.site.addItem(site_name, site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(details.site_id)))
        form.addRow(self.tr("Place"), self.site)
        self.address = QLineEdit(details.address)
        self.address.setPlaceholderText(self.tr("e.g. Pilsētas laukums, Alūksne"))
        form.addRow(self.tr("Address"), self.address)
        hours = QHBoxLayout()
        self.opens = TimeEdit(details.opens)
        self.closes = TimeEdit(details.closes)
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        form.addRow(self.tr("Opening hours"), hours)
        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("No plan yet"), None)
        for layout_id, layout_name in form_data.layouts:
            self.layout_combo.addItem(layout_name, layout_id)
        self.layout_combo.setCurrentIndex(max(0, self.layout_combo.findData(details.layout_id)))
        form.addRow(self.tr("Stall plan"), self.layout_combo)
        form.addRow(self.tr("Days"), self._build_days(details.days))
        self.description = QPlainTextEdit(details.description)
        self.description.setPlaceholderText(self.tr("A few lines for the flyer"))
        self.description.setFixedHeight(70)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Partners"), self._build_partners(record))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.problems)
        column.addWidget(buttons)

    # --- days --------------------------------------------------------------------------------------
    def _build_days(self, days: tuple[dt.date, ...]) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.day_list = QListWidget()
        self.day_list.setFixedHeight(90)
        self.day_list.setFlow(QListWidget.Flow.LeftToRight)
        self.day_list.setWrapping(True)
        for day in days:
            self._add_day(day)
        column.addWidget(self.day_list)
        single = QHBoxLayout()
        start = today_local()
        self.single_day = self._date_edit(start)
        add_day = QPushButton(self.tr("Add day"))
        add_day.clicked.connect(self._add_single_day)
        remove_day = QPushButton(self.tr("Remove chosen day"))
        remove_day.clicked.connect(self._remove_day)
        single.addWidget(self.single_day)
        single.addWidget(add_day)
        single.addWidget(remove_day)
        single.addStretch(1)
        column.addLayout(single)
        repeat = QHBoxLayout()
        self.repeat_weekday = QComboBox()
        for weekday in range(7):
            self.repeat_weekday.addItem(locale().dayName(weekday + 1), weekday)
        self.repeat_weekday.setCurrentIndex(5)
        self.repeat_from = self._date_edit(dt.date(start.year, 5, 1))
        self.repeat_until = self._date_edit(dt.date(start.year, 9, 30))
        add_repeat = QPushButton(self.tr("Add repeated days"))
        add_repeat.clicked.connect(self.add_repeated_days)
        repeat.addWidget(QLabel(self.tr("Every")))
        repeat.addWidget(self.repeat_weekday)
        repeat.addWidget(QLabel(self.tr("from")))
        repeat.addWidget(self.repeat_from)
        repeat.addWidget(QLabel(self.tr("until")))
        repeat.addWidget(self.repeat_until)
        repeat.addWidget(add_repeat)
        repeat.addStretch(1)
        column.addLayout(repeat)
        return box

    def _date_edit(self, day: dt.date) -> DateEdit:
        return DateEdit(day)

    def _add_single_day(self) -> None:
        if not refuse_unreadable(self, [self.single_day]):
            self._add_day(self.single_day.date().toPython())

    def _add_day(self, day: dt.date) -> None:
        """Keep the list in date order: rebuilt whole, it is a season of days at most."""
        days = self.days()
        if day in days:
            return
        self.day_list.clear()
        for value in sorted([*days, day]):
            item = QListWidgetItem(format_date(value))
            item.setData(ROLE, value)
            self.day_list.addItem(item)

    def _remove_day(self) -> None:
        for item in self.day_list.selectedItems():
            self.day_list.takeItem(self.day_list.row(item))

    def add_repeated_days(self) -> None:
        """The days of a weekly rule, added to the list (a rule too long is shown under the fields)."""
        if refuse_unreadable(self, [self.repeat_from, self.repeat_until]):
            return
        rule = fairs.RepeatChoice(self.repeat_from.date().toPython(), self.repeat_until.date().toPython(),
                                  (self.repeat_weekday.currentData(),)).rule_text()

        def add(days: list[dt.date]) -> None:
            self._repeat_rule = rule
            for day in days:
                self._add_day(day)

        Operation(self, self.database, lambda _database: fairs.expand_repeat(rule)).success(add) \
            .failure(self._problems_shown).run()

    def days(self) -> list[dt.date]:
        return [self.day_list.item(row).data(ROLE) for row in range(self.day_list.count())]

    # --- partners ----------------------------------------------------------------------------------
    def _build_partners(self, record: fairs.FairRecord | None) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        search_column = QVBoxLayout()
        self.partner_search = QLineEdit()
        self.partner_search.setPlaceholderText(self.tr("Find an organisation…"))
        self.partner_search.textChanged.connect(self._search_partners)
        self.partner_results = QListWidget()
        self.partner_results.setFixedHeight(80)
        self.partner_results.itemDoubleClicked.connect(self._add_partner)
        search_column.addWidget(self.partner_search)
        search_column.addWidget(self.partner_results)
        chosen_column = QVBoxLayout()
        chosen_column.addWidget(QLabel(self.tr("Partners (double-click to remove)")))
        self.partner_list = QListWidget()
        self.partner_list.setFixedHeight(80)
        self.partner_list.itemDoubleClicked.connect(
            lambda item: self.partner_list.takeItem(self.partner_list.row(item)))
        if record is not None:
            for partner_id, name in zip(record.details.partner_ids, record.partner_names, strict=True):
                self._append(self.partner_list, partner_id, name)
        chosen_column.addWidget(self.partner_list)
        row.addLayout(search_column)
        row.addLayout(chosen_column)
        return box

    def _append(self, target: QListWidget, organisation_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(ROLE, organisation_id)
        target.addItem(item)

    def _search_partners(self, text: str) -> None:
        """Organisations matching what is typed, asked after a pause in typing (newest wins)."""
        if not text.strip():
            self._partner_search.request(lambda _database: [], self._show_partner_results)
            return
        self._partner_search.request(lambda database: vendors.list_organisations(database, text, limit=30),
                                     self._show_partner_results)

    def _show_partner_results(self, found: list[tuple[int, str]]) -> None:
        self.partner_results.clear()
        for organisation_id, name in found:
            self._append(self.partner_results, organisation_id, name)

    def _add_partner(self, item: QListWidgetItem) -> None:
        if item.data(ROLE) not in self.partner_ids():
            self._append(self.partner_list, item.data(ROLE), item.text())

    def partner_ids(self) -> tuple[int, ...]:
        return tuple(self.partner_list.item(row).data(ROLE) for row in range(self.partner_list.count()))

    # --- saving ------------------------------------------------------------------------------------
    def details(self) -> fairs.FairDetails:
        return fairs.FairDetails(
            name=self.name.text(), kind=self.kind.currentData(), site_id=self.site.currentData(),
            address=self.address.text(), description=self.description.toPlainText(), web_url=self._web_url,
            opens=self.opens.time().toPython(), closes=self.closes.time().toPython(),
            repeat_rule=self._repeat_rule, layout_id=self.layout_combo.currentData(),
            partner_ids=self.partner_ids(), days=tuple(self.days()))

    def save(self) -> None:
        """Save on the worker; the dialog closes when the fair is saved."""
        if refuse_unreadable(self, [self.opens, self.closes]):
            return
        details, fair_id, version = self.details(), self.fair_id, self._version

        def save_fair(database: Database) -> int:
            if fair_id is None:
                return fairs.create_fair(database, details)
            fairs.update_fair(database, fair_id, details, version=version)
            return fair_id

        def saved(new_id: int) -> None:
            self.fair_id = new_id
            self.accept()

        Operation(self, self.database, save_fair).success(saved).failure(self._problems_shown) \
            .on_conflict(fetch_saved=lambda database: fairs.get_fair(database, fair_id),
                         show=self._show_both_versions) \
            .refusal_title(not_possible()).disabling(self.save_button).run()

    def _problems_shown(self, error: BaseException) -> bool:
        if isinstance(error, ValidationFailed):
            self._show_problems(error.problems)
            return True
        return False

    def _show_both_versions(self, saved: fairs.FairRecord) -> None:
        """Another desk saved meanwhile: show both versions, keep the user's in the form and take the
        saved version number, so that saving again deliberately replaces the saved version."""
        show_both_versions(self, self.tr("this fair"), self.differences(saved))
        self._version = saved.version
        self._web_url = saved.details.web_url

    def differences(self, saved: fairs.FairRecord) -> list[tuple[str, str, str]]:
        """(field label, saved value, my value) of this form's fields where the two versions differ."""
        theirs, mine = saved.details, self.details()

        def choice(combo: QComboBox, value: object) -> str:
            index = combo.findData(value)
            return combo.itemText(index) if index >= 0 else ""

        my_partners = [self.partner_list.item(row).text() for row in range(self.partner_list.count())]
        return only_differences([
            (self.tr("Name"), theirs.name, mine.name.strip()),
            (self.tr("Kind"), kind_label(theirs.kind), kind_label(mine.kind)),
            (self.tr("Place"), choice(self.site, theirs.site_id) or saved.place, choice(self.site, mine.site_id)),
            (self.tr("Address"), theirs.address, mine.address.strip()),
            (self.tr("Opening hours"), f"{format_time(theirs.opens)}–{format_time(theirs.closes)}",
             f"{format_time(mine.opens)}–{format_time(mine.closes)}"),
            (self.tr("Stall plan"), choice(self.layout_combo, theirs.layout_id),
             choice(self.layout_combo, mine.layout_id)),
            (self.tr("Days"), ", ".join(format_date(day) for day in sorted(theirs.days)),
             ", ".join(format_date(day) for day in sorted(set(mine.days)))),
            (self.tr("Description"), theirs.description, mine.description.strip()),
            (self.tr("Partners"), ", ".join(sorted_latvian(saved.partner_names)),
             ", ".join(sorted_latvian(my_partners))),
        ])

    def _show_problems(self, problems: dict[str, str]) -> None:
        self.problems.setText("\n".join(problems.values()))
        self.problems.show()
