"""Tools → Users…: the people who sign in to the shared server, their roles, adding and disabling them.

Shown to administrators only; the server refuses anyone else anyway (the refusal is shown by the
operations layer). Every read and change runs through it, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.database.roles import ROLES
from ngo_desktop.services.users import Person, add_person, disable_person, list_people, role_label, set_role
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.unsaved import UnsavedChangesGuard


class UsersDialog(UnsavedChangesGuard, QDialog):
    """Private: ``_people`` the rows shown, in table order. A role chosen for the selected person
    but not yet given counts as an unsaved change."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._people: list[Person] = []
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 420)
        explanation = QLabel(self.tr(
            "Each person signs in to the server with their own login. An administrator may do everything; "
            "the desk works with bookings, organisations, fairs, premises and printing; a volunteer only "
            "looks and checks vendors in at a fair."))
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                              self.tr("Can sign in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.clicked.connect(self.add)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role_button = QPushButton(self.tr("Give this role"))
        self.role_button.clicked.connect(self.change_role)
        self.disable_button = QPushButton(self.tr("Disable sign-in"))
        self.disable_button.clicked.connect(self.disable)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addStretch(1)
        actions.addWidget(self.role)
        actions.addWidget(self.role_button)
        actions.addWidget(self.disable_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(lambda: self.close_asking(self.accept))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        Operation(self, self.database, list_people).success(self._show).refusal_title(
            self.tr("The users cannot be shown")).run()

    def _show(self, people: list[Person]) -> None:
        selected = self.selected()
        self._people = people
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            cells = (person.login, person.name, role_label(person.role),
                     self.tr("yes") if person.can_sign_in else self.tr("no (disabled)"))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected is not None and person.login == selected.login:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> Person | None:
        row = self.table.currentRow()
        return self._people[row] if 0 <= row < len(self._people) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        person = self.selected()
        for widget in (self.role, self.role_button):
            widget.setEnabled(person is not None)
        self.disable_button.setEnabled(person is not None and person.can_sign_in)
        if person is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))

    def add(self) -> None:
        form = AddUserForm(self)
        if not form.exec():
            return
        login, name, role, password = form.values()
        Operation(self, self.database, lambda db: add_person(db, login, role, name=name, password=password)) \
            .success(lambda _person: self.reload()).refusal_title(self.tr("The user was not added")) \
            .disabling(self.add_button).run()

    def has_unsaved_changes(self) -> bool:
        person = self.selected()
        return person is not None and self.role.currentData() != person.role

    def save(self) -> None:
        self.change_role()

    def change_role(self) -> None:
        person, role = self.selected(), self.role.currentData()
        if person is None or role == person.role:
            return
        Operation(self, self.database, lambda db: set_role(db, person.login, role)) \
            .success(lambda _none: self.saved() or self.reload()).failure(self.save_failed) \
            .refusal_title(self.tr("The role was not changed")).disabling(self.role_button).run()

    def disable(self) -> None:
        person = self.selected()
        if person is None:
            return
        if not confirm(self, self.tr("Disable sign-in"), self.tr(
                "%1 will no longer be able to sign in. Their name stays in the audit log. Continue?")
                .replace("%1", person.name)):
            return
        Operation(self, self.database, lambda db: disable_person(db, person.login)) \
            .success(lambda _none: self.reload()).refusal_title(self.tr("The user was not disabled")) \
            .disabling(self.disable_button).run()


class AddUserForm(UnsavedChangesGuard, QDialog):
    """The new person's login, name, role and first password (checked again by the service)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.login = QLineEdit()
        self.login.setPlaceholderText("anna.berzina")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Anna Bērziņa"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("desk"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeated = QLineEdit()
        self.repeated.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeated)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self._check_and_accept()

    def _check_and_accept(self) -> None:
        if self.password.text() != self.repeated.text():
            self.problem.setText(self.tr("The two passwords differ; type the same password twice."))
            self.problem.show()
            return
        self.accept()

    def values(self) -> tuple[str, str, str, str]:
        return self.login.text(), self.name.text(), self.role.currentData(), self.password.text()
