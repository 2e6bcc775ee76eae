"""One undo history for the window: Edit → Undo / Redo (Ctrl+Z, Ctrl+Y or Ctrl+Shift+Z).

An edit is first saved the ordinary way, through an ``Operation``. Once it has been saved, the view
records it::

    history_of(self).record(UndoableEdit(
        self.tr("Move booking"), self, self._database,
        undo=lambda db: move_booking(db, booking_id, old_start, old_end),
        redo=lambda db: move_booking(db, booking_id, new_start, new_end),
    ))

``undo`` and ``redo`` are pieces of database work like any other: they run on the worker thread
and the change they commit reaches every section through the usual change announcement. Qt's
``QUndoStack`` keeps the order and the menu texts; the work itself never runs inside
``QUndoCommand.undo()``/``redo()`` (those would block the GUI thread). The history moves one step
only once the database has accepted the step. When it refuses (the booking was changed at another
desk meanwhile, the room is now taken), the refusal is shown the usual way and that step leaves the
history, so Undo never pretends to have done something it could not.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.views.operations import Operation

# How many steps back a desk can go; older steps fall off the history.
UNDO_LIMIT = 100


class UndoableEdit(QUndoCommand):
    """An edit already saved, with the database work that takes it back and does it again.

    ``owner`` is the view the edit was made in: refusals are shown over it while it is open (over
    the window once it has closed).
    """

    def __init__(self, text: str, owner: QWidget, database: Database, *,
                 undo: Callable[[Database], object], redo: Callable[[Database], object]) -> None:
        super().__init__(text)
        # Weak: a step must not keep a closed dialog's (or a deleted window's) wrapper alive.
        self._owner = weakref.ref(owner)
        self.database = database
        self.undo_work = undo
        self.redo_work = redo

    def owner(self) -> QWidget | None:
        owner = self._owner()
        return owner if owner is not None and shiboken6.isValid(owner) else None

    # QUndoStack calls these when the history moves; the database work has already run by then.
    def undo(self) -> None:
        """Nothing to do here: ``UndoHistory.undo`` ran ``undo_work`` before moving the history."""

    def redo(self) -> None:
        """Nothing to do here: the edit was saved before it was recorded, and ``UndoHistory.redo``
        runs ``redo_work`` before moving the history."""


class UndoHistory(QObject):
    """The window's undo history and its two menu actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self._running: Operation[object] | None = None

        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        # Ctrl+Y is what Windows users press; Ctrl+Shift+Z is what the platform may add. A key listed
        # twice (some platforms bind Ctrl+Y already) would make the shortcut ambiguous: it would do nothing.
        redo_keys = [QKeySequence("Ctrl+Y"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        self.redo_action.setShortcuts([key for index, key in enumerate(redo_keys) if key not in redo_keys[:index]])
        self.redo_action.triggered.connect(self.redo)
        for signal in (self.stack.indexChanged, self.stack.cleanChanged):
            signal.connect(self._update_actions)
        self._update_actions()

    # --- what views call ---------------------------------------------------------------------
    def record(self, edit: UndoableEdit) -> None:
        """Add an edit that has just been saved; any steps undone before it can no longer be redone."""
        self.stack.push(edit)

    def undo(self) -> Operation[object] | None:
        if self.busy or not self.stack.canUndo():
            return None
        edit = self._edit_at(self.stack.index() - 1)
        return self._run(edit, edit.undo_work, self.stack.undo, self.tr("Could not undo"))

    def redo(self) -> Operation[object] | None:
        if self.busy or not self.stack.canRedo():
            return None
        edit = self._edit_at(self.stack.index())
        return self._run(edit, edit.redo_work, self.stack.redo, self.tr("Could not redo"))

    @property
    def busy(self) -> bool:
        """True while an undo or redo step is being saved; Undo and Redo wait for it."""
        return self._running is not None

    # --- the steps -----------------------------------------------------------------------------
    def _edit_at(self, index: int) -> UndoableEdit:
        edit = self.stack.command(index)
        assert isinstance(edit, UndoableEdit), "only UndoableEdit is recorded"
        return edit

    def _run(self, edit: UndoableEdit, work: Callable[[Database], object],
             move: Callable[[], None], refusal_title: str) -> Operation[object]:
        # An edit saved while this step runs is recorded meanwhile and changes the history under it:
        # the step must then not move over that edit (it would mark the wrong step as done).
        where = (self.stack.index(), self.stack.count())

        def still_in_place() -> bool:
            if (self.stack.index(), self.stack.count()) == where:
                return True
            self.stack.clear()  # the steps before no longer line up with what the database holds
            return False

        def done(_result: object) -> None:
            self._running = None
            if still_in_place():
                move()
            self._update_actions()

        def refused(_error: BaseException) -> bool:
            # The step cannot be taken: it leaves the history (QUndoStack deletes a command that
            # is obsolete after being moved over), and the operations layer shows why.
            self._running = None
            if still_in_place():
                edit.setObsolete(True)
                move()
            self._update_actions()
            return False

        # The window is this history's Qt parent (not kept in a Python attribute: that cycle kept a
        # deleted window's wrapper alive).
        self._running = Operation(edit.owner() or self.parent(), edit.database, work) \
            .success(done) \
            .failure(refused) \
            .refusal_title(refusal_title)
        self._update_actions()
        return self._running.run()

    def _update_actions(self) -> None:
        idle = self._running is None
        self.undo_action.setEnabled(idle and self.stack.canUndo())
        self.redo_action.setEnabled(idle and self.stack.canRedo())
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo_text) if undo_text else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo_text) if redo_text else self.tr("&Redo"))


def history_of(widget: QWidget) -> UndoHistory:
    """The undo history of the window ``widget`` belongs to (a dialog belongs to its parent's).

    A view shown on its own, without the main window (as in a test), gets one history of the
    application, so recording an edit always works.
    """
    current: QObject | None = widget
    while current is not None:
        history = getattr(current, "undo_history", None)
        if isinstance(history, UndoHistory):
            return history
        current = current.parent()
    app = QApplication.instance()
    history = getattr(app, "_ngo_undo_history", None)
    if not isinstance(history, UndoHistory) or not shiboken6.isValid(history):
        holder = QWidget()
        history = UndoHistory(holder)
        holder.setParent(None)
        app._ngo_undo_history = history  # type: ignore[union-attr]
        app._ngo_undo_holder = holder  # type: ignore[union-attr]
    return history
