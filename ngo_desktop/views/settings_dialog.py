"""Settings: language, paper size, the centre's details and logo, database and backup locations.

Language and database changes take effect after the program is restarted (the dialog says so);
the centre's details are saved to the database at once and shared by every front desk. They are read
and saved on the worker (the Centre tab fills in when they arrive); on a shared server only an
administrator may change them, so for anyone else the tab is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop import settings
from ngo_desktop.database.core import Database, default_operator
from ngo_desktop.services.centre import CentreDetails, get_centre_details, save_centre_details
from ngo_desktop.services.users import SignedIn
from ngo_desktop.services.users import signed_in as who_is_signed_in
from ngo_desktop.views.centre_form import CentreDetailsForm
from ngo_desktop.views.operations import Operation, problems_shown_by
from ngo_desktop.views.unsaved import UnsavedChangesGuard, form_values


class SettingsDialog(UnsavedChangesGuard, QDialog):
    """``signed_in`` is who works at this desk (read with the centre's details when not given);
    ``_centre_shown`` the centre's details as read, None until they arrive (nothing is saved for the
    centre before that); ``_may_change_centre`` whether this person may change them."""

    def __init__(self, database: Database, parent: QWidget | None = None, *,
                 signed_in: SignedIn | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.restart_needed = False
        self._centre_shown: CentreDetails | None = None
        self._may_change_centre = False
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()

        general = QWidget()
        general_form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem("Latviešu", "lv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        general_form.addRow(self.tr("Language"), self.language)
        language_note = QLabel(self.tr("A new language is used after the program is restarted."))
        language_note.setWordWrap(True)
        general_form.addRow("", language_note)
        self.paper = QComboBox()
        for size in settings.PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size())))
        general_form.addRow(self.tr("Default paper size"), self.paper)
        self.operator = QLineEdit(str(settings.settings().value(settings.OPERATOR_KEY, "") or ""))
        self.operator.setPlaceholderText(default_operator())
        general_form.addRow(self.tr("Your name in the audit log"), self.operator)
        self.tabs.addTab(general, self.tr("General"))

        self.centre_form = CentreDetailsForm(CentreDetails())
        self.centre_form.set_editable(False)  # until the details (and who may change them) arrive
        self.centre_note = QLabel(self.tr("Only an administrator can change the centre's details."))
        self.centre_note.setWordWrap(True)
        self.centre_note.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.centre_note.hide()
        centre_layout = self.centre_form.layout()
        assert isinstance(centre_layout, QFormLayout)
        centre_layout.insertRow(0, self.centre_note)
        self.tabs.addTab(self.centre_form, self.tr("Centre"))

        storage = QWidget()
        storage_form = QFormLayout(storage)
        self.database_location = QLineEdit(settings.database_location())
        self.database_location.setPlaceholderText(self.tr("Default: %1").replace("%1", database.describe()))
        storage_form.addRow(self.tr("Database"), self._with_browse(self.database_location, self.browse_database))
        database_note = QLabel(self.tr(
            "An SQLite file, or a PostgreSQL URL such as postgresql+psycopg://user@server/ngo shared by "
            "several front desks. Leave empty for the file in your data folder. Used after a restart."))
        database_note.setWordWrap(True)
        storage_form.addRow("", database_note)
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(self.tr("only for a server; kept in the system's credential store"))
        test_row = QWidget()
        test_layout = QHBoxLayout(test_row)
        test_layout.setContentsMargins(0, 0, 0, 0)
        test_layout.addWidget(self.server_password, 1)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        test_layout.addWidget(self.test_button)
        storage_form.addRow(self.tr("Server password"), test_row)
        self.connection_result = QLabel()
        self.connection_result.setWordWrap(True)
        self.connection_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        storage_form.addRow("", self.connection_result)
        password_note = QLabel(self.tr(
            "The password is never written to the settings: it is kept in the system's credential store "
            "(Windows Credential Manager, macOS Keychain, GNOME/KDE wallet), or leave it empty and use "
            "PostgreSQL's own password file (pgpass)."))
        password_note.setWordWrap(True)
        storage_form.addRow("", password_note)
        self.backup_folder = QLineEdit(str(settings.backup_folder()))
        storage_form.addRow(self.tr("Backup folder"), self._with_browse(self.backup_folder, self.browse_backup))
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setRange(1, 365)
        self.backups_to_keep.setValue(settings.backups_to_keep())
        storage_form.addRow(self.tr("Automatic backups to keep"), self.backups_to_keep)
        self.tabs.addTab(storage, self.tr("Database"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 600)

        def read(db: Database) -> tuple[CentreDetails, SignedIn]:
            return get_centre_details(db), signed_in or who_is_signed_in(db)

        Operation(self, database, read).success(self._show_centre).run()

    def _show_centre(self, answer: tuple[CentreDetails, SignedIn]) -> None:
        details, person = answer
        self._centre_shown = details
        # On one computer's file the computer's account is the boundary; on a server the server
        # refuses anyone but an administrator, so the fields say so before anyone types.
        self._may_change_centre = person.is_administrator or not person.shared
        self.centre_form.load(details)
        self.centre_form.set_editable(self._may_change_centre)
        self.centre_note.setVisible(not self._may_change_centre)
        self.mark_clean()

    def unsaved_values(self) -> object:
        """Every field, and the centre's logo (a picture, not a field)."""
        return form_values(self), self.centre_form.logo.png()

    def _with_browse(self, edit: QLineEdit, handler) -> QWidget:  # type: ignore[no-untyped-def]
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(handler)
        layout.addWidget(browse)
        return row

    def browse_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.database_location.text(),
            self.tr("SQLite databases (*.sqlite3 *.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.database_location.setText(path)

    def browse_backup(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> None:
        """Save the centre's details when changed (on the worker), then this desk's settings, and close.

        Problems with the details are shown under their fields and the dialog stays open."""
        details = self.centre_form.details()
        if not self._may_change_centre or self._centre_shown is None or details == self._centre_shown:
            self._save_desk_settings()
            return
        Operation(self, self.database, lambda db: save_centre_details(db, details)) \
            .success(lambda _saved: self._save_desk_settings()) \
            .failure(self.keep_open_on_failure(problems_shown_by(self._show_centre_problems))) \
            .refusal_title(self.tr("Not saved")).disabling(self.save_button).run()

    def _show_centre_problems(self, problems: dict[str, str]) -> None:
        self.tabs.setCurrentWidget(self.centre_form)
        self.centre_form.show_problems(problems)

    def _save_desk_settings(self) -> None:
        new_language = str(self.language.currentData())
        new_database, typed_password = settings.without_password(self.database_location.text().strip())
        password = self.server_password.text() or typed_password
        if password and not self._keep_password(new_database, password):
            return
        self.database_location.setText(new_database)
        settings.save_desk(keep=self.backups_to_keep.value(), operator=self.operator.text())
        self.restart_needed = (new_language != settings.language()
                               or new_database != settings.database_location())
        settings.save(language_code=new_language, paper=str(self.paper.currentData()),
                      database=new_database, backup=self.backup_folder.text())
        self.accept()

    def _keep_password(self, url: str, password: str) -> bool:
        try:
            settings.store_password(url, password)
        except Exception as error:  # noqa: BLE001 - no credential store on this computer
            QMessageBox.warning(self, self.tr("Password not saved"), self.tr(
                "This computer has no credential store (%1). Remove the password from the address and put it "
                "in PostgreSQL's password file (pgpass) instead; see the user guide.").replace("%1", str(error)))
            return False
        return True

    def test_connection(self) -> None:
        """Connect to the typed database and say what is there, without changing anything. A server
        that does not answer takes up to the check's timeout: that wait is on the long-work thread,
        with a progress note after a moment, never on the window."""
        from ngo_desktop.database.connection_check import check_connection

        url, typed_password = settings.without_password(self.database_location.text().strip())
        password = self.server_password.text() or typed_password
        connecting = self.tr("Connecting to the database…")
        self.connection_result.setText(connecting)
        Operation(self, self.database, lambda _database, _progress: check_connection(url, password)) \
            .with_progress(connecting, cancellable=False) \
            .disabling(self.test_button) \
            .success(self.connection_result.setText) \
            .run()

    def restart_message(self) -> str:
        return self.tr("Restart the program to use the new language or database.")
