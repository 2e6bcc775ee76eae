"""Closing a changed form asks first: Save, Discard changes or Cancel.

Every editing dialog mixes in ``UnsavedChangesGuard`` (before ``QDialog``). The guard remembers the
form's values when it is shown (or when the dialog says its values have arrived, ``mark_clean()``)
and compares them when the dialog is about to close: Close, Cancel, Esc and the window's × all end
in ``reject()``, which the guard answers. An unchanged form closes silently; a changed one asks.
Save runs the dialog's own ``save()`` (through the operations layer) and the dialog closes only
when the save succeeded; Discard closes; Cancel keeps the form as it is.

The values are read from the input widgets themselves (``form_values``), so a dialog needs no list
of its fields; a dialog with values beside its widgets (a photo) or widgets that are no part of
what is saved (a search box, a list of known choices) narrows ``unsaved_values()`` to what it saves.

Before the program quits, ``may_quit`` asks each changed form, then about the sections that report
unsaved work of their own (``Section.has_unsaved_edits``), which counts a changed form open over a
section too (``changed_forms_in``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from ngo_desktop.i18n import translate
from ngo_desktop.views.operations import calls_running


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _read_through_owner(widget: QWidget) -> bool:
    """The line edit inside a spin box, a date editor or an editable combo box is read through its
    owner; an open cell editor of a table is read as it is (typed, not yet committed)."""
    return isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def widget_value(widget: QWidget) -> object:
    """What the user has set in one input widget; ``None`` for a widget that holds no input."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText() if data is None or widget.isEditable() else data
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QTableWidget):
        return [(widget.item(row, column).text(), widget.item(row, column).checkState())
                if widget.item(row, column) is not None else None
                for row in range(widget.rowCount()) for column in range(widget.columnCount())]
    if isinstance(widget, QListWidget):
        return [(widget.item(row).text(), widget.item(row).checkState()) for row in range(widget.count())]
    return None


def form_values(root: QWidget) -> list[object]:
    """The values of every input widget under ``root``, in the order the widgets were made."""
    values: list[object] = []
    for widget in root.findChildren(QWidget):
        if _read_through_owner(widget):
            continue
        value = widget_value(widget)
        if value is not None:
            values.append((type(widget).__name__, value))
    return values


def ask_to_save(parent: QWidget, title: str, question: str | None = None) -> Answer:
    """The question before a changed form closes (or, with ``question``, before it shows another
    record); Save is the default, Esc means Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title,
                      question or translate("UnsavedChanges", "Save the changes before closing?"), parent=parent)
    box.setInformativeText(translate("UnsavedChanges", "Changes that are not saved will be lost."))
    save = box.addButton(translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("UnsavedChanges", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("UnsavedChanges", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL


class UnsavedChangesGuard:
    """Mixed into an editing QDialog (listed before QDialog); the dialog has a ``save()`` method.

    A dialog whose ``save()`` closes it on success needs nothing more. A dialog that stays open after
    saving (or reads its values after it is shown) calls ``mark_clean()`` once the values shown are the
    saved ones, and ``saved()`` in its save's success callback, which closes it when the save was asked
    for by the question. Private attributes: ``_clean_values`` the values when last clean (None until
    the dialog is first shown); ``_close_after_save`` whether the running save came from the question.
    """

    _clean_values: object | None = None
    _close_after_save = False

    def unsaved_values(self) -> object:
        """What is compared; a dialog may narrow it to its form (``form_values(self.form)``)."""
        assert isinstance(self, QWidget)
        return form_values(self)

    def mark_clean(self) -> None:
        self._clean_values = self.unsaved_values()

    def has_unsaved_changes(self) -> bool:
        return self._clean_values is not None and self.unsaved_values() != self._clean_values

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._clean_values is None:
            self.mark_clean()
        super().showEvent(event)  # type: ignore[misc]

    def reject(self) -> None:
        """Close, Cancel, Esc and × (QDialog turns the last two into ``reject``)."""
        self.close_asking(super().reject)  # type: ignore[misc]

    def close_asking(self, close: Callable[[], None]) -> None:
        """Close with ``close`` unless the form is changed and the user keeps it open."""
        if not self.has_unsaved_changes():
            close()
            return
        assert isinstance(self, QDialog)
        answer = ask_to_save(self, self.windowTitle())
        if answer is Answer.DISCARD:
            close()
        elif answer is Answer.SAVE:
            self._close_after_save = True
            # A save refused before it started (a problem shown under its field, a date that is not
            # a date) starts no call: the form stays open, and a later Save of its own keeps it open.
            if self.save() is False or not calls_running():  # type: ignore[attr-defined]
                self._close_after_save = False

    def saved(self) -> bool:
        """The save succeeded: the values shown are now the saved ones. Closes the dialog when the
        question asked for the save, and returns whether it did."""
        self.mark_clean()
        if not self._close_after_save:
            return False
        self._close_after_save = False
        assert isinstance(self, QDialog)
        self.accept()
        return True

    def save_failed(self, error: BaseException) -> bool:
        """A ``failure`` callback: the form stays open after a refused save (the error is then shown
        the usual way, so it returns False)."""
        self._close_after_save = False
        return False

    def keep_open_on_failure(self, handler: Callable[[BaseException], bool]) -> Callable[[BaseException], bool]:
        """Wrap a form's own failure callback (problems under the fields) so the form stays open."""
        def handle(error: BaseException) -> bool:
            self._close_after_save = False
            return handler(error)

        return handle


def changed_forms_in(widget: QWidget) -> list[QDialog]:
    """The open forms under ``widget`` (dialogs it opened) that hold unsaved changes."""
    return [dialog for dialog in widget.findChildren(QDialog)
            if isinstance(dialog, UnsavedChangesGuard) and dialog.isVisible() and dialog.has_unsaved_changes()]


def may_quit(window: QWidget, busy_sections: Callable[[], list[str]]) -> bool:
    """Before the program closes: each changed form asks Save / Discard changes / Cancel, then the
    sections with unsaved work in them (``busy_sections()``, their titles) ask whether to quit anyway.
    False keeps the program open (a Save answer too: the save runs, and the user quits again)."""
    for dialog in changed_forms_in(window):
        assert isinstance(dialog, UnsavedChangesGuard)
        dialog.close_asking(lambda shown=dialog: QDialog.reject(shown))
        if dialog.isVisible():
            return False
    busy = busy_sections()
    if not busy:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, translate("UnsavedChanges", "Quit"),
                      translate("UnsavedChanges", "Changes in %1 are not saved yet.").replace(
                          "%1", ", ".join(busy)), parent=window)
    box.setInformativeText(translate("UnsavedChanges", "Quit anyway and lose them?"))
    quit_button = box.addButton(translate("UnsavedChanges", "Quit without saving"),
                                QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(translate("UnsavedChanges", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    return box.clickedButton() is quit_button
