"""The sign-in asked at start when the shared server wants a password and none is stored.

Login prefilled from the address, the password, and "remember on this computer" (the system's
credential store through keyring, as Settings → Database does). gui.py retries with what is typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    """Asked at start when the server wants a password and none is stored: login, password, remember."""

    def __init__(self, login: str, server: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the server"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Sign in to %1 with your own login and password.").replace("%1", server))
        intro.setWordWrap(True)
        self.login = QLineEdit(login)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password on this computer"))
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()
