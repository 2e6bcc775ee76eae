"""First start on an empty database: fill in the centre's details, or load demo data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.centre import CentreDetails, save_centre_details
from ngo_desktop.views.centre_form import CentreDetailsForm
from ngo_desktop.views.operations import Operation, problems_shown_by
from ngo_desktop.views.unsaved import UnsavedChangesGuard


class WelcomeDialog(UnsavedChangesGuard, QDialog):
    """Accepted when the details were saved or the demo data loaded; rejected for 'Later' (which asks
    first when details were typed)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Welcome to ngo_desktop"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<h2>Welcome!</h2><p>The database is empty. Enter your centre's details — they are "
            "printed on every booking sheet, door sign and flyer — or load demo data of a small "
            "Latvian centre to try the program out. Everything can be changed later in Settings.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = CentreDetailsForm(CentreDetails(), with_extras=False)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save details"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button: QPushButton = buttons.addButton(
            self.tr("Load demo data"), QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_details)
        self.demo_button.clicked.connect(self.load_demo)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        self.save_details()

    def save_details(self) -> None:
        details = self.form.details()
        Operation(self, self.database, lambda database: save_centre_details(database, details)) \
            .failure(problems_shown_by(self.form.show_problems)).disabling(self.save_button) \
            .success(lambda _result: self.accept()).run()

    def load_demo(self) -> None:
        load_demo_data_with_feedback(self.database, self, confirm=False, loaded=self.accept)


def load_demo_data_with_feedback(database: Database, parent: QWidget, *, confirm: bool = True,
                                 loaded: Callable[[], None] | None = None) -> None:
    """Fill the database with the small demo data on the long-work thread; ``loaded()`` afterwards."""
    if confirm and QMessageBox.question(
        parent, translate("DemoData", "Load demo data"),
        translate("DemoData", "Fill this database with the demo data of a small Latvian centre?"),
    ) != QMessageBox.StandardButton.Yes:
        return
    from ngo_desktop.services.demo.fill import fill_demo_data

    operation = Operation(parent, database,
                          lambda db, progress: fill_demo_data(db, scale="small", progress=progress.report)) \
        .with_progress(translate("DemoData", "Loading demo data…"), cancellable=False) \
        .refusal_title(translate("DemoData", "Demo data not loaded"))
    if loaded is not None:
        operation.success(lambda _result: loaded())
    operation.run()
