"""One organisation's page: its form, its contact people and tabs of its history with the centre.

Reading and saving run through the operations layer: the page is filled when the organisation has
been read, a save reports its problems under the fields or, when another desk saved meanwhile, shows
both versions side by side (``on_conflict``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.models import LegalForm
from ngo_desktop.services.organisations.page import OrganisationPage, read_page
from ngo_desktop.services.organisations.privacy import export_person_data, forget_contact
from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    SaveResult,
    SimilarOrganisation,
    clean_and_validate,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_fields,
    save_unless_similar,
    set_archived,
    update_organisation,
)
from ngo_desktop.sorting import without_legal_form
from ngo_desktop.views.confirm import confirm
from ngo_desktop.views.conflict import only_differences, show_both_versions
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.organisations.contacts import ContactsEditor
from ngo_desktop.views.organisations.form import OrganisationForm
from ngo_desktop.views.organisations.history import history_tabs
from ngo_desktop.views.undo_steps import record_archive
from ngo_desktop.views.unsaved import Answer, UnsavedChangesGuard, ask_to_save
from ngo_desktop.vocabulary import quoted

FIXED_TABS = 2  # the form and the contact people; history tabs follow


class OrganisationDialog(UnsavedChangesGuard, QDialog):
    """Create (``organisation_id`` None) or edit an organisation. ``changed`` is True after any save.

    ``_data`` is the organisation as last loaded or saved (its id and version matter for saving);
    ``_has_history`` whether it has bookings, applications, tenancies or documents (no Delete then)."""

    def __init__(self, database: Database, organisation_id: int | None = None,
                 parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.database = database
        self.changed = False
        self._read_only = read_only
        self._data = OrganisationData(name="")
        self._has_history = False
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
        if read_only:
            # A volunteer reads the registry; the server refuses their changes (a shared database).
            self.form.setEnabled(False)
            self.contacts.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (self.save_button, self.contacts.add_button, self.contacts.consent_button,
                           self.contacts.remove_button, self.contacts.forget_button):
                button.hide()
        if organisation_id is None:
            self.contacts.load(())
            self._show_state()
            Operation(self, database, lambda db: [item.name for item in list_fields(db)]) \
                .success(self.form.set_known_fields).run()
        else:
            self.load(organisation_id)

    # --- loading --------------------------------------------------------------------------
    def load(self, organisation_id: int) -> None:
        """Read the organisation and show it; the form and Save wait until it is there (one
        transaction reads the whole page: each one is two round trips to a server across town)."""
        Operation(self, self.database, lambda database: read_page(database, organisation_id)) \
            .success(self._show_page).disabling(self.tabs, self.save_button).run()

    def _show_page(self, page: OrganisationPage) -> None:
        self._data, self._has_history = page.data, page.has_history
        self.form.set_known_fields(page.field_names)
        self.form.load(self._data)
        self.contacts.load(self._data.contacts)
        while self.tabs.count() > FIXED_TABS:
            widget = self.tabs.widget(FIXED_TABS)
            self.tabs.removeTab(FIXED_TABS)
            widget.deleteLater()
        for title, table in history_tabs(page.history, self):
            self.tabs.addTab(table, title)
        self._show_state()
        self.mark_clean()

    def _show_state(self) -> None:
        new = self._data.id is None
        self.setWindowTitle(self.tr("New organisation") if new else self._data.name)
        self.archive_button.setVisible(not new and not self._read_only)
        self.archive_button.setText(self.tr("Restore from archive") if self._data.archived else self.tr("Archive"))
        self.delete_button.setVisible(not new and not self._has_history and not self._read_only)

    @property
    def organisation_id(self) -> int | None:
        return self._data.id

    # --- saving ---------------------------------------------------------------------------
    def unsaved_values(self) -> object:
        """The organisation as the form shows it; the list of known fields is no change of its own."""
        contacts, _problems = self.contacts.contacts()
        return self.form.values(self._data), self.form.fee.text(), contacts

    def collect(self) -> tuple[OrganisationData, dict[str, str]]:
        contacts, problems = self.contacts.contacts()
        data = self.form.values(self._data)
        data = OrganisationData(**{**data.__dict__, "contacts": contacts})
        if fee_problem := self.form.fee_problem():
            problems["membership_fee_cents"] = fee_problem
        if since_problem := self.form.member_since_problem():
            problems["member_since"] = since_problem
        return data, problems

    def save(self) -> bool:
        """Save what the page shows; False when a problem is shown at once (nothing is sent then).

        A new organisation, or one whose name or number changed, is compared with the registry's
        look-alikes in the save's transaction (nothing is written when there are any, and the user is
        asked); the save runs on the worker and its answer arrives later (``changed`` turns True and
        the page shows what was written)."""
        data, problems = self.collect()
        if not problems:
            # The rules that need no database are checked here, so their messages show at once.
            try:
                clean_and_validate(data)
            except ValidationFailed as failed:
                problems = failed.problems
        if problems:
            self.show_problems(problems)
            return False
        renamed = (" ".join(data.name.split()), "".join(data.registration_number.split())) != \
            (self._data.name, self._data.registration_number)
        self._write(data, unless_similar=data.id is None or renamed)
        return True

    def _write(self, data: OrganisationData, *, unless_similar: bool = False) -> None:
        """Save on the worker; ``unless_similar``: the registry's look-alikes are looked for in the
        save's own transaction, and when there are any nothing is written and the user is asked."""
        if unless_similar:
            operation = Operation(self, self.database, lambda database: save_unless_similar(database, data))
        else:
            operation = Operation(self, self.database, lambda database: (
                create_organisation if data.id is None else update_organisation)(database, data))
        if data.id is not None:
            organisation_id = data.id
            operation.on_conflict(fetch_saved=lambda database: get_organisation(database, organisation_id),
                                  show=self._show_both_versions)
        operation.success(lambda result: self._answered(data, result)) \
            .failure(self.keep_open_on_failure(
                lambda error: isinstance(error, ValidationFailed) and (self.show_problems(error.problems) or True))) \
            .refusal_title(self.tr("Not saved")).disabling(self.save_button).run()

    def _answered(self, data: OrganisationData, result: SaveResult | list[SimilarOrganisation]) -> None:
        if isinstance(result, SaveResult):
            self._saved(result)
        elif self._open_similar_instead(result[0], new=data.id is None):
            self._close_after_save = False  # nothing was saved: the form stays open
        else:
            self._write(data)

    def _saved(self, result: SaveResult) -> None:
        """Show the organisation as the save wrote it. Its history and whether it has any do not
        change by saving it, so the page is not read again (that was 23 round trips to a server)."""
        self.changed = True
        if self.saved() or result.saved is None:
            return
        self._data = result.saved
        self.form.load(self._data)
        self.contacts.load(self._data.contacts)
        self._show_state()
        self.mark_clean()

    def _show_both_versions(self, saved: OrganisationData) -> None:
        """Another desk saved meanwhile (``saved`` is its version): show both versions, keep the user's
        in the form and take the saved version number, so that saving again deliberately replaces it."""
        mine = self.collect()[0]
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

    def _open_similar_instead(self, similar: SimilarOrganisation, *, new: bool) -> bool:
        """Ask whether to open the organisation already there; True when it was opened or the user
        cancelled (nothing is saved then)."""
        reason = (self.tr("%1 already has the registration number %2.")
                  .replace("%1", quoted(similar.name)).replace("%2", similar.registration_number)
                  if similar.same_registration_number
                  else self.tr("%1 looks like the same organisation.").replace("%1", quoted(similar.name)))
        if similar.archived:
            reason += " " + self.tr("It is archived.")
        question = self.tr("Open the existing organisation instead of creating a new one?") if new else \
            self.tr("Open the existing organisation instead of saving this one under a look-alike name?")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already in the registry?"),
                          reason + "\n\n" + question, parent=self)
        open_button = box.addButton(self.tr("Open the existing one"), QMessageBox.ButtonRole.AcceptRole)
        create_button = box.addButton(self.tr("Create a new one anyway") if new else self.tr("Save anyway"),
                                      QMessageBox.ButtonRole.DestructiveRole)
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
        organisation_id, archived, name = self._data.id, not self._data.archived, self._data.name
        if not self._changes_settled() or archived and not confirm(self, self.tr("Archive"), self._archive_question()):
            return
        Operation(self, self.database, lambda database: set_archived(database, organisation_id, archived)) \
            .success(lambda version: self._archived(organisation_id, name, archived, version)) \
            .refusal_title(self.tr("Not changed")).disabling(self.archive_button).run()

    def _archived(self, organisation_id: int, name: str, archived: bool, version: int) -> None:
        """Archived or restored: Edit → Undo can take it back (unless changed elsewhere since)."""
        record_archive(self, self.database, name=name, archived=archived, version=version,
                       record=("organisation", organisation_id),
                       set_archived=lambda database, value, expected: set_archived(
                           database, organisation_id, value, expected_version=expected))
        self._changed_then_load(organisation_id)

    def _changes_settled(self) -> bool:
        """Archiving or forgetting a person reads the page again, which would drop changes not saved:
        those are saved first (the action waits for another click) or discarded, or nothing happens."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_to_save(self, self.windowTitle(), self.tr("Save the changes first?"))
        if answer is Answer.SAVE:
            self.save()
        return answer is Answer.DISCARD

    def _archive_question(self) -> str:
        """The question names the organisation as people say it: Archive the association „Sudrabs”?"""
        name = without_legal_form(self._data.name)
        # A whole question per legal form (the noun changes the sentence's grammar in Latvian), not a
        # second wording of the legal form itself: that stays in ngo_desktop/vocabulary.py.
        form = LegalForm(self._data.legal_form)
        if form is LegalForm.ASSOCIATION:
            question = self.tr("Archive the association „%1”?")
        elif form is LegalForm.FOUNDATION:
            question = self.tr("Archive the foundation „%1”?")
        else:
            question = self.tr("Archive the organisation „%1”?")
        return question.replace("%1", name) + " " + self.tr(
            "It leaves the list but keeps its history; tick “Show archived” to see it again.")

    def _changed_then_load(self, organisation_id: int) -> None:
        self.changed = True
        self.load(organisation_id)

    def delete(self) -> None:
        if self._data.id is None:
            return
        if not confirm(self, self.tr("Delete organisation"),
                       self.tr("Delete %1 for good? The centre has no bookings, applications, tenancies or "
                               "documents for it, so nothing else is lost.").replace("%1", quoted(self._data.name))):
            return
        organisation_id = self._data.id
        Operation(self, self.database, lambda database: delete_organisation(database, organisation_id)) \
            .success(lambda _result: self._deleted()) \
            .refusal_title(self.tr("Not deleted")).disabling(self.delete_button).run()

    def _deleted(self) -> None:
        self.changed = True
        self.accept()

    def forget_person(self, contact_id: int) -> None:
        if not self._changes_settled():
            return
        name = next((contact.name for contact in self._data.contacts if contact.id == contact_id), "")
        if not confirm(self, self.tr("Forget this person"),
                       self.tr("Remove %1's name, phone, e-mail and notes everywhere the centre keeps them? The "
                               "organisation's bookings and applications stay, without this person's details. "
                               "This cannot be undone.").replace("%1", name)) or self._data.id is None:
            return
        organisation_id = self._data.id
        Operation(self, self.database, lambda database: forget_contact(database, contact_id)) \
            .success(lambda _result: self._changed_then_load(organisation_id)) \
            .refusal_title(self.tr("Not changed")).run()

    def export_person(self, contact_id: int) -> None:
        name = next((contact.name for contact in self._data.contacts if contact.id == contact_id), "person")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export this person's data"), f"{name}.json", self.tr("JSON files (*.json)"))
        if not path:
            return

        def exported(_result: object) -> None:
            QMessageBox.information(self, self.tr("Exported"),
                                    self.tr("Everything the centre holds about %1 was written to %2.")
                                    .replace("%1", name).replace("%2", path))

        # The save dialog asked before replacing an existing file (never a database).
        Operation(self, self.database, lambda database: export_person_data(
            database, contact_id, Path(path), force=True)) \
            .success(exported).refusal_title(self.tr("Not exported")).run()


def _contacts_text(contacts: tuple[ContactData, ...]) -> str:
    """The contact people in one line, each with the details the table shows."""
    return "; ".join(", ".join(part for part in (contact.name, contact.role, contact.phone, contact.email) if part)
                     for contact in contacts)
