"""The dialog for a vendor's application: which organisation, which days, what it sells.

The fair's days and the organisations found are read on the worker (the search after a pause in
typing); saving runs through the operations layer with problems shown under the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError, ValidationFailed
from ngo_desktop.models import VendorCategory
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.fairs import vendors
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.fairs.labels import not_possible
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly, Operation
from ngo_desktop.views.unsaved import UnsavedChangesGuard
from ngo_desktop.vocabulary import vendor_category_label

ROLE = Qt.ItemDataRole.UserRole


class ApplicationDialog(UnsavedChangesGuard, QDialog):
    """Organisations come from the registry (searched in the database, 50 at a time)."""

    def __init__(self, database: Database, fair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.fair_id = fair_id
        self.application_id: int | None = None
        self.setWindowTitle(self.tr("New vendor application"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self._searches = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the name…"))
        self.search.textChanged.connect(self._search)
        self.organisations = QListWidget()
        self.organisations.setFixedHeight(120)
        form.addRow(self.tr("Organisation"), self.search)
        form.addRow("", self.organisations)
        self.days = QListWidget()
        self.days.setFixedHeight(110)
        form.addRow(self.tr("Days"), self.days)
        self.goods = QLineEdit()
        self.goods.setPlaceholderText(self.tr("e.g. knitted socks, honey, books"))
        form.addRow(self.tr("Sells"), self.goods)
        self.category = QComboBox()
        for category in VendorCategory:
            self.category.addItem(vendor_category_label(category), category)
        form.addRow(self.tr("Category"), self.category)
        self.needs_power = QCheckBox(self.tr("Needs electricity"))
        form.addRow("", self.needs_power)
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
        Operation(self, database, lambda db: fairs.list_days(db, fair_id)).success(self._show_days).run()
        self._search("")

    def _show_days(self, days: list[fairs.FairDayInfo]) -> None:
        for day in days:
            item = QListWidgetItem(format_date(day.day))
            item.setData(ROLE, day.id)
            item.setCheckState(Qt.CheckState.Checked)
            self.days.addItem(item)

    def _search(self, text: str) -> None:
        self._searches.request(lambda database: vendors.list_organisations(database, text, limit=50),
                               self._show_found)

    def _show_found(self, found: list[tuple[int, str]]) -> None:
        self.organisations.clear()
        for organisation_id, name in found:
            item = QListWidgetItem(name)
            item.setData(ROLE, organisation_id)
            self.organisations.addItem(item)
        if self.organisations.count() == 1:
            self.organisations.setCurrentRow(0)

    def chosen_days(self) -> list[int]:
        return [self.days.item(row).data(ROLE) for row in range(self.days.count())
                if self.days.item(row).checkState() == Qt.CheckState.Checked]

    def unsaved_values(self) -> object:
        """The application as chosen so far: the days arrive ticked, so the unticked ones count."""
        current = self.organisations.currentItem()
        unticked = [self.days.item(row).data(ROLE) for row in range(self.days.count())
                    if self.days.item(row).checkState() != Qt.CheckState.Checked]
        return (current.data(ROLE) if current is not None else None, unticked, self.goods.text(),
                self.category.currentData(), self.needs_power.isChecked())

    def save(self) -> None:
        current = self.organisations.currentItem()
        if current is None:
            self._show(self.tr("Choose the organisation that applies (find it by its name)."))
            return
        fair_id, organisation_id, day_ids = self.fair_id, current.data(ROLE), self.chosen_days()
        goods, category, needs_power = self.goods.text(), self.category.currentData(), self.needs_power.isChecked()

        def saved(application_id: int) -> None:
            self.application_id = application_id
            self.accept()

        Operation(self, self.database, lambda database: vendors.apply(
            database, fair_id=fair_id, organisation_id=organisation_id, fair_day_ids=day_ids, goods=goods,
            category=category, needs_power=needs_power)) \
            .success(saved).failure(self._problems_shown).refusal_title(not_possible()) \
            .disabling(self.save_button).run()

    def _problems_shown(self, error: BaseException) -> bool:
        """Problems and refusals of the application are shown under the fields, as before."""
        if isinstance(error, ValidationFailed):
            self._show("\n".join(error.problems.values()))
            return True
        if isinstance(error, DomainError):
            self._show(str(error))
            return True
        return False

    def _show(self, message: str) -> None:
        self.problems.setText(message)
        self.problems.show()
