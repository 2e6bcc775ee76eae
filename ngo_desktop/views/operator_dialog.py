"""First start at a desk: who works here? The name goes on the printed-documents register and into
the audit log instead of the computer's login name (often "root", "admin" or the PC's owner)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ngo_desktop import settings


class OperatorNameDialog(QDialog):
    """Accepted once a name is saved; 'Later' (or Esc) keeps the login name until the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who works at this desk?"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<p>Please enter your name as colleagues and visitors should see it, e.g. "
            "<i>Anna Bērziņa</i>. It is recorded with every booking sheet and document you print "
            "and with every change you make (the audit log).</p><p>Several people at one computer can "
            "write the desk's name instead, e.g. <i>Front desk, Alūksne</i>. It can be changed "
            "later in Settings.</p>"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        layout.addWidget(self.name)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            return
        settings.save_operator_name(name)
        self.accept()
