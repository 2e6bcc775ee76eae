"""Answering the "Save the changes before closing?" question in tests, and pressing Esc on a form."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

ROLES = {"save": QMessageBox.ButtonRole.AcceptRole, "discard": QMessageBox.ButtonRole.DestructiveRole,
         "cancel": QMessageBox.ButtonRole.RejectRole}


@dataclass
class Answers:
    """``answer`` is the button the next question gets; ``asked`` the questions shown, with their
    buttons' texts and which one is the default."""

    answer: str = "cancel"
    asked: list[dict[str, object]] = field(default_factory=list)

    def click(self, box: QMessageBox) -> int:
        self.asked.append({"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText(),
                           "buttons": [button.text() for button in box.buttons()],
                           "default": box.defaultButton().text() if box.defaultButton() else None})
        wanted = ROLES[self.answer]
        button = next(button for button in box.buttons() if box.buttonRole(button) == wanted)
        button.click()
        return 0


def answer_questions(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Every message box from now on is answered with ``answers.answer`` and recorded."""
    given = Answers()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: given.click(box))
    return given


def press_escape(qtbot: QtBot, dialog: QDialog) -> None:
    """Esc as the user presses it: to the field with the focus, which leaves it to the dialog."""
    focused = QApplication.focusWidget()
    target = focused if focused is not None and dialog.isAncestorOf(focused) else dialog
    qtbot.keyClick(target, Qt.Key.Key_Escape)
