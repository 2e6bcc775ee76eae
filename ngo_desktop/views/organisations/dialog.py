"""One organisation's page: its form, its contact people and tabs of its history with the centre."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.db import Database
from ngo_desktop.services.errors import ChangedElsewhere, DomainError, ValidationFailed
from ngo_desktop.services.organisations import (
    ContactData,
    OrganisationData,
    SimilarOrganisation,
    clean_and_validate,
    create_organisation,
    delete_organisation,
    find_similar,
    get_organisation,
    has_history,
    list_fields,
    set_archived,
    update_organisation,
)
from ngo_desktop.services.organisations_privacy import export_person_data, forget_contact
from ngo_desktop.views.conflict import only_differences, show_both_versions
from ngo_desktop.views.organisations.contacts import ContactsEditor
from ngo_desktop.views.organisations.form import OrganisationForm
from ngo_desktop.views.organisations.history import history_tabs

FIXED_TABS = 2  # the form and the contact people; history tabs follow


class OrganisationDialog(QDialog):
    """Create (``organisation_id`` None) or edit an organisation. ``changed`` is True after any save.

    ``_data`` is the organisation as last loaded or saved (its id and version matter for saving)."""

    def __init__(self, database: Database, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        self._data = OrganisationData(name="")
        self.resize(980, 660)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.form = OrganisationForm()
        self.contacts = ContactsEditor()
        self.tabs.addTab(self.form, self.tr("Details"))
        self.tabs.addTab(self.contacts, self.tr("Contact people"))
        layout.addWidget(self.tabs)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.archive_button = QPushButton()
        self.buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button = self.buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.delete)
        self.buttons.rejected.connect(self.reject)
        self.contacts.forget_requested.connect(self.forget_person)
        self.contacts.export_requested.connect(self.export_person)
        self.form.set_known_fields([item.name for item in list_fields(database)])
        if organisation_id is None:
            self.contacts.load(())
            self._show_state()
        else:
            self.load(organisation_id)

    # --- loading --------------------------------------------------------------------------
    def load(self, organisation_id: int) -> None:
        self._data = get_organisation(self.database, organisation_id)
        self.form.load(self._data)
        self.contacts.load(self._data.contacts)
        while self.tabs.count() > FIXED_TABS:
            widget = self.tabs.widget(FIXED_TABS)
            self.tabs.removeTab(FIXED_TABS)
            widget.deleteLater()
        for title, table in history_tabs(self.database, organisation_id, self):
            self.tabs.addTab(table, title)
        self._show_state()

    def _show_state(self) -> None:
        new = self._data.id is None
        self.setWindowTitle(self.tr("New organisation") if new else self._data.name)
        self.archive_button.setVisible(not new)
        self.archive_button.setText(self.tr("Restore from archive") if self._data.archived else self.tr("Archive"))
        self.delete_button.setVisible(not new and not has_history(self.database, self._data.id))

    @property
    def organisation_id(self) -> int | None:
        return self._data.id

    # --- saving ---------------------------------------------------------------------------
    def collect(self) -> tuple[OrganisationData, dict[str, str]]:
        contacts, problems = self.contacts.contacts()
        data = self.form.values(self._data)
        data = OrganisationData(**{**data.__dict__, "contacts": contacts})
        if fee_problem := self.form.fee_problem():
            problems["membership_fee_cents"] = fee_problem
        return data, problems

    def save(self) -> bool:
        data, problems = self.collect()
        if problems:
            self.show_problems(problems)
            return False
        if data.id is None:
            similar = find_similar(self.database, name=data.name, registration_number=data.registration_number)
            if similar and self._open_similar_instead(similar[0]):
                return False
        try:
            result = (create_organisation if data.id is None else update_organisation)(self.database, data)
        except ValidationFailed as failed:
            self.show_problems(failed.problems)
            return False
        except ChangedElsewhere:
            self._show_both_versions(data)
            return False
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        self.changed = True
        self.load(result.id)
        return True

    def _show_both_versions(self, mine: OrganisationData) -> None:
        """Another desk saved meanwhile: show both versions, keep the user's in the form and take the
        saved version number, so that saving again deliberately replaces the saved version."""
        assert self._data.id is not None
        saved = get_organisation(self.database, self._data.id)
        cleaned = clean_and_validate(mine)
        rows = self.form.differences(saved, cleaned) + only_differences(
            [(self.tr("Contact people"), _contacts_text(saved.contacts), _contacts_text(cleaned.contacts))])
        show_both_versions(self, self.tr("this organisation"), rows)
        self._data = saved
        saved_ids = {contact.id for contact in saved.contacts}
        if any(contact.id is not None and contact.id not in saved_ids for contact in mine.contacts):
            # A person the other desk removed would refuse every save: the user's copy becomes new.
            self.contacts.load(tuple(contact if contact.id in saved_ids else replace(contact, id=None)
                                     for contact in mine.contacts))
        self._show_state()

    def _open_similar_instead(self, similar: SimilarOrganisation) -> bool:
        """Ask whether to open the organisation already there; True when it was opened."""
        reason = (self.tr("%1 already has the registration number %2.")
                  .replace("%1", similar.name).replace("%2", similar.registration_number)
                  if similar.same_registration_number
                  else self.tr("%1 looks like the same organisation.").replace("%1", similar.name))
        if similar.archived:
            reason += " " + self.tr("It is archived.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already in the registry?"),
                          reason + "\n\n" + self.tr("Open the existing organisation instead of creating a new one?"),
                          parent=self)
        open_button = box.addButton(self.tr("Open the existing one"), QMessageBox.ButtonRole.AcceptRole)
        create_button = box.addButton(self.tr("Create a new one anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        if similar.same_registration_number:
            create_button.setEnabled(False)  # the number is unique: the save would be refused anyway
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.load(similar.id)
            return True
        return box.clickedButton() is not create_button

    def show_problems(self, problems: dict[str, str]) -> None:
        on_form = self.form.show_problems(problems)
        on_contacts = self.contacts.show_problems(problems)
        if on_form:
            self.tabs.setCurrentWidget(self.form)
        elif on_contacts:
            self.tabs.setCurrentWidget(self.contacts)

    # --- archive, delete, personal data ---------------------------------------------------
    def toggle_archived(self) -> None:
        if self._data.id is None:
            return
        try:
            set_archived(self.database, self._data.id, not self._data.archived)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))
            return
        self.changed = True
        self.load(self._data.id)

    def delete(self) -> None:
        if self._data.id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete organisation"),
            self.tr("Delete %1 for good? The centre has no bookings, applications, tenancies or "
                    "documents for it, so nothing else is lost.").replace("%1", self._data.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_organisation(self.database, self._data.id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), str(error))
            return
        self.changed = True
        self.accept()

    def forget_person(self, contact_id: int) -> None:
        name = next((contact.name for contact in self._data.contacts if contact.id == contact_id), "")
        answer = QMessageBox.question(
            self, self.tr("Forget this person"),
            self.tr("Remove %1's name, phone, e-mail and notes everywhere the centre keeps them? The "
                    "organisation's bookings and applications stay, without this person's details. "
                    "This cannot be undone.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            forget_contact(self.database, contact_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not changed"), str(error))
            return
        self.changed = True
        self.load(self._data.id)

    def export_person(self, contact_id: int) -> None:
        name = next((contact.name for contact in self._data.contacts if contact.id == contact_id), "person")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export this person's data"), f"{name}.json", self.tr("JSON files (*.json)"))
        if not path:
            return
        try:
            # The save dialog has asked before replacing an existing file (never a database).
            export_person_data(self.database, contact_id, Path(path), force=True)
        except (DomainError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not exported"), str(error))
            return
        QMessageBox.information(self, self.tr("Exported"),
                                self.tr("Everything the centre holds about %1 was written to %2.")
                                .replace("%1", name).replace("%2", path))


def _contacts_text(contacts: tuple[ContactData, ...]) -> str:
    """The contact people in one line, each with the details the table shows."""
    return "; ".join(", ".join(part for part in (contact.name, contact.role, contact.phone, contact.email) if part)
                     for contact in contacts)
