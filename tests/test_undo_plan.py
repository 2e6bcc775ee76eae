"""Undo and redo of stall plan edits, driven through the real window: drag, add, remove, turn,
labels and the plan size; Ctrl+Z / Ctrl+Y put the database back and forth, the plan follows without
losing its zoom or selection, and a step changed at another desk meanwhile is refused and dropped."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database, open_database
from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.views.fairs.plan_scene import PIXELS_PER_METRE
from tests.fairs_fixtures import build_market
from tests.test_fairs_plan_editor import _answer_plan_size, _drag, _viewport_point, _window_on_the_plan


@pytest.fixture
def other_desk(database: Database, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    desk = open_database(database.url, operator="otra", backup_dir=tmp_path / "other-backups")
    yield desk
    desk.dispose()


def _press(qtbot, window, keys: str, wait_for_operations) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z or Ctrl+Y on the window, then wait for the step's save and for the plan to follow it."""
    key = Qt.Key.Key_Z if keys == "Ctrl+Z" else Qt.Key.Key_Y
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    wait_for_operations()
    qtbot.wait(20)  # the change event of the step reaches the plan
    wait_for_operations()


def _places(database: Database, *stall_ids: int) -> list[tuple[float, float]]:
    return [(spec.x_m, spec.y_m) for spec in (stall_layouts.get_stall(database, i).spec for i in stall_ids)]


def _shown(page, *stall_ids: int) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    return [(page.scene.stall_items[i].pos().x() / PIXELS_PER_METRE,
             page.scene.stall_items[i].pos().y() / PIXELS_PER_METRE) for i in stall_ids]


def test_a_drag_of_two_selected_stalls_is_one_step_back_and_forth(qtbot, database, latvian,
                                                                   wait_for_operations) -> None:
    market = build_market(database, stalls=3)
    window, _section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    one, two = market.stall_ids["1"], market.stall_ids["2"]
    page.scene.stall_items[one].setSelected(True)
    page.scene.stall_items[two].setSelected(True)
    start = _places(database, one, two)
    _drag(qtbot, page, page.scene.stall_items[one], QPoint(80, 120))
    wait_for_operations()
    moved = _places(database, one, two)
    assert moved[0] != start[0] and moved[1] != start[1]  # both stalls saved, not only the one held
    assert moved[1][0] - moved[0][0] == start[1][0] - start[0][0]
    history = window.undo_history
    assert history.stack.count() == 1
    assert history.undo_action.text().replace("&", "") == "Atsaukt: Pārvietot vietas 1, 2"
    scale, items = page.view.current_scale(), dict(page.scene.stall_items)

    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert _places(database, one, two) == start
    assert _shown(page, one, two) == start  # the plan followed the change event
    assert page.scene.stall_items == items and page.view.current_scale() == scale
    assert {item.stall_id for item in page.scene.selectedItems()} == {one, two}

    _press(qtbot, window, "Ctrl+Y", wait_for_operations)
    assert _places(database, one, two) == moved == _shown(page, one, two)
    assert history.stack.index() == 1


def test_a_stall_moved_at_another_desk_refuses_the_undo_and_leaves_the_history(
        qtbot, database, other_desk, latvian, monkeypatch, wait_for_operations) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text))
    market = build_market(database, stalls=2)
    window, _section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    one = market.stall_ids["1"]
    _drag(qtbot, page, page.scene.stall_items[one], QPoint(60, 60))
    wait_for_operations()
    assert window.undo_history.stack.count() == 1
    there = stall_layouts.get_stall(other_desk, one).spec
    stall_layouts.update_stall(other_desk, one, replace(there, x_m=30, y_m=12))
    window.take_changes(Changes(frozenset({"stall"}), {"stall": frozenset({one})}, by_this_desk=False))
    wait_for_operations()

    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert _places(database, one) == [(30, 12)]  # the other desk's place stays
    assert len(shown) == 1 and "mainīta citā darba vietā" in shown[0]
    assert window.undo_history.stack.count() == 0
    assert not window.undo_history.undo_action.isEnabled()
    assert _shown(page, one) == [(30, 12)]


def test_adding_removing_and_turning_stalls_undo_and_redo(qtbot, database, english, wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    window, _section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    history = window.undo_history
    qtbot.mouseClick(page.add_stall_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    new_id = (set(page.scene.stall_items) - set(market.stall_ids.values())).pop()
    assert history.undo_action.text().replace("&", "") == "Undo Add stall 3"
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert [stall.id for stall in stall_layouts.load_layout(database, market.layout_id).stalls] == list(
        market.stall_ids.values())
    assert new_id not in page.scene.stall_items
    _press(qtbot, window, "Ctrl+Y", wait_for_operations)
    assert stall_layouts.get_stall(database, new_id).number == "3" and new_id in page.scene.stall_items

    two = market.stall_ids["2"]
    page.scene.clearSelection()
    page.scene.stall_items[two].setSelected(True)
    page.remove_selected()
    wait_for_operations()
    assert two not in page.scene.stall_items
    assert history.undo_action.text().replace("&", "") == "Undo Remove stall 2"
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert stall_layouts.get_stall(database, two).number == "2" and two in page.scene.stall_items

    page.scene.stall_items[two].setSelected(True)
    page.scene.turn_selected(90)
    wait_for_operations()
    assert stall_layouts.get_stall(database, two).spec.rotation_deg == 90
    assert history.undo_action.text().replace("&", "") == "Undo Turn stall 2"
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert stall_layouts.get_stall(database, two).spec.rotation_deg == 0
    assert page.scene.stall_items[two].rotation() == 0
    assert page.stall_form.rotation.value() == 0  # the selected stall's form follows too


def test_labels_and_the_plan_size_undo_and_redo(qtbot, database, english, monkeypatch,
                                                wait_for_operations) -> None:
    market = build_market(database, stalls=1)
    window, _section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    [stage_id] = page.scene.landmark_items
    stage = page.scene.landmark_items[stage_id]
    start = stage.spec
    viewport = page.view.viewport()
    at = page.view.mapFromScene(stage.mapToScene(stage.boundingRect().center()))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(viewport, at + QPoint(4, 4))
    qtbot.mouseMove(viewport, at + QPoint(40, 20))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at + QPoint(40, 20))
    wait_for_operations()
    [moved] = stall_layouts.load_layout(database, market.layout_id).landmarks
    assert moved.spec != start
    assert window.undo_history.undo_action.text().replace("&", "") == "Undo Move label „Skatuve”"
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert stall_layouts.load_layout(database, market.layout_id).landmarks[0].spec == start
    assert page.scene.landmark_items[stage_id].spec == start

    page.scene.clearSelection()
    page.scene.landmark_items[stage_id].setSelected(True)
    page.remove_selected()
    wait_for_operations()
    assert stall_layouts.load_layout(database, market.layout_id).landmarks == ()
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    assert [landmark.id for landmark in stall_layouts.load_layout(database, market.layout_id).landmarks] == [stage_id]
    assert stage_id in page.scene.landmark_items

    asked: list[tuple[float, float]] = []
    _answer_plan_size(monkeypatch, asked, (60, 25))
    page.scene.clearSelection()
    page.scene.stall_items[market.stall_ids["1"]].setSelected(True)
    scale = page.view.current_scale()
    page.change_plan_size()
    wait_for_operations()
    plan = stall_layouts.load_layout(database, market.layout_id)
    assert asked == [(40, 20)] and (plan.width_m, plan.depth_m) == (60, 25)
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    plan = stall_layouts.load_layout(database, market.layout_id)
    assert (plan.width_m, plan.depth_m) == (40, 20) == (page.scene.width_m, page.scene.depth_m)
    assert page.view.current_scale() == scale
    assert page.scene.selected_stall() is page.scene.stall_items[market.stall_ids["1"]]  # not rebuilt
    _press(qtbot, window, "Ctrl+Y", wait_for_operations)
    assert (page.scene.width_m, page.scene.depth_m) == (60, 25)


def test_the_plan_after_edits_and_an_undo_looks_right(qtbot, database, latvian, tmp_path,
                                                      wait_for_operations) -> None:
    market = build_market(database, stalls=4)
    window, _section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    for _ in range(3):
        qtbot.mouseClick(page.add_stall_button, Qt.MouseButton.LeftButton)
        wait_for_operations()
    _drag(qtbot, page, page.scene.stall_items[market.stall_ids["2"]], QPoint(30, 140))
    wait_for_operations()
    _press(qtbot, window, "Ctrl+Z", wait_for_operations)
    plan = stall_layouts.load_layout(database, market.layout_id)
    assert len(plan.stalls) == 7
    assert _places(database, market.stall_ids["2"]) == [(6, 2)]
    assert window.grab().save(str(tmp_path / "plan_after_undo.png"))
    _viewport_point(page, page.scene.stall_items[market.stall_ids["2"]])


def test_a_vendor_dropped_on_a_stall_is_taken_off_again_by_undo(qtbot, database, english,
                                                                 wait_for_operations) -> None:
    from ngo_desktop.services.fairs import vendors
    from ngo_desktop.views.undo import history_of
    from tests.fairs_fixtures import apply_all
    from tests.test_fairs_plan_editor import _drop, _page

    market = build_market(database, stalls=2)
    vendor_day = apply_all(database, market)[market.organisation_ids[0]][0]
    vendors.accept(database, [vendor_day])
    page = _page(qtbot, database, market)
    history = history_of(page)
    history.stack.clear()
    _drop(page, page.vendors.mimeData([page.vendors.index(0, 0)]),
          _viewport_point(page, page.scene.stall_items[market.stall_ids["2"]]))
    wait_for_operations()
    assert vendors.get_application_day(database, vendor_day).stall_number == "2"
    assert history.undo_action.text().replace("&", "") == "Undo Put a vendor on stall 2"
    history.undo()
    wait_for_operations()
    assert vendors.get_application_day(database, vendor_day).stall_number is None
    history.redo()
    wait_for_operations()
    assert vendors.get_application_day(database, vendor_day).stall_number == "2"
