"""The operations layer: calls off the GUI thread, answers on it, one way to show failures, change events."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.database.changes import Changes
from ngo_desktop.errors import ChangedElsewhere, DomainError
from ngo_desktop.views import operations
from ngo_desktop.views.operations import LatestOnly, Operation
from tests.bookings_fixtures import add_organisation


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def shown_messages(monkeypatch) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append(("warning", title, text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: shown.append(("critical", title, text)))
    return shown


def test_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(parent, database, wait_for_operations) -> None:
    threads: dict[str, threading.Thread] = {}
    answers: list[tuple[int, threading.Thread]] = []

    def work(db) -> int:  # type: ignore[no-untyped-def]
        threads["work"] = threading.current_thread()
        return add_organisation(db, "Biedrība „Ābele”")

    Operation(parent, database, work).success(lambda result: answers.append((result, threading.current_thread()))).run()
    assert not answers  # nothing is answered before the event loop runs: the click returned at once
    wait_for_operations()
    assert threads["work"] is not threading.main_thread()
    assert len(answers) == 1 and answers[0][1] is threading.main_thread() and answers[0][0] > 0


def test_a_refusal_is_shown_in_its_own_words_with_the_given_title(parent, database, shown_messages,
                                                                   wait_for_operations) -> None:
    def refuse(_db) -> None:  # type: ignore[no-untyped-def]
        raise DomainError("Telpa „Mazā zāle” šajā laikā ir aizņemta.")

    successes: list[object] = []
    Operation(parent, database, refuse).success(successes.append).refusal_title("Nav saglabāts").run()
    wait_for_operations()
    assert shown_messages == [("warning", "Nav saglabāts", "Telpa „Mazā zāle” šajā laikā ir aizņemta.")]
    assert not successes


def test_a_conflict_fetches_the_saved_version_off_the_gui_thread_and_shows_it(parent, database, shown_messages,
                                                                              wait_for_operations) -> None:
    def save(_db) -> None:  # type: ignore[no-untyped-def]
        raise ChangedElsewhere("saved meanwhile")

    fetched_on: list[threading.Thread] = []
    shown: list[str] = []

    def fetch_saved(_db) -> str:  # type: ignore[no-untyped-def]
        fetched_on.append(threading.current_thread())
        return "saved version"

    Operation(parent, database, save).on_conflict(fetch_saved, shown.append).run()
    wait_for_operations()
    assert shown == ["saved version"] and fetched_on[0] is not threading.main_thread()
    assert not shown_messages  # the form shows both versions itself, not a plain refusal


def test_an_unexpected_error_is_one_line_saying_nothing_was_saved(parent, database, shown_messages,
                                                                 wait_for_operations) -> None:
    def broken(_db) -> None:  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    Operation(parent, database, broken).run()
    wait_for_operations()
    assert len(shown_messages) == 1 and shown_messages[0][0] == "critical"
    assert "No space left on device" in shown_messages[0][2] and "\n" not in shown_messages[0][2]


def test_no_answer_is_delivered_to_a_form_closed_meanwhile(qtbot, database, wait_for_operations) -> None:
    form = QWidget()
    answers: list[object] = []
    gate = threading.Event()
    Operation(form, database, lambda _db: gate.wait(5)).success(answers.append).run()
    form.deleteLater()
    qtbot.waitUntil(lambda: not operations.shiboken6.isValid(form))
    gate.set()
    wait_for_operations()
    assert answers == []


def test_background_calls_wait_behind_the_users_and_a_promoted_one_goes_ahead_of_the_others(
        qtbot, database, wait_for_operations) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    hidden = {name: QWidget(window) for name in ("organisations", "fairs")}
    table = QWidget(hidden["fairs"])  # a call of a widget inside the section counts as the section's
    gate, order = threading.Event(), []
    Operation(window, database, lambda _db: gate.wait(10)).run()  # the worker is busy meanwhile
    with operations.in_background():
        Operation(hidden["organisations"], database, lambda _db: order.append("organisations")).run()
        Operation(table, database, lambda _db: order.append("fairs")).run()
        assert not operations.user_idle()  # the worker's own call still runs
    Operation(window, database, lambda _db: order.append("the user's click")).run()
    operations.promote(hidden["fairs"])  # the user opens the fairs
    gate.set()
    qtbot.waitUntil(lambda: len(order) == 3 and operations.user_idle())
    wait_for_operations()
    assert order == ["the user's click", "fairs", "organisations"]


def test_a_dialog_opened_by_a_background_answer_runs_its_calls_at_once(parent, database, qtbot,
                                                                          wait_for_operations) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    shown: list[str] = []
    outcome: list[int] = []

    def open_dialog(_answer: object) -> None:
        dialog = QDialog(parent)
        # The dialog's own call, started while the background answer's callback still runs.
        QTimer.singleShot(0, lambda: Operation(dialog, database, lambda _db: "ready").success(
            lambda text: (shown.append(text), dialog.accept())).run())
        QTimer.singleShot(5000, dialog.reject)  # had the call waited for the callback to end
        outcome.append(dialog.exec())

    with operations.in_background():
        Operation(parent, database, lambda _db: None).success(open_dialog).run()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    wait_for_operations()
    assert shown == ["ready"] and outcome == [QDialog.DialogCode.Accepted]


def test_only_background_calls_left_is_idle_for_the_user_but_not_for_the_tests(
        parent, database, wait_for_operations) -> None:
    gate = threading.Event()
    with operations.in_background():
        Operation(parent, database, lambda _db: gate.wait(10)).run()
    assert operations.user_idle() and not operations.is_idle()
    gate.set()
    wait_for_operations()
    assert operations.user_idle() and operations.is_idle()


def test_latest_only_drops_superseded_answers_and_runs_the_newest(parent, database, wait_for_operations) -> None:
    latest = LatestOnly(parent, database)
    gate = threading.Event()
    calls: list[str] = []
    answers: list[str] = []

    def query(text: str, *, wait: bool = False):  # type: ignore[no-untyped-def]
        def work(_db) -> str:  # type: ignore[no-untyped-def]
            if wait:
                gate.wait(5)
            calls.append(text)
            return text
        return work

    latest.request(query("A", wait=True), answers.append)
    latest.request(query("Āb"), answers.append)
    latest.request(query("Ābe"), answers.append)
    gate.set()
    wait_for_operations()
    assert calls == ["A", "Ābe"]  # "Āb" was replaced while "A" ran; nobody waits for it
    assert answers == ["Ābe"]


def test_latest_only_waits_for_a_pause_unless_asked_at_once(parent, database, wait_for_operations) -> None:
    latest = LatestOnly(parent, database, delay_ms=10_000)
    answers: list[str] = []
    latest.request(lambda _db: "typed", answers.append)
    assert not latest.idle and answers == []  # waiting for the pause in typing
    latest.request(lambda _db: "first load", answers.append, at_once=True)
    wait_for_operations()
    assert answers == ["first load"]  # no ten-second pause, and the superseded request never ran
    assert latest.idle


def test_long_work_reports_progress_and_can_be_cancelled(parent, database, wait_for_operations) -> None:
    failures: list[BaseException] = []
    started = threading.Event()

    def long_work(_db, progress) -> None:  # type: ignore[no-untyped-def]
        for step in range(500):
            started.set()
            progress.report(step, 500)
            progress.check()
            threading.Event().wait(0.01)

    operation = Operation(parent, database, long_work).with_progress("Importē…")
    operation.failure(lambda error: failures.append(error) is None).run()
    started.wait(5)
    operation.cancel()
    wait_for_operations()
    assert len(failures) == 1 and isinstance(failures[0], operations.Cancelled)


def test_a_commit_announces_its_kinds_and_ids(database) -> None:
    announced: list[Changes] = []
    database.add_change_listener(announced.append)
    organisation_id = add_organisation(database, "Nodibinājums „Ziedi”")
    assert len(announced) == 1
    assert announced[0].ids_of("organisation") == frozenset({organisation_id})
    assert announced[0].touches({"organisation"}) and not announced[0].touches({"booking"})
    with database.read_session():
        pass
    assert len(announced) == 1  # reading announces nothing


def test_this_desks_own_change_refreshes_the_section_at_once_on_both_databases(qtbot, database,
                                                                                wait_for_operations) -> None:
    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.change_timer.stop()  # no polling: the announcement of the commit itself must do it
    window.show_section("organisations")
    page = window._pages["organisations"]
    wait_for_operations()
    assert page.model.total == 0
    Operation(window, database, lambda db: add_organisation(db, "Biedrība „Čiekurs”")).run()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)


def test_a_change_waits_while_a_section_has_unsaved_edits_and_is_applied_after(qtbot, database,
                                                                                wait_for_operations) -> None:
    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.change_timer.stop()
    window.show_section("organisations")
    page = window._pages["organisations"]
    wait_for_operations()
    busy = [True]
    page.has_unsaved_edits = lambda: busy[0]  # e.g. a drag in progress
    Operation(window, database, lambda db: add_organisation(db, "Biedrība „Šūpoles”")).run()
    wait_for_operations()
    qtbot.wait(200)
    assert page.model.total == 0  # not refreshed under the user's hand
    busy[0] = False
    window.poll_changes()  # the window's timer tick
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
