"""The Event tab: what the fair is (place, hours, days, partners, flyer text), its programme per
day and its stall prices. Everything is read and saved on the worker; after a save the tab follows
the change event (``refresh``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database
from ngo_desktop.money import format_cents, parse_euros
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.users import SignedIn
from ngo_desktop.timeutil import format_date, format_time
from ngo_desktop.views.date_input import TimeEdit, refuse_unreadable
from ngo_desktop.views.fairs.labels import kind_label, not_possible, show_problem
from ngo_desktop.views.operations import LatestOnly, Operation

ROLE = Qt.ItemDataRole.UserRole


class DetailsPage(QWidget):
    """``edit_requested`` asks the section to open the fair dialog."""

    edit_requested = Signal()
    archive_requested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._fair_id: int | None = None
        self._loads = LatestOnly(self, database)
        self._programme_loads = LatestOnly(self, database)
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.summary, 1)
        buttons = QVBoxLayout()
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_requested)
        archive = QPushButton(self.tr("Archive"))
        archive.clicked.connect(self.archive_requested)
        buttons.addWidget(edit)
        buttons.addWidget(archive)
        self._fair_editing: list[QWidget] = [edit, archive]
        buttons.addStretch(1)
        top.addLayout(buttons)
        column.addLayout(top)
        lower = QHBoxLayout()
        lower.addWidget(self._build_programme(), 3)
        lower.addWidget(self._build_prices(), 2)
        column.addLayout(lower, 1)

    def _build_programme(self) -> QGroupBox:
        box = QGroupBox(self.tr("Programme"))
        column = QVBoxLayout(box)
        self.programme_day = QComboBox()
        self.programme_day.currentIndexChanged.connect(self._show_programme)
        column.addWidget(self.programme_day)
        self.programme = QListWidget()
        self.programme.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        column.addWidget(self.programme, 1)
        row = QHBoxLayout()
        self.item_starts = TimeEdit(dt.time(12, 0))
        self.item_title = QLineEdit()
        self.item_title.setPlaceholderText(self.tr("e.g. Concert"))
        self.item_performer = QLineEdit()
        self.item_performer.setPlaceholderText(self.tr("Performer"))
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add_programme_item)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_programme_item)
        for widget in (self.item_starts, self.item_title, self.item_performer, add, remove):
            row.addWidget(widget)
            self._fair_editing.append(widget)
        column.addLayout(row)
        return box

    def _build_prices(self) -> QGroupBox:
        box = QGroupBox(self.tr("Stall fees per day"))
        column = QVBoxLayout(box)
        self.prices = QListWidget()
        column.addWidget(self.prices, 1)
        form = QFormLayout()
        size = QHBoxLayout()
        self.price_width = QDoubleSpinBox()
        self.price_depth = QDoubleSpinBox()
        for spin in (self.price_width, self.price_depth):
            spin.setRange(0.5, 50)
            spin.setSingleStep(0.5)
            spin.setValue(3)
            spin.setSuffix(" m")
        size.addWidget(self.price_width)
        size.addWidget(QLabel("×"))
        size.addWidget(self.price_depth)
        form.addRow(self.tr("Stall size"), size)
        self.price_amount = QLineEdit()
        self.price_amount.setPlaceholderText("10,00")
        form.addRow(self.tr("Fee (€)"), self.price_amount)
        column.addLayout(form)
        save = QPushButton(self.tr("Set fee"))
        save.clicked.connect(self.set_price)
        column.addWidget(save)
        self._price_editing: list[QWidget] = [self.price_width, self.price_depth, self.price_amount, save]
        self._price_form = form
        return box

    def limit_to_role(self, person: SignedIn) -> None:
        """Stall fees are prices (administrators only); a volunteer changes nothing about the event."""
        for widget in self._price_editing:
            widget.setVisible(person.is_administrator)
        for row in range(self._price_form.rowCount()):
            label = self._price_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setVisible(person.is_administrator)
        for widget in self._fair_editing:
            widget.setVisible(not person.is_volunteer)

    def set_fair(self, fair_id: int | None) -> None:
        self._fair_id = fair_id
        if fair_id is None:
            self._show_fair(None, [])
            return
        self._loads.request(lambda database: (fairs.get_fair(database, fair_id), fairs.list_prices(database, fair_id)),
                            lambda answer: self._show_fair(*answer) if self._fair_id == fair_id else None)

    def refresh(self, changes: Changes) -> None:
        """The fair again when it, its days or its prices changed; the programme alone when only it did."""
        if changes.touches(("fair", "fair_day", "stall_price", "organisation", "site")):
            self.set_fair(self._fair_id)
        elif changes.touches(("programme_item",)):
            self._show_programme()

    def _show_fair(self, record: fairs.FairRecord | None, prices: list[fairs.PriceEntry]) -> None:
        chosen_day = self.programme_day.currentData()
        self.programme_day.blockSignals(True)
        self.programme_day.clear()
        self.prices.clear()
        if record is None:
            self.summary.setText("")
            self.programme_day.blockSignals(False)
            self._show_programme()
            return
        details = record.details
        days = [day for day in record.days if not day.cancelled]
        lines = [
            f"{details.name} — {kind_label(details.kind)}",
            self.tr("Place: %1").replace("%1", record.place),
            self.tr("Open: %1–%2").replace("%1", format_time(details.opens)).replace("%2", format_time(details.closes)),
            self.tr("%n day(s)", "", len(days)) + ": " + ", ".join(format_date(day.day) for day in days[:12])
            + (" …" if len(days) > 12 else ""),
        ]
        if record.partner_names:
            lines.append(self.tr("Partners: %1").replace("%1", ", ".join(record.partner_names)))
        if details.description:
            lines.append("")
            lines.append(details.description)
        self.summary.setText("\n".join(lines))
        for day in days:
            self.programme_day.addItem(format_date(day.day), day.id)
        self.programme_day.setCurrentIndex(max(0, self.programme_day.findData(chosen_day)))
        self.programme_day.blockSignals(False)
        self._show_programme()
        for price in prices:
            self.prices.addItem(f"{price.width_m:g} × {price.depth_m:g} m: {format_cents(price.price_cents)}")

    def _show_programme(self) -> None:
        day_id = self.programme_day.currentData()
        if day_id is None:
            self.programme.clear()
            return
        self._programme_loads.request(lambda database: fairs.list_programme(database, day_id),
                                      self._fill_programme)

    def _fill_programme(self, entries: list[fairs.ProgrammeEntry]) -> None:
        chosen = self.programme.currentItem().data(ROLE) if self.programme.currentItem() is not None else None
        self.programme.clear()
        for entry in entries:
            performer = f" — {entry.performer}" if entry.performer else ""
            item = QListWidgetItem(f"{format_time(entry.starts)}  {entry.title}{performer}")
            item.setData(ROLE, entry.id)
            self.programme.addItem(item)
            if entry.id == chosen:
                self.programme.setCurrentItem(item)

    def add_programme_item(self) -> None:
        day_id = self.programme_day.currentData()
        if day_id is None:
            return
        if refuse_unreadable(self, [self.item_starts]):
            return
        starts, title, performer = self.item_starts.time().toPython(), self.item_title.text(), self.item_performer.text()

        def added(_programme_item_id: int) -> None:
            self.item_title.clear()
            self.item_performer.clear()

        Operation(self, self.database, lambda database: fairs.add_programme_item(
            database, fair_day_id=day_id, starts=starts, title=title, performer=performer)) \
            .success(added).refusal_title(not_possible()).run()

    def remove_programme_item(self) -> None:
        item = self.programme.currentItem()
        if item is not None:
            programme_item_id = item.data(ROLE)
            Operation(self, self.database, lambda database: fairs.remove_programme_item(database, programme_item_id)) \
                .refusal_title(not_possible()).run()

    def set_price(self) -> None:
        fair_id = self._fair_id
        if fair_id is None:
            return
        cents = parse_euros(self.price_amount.text())
        if cents is None:
            show_problem(self, self.tr("Type the fee in euro, e.g. 10 or 7,50."))
            return
        width_m, depth_m = self.price_width.value(), self.price_depth.value()
        Operation(self, self.database, lambda database: fairs.set_stall_price(
            database, fair_id=fair_id, width_m=width_m, depth_m=depth_m, price_cents=cents)) \
            .success(lambda _none: self.price_amount.clear()).refusal_title(not_possible()).run()
