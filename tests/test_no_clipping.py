"""Nothing clipped: every section, tab and dialog at 1280×800 and 1024×768, in Latvian and English.

The window opens on a copy of the small demo database (a real SQLite file), is resized to the
screen size under test, and shows every section and every tab of it; ``tests/clipping.py`` lists
any text shown only in part (see its docstring for what counts). At 1024×768 every dialog
reachable from the sections and the menus is opened through the program's own entry point as
well: ``QDialog.exec`` and ``QDialog.open`` are replaced for the test by a check of the dialog at
its own size, which must also fit the screen. A dialog does not depend on the main window's size,
so the smaller screen is the one that matters for them.

The week view's header is painted, not made of widgets: its lines are measured on their own.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from sqlalchemy import select

from ngo_desktop.database.core import Database, open_database
from ngo_desktop.i18n import install_language, translate
from ngo_desktop.models import Booking, Organisation
from ngo_desktop.services.demo.fill import fill_demo_data
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operations import _dispatcher, _latest_queues
from ngo_desktop.views.sections import SECTIONS
from ngo_desktop.views.style import install_style
from tests.clipping import Clip, clipped_texts

SIZES = [QSize(1280, 800), QSize(1024, 768)]
#: What a screen leaves a window: a task bar and the window's title bar take about 88 px of its
#: height (the program itself opens at 1024×680 on a 1024×768 screen).
TITLE_AND_TASK_BAR = 88


def work_area(screen: QSize) -> QSize:
    return QSize(screen.width(), screen.height() - TITLE_AND_TASK_BAR)
#: A day of the demo with a holiday in it (4 May: Restoration of Independence), shown in the week view.
HOLIDAY_WEEK = dt.date(2027, 5, 4)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo, built once for the module (each test works on its own copy)."""
    folder = tmp_path_factory.mktemp("demo")
    path = folder / "demo.sqlite3"
    database = open_database(path, operator="tester", backup_dir=folder / "backups")
    try:
        fill_demo_data(database)
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    from ngo_desktop.views.operations import drain

    path = tmp_path / "centre.sqlite3"
    shutil.copyfile(demo_file, path)
    database = open_database(path, operator="tester", backup_dir=tmp_path / "backups")
    yield database
    drain()
    database.dispose()


class Inspector:
    """Collects what is clipped, each finding under the place it was seen."""

    def __init__(self, qtbot, screen: QSize) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.screen = screen
        self.findings: list[str] = []
        self.dialogs_seen: list[str] = []

    def settle(self, already_running: frozenset[int] = frozenset()) -> None:
        """Wait for the calls the views started, other than ``already_running`` (a dialog opened
        from an answer's callback is checked while that answer is still being delivered)."""
        def settled() -> bool:
            return set(_dispatcher()._running) <= already_running and all(
                queue.idle for queue in _latest_queues if shiboken6.isValid(queue))

        for _turn in range(2):  # layouts that depend on loaded rows finish on the next turn of the loop
            self.qtbot.waitUntil(settled, timeout=10_000)
            QApplication.processEvents()

    def check(self, place: str, window: QWidget, already_running: frozenset[int] = frozenset()) -> None:
        self.settle(already_running)
        self.findings += [f"{place}: {clip}" for clip in clipped_texts(window, screen=work_area(self.screen))]

    def dialog(self, dialog: QDialog) -> int:
        """Stands in for ``exec``/``open``: the dialog shown at its own size, checked, closed."""
        running = frozenset(_dispatcher()._running)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        name = f"dialog {type(dialog).__name__} “{dialog.windowTitle()}”"
        self.dialogs_seen.append(type(dialog).__name__)
        self.check(name, dialog, running)
        for child in dialog.findChildren(QTabWidget):
            for index in range(child.count()):
                if child.isTabEnabled(index) and child.isVisible():
                    child.setCurrentIndex(index)
                    self.check(f"{name}, tab “{child.tabText(index)}”", dialog, running)
        dialog.done(QDialog.DialogCode.Rejected)
        return 0

    def failure(self) -> str:
        return "texts shown only in part:\n" + "\n".join(self.findings)


def open_window(qtbot, database: Database, size: QSize) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready)
    window.resize(work_area(size))
    return window


def visit_sections(window: MainWindow, inspector: Inspector) -> None:
    for section in SECTIONS:
        window.show_section(section.key)
        page = window.section_widget(section)
        inspector.check(f"section {section.key}", window)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if tabs.isTabEnabled(index) and tabs.isVisible():
                    tabs.setCurrentIndex(index)
                    inspector.check(f"section {section.key}, tab “{tabs.tabText(index)}”", window)
        if section.key == "bookings":
            visit_booking_modes(window, page, inspector)


def visit_booking_modes(window: MainWindow, page, inspector: Inspector) -> None:  # type: ignore[no-untyped-def]
    page.go_to(HOLIDAY_WEEK)
    for index in range(page.mode.count()):
        page.mode.setCurrentIndex(index)
        inspector.check(f"bookings, {page.mode.currentText()}", window)
    page.mode.setCurrentIndex(page.mode.findData("week"))
    inspector.settle()
    grid = page.grid
    assert grid.columns(), "the week view shows no days"
    assert any(column.holiday for column in grid.columns()), "the week of 4 May shows no holiday"
    for index in range(len(grid.columns())):
        rect, text, needed = grid.column_header(index)
        if needed.height() > rect.height() + 1 or needed.width() > rect.width() + 1:
            inspector.findings.append(
                f"week view header {text!r}: needs {needed.width()}×{needed.height()} px, "
                f"has {rect.width():.0f}×{rect.height():.0f} px")
    page.mode.setCurrentIndex(page.mode.findData("day"))
    inspector.settle()


def dialog_openers(window: MainWindow, database: Database, inspector: Inspector) -> list[tuple[str, Callable[[], object]]]:
    """Every dialog the sections and the menus open, through the program's own entry points."""
    from ngo_desktop.views.operator_dialog import OperatorNameDialog
    from ngo_desktop.views.sign_in_dialog import SignInDialog
    from ngo_desktop.views.users_dialog import AddUserForm
    from ngo_desktop.views.welcome_dialog import WelcomeDialog

    with database.read_session() as session:
        booking_id = session.scalars(select(Booking.id).order_by(Booking.id)).first()
        organisation_id = session.scalars(select(Organisation.id).order_by(Organisation.id)).first()

    def section(key: str):  # type: ignore[no-untyped-def]
        window.show_section(key)
        return window.section_widget(next(info for info in SECTIONS if info.key == key))

    def premises_page():  # type: ignore[no-untyped-def]
        page = section("premises")
        page.tabs.setCurrentIndex(0)
        page.premises_page.premises_table.selectRow(0)
        return page.premises_page

    def premises_with_tenancy():  # type: ignore[no-untyped-def]
        page = premises_page()
        window_wait()
        page.tenancies_table.selectRow(0)
        return page

    def statements():  # type: ignore[no-untyped-def]
        page = section("premises")
        page.tabs.setCurrentIndex(1)
        window_wait()
        page.statements.table.selectRow(0)
        return page.statements

    def window_wait() -> None:
        inspector.settle()

    return [
        ("Settings", window.open_settings),
        ("Audit log", window.open_audit_log),
        # Tools → Users lists the server's people: on a database file it only says so. Its form:
        ("Add a user", lambda: AddUserForm(window).exec()),
        ("Welcome", lambda: WelcomeDialog(database, window).exec()),
        ("Who works at this desk", lambda: OperatorNameDialog(window).exec()),
        ("Sign in to the server", lambda: SignInDialog(
            "anna", "centrs.example.lv/ngo", translate(
                "Startup", "The server did not accept this login and password; type them again."), window).exec()),
        ("New booking", lambda: section("bookings").open_booking()),
        ("Edit booking", lambda: section("bookings").edit_booking(booking_id)),
        ("Find a free room", lambda: section("bookings").find_free_room()),
        ("Rooms and sites", lambda: section("bookings").open_rooms()),
        ("Closures", lambda: section("bookings").open_closures()),
        ("Door sign preview", lambda: section("bookings").print_door_sign(whole_week=False)),
        ("New organisation", lambda: section("organisations").new_organisation()),
        ("Import organisations", lambda: section("organisations").import_file()),
        ("Edit organisation", lambda: section("organisations").open_organisation(organisation_id)),
        ("New fair", lambda: section("fairs").new_fair()),
        ("Edit fair", lambda: section("fairs").edit_fair()),
        ("New vendor application", lambda: section("fairs").vendors_page.new_application()),
        ("New premises", lambda: premises_page().add_premises()),
        ("Edit premises", lambda: premises_page().edit_premises()),
        ("New tenancy", lambda: premises_page().add_tenancy()),
        ("Edit tenancy", lambda: premises_with_tenancy().edit_tenancy()),
        ("End a tenancy early", lambda: premises_with_tenancy().end_selected_early()),
        ("Record a payment", lambda: statements().record_payment_for_selected()),
    ]


@pytest.fixture(params=["lv", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    install_style(qapp)
    install_language(request.param)
    yield request.param
    install_language("lv")


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size.width()}x{size.height()}")
def test_nothing_is_clipped(qtbot, demo, language, size, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    inspector = Inspector(qtbot, size)
    window = open_window(qtbot, demo, size)
    visit_sections(window, inspector)
    if size == SIZES[-1]:
        monkeypatch.setattr(QDialog, "exec", lambda dialog: inspector.dialog(dialog))
        monkeypatch.setattr(QDialog, "open", lambda dialog: inspector.dialog(dialog))
        openers = dialog_openers(window, demo, inspector)
        for name, opener in openers:
            before = len(inspector.dialogs_seen)
            opener()
            qtbot.waitUntil(lambda before=before: len(inspector.dialogs_seen) > before, timeout=10_000)
            assert len(inspector.dialogs_seen) == before + 1, f"{name} opened no dialog"
    assert not inspector.findings, inspector.failure()


def test_the_checker_names_a_cut_button(qtbot, english) -> None:
    """The checker itself: a button squeezed below its text is reported with both widths."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QHBoxLayout(holder)
    button = QPushButton("Copy stalls to another day…")
    button.setFixedWidth(60)
    layout.addWidget(button)
    holder.show()
    qtbot.waitExposed(holder)
    clips: list[Clip] = clipped_texts(holder)
    assert len(clips) == 1
    assert clips[0].text == "Copy stalls to another day…"
    assert "has 60 px" in clips[0].problem
    button.setMinimumWidth(0)
    button.setMaximumWidth(10_000)
    holder.adjustSize()
    assert clipped_texts(holder) == []


def test_the_capacity_refusal_names_every_tenant_in_the_way_and_shows_whole(
        qtbot, demo, language, wait_for_operations) -> None:  # type: ignore[no-untyped-def]
    """The demo's pop-up salon holds two tenants and has two now: a third is refused with the
    names of both, one under the other, every line visible in the form."""
    from ngo_desktop.models import Premises, Tenancy
    from ngo_desktop.views.premises.tenancy_form import TenancyDialog

    with demo.read_session() as session:
        premises_id = session.scalars(select(Premises.id)).one()
        tenants = set(session.scalars(select(Tenancy.organisation_id).where(Tenancy.premises_id == premises_id)))
        newcomer = session.execute(select(Organisation.id, Organisation.name)
                                   .where(Organisation.id.not_in(tenants)).order_by(Organisation.id)).first()
        names = list(session.scalars(select(Organisation.name).where(Organisation.id.in_(tenants))))
    assert newcomer is not None and len(names) == 2
    dialog = TenancyDialog(demo, premises_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_operations()
    dialog.tenant.set_organisation(newcomer.id, newcomer.name)
    dialog.save()
    wait_for_operations()
    qtbot.wait(30)
    message = dialog.errors.message("starts_on")
    assert all(name in message for name in names), message
    assert message.count("\n") >= 3, f"the tenants in the way are not one per line: {message!r}"
    assert clipped_texts(dialog, screen=work_area(SIZES[-1])) == []


def test_menus_show_an_ampersand_and_english_counts_read_well(qtbot, demo, english, wait_for_operations) -> None:  # type: ignore[no-untyped-def]
    """"Fairs & markets" in the Go menu keeps its & (a lone & would underline the "m" instead), and
    the organisations' count is English without "(s)" ("Organisations shown: 49")."""
    from PySide6.QtGui import QKeySequence

    window = open_window(qtbot, demo, SIZES[0])
    go_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Go")
    texts = [action.text() for action in go_menu.actions()]
    assert "Fairs && markets" in texts
    assert all(QKeySequence.mnemonic(text).isEmpty() for text in texts)
    window.show_section("organisations")
    wait_for_operations()
    page = window.section_widget(next(info for info in SECTIONS if info.key == "organisations"))
    qtbot.waitUntil(lambda: page.status.text().startswith("Organisations shown"))
    assert page.status.text() == f"Organisations shown: {page.model.total}"


def test_a_long_refusal_shows_its_whole_text_on_the_screen(qtbot, language, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A refusal listing forty rows fits a 1024×768 screen: its first line as the message and the
    whole text in a scrolling box under it, opened."""
    from PySide6.QtWidgets import QMessageBox, QTextEdit

    from ngo_desktop.errors import DomainError
    from ngo_desktop.views.operations import show_failure

    window = QWidget()
    qtbot.addWidget(window)
    text = "These rows cannot be imported:\n" + "\n".join(
        f"row {row}: the registration number 4000{row:07d} is already used by „Biedrība {row}”" for row in range(40))
    seen: list[tuple[str, str, list[Clip]]] = []

    def inspect(box: QMessageBox) -> int:
        box.show()
        qtbot.waitExposed(box)
        QApplication.processEvents()
        details = box.findChild(QTextEdit)
        assert details is not None and details.isVisible(), "the whole text is not shown"
        seen.append((box.text(), details.toPlainText(), clipped_texts(box, screen=work_area(SIZES[-1]))))
        box.done(0)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", inspect)
    show_failure(window, DomainError(text), title="Not imported")
    assert len(seen) == 1
    first, whole, clips = seen[0]
    assert first == "These rows cannot be imported:"
    assert whole == text
    assert clips == []


def test_a_flow_layout_wraps_whole_buttons_and_keeps_the_right_group_right(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    from ngo_desktop.views.flow_layout import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    bar = FlowLayout(holder)
    left = [QPushButton(f"Left button {number}") for number in range(3)]
    right = [QPushButton(f"Right button {number}") for number in range(2)]
    for button in left:
        bar.addWidget(button)
    bar.add_stretch()
    for button in right:
        bar.addWidget(button)
    holder.resize(2000, 100)
    holder.show()
    qtbot.waitExposed(holder)
    assert len({button.y() for button in left + right}) == 1  # one row when there is room
    assert right[-1].geometry().right() == holder.width() - bar.contentsMargins().right() - 1
    narrow = sum(button.sizeHint().width() for button in left) + 30
    holder.resize(narrow, holder.heightForWidth(narrow))
    QApplication.processEvents()
    assert clipped_texts(holder) == []
    assert right[0].y() == right[1].y() > left[0].y()  # the right-hand group moved down together
    assert right[-1].geometry().right() == holder.width() - bar.contentsMargins().right() - 1
    assert holder.heightForWidth(narrow) > holder.heightForWidth(2000)


def test_no_counted_text_says_s_in_brackets(english) -> None:  # type: ignore[no-untyped-def]
    """No "(s)" on screen in English: a count stands as a label ("Organisations shown: 1"), so the
    English source reads right for one and many, and Latvian gives its three forms from the .ts."""
    import xml.etree.ElementTree as ElementTree

    counted = {message.findtext("source", "")
               for ts_file in (Path(__file__).parent.parent / "resources" / "translations" / "lv").glob("*.ts")
               for message in ElementTree.parse(ts_file).getroot().iter("message")
               if "%n" in message.findtext("source", "")}
    assert len(counted) > 20
    assert sorted(source for source in counted if "(s)" in source) == []
    assert translate("Any", "Fairs (%n)", None, 2) == "Fairs (2)"
