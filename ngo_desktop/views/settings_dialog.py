"""Settings: language, paper size, the centre's details and logo, database and backup locations.

Language and database changes take effect after the program is restarted (the dialog says so);
the centre's details are saved to the database at once and shared by every front desk.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop import settings
from ngo_desktop.db import Database
from ngo_desktop.services.centre import get_centre_details, save_centre_details
from ngo_desktop.services.errors import ValidationFailed
from ngo_desktop.views.centre_form import CentreDetailsForm


class SettingsDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.restart_needed = False
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
        self.tabs.addTab(general, self.tr("General"))

        self.centre_form = CentreDetailsForm(get_centre_details(database))
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
        self.backup_folder = QLineEdit(str(settings.backup_folder()))
        storage_form.addRow(self.tr("Backup folder"), self._with_browse(self.backup_folder, self.browse_backup))
        self.tabs.addTab(storage, self.tr("Database"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(620, 520)

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
        try:
            save_centre_details(self.database, self.centre_form.details())
        except ValidationFailed as problems:
            self.tabs.setCurrentWidget(self.centre_form)
            self.centre_form.show_problems(problems.problems)
            return
        new_language = str(self.language.currentData())
        new_database = self.database_location.text().strip()
        self.restart_needed = (new_language != settings.language()
                               or new_database != settings.database_location())
        settings.save(language_code=new_language, paper=str(self.paper.currentData()),
                      database=new_database, backup=self.backup_folder.text())
        self.accept()

    def restart_message(self) -> str:
        return self.tr("Restart the program to use the new language or database.")
