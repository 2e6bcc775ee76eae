"""The organisation's contact people as an editable table, with the personal-data actions.

A short list (a few people per organisation), so a QTableWidget is enough. Forgotten people stay
in the list, greyed and read-only, because bookings and applications still point at them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.services.organisations.columns import format_date, parse_date
from ngo_desktop.services.organisations.registry import ContactData
from ngo_desktop.timeutil import today_local

NAME, ROLE, PHONE, EMAIL, MAIN, CONSENT = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
# The contact's notes have no column; they ride along on the name cell so a save keeps them.
NOTES_ROLE = Qt.ItemDataRole.UserRole + 7
PROBLEM_BACKGROUND = QColor("#fde7ea")
COMMON_ROLES = (
    QT_TRANSLATE_NOOP("ContactsEditor", "Chair of the board"),
    QT_TRANSLATE_NOOP("ContactsEditor", "Board member"),
    QT_TRANSLATE_NOOP("ContactsEditor", "Contact person"),
    QT_TRANSLATE_NOOP("ContactsEditor", "Accountant"),
    QT_TRANSLATE_NOOP("ContactsEditor", "Project manager"),
)


class _RoleDelegate(QStyledItemDelegate):
    """An editable combo box offering the usual roles, so they are spelt the same everywhere."""

    def createEditor(self, parent, option, index):  # type: ignore[no-untyped-def]  # noqa: N802
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.addItems([QCoreApplication.translate("ContactsEditor", role) for role in COMMON_ROLES])
        return editor

    def setEditorData(self, editor, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor, model, index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        model.setData(index, editor.currentText())


class ContactsEditor(QWidget):
    """Signals ``forget_requested(contact_id)`` and ``export_requested(contact_id)`` for saved people.

    Each row keeps its ContactData id in the name cell's user data; ``_anonymised`` holds the
    ids of forgotten people (their rows cannot be edited)."""

    forget_requested = Signal(int)
    export_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anonymised: set[int] = set()
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("E-mail"), self.tr("Main"),
            self.tr("Consent given on"),
        ])
        self.table.setItemDelegateForColumn(ROLE, _RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EMAIL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ROLE, 170), (PHONE, 130), (MAIN, 70), (CONSENT, 130)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("Consent date: when the person agreed that the centre keeps their data "
                              "(dd.mm.yyyy). Tick “Main” for the person the centre calls first."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add person"))
        self.add_button.clicked.connect(lambda: self.add_contact(ContactData(name="")))
        self.consent_button = QPushButton(self.tr("Consent given today"))
        self.consent_button.clicked.connect(self.mark_consent_today)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.forget_button = QPushButton(self.tr("Forget this person…"))
        self.forget_button.clicked.connect(lambda: self._request(self.forget_requested))
        self.export_button = QPushButton(self.tr("Export this person's data…"))
        self.export_button.clicked.connect(lambda: self._request(self.export_requested))
        for button in (self.add_button, self.consent_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- rows -----------------------------------------------------------------------------
    def load(self, contacts: tuple[ContactData, ...]) -> None:
        self.table.setRowCount(0)
        self._anonymised = {contact.id for contact in contacts if contact.anonymised and contact.id}
        for contact in contacts:
            self.add_contact(contact, select=False)
        self.show_problems({})
        self._update_buttons()

    def add_contact(self, contact: ContactData, *, select: bool = True) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        texts = (contact.name, contact.role, contact.phone, contact.email)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.item(row, NAME).setData(ID_ROLE, contact.id)
        self.table.item(row, NAME).setData(NOTES_ROLE, contact.notes)
        main = QTableWidgetItem()
        main.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        main.setCheckState(Qt.CheckState.Checked if contact.is_main else Qt.CheckState.Unchecked)
        self.table.setItem(row, MAIN, main)
        self.table.setItem(row, CONSENT, QTableWidgetItem(format_date(contact.consent_date)))
        if contact.anonymised:
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(QBrush(QColor("gray")))
                item.setToolTip(self.tr("This person's data was forgotten."))
        if select and not any(self.table.item(other, MAIN).checkState() == Qt.CheckState.Checked
                              for other in range(row)):
            # The first person, or the only one besides the forgotten: the main contact until told otherwise.
            main.setCheckState(Qt.CheckState.Checked)
        if select:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))
        return row

    def _selected_row(self) -> int | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return min(rows) if rows else (self.table.currentRow() if self.table.currentRow() >= 0 else None)

    def selected_contact_id(self) -> int | None:
        row = self._selected_row()
        return None if row is None else self.table.item(row, NAME).data(ID_ROLE)

    def remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.table.removeRow(row)
        self._update_buttons()

    def mark_consent_today(self) -> None:
        row = self._selected_row()
        if row is not None and self.table.item(row, NAME).data(ID_ROLE) not in self._anonymised:
            self.table.item(row, CONSENT).setText(format_date(today_local()))

    def _request(self, signal: Signal) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            signal.emit(contact_id)

    def _update_buttons(self) -> None:
        contact_id = self.selected_contact_id() if self.table.rowCount() else None
        saved_and_living = contact_id is not None and contact_id not in self._anonymised
        self.forget_button.setEnabled(saved_and_living)
        self.export_button.setEnabled(contact_id is not None)
        self.remove_button.setEnabled(self._selected_row() is not None and contact_id not in self._anonymised)
        self.consent_button.setEnabled(self._selected_row() is not None and contact_id not in self._anonymised)

    # --- values and problems --------------------------------------------------------------
    def contacts(self) -> tuple[tuple[ContactData, ...], dict[str, str]]:
        """The people as typed, and the problems this editor finds itself (unreadable dates)."""
        contacts: list[ContactData] = []
        problems: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            contact_id = self.table.item(row, NAME).data(ID_ROLE)
            consent_text = self.table.item(row, CONSENT).text().strip()
            consent: dt.date | None = None
            try:
                consent = parse_date(consent_text)
            except ValueError:
                problems[f"contacts.{row}.consent_date"] = self.tr(
                    "Write the consent date as 05.03.2026, or leave it empty.")
            contacts.append(ContactData(
                id=contact_id, name=self.table.item(row, NAME).text(), role=self.table.item(row, ROLE).text(),
                phone=self.table.item(row, PHONE).text(), email=self.table.item(row, EMAIL).text(),
                is_main=self.table.item(row, MAIN).checkState() == Qt.CheckState.Checked,
                consent_date=consent, anonymised=contact_id in self._anonymised,
                notes=self.table.item(row, NAME).data(NOTES_ROLE) or "",
            ))
        return tuple(contacts), problems

    def show_problems(self, problems: dict[str, str]) -> bool:
        """Mark each cell with a problem and list the messages; returns whether any was ours."""
        columns = {"name": NAME, "role": ROLE, "phone": PHONE, "email": EMAIL, "consent_date": CONSENT}
        for row in range(self.table.rowCount()):
            for column in columns.values():
                item = self.table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    if row not in self._anonymised_rows():
                        item.setToolTip("")
        lines = []
        for key, message in problems.items():
            if key == "contacts":
                lines.append(message)
                continue
            if not key.startswith("contacts."):
                continue
            _prefix, row_text, field = key.split(".", 2)
            row = int(row_text)
            item = self.table.item(row, columns.get(field, NAME))
            if item is not None:
                item.setBackground(QBrush(PROBLEM_BACKGROUND))
                item.setToolTip(message)
            name = self.table.item(row, NAME).text() if self.table.item(row, NAME) else ""
            lines.append(self.tr("%1: %2").replace("%1", name or self.tr("Row %1").replace("%1", str(row + 1)))
                         .replace("%2", message))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        return bool(lines)

    def _anonymised_rows(self) -> set[int]:
        return {row for row in range(self.table.rowCount())
                if self.table.item(row, NAME).data(ID_ROLE) in self._anonymised}
