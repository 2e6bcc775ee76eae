"""The window's undo history: steps run as database work, the history moves only when it succeeded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.errors import DomainError
from ngo_desktop.services.organisations.registry import get_organisation, set_archived
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.undo import UndoableEdit, history_of
from tests.bookings_fixtures import add_organisation


def archive_edit(owner: QWidget, database, organisation_id: int) -> UndoableEdit:  # type: ignore[no-untyped-def]
    return UndoableEdit("Archive „Ābele”", owner, database,
                        undo=lambda db: set_archived(db, organisation_id, False),
                        redo=lambda db: set_archived(db, organisation_id, True))


def test_undo_and_redo_run_the_edit_back_and_forth(qtbot, database, wait_for_operations) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    organisation_id = add_organisation(database, "Biedrība „Ābele”")
    set_archived(database, organisation_id, True)
    history = history_of(window.stack)
    assert history is window.undo_history
    history.record(archive_edit(window, database, organisation_id))
    assert window.undo_history.undo_action.isEnabled()
    assert "Archive „Ābele”" in window.undo_history.undo_action.text()

    window.undo_history.undo_action.trigger()
    wait_for_operations()
    assert not get_organisation(database, organisation_id).archived
    assert window.undo_history.redo_action.isEnabled()
    assert not window.undo_history.undo_action.isEnabled()

    window.undo_history.redo_action.trigger()
    wait_for_operations()
    assert get_organisation(database, organisation_id).archived
    assert window.undo_history.stack.index() == 1


def test_a_refused_step_is_shown_and_leaves_the_history(qtbot, database, wait_for_operations,
                                                         monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(text))
    owner = QWidget()
    qtbot.addWidget(owner)
    history = history_of(owner)
    history.stack.clear()

    def refuse(_db) -> None:  # type: ignore[no-untyped-def]
        raise DomainError("The room is booked by someone else now.")

    organisation_id = add_organisation(database, "Biedrība „Ābele”")
    history.record(UndoableEdit("Move booking", owner, database, undo=refuse,
                                redo=lambda db: set_archived(db, organisation_id, True)))
    history.undo()
    assert history.busy and not history.undo_action.isEnabled()
    wait_for_operations()
    assert shown == ["The room is booked by someone else now."]
    assert history.stack.count() == 0
    assert not history.undo_action.isEnabled() and not history.redo_action.isEnabled()


@pytest.mark.parametrize("keys", ["Ctrl+Z", "Ctrl+Y"])
def test_the_edit_menu_has_the_usual_keys(qtbot, database, keys: str) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    bound = [sequence.toString() for action in (window.undo_history.undo_action, window.undo_history.redo_action)
             for sequence in action.shortcuts()]
    assert keys in bound
    edit_menu = next(action.menu() for action in window.menuBar().actions() if action.menu()
                     and window.undo_history.undo_action in action.menu().actions())
    assert window.undo_history.redo_action in edit_menu.actions()


def test_ctrl_y_redoes_once_pressed(qtbot, database, wait_for_operations) -> None:
    """Each key is bound once: a key bound twice is ambiguous and Qt then runs neither binding."""
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    organisation_id = add_organisation(database, "Biedrība „Ābele”")
    set_archived(database, organisation_id, True)
    window.undo_history.record(archive_edit(window, database, organisation_id))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_for_operations()
    assert not get_organisation(database, organisation_id).archived
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    wait_for_operations()
    assert get_organisation(database, organisation_id).archived
    keys = [sequence.toString() for sequence in window.undo_history.redo_action.shortcuts()]
    assert len(keys) == len(set(keys))


def test_an_edit_recorded_while_an_undo_runs_never_has_another_step_moved_over_it(
        qtbot, database, wait_for_operations) -> None:
    import threading

    owner = QWidget()
    qtbot.addWidget(owner)
    history = history_of(owner)
    history.stack.clear()
    gate = threading.Event()
    done: list[str] = []

    def undo_a(_db) -> None:  # type: ignore[no-untyped-def]
        gate.wait(5)
        done.append("undo A")

    history.record(UndoableEdit("A", owner, database, undo=undo_a, redo=lambda _db: done.append("redo A")))
    history.undo()
    history.record(UndoableEdit("B", owner, database, undo=lambda _db: done.append("undo B"),
                                redo=lambda _db: done.append("redo B")))
    gate.set()
    wait_for_operations()
    assert done == ["undo A"]
    # The history no longer lines up with the database: it is emptied rather than offering to
    # "redo B" (never taken back) or to undo A a second time.
    assert history.stack.count() == 0
    assert history.undo() is None and history.redo() is None


def test_archive_then_restore_can_both_be_undone_one_after_another(qtbot, database, wait_for_operations) -> None:
    from ngo_desktop.services.organisations.registry import get_organisation, set_archived
    from ngo_desktop.views.undo_steps import record_archive

    owner = QWidget()
    qtbot.addWidget(owner)
    history = history_of(owner)
    history.stack.clear()
    organisation_id = add_organisation(database, "Biedrība „Ābele”")

    def archive(value: bool) -> None:
        version = set_archived(database, organisation_id, value)
        record_archive(owner, database, name="Ābele", archived=value, version=version,
                       record=("organisation", organisation_id),
                       set_archived=lambda db, archived, expected: set_archived(
                           db, organisation_id, archived, expected_version=expected))

    archive(True)
    archive(False)
    history.undo()
    wait_for_operations()
    assert get_organisation(database, organisation_id).archived  # the restore taken back
    history.undo()
    wait_for_operations()
    assert not get_organisation(database, organisation_id).archived  # and the archive too
    assert history.stack.index() == 0 and history.stack.count() == 2
