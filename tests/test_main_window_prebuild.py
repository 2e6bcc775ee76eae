"""Sections built ahead of time while the window is idle (views/prebuild.py), as the program starts it."""

from __future__ import annotations

import pytest

from ngo_desktop.services.organisations.registry import OrganisationData, create_organisation
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.sections import SECTIONS, SectionInfo


@pytest.fixture
def creations(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The key of every section built, in order (the real ``create`` runs)."""
    built: list[str] = []
    create = SectionInfo.create

    def counted(self: SectionInfo, database, parent=None):  # type: ignore[no-untyped-def]
        built.append(self.key)
        return create(self, database, parent)

    monkeypatch.setattr(SectionInfo, "create", counted)
    return built


def prebuilt_window(qtbot, database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database, prebuild_sections=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready)
    assert window.prebuilder is not None
    qtbot.waitUntil(lambda: window.prebuilder.done, timeout=30_000)
    return window


def test_after_the_idle_start_every_section_is_built_once_and_a_click_only_shows_it(
        qtbot, database, english, creations, wait_for_operations) -> None:
    window = prebuilt_window(qtbot, database)
    # The remembered section first (it alone is built before the window is ready), then the others.
    assert creations[0] == "bookings"
    assert sorted(creations) == sorted(section.key for section in SECTIONS)
    assert not window._placeholders
    built = dict(window._pages)
    for section in SECTIONS:
        window.show_section(section.key)
        assert window.stack.currentWidget() is built[section.key]
    wait_for_operations()
    assert len(creations) == len(SECTIONS)


def test_a_section_built_at_idle_shows_a_change_made_while_it_was_hidden(
        qtbot, database, english, wait_for_operations) -> None:
    window = prebuilt_window(qtbot, database)
    wait_for_operations()
    section = window._pages["organisations"]
    create_organisation(database, OrganisationData(name="Biedrība „Jaunā Ūdenszīle”"))
    qtbot.waitUntil(lambda: "organisations" in window._pending)
    window.show_section("organisations")
    assert window.stack.currentWidget() is section
    model = section.model  # type: ignore[attr-defined]

    def shown() -> bool:
        return any(model.index(row, column).data() == "Biedrība „Jaunā Ūdenszīle”"
                   for row in range(model.rowCount()) for column in range(model.columnCount()))

    qtbot.waitUntil(shown)


def test_nothing_is_built_ahead_while_a_call_is_still_running(qtbot, database, english, creations) -> None:
    window = MainWindow(database, prebuild_sections=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    # The first section's data has not answered yet (its load was just started): nothing else is built.
    assert creations == ["bookings"]
    assert window.prebuilder is not None and not window.prebuilder.done


def test_a_window_started_without_prebuilding_builds_sections_only_when_shown(
        qtbot, database, english, creations, wait_for_operations) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    wait_for_operations()
    qtbot.wait(300)
    assert window.prebuilder is None
    assert creations == ["bookings"]


def test_a_call_started_while_building_ahead_waits_behind_the_users_call(
        qtbot, database, wait_for_operations) -> None:
    import threading

    from PySide6.QtWidgets import QWidget

    from ngo_desktop.views.operations import Operation, in_background

    parent = QWidget()
    qtbot.addWidget(parent)
    busy, order = threading.Event(), []
    # The database worker is busy with an earlier call while both are queued.
    Operation(parent, database, lambda _db: busy.wait(10)).run()
    with in_background():
        Operation(parent, database, lambda _db: order.append("built ahead")).run()
    Operation(parent, database, lambda _db: order.append("the user's click")).run()
    busy.set()
    wait_for_operations()
    assert order == ["the user's click", "built ahead"]


def test_opening_a_section_built_ahead_puts_its_waiting_first_load_before_the_others(
        qtbot, database, english, wait_for_operations) -> None:
    """Built ahead with their first loads still waiting (a slow server): the user's click goes
    first, then the loads of the section the user opens, then the other sections'."""
    import threading

    from PySide6.QtCore import Qt

    from ngo_desktop.views import operations
    from ngo_desktop.views.operations import Operation, in_background

    window = MainWindow(database)  # the test builds ahead itself, as the prebuilder does
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    wait_for_operations()
    dispatcher = operations._dispatcher()
    answered: list[int] = []

    def record(job_id: int, _result: object, _error: object) -> None:
        answered.append(job_id)  # on the worker, in the order the calls ran

    dispatcher.finished.connect(record, Qt.ConnectionType.DirectConnection)
    try:
        gate = threading.Event()
        Operation(window, database, lambda _db: gate.wait(10)).run()  # the worker is busy with an earlier call
        jobs: dict[str, set[int]] = {}
        for key in ("organisations", "fairs", "premises"):
            before = set(dispatcher._running)
            with in_background():
                window.section_widget(next(section for section in SECTIONS if section.key == key))
            jobs[key] = set(dispatcher._running) - before
            assert jobs[key], f"{key} starts no first load"
        click = Operation(window, database, lambda _db: None).run()
        window.show_section("premises")
        assert window.stack.currentWidget() is window._pages["premises"]
        gate.set()
        wait_for_operations()
    finally:
        dispatcher.finished.disconnect(record)
    first_loads = [job for job in answered if job in set().union(*jobs.values()) | {click._job_id}]
    assert first_loads[0] == click._job_id
    assert set(first_loads[1:1 + len(jobs["premises"])]) == jobs["premises"]
    assert set(first_loads[1 + len(jobs["premises"]):]) == jobs["organisations"] | jobs["fairs"]
