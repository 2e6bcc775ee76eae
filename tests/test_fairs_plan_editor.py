"""The stall plan editor driven like a user: dropping vendors on stalls, moving and resizing stalls."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from ngo_desktop.services.fairs import layouts as stall_layouts
from ngo_desktop.services.fairs import vendors
from ngo_desktop.services.fairs.layouts import StallSpec
from ngo_desktop.views.fairs.plan_page import PlanPage
from ngo_desktop.views.fairs.plan_scene import PIXELS_PER_METRE, ColourMode, StallItem
from tests.fairs_fixtures import apply_all, build_market, follow_changes


def _page(qtbot, database, market) -> PlanPage:  # type: ignore[no-untyped-def]
    from ngo_desktop.views.operations import is_idle

    page = PlanPage(database)
    qtbot.addWidget(page)
    follow_changes(page, database)  # as the main window does for the section
    page.resize(1100, 700)
    page.show()
    page.set_fair(market.fair_id)
    qtbot.waitUntil(is_idle)
    # A fixed scale makes metres on the plan predictable pixels on the screen.
    page.view.resetTransform()
    page.view.centerOn(0, 0)
    qtbot.waitExposed(page)
    return page


def _viewport_point(page: PlanPage, item: StallItem) -> QPoint:
    return page.view.mapFromScene(item.mapToScene(item.boundingRect().center()))


def _drop(page: PlanPage, mime: QMimeData, point: QPoint) -> None:
    viewport = page.view.viewport()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    for event in (QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(viewport, event)


def test_the_plan_shows_every_stall_and_landmark(qtbot, database, english) -> None:
    market = build_market(database, stalls=5)
    page = _page(qtbot, database, market)
    assert sorted(item.spec.number for item in page.scene.stall_items.values()) == ["1", "2", "3", "4", "5"]
    assert [item.text() for item in page.scene.landmark_items.values()] == ["Skatuve"]
    assert page.legend.texts() == ["free", "taken"]


def test_dragging_a_vendor_onto_a_stall_assigns_it(qtbot, database, english, tmp_path, wait_for_operations) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    vendor_day = days[market.organisation_ids[2]][0]
    vendors.accept(database, [vendor_day])
    page = _page(qtbot, database, market)
    assert page.vendors.rowCount() == 1
    mime = page.vendors.mimeData([page.vendors.index(0, 0)])
    target = page.scene.stall_items[market.stall_ids["2"]]
    _drop(page, mime, _viewport_point(page, target))
    wait_for_operations()
    assert vendors.get_application_day(database, vendor_day).stall_number == "2"
    assert "SIA „Čiekurs”" in target.toolTip()
    assert page.vendors.row_at(0).stall_number == "2"
    page.colour_combo.setCurrentIndex(page.colour_combo.findData(ColourMode.PAYMENT))
    wait_for_operations()
    assert target.colour.name() != page.scene.stall_items[market.stall_ids["1"]].colour.name()
    assert page.grab().save(str(tmp_path / "plan.png"))


def test_dropping_a_vendor_needing_power_on_a_stall_without_it_is_refused(qtbot, database, english,
                                                                          monkeypatch, wait_for_operations) -> None:
    market = build_market(database, stalls=3, powered=("1",))
    days = apply_all(database, market, needs_power=True)
    vendor_day = days[market.organisation_ids[0]][0]
    vendors.accept(database, [vendor_day])
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: messages.append(text))
    page = _page(qtbot, database, market)
    mime = page.vendors.mimeData([page.vendors.index(0, 0)])
    _drop(page, mime, _viewport_point(page, page.scene.stall_items[market.stall_ids["3"]]))
    wait_for_operations()
    assert messages and "needs electricity" in messages[0]
    assert vendors.get_application_day(database, vendor_day).stall_id is None


def test_dropping_on_a_taken_stall_is_refused(qtbot, database, english, monkeypatch, wait_for_operations) -> None:
    market = build_market(database, stalls=3)
    days = apply_all(database, market)
    first, second = (days[organisation][0] for organisation in market.organisation_ids[:2])
    vendors.accept(database, [first, second])
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: messages.append(text))
    page = _page(qtbot, database, market)
    target = _viewport_point(page, page.scene.stall_items[market.stall_ids["1"]])
    for row in range(2):
        _drop(page, page.vendors.mimeData([page.vendors.index(row, 0)]), target)
        wait_for_operations()
    assert len(messages) == 1 and "already taken" in messages[0]


def test_moving_a_stall_with_the_mouse_saves_its_new_place(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    page = _page(qtbot, database, market)
    item = page.scene.stall_items[market.stall_ids["1"]]
    start = _viewport_point(page, item)
    end = start + QPoint(int(4 * PIXELS_PER_METRE), int(6 * PIXELS_PER_METRE))
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(5, 5))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    wait_for_operations()
    saved = stall_layouts.get_stall(database, market.stall_ids["1"]).spec
    assert (saved.x_m, saved.y_m) == (6.0, 8.0)  # from (2, 2), snapped to half metres


def test_dragging_the_corner_grip_resizes_the_selected_stall(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=1)
    page = _page(qtbot, database, market)
    item = page.scene.stall_items[market.stall_ids["1"]]
    item.setSelected(True)
    corner = page.view.mapFromScene(item.mapToScene(QPointF(3 * PIXELS_PER_METRE - 3, 3 * PIXELS_PER_METRE - 3)))
    end = corner + QPoint(int(PIXELS_PER_METRE), int(2 * PIXELS_PER_METRE))
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=corner)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    wait_for_operations()
    saved = stall_layouts.get_stall(database, market.stall_ids["1"]).spec
    assert (saved.width_m, saved.depth_m, saved.x_m) == (4.0, 5.0, 2.0)
    assert page.stall_form.width_m.value() == 4.0


def test_turning_and_editing_a_stall_in_the_form(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=1)
    page = _page(qtbot, database, market)
    page.scene.stall_items[market.stall_ids["1"]].setSelected(True)
    page.scene.turn_selected(90)
    page.stall_form.has_power.setChecked(True)
    page.stall_form.number.setText("1A")
    page.stall_form.apply()
    wait_for_operations()
    saved = stall_layouts.get_stall(database, market.stall_ids["1"]).spec
    assert (saved.rotation_deg, saved.has_power, saved.number) == (90.0, True, "1A")


def test_adding_stalls_numbers_them_and_zoom_changes_scale(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    page = _page(qtbot, database, market)
    page.add_stall()
    wait_for_operations()
    assert "3" in {item.spec.number for item in page.scene.stall_items.values()}
    assert len(stall_layouts.load_layout(database, market.layout_id).stalls) == 3
    before = page.view.current_scale()
    page.view.zoom_in()
    assert page.view.current_scale() > before
    stall_layouts.update_stall(database, market.stall_ids["1"], StallSpec(number="1", x_m=30, y_m=15))
    page.set_fair(market.fair_id)
    wait_for_operations()
    assert page.scene.stall_items[market.stall_ids["1"]].pos().x() == 30 * PIXELS_PER_METRE


def test_adding_a_label_asks_for_its_text(qtbot, database, monkeypatch, wait_for_operations) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ngo_desktop.models import LandmarkKind

    market = build_market(database, stalls=1)
    page = _page(qtbot, database, market)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ieeja no Pils ielas", True))
    page.add_landmark(LandmarkKind.ENTRANCE)
    wait_for_operations()
    texts = sorted(item.text() for item in page.scene.landmark_items.values())
    assert texts == ["Ieeja no Pils ielas", "Skatuve"]
    assert any(landmark.spec.label == "Ieeja no Pils ielas"
               for landmark in stall_layouts.load_layout(database, market.layout_id).landmarks)


def _window_on_the_plan(qtbot, database, market, wait_for_operations):  # type: ignore[no-untyped-def]
    """The real window on the fair's stall plan, zoomed in, with the window's own change handling
    (its once-a-second timer included) left running."""
    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.show_section("fairs")
    section = window._pages["fairs"]
    wait_for_operations()
    section.tabs.setCurrentWidget(section.plan_page)
    wait_for_operations()
    page = section.plan_page
    page.view.resetTransform()
    page.view.zoom_in()
    page.view.zoom_in()
    page.view.centerOn(0, 0)
    qtbot.wait(50)
    return window, section, page


def _drag(qtbot, page: PlanPage, item: StallItem, by: QPoint, *, check_busy=None) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Drag ``item`` by ``by`` viewport pixels; returns the place in metres the drop should give."""
    from ngo_desktop.services.fairs.layouts import clamp_to_plan
    from ngo_desktop.views.fairs.plan_scene import GRID_METRES

    viewport = page.view.viewport()
    start = _viewport_point(page, item)
    end = start + by
    moved = page.view.mapToScene(end) - page.view.mapToScene(start)

    def snap(metres: float) -> float:
        return round(metres / GRID_METRES) * GRID_METRES

    expected = clamp_to_plan(snap((item.pos().x() + moved.x()) / PIXELS_PER_METRE),
                             snap((item.pos().y() + moved.y()) / PIXELS_PER_METRE),
                             item.spec.width_m, item.spec.depth_m, page.scene.width_m, page.scene.depth_m)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(4, 4))
    qtbot.mouseMove(viewport, end)
    if check_busy is not None:
        check_busy()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    return expected


def test_a_new_stall_dragged_at_once_and_three_quick_drags_end_where_dropped(qtbot, database, english, tmp_path,
                                                                             wait_for_operations) -> None:
    """Issue #11: add a stall and drag it within a second, then drag three stalls one after another:
    every stall ends where it was dropped, on screen and in the database, none off the plan, and the
    zoom and scroll position stay (the plan is not rebuilt under the user's hand)."""
    market = build_market(database, stalls=3)
    window, section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    scale = page.view.current_scale()

    qtbot.mouseClick(page.add_stall_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.scene.stall_items) == 4, timeout=1000)
    # The new stall is scrolled into view (it goes next to the last one); from then on nothing scrolls.
    scroll = (page.view.horizontalScrollBar().value(), page.view.verticalScrollBar().value())
    new_id = (set(page.scene.stall_items) - set(market.stall_ids.values())).pop()
    items = dict(page.scene.stall_items)  # the very items: a rebuilt scene would have new ones
    busy_while_held: list[bool] = []
    expected = {new_id: _drag(qtbot, page, items[new_id], QPoint(60, 45),
                              check_busy=lambda: busy_while_held.append(section.has_unsaved_edits()))}
    qtbot.wait(30)
    for number, by in (("1", QPoint(30, 80)), ("2", QPoint(-20, 100)), ("3", QPoint(-400, -300))):
        stall_id = market.stall_ids[number]
        expected[stall_id] = _drag(qtbot, page, items[stall_id], by)
        qtbot.wait(30)
    wait_for_operations()
    # What the window's timers do (the plan jumped back when they applied what waited): look for
    # other desks' changes, then let the retry apply every change held back while the mouse was down.
    window.poll_changes()
    qtbot.waitUntil(lambda: not window._pending and not window._pending_retry.isActive(), timeout=3000)
    wait_for_operations()

    assert busy_while_held == [True]
    assert not section.has_unsaved_edits()
    assert expected[market.stall_ids["3"]] == (0.0, 0.0)  # dropped past the corner: kept on the plan
    for stall_id, (x_m, y_m) in expected.items():
        assert page.scene.stall_items[stall_id] is items[stall_id]
        assert (items[stall_id].pos().x(), items[stall_id].pos().y()) == (x_m * PIXELS_PER_METRE,
                                                                          y_m * PIXELS_PER_METRE)
        stored = stall_layouts.get_stall(database, stall_id).spec
        assert (stored.x_m, stored.y_m) == (x_m, y_m)
    assert len(stall_layouts.load_layout(database, market.layout_id).stalls) == 4
    assert page.view.current_scale() == scale
    assert (page.view.horizontalScrollBar().value(), page.view.verticalScrollBar().value()) == scroll
    assert window.grab().save(str(tmp_path / "plan_after_drags.png"))


def test_a_change_from_another_desk_moves_the_stall_without_resetting_the_zoom(qtbot, database, english,
                                                                               wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    window, section, page = _window_on_the_plan(qtbot, database, market, wait_for_operations)
    scale = page.view.current_scale()
    item = page.scene.stall_items[market.stall_ids["2"]]
    from ngo_desktop.database.changes import Changes

    stall_layouts.update_stall(database, market.stall_ids["2"], StallSpec(number="2", x_m=12, y_m=9))
    window.take_changes(Changes(frozenset({"stall"}), {"stall": frozenset({market.stall_ids["2"]})},
                                by_this_desk=False))
    wait_for_operations()
    assert page.scene.stall_items[market.stall_ids["2"]] is item
    assert (item.pos().x(), item.pos().y()) == (12 * PIXELS_PER_METRE, 9 * PIXELS_PER_METRE)
    assert page.view.current_scale() == scale


def test_a_half_edited_stall_form_holds_refreshes_until_applied(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=1)
    page = _page(qtbot, database, market)
    page.scene.stall_items[market.stall_ids["1"]].setSelected(True)
    assert not page.has_unsaved_edits()
    page.stall_form.number.setText("1B")
    assert page.has_unsaved_edits()  # the window keeps other desks' changes until it is applied
    page.stall_form.apply()
    assert page.has_unsaved_edits()  # saving
    wait_for_operations()
    assert not page.has_unsaved_edits()
    assert stall_layouts.get_stall(database, market.stall_ids["1"]).spec.number == "1B"


def test_removing_a_stall_takes_it_off_the_plan_once_saved(qtbot, database, wait_for_operations) -> None:
    market = build_market(database, stalls=2)
    page = _page(qtbot, database, market)
    page.scene.stall_items[market.stall_ids["2"]].setSelected(True)
    page.remove_selected()
    wait_for_operations()
    assert set(page.scene.stall_items) == {market.stall_ids["1"]}
    assert [stall.number for stall in stall_layouts.load_layout(database, market.layout_id).stalls] == ["1"]


def _answer_plan_size(monkeypatch, asked: list[tuple[float, float]], answer: tuple[float, float]) -> None:  # type: ignore[no-untyped-def]
    """Answer the plan size dialog as a user would: read the offered size, type another, press OK."""
    from ngo_desktop.views.fairs.plan_size_dialog import PlanSizeDialog

    def exec_(dialog: PlanSizeDialog) -> int:
        asked.append(dialog.size_m())
        dialog.width_m.setValue(answer[0])
        dialog.depth_m.setValue(answer[1])
        return PlanSizeDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanSizeDialog, "exec", exec_)


def test_drawing_a_new_plan_for_a_fair_without_one(qtbot, database, english, monkeypatch,
                                                   wait_for_operations) -> None:
    from ngo_desktop.services.fairs import events as fairs

    market = build_market(database, stalls=1)
    fairs.set_layout(database, market.fair_id, None)
    page = _page(qtbot, database, market)
    assert page._stack.currentWidget() is page.no_plan
    asked: list[tuple[float, float]] = []
    _answer_plan_size(monkeypatch, asked, (24, 16.5))
    qtbot.mouseClick(page.create_plan_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    layout_id = fairs.get_fair(database, market.fair_id).details.layout_id
    assert layout_id not in (None, market.layout_id)
    plan = stall_layouts.load_layout(database, layout_id)
    assert (plan.name, plan.width_m, plan.depth_m) == ("Alūksnes vasaras tirdziņš", 24, 16.5)
    assert asked == [(50, 30)]  # nothing better known: the usual size
    assert page._stack.currentIndex() == 1 and page.scene.layout_id == layout_id
    assert page.scene.stall_items == {}

    # The next fair at the same square is offered the size of this plan; the size typed is remembered.
    next_fair = fairs.create_fair(database, fairs.FairDetails(
        name="Rudens tirdziņš", address="Tirgus laukums, Alūksne", days=(dt.date(2027, 10, 2),)))
    elsewhere = fairs.create_fair(database, fairs.FairDetails(
        name="Ziemas tirdziņš", address="Pils iela 1", days=(dt.date(2027, 10, 2),)))
    for fair_id in (next_fair, elsewhere):
        page.set_fair(fair_id)
        wait_for_operations()
        qtbot.mouseClick(page.create_plan_button, Qt.MouseButton.LeftButton)
        wait_for_operations()
    assert asked[1:] == [(24, 16.5), (24, 16.5)]
