"""What the window does before the day's calendar is shown, and what it leaves for a moment later.

Issue #16: the start-up is measured until the calendar of the first site is painted with its
bookings. The status bar's reminders, a first start's questions and the booking form are not needed
for that, so they wait; these tests check that they still come, and that they do wait.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ngo_desktop.views import operations
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operations import Operation, when_idle
from tests.bookings_fixtures import build_centre
from tests.premises_fixtures import salon  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent


def test_the_reminders_appear_in_the_status_bar_after_the_calendar_has_its_answers(
        qtbot, database, salon, english, monkeypatch) -> None:  # noqa: F811
    from ngo_desktop.services.premises import reminders as premises_reminders

    monkeypatch.setattr(premises_reminders, "today_local", lambda: dt.date(2026, 3, 11))
    build_centre(database)  # rooms, so that the calendar asks for the day's bookings
    window = MainWindow(database)
    qtbot.addWidget(window)
    reminders_when_the_calendar_came: list[object] = []

    def watch_the_calendar() -> None:
        window._pages["bookings"].loaded.connect(
            lambda: reminders_when_the_calendar_came.append(window.premises_status))

    window.ready.connect(watch_the_calendar)
    window.show()
    qtbot.waitUntil(lambda: window.premises_status is not None and window.premises_status.isVisible(),
                    timeout=5000)
    assert reminders_when_the_calendar_came == [None]  # the calendar's answers came first
    assert window.premises_status.text() == "Unpaid pop-up months: 4"
    assert window.premises_status in window.statusBar().findChildren(type(window.premises_status))


def test_a_change_to_a_tenancy_payment_still_refreshes_the_reminders(qtbot, database, salon, english,  # noqa: F811
                                                                     monkeypatch, wait_for_operations) -> None:
    from ngo_desktop.services.premises import reminders as premises_reminders
    from ngo_desktop.services.premises.registry import record_payment
    from ngo_desktop.services.premises.statements import monthly_statement

    monkeypatch.setattr(premises_reminders, "today_local", lambda: dt.date(2026, 3, 11))
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.premises_status is not None and window.premises_status.isVisible(),
                    timeout=5000)
    window.change_timer.stop()  # the commit's own announcement must do it
    february = monthly_statement(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 2, 1))
    Operation(window, database, lambda db: record_payment(
        db, tenancy_id=february.tenancy_id, month=february.month, amount_cents=february.due_cents,
        paid_on=dt.date(2026, 3, 11))).run()
    qtbot.waitUntil(lambda: window.premises_status.text() == "Unpaid pop-up months: 3", timeout=5000)


def test_when_idle_waits_for_the_calls_running_and_calls_back_at_once_when_none_is(qtbot, database) -> None:
    called: list[str] = []
    operations.drain()
    when_idle(lambda: called.append("at once"))
    assert called == ["at once"]
    answered: list[int] = []
    Operation(None, database, lambda _db: 42).success(answered.append).run()
    when_idle(lambda: called.append(f"after {answered}"))
    assert called == ["at once"]
    qtbot.waitUntil(lambda: len(called) == 2)
    assert called == ["at once", "after [42]"]  # once the answer had been handed over


@pytest.fixture(scope="module")
def started_window(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> dict:
    """Start the window in a process of its own (one test's imports would hide another's) on a centre
    with two rooms, a booking in each today and the centre's name; what the child saw at the calendar,
    a moment later and with the booking form opened."""
    tmp_path = tmp_path_factory.mktemp("started-window")
    from ngo_desktop.database.core import open_database
    from ngo_desktop.services.bookings.booking import BookingDraft, create_booking
    from ngo_desktop.services.centre import CentreDetails, save_centre_details
    from ngo_desktop.timeutil import to_utc, today_local
    from tests.bookings_fixtures import at

    database_file = tmp_path / "centre.sqlite3"
    shutil.copyfile(sqlite_template, database_file)
    database = open_database(str(database_file), operator="tester")
    try:
        today = today_local()
        centre = build_centre(database)
        save_centre_details(database, CentreDetails(name="Alūksnes NVO atbalsta centrs"))
        for title, room in (("Forums", centre.hall), ("Kora mēģinājums", centre.small_room)):
            create_booking(database, BookingDraft(room_id=room.id, starts=at(today, 10), ends=at(today, 12),
                                                  title=title, override_reason="test"), now=to_utc(at(today, 0)))
    finally:
        database.dispose()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
                       XDG_DATA_HOME=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", _CHILD, str(database_file)], env=environment, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen: dict = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"] == {"Lielā zāle": ["Forums"], "Mazā telpa": ["Kora mēģinājums"]}
    return seen


def test_the_booking_form_and_the_premises_services_are_not_loaded_before_the_calendar_is_shown(
        started_window: dict) -> None:
    """The day's calendar is shown with its answers while neither the booking form, the premises
    services nor the models of other sections are loaded; both come when asked for: the reminders a
    moment later, the form when it is opened."""
    seen = started_window
    assert not [module for module in seen["at the calendar"]
                if module.startswith(("ngo_desktop.views.bookings.booking_dialog", "ngo_desktop.services.premises",
                                      "ngo_desktop.views.premises"))]
    assert "ngo_desktop.views.premises.status" in seen["a moment later"]
    assert seen["form opened"] is True
    # The other sections' models are not needed for the calendar.
    assert not [module for module in seen["at the calendar"]
                if module.startswith(("ngo_desktop.models.fairs", "ngo_desktop.models.premises",
                                      "ngo_desktop.models.documents"))]
    # The collector is paused while the program starts and working again once the calendar is shown.
    assert seen["collector"] == [False, True]


def test_the_days_calendar_and_the_title_are_read_without_setting_up_the_orms_mappers(
        started_window: dict) -> None:
    """The window's first answers (the sites, rooms, closures and bookings of the day's calendar, the
    centre's name, who is signed in) are read with the schema's tables on a connection: when the
    calendar is shown with its bookings SQLAlchemy's ORM is not even imported, nor the models'
    classes mapped (90-130 ms of the start; issue #16), and the title already has the centre's
    name. The ORM works as before once asked (the reminders a moment later)."""
    seen = started_window
    assert seen["title"] == "Alūksnes NVO atbalsta centrs — ngo_desktop"
    assert [name for name in seen["at the calendar"]
            if name.startswith("ngo_desktop.models.") or name == "sqlalchemy.orm"] == []
    assert seen["mappers set up at the calendar"] == []
    assert "ngo_desktop.models.bookings" in seen["a moment later"]
    assert "Booking" in seen["mappers set up a moment later"]


_CHILD = """
import gc, json, sys
from ngo_desktop.app import load_before_qt
load_before_qt()
collector_at_start = gc.isenabled()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ngo_desktop.i18n import install_language
from ngo_desktop.database.core import open_database
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.operations import is_idle

application = QApplication([])
install_language("en")
database = open_database(sys.argv[1], operator="tester")
window = MainWindow(database)
window.show()
seen = {}

def set_up():
    if "ngo_desktop.models.base" not in sys.modules:
        return []
    from ngo_desktop.models import Base
    return sorted(mapper.class_.__name__ for mapper in Base.registry.mappers if mapper.configured)

def look():
    if "at the calendar" not in seen:
        if window.is_ready and is_idle():
            grid = window._pages["bookings"].grid
            seen["shown"] = {column.room.name: [booking.title for booking in column.bookings]
                             for column in grid.columns()} if grid.isVisible() else "the grid is hidden"
            seen["title"] = window.windowTitle()
            seen["mappers set up at the calendar"] = set_up()
            seen["at the calendar"] = sorted(sys.modules)
        return
    if window.premises_status is None or not is_idle():
        return
    seen["a moment later"] = sorted(sys.modules)
    seen["mappers set up a moment later"] = set_up()
    seen["collector"] = [collector_at_start, gc.isenabled()]
    dialog = window._pages["bookings"].open_booking()
    seen["form opened"] = dialog.isVisible()
    dialog.reject()
    print(json.dumps(seen))
    timer.stop()
    application.quit()

timer = QTimer()
timer.timeout.connect(look)
timer.start(2)
QTimer.singleShot(60_000, application.quit)
application.exec()
from ngo_desktop.views.operations import wait_for_workers
wait_for_workers()
database.dispose()
"""


def test_what_the_program_loads_before_pyside6_needs_no_qt() -> None:
    """app.load_before_qt runs before PySide6's import hook is installed; were one of its modules to
    import PySide6, the hook would be in front of the rest of them again."""
    import_state = ("print(sorted(name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))),"
                    " 'ngo_desktop.schema.bookings' in sys.modules, 'ngo_desktop.models.bookings' in sys.modules,"
                    " 'sqlalchemy.dialects.sqlite' in sys.modules, 'sqlalchemy.orm' in sys.modules)")
    shown = []
    for command in ("None", "'print week-schedule'", "'print directory'"):
        code = f"import sys\nfrom ngo_desktop.app import load_before_qt\nload_before_qt({command})\n{import_state}"
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert result.returncode == 0, result.stderr
        shown.append(result.stdout.strip())
    # The window and the printouts read with the tables, without the ORM; other commands import the
    # ORM and map the models' classes too.
    assert shown == ["[] True False True False", "[] True False True False", "[] True True True True"]


def test_the_status_bars_reminder_leaves_the_orm_to_the_worker() -> None:
    """The reminder label is made on the window's thread a moment after the first screen; its service
    (the premises' classes and, the first time, SQLAlchemy's ORM: a 100-250 ms pause there) is
    imported by the call that reads the reminder, on the worker."""
    code = ("import sys\nimport ngo_desktop.views.premises.status\n"
            "print('sqlalchemy.orm' in sys.modules, 'ngo_desktop.services.premises.reminders' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"


def test_the_window_answers_pyside6s_import_hook_without_keeping_source_lines() -> None:
    """PySide6's hook asks of each newly imported module whether its source mentions PySide6; the
    window's start answers from the file's bytes instead of keeping every line in linecache. The
    answers stay PySide6's own; should PySide6 drop the function, this test says so."""
    code = ("import linecache, sys\nimport PySide6.QtCore\nimport shibokensupport.feature as feature\n"
            "original = feature._mod_uses_pyside\n"
            "from ngo_desktop import app\napp._lighten_pyside_import_hook()\n"
            "print(feature._mod_uses_pyside is app._mentions_pyside)\n"
            "import ngo_desktop.views.icons as with_qt, ngo_desktop.timeutil as without_qt\n"
            "print([(app._mentions_pyside(m), original(m)) for m in (with_qt, without_qt, sys)])\n"
            "linecache.clearcache()\nimport ngo_desktop.views.empty_state\n"
            "print(any('empty_state' in name for name in linecache.cache))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["True", "[(True, True), (False, False), (False, False)]", "False"]
