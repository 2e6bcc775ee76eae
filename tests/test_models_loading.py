"""The models' mapped classes load on first use (issue #16: the window's first screen and the
printouts read with the schema's tables), safely while another thread queries, and completely where
every table is walked."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LATER = ("ngo_desktop.models.audit", "ngo_desktop.models.bookings", "ngo_desktop.models.centre",
         "ngo_desktop.models.documents", "ngo_desktop.models.fairs", "ngo_desktop.models.organisations",
         "ngo_desktop.models.premises", "ngo_desktop.models.sites")


def _python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_package_loads_without_them_and_a_name_loads_its_module() -> None:
    shown = _python(
        "import sys\nimport ngo_desktop.models as models\n"
        f"print([m for m in {LATER!r} if m in sys.modules])\n"
        "from ngo_desktop.models import Fair, Tenancy\n"
        "print(Fair.__table__.name, Tenancy.__table__.name, models.PrintedDocument.__table__.name,\n"
        "      models.AuditEntry.__table__.name)\n"
        f"print([m for m in {LATER!r} if m in sys.modules])\n")
    assert shown.splitlines() == ["[]", "fair tenancy printed_document audit_entry", str(list(LATER))]


def test_the_rooms_and_registrys_classes_load_together_on_first_use() -> None:
    """A room's class refers to its bookings' through the registry's: one of them loads them all."""
    shown = _python(
        "import sys\nimport ngo_desktop.models as models\n"
        "print(models.BookingStatus.CONFIRMED, 'sqlalchemy.orm' in sys.modules)\n"
        "room = models.Room\nfrom sqlalchemy.orm import configure_mappers\nconfigure_mappers()\n"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))\n"
        "print(room.__table__ is __import__('ngo_desktop.schema.sites').schema.sites.room_table)\n")
    assert shown.splitlines() == [
        "confirmed False",
        str(["ngo_desktop.models.bookings", "ngo_desktop.models.centre", "ngo_desktop.models.organisations",
             "ngo_desktop.models.sites"]),
        "True"]


def test_load_all_gives_every_table_the_migrations_build(sqlite_template: Path) -> None:
    with closing(sqlite3.connect(sqlite_template)) as connection:
        built = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    mapped = _python("from ngo_desktop.models import Base, load_all\nload_all()\n"
                     "print(' '.join(sorted(Base.metadata.tables)))")
    assert set(mapped.split()) == built - {"alembic_version", "sqlite_sequence"}


def test_a_query_on_another_thread_never_configures_the_mappers_halfway_through_a_module() -> None:
    """Without the configure lock held over the whole module, configuring meanwhile fails on a
    relationship to a class not defined yet (StallLayout → Stall), and every later query with it."""
    shown = _python(
        "import sys, threading\nimport ngo_desktop.models as models\n"
        "from sqlalchemy.orm import configure_mappers\n"
        "errors, stop = [], threading.Event()\n"
        "def configure_all_the_time():\n"
        "    while not stop.is_set():\n"
        "        try:\n"
        "            configure_mappers()\n"
        "        except Exception as error:\n"
        "            errors.append(error)\n"
        "            return\n"
        "thread = threading.Thread(target=configure_all_the_time)\nthread.start()\n"
        "sys.setswitchinterval(1e-6)\nmodels.load_all()\nstop.set()\nthread.join()\nconfigure_mappers()\n"
        "print(errors)")
    assert shown == "[]"


def test_threads_asking_for_classes_at_once_each_get_them_whole() -> None:
    """A thread asking for a class while another is still mapping its module waits for it (it once got
    the module half made: "partially initialized module"), and asking for the declarative base
    meanwhile never leaves two threads waiting for each other."""
    shown = _python(
        "import sys, threading\nimport ngo_desktop.models as models\nimport sqlalchemy.orm\n"
        "sys.setswitchinterval(1e-6)\nresults, errors = [], []\n"
        "def ask(name):\n"
        "    try:\n"
        "        results.append(getattr(models, name).__name__)\n"
        "    except Exception as error:\n"
        "        errors.append(repr(error))\n"
        "names = ('Room', 'Booking', 'Base', 'Organisation', 'Fair', 'CentreProfile', 'Site', 'Tenancy')\n"
        "threads = [threading.Thread(target=ask, args=(name,), daemon=True) for name in names]\n"
        "for thread in threads:\n    thread.start()\n"
        "for thread in threads:\n    thread.join(30)\n"
        "print(sorted(results), errors, sum(thread.is_alive() for thread in threads))")
    assert shown == ("['Base', 'Booking', 'CentreProfile', 'Fair', 'Organisation', 'Room', 'Site', 'Tenancy'] [] 0")


def test_nothing_imports_those_modules_past_the_package() -> None:
    """Imported directly, a module would be mapped without the configure lock."""
    direct = re.compile(r"(from|import)\s+ngo_desktop\.models\.(fairs|premises|documents|audit|sites|organisations|"
                        r"bookings|centre|base)\b")
    offenders = [str(path.relative_to(ROOT)) for folder in ("ngo_desktop", "tests", "tools", "bench")
                 for path in (ROOT / folder).rglob("*.py")
                 if path.parent != ROOT / "ngo_desktop" / "models" and direct.search(path.read_text(encoding="utf-8"))]
    assert offenders == []
