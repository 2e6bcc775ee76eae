"""The command line: same program as the window, exit codes, database choice, demo data."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ngo_desktop import __version__
from ngo_desktop.app import main
from ngo_desktop.database.core import HEAD_REVISION, current_revision, open_database

ROOT = Path(__file__).resolve().parent.parent


def run(*arguments: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(arguments), capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_main_py_and_the_installed_command_are_the_same_program() -> None:
    # Beside this Python, so `venv/bin/python -m pytest` checks the venv's command without activating it.
    installed = shutil.which("ngo-desktop", path=str(Path(sys.executable).parent))
    assert installed is not None, "pip install -e . provides the ngo-desktop command beside python"
    from_source = run(sys.executable, "main.py", "--version")
    from_install = run(installed, "--version")
    assert from_source.returncode == from_install.returncode == 0
    assert from_source.stdout == from_install.stdout == f"ngo-desktop {__version__}\n"


def test_help_lists_the_commands_in_english(capsys) -> None:
    assert main(["--lang", "en", "--help"]) == 0
    output = " ".join(capsys.readouterr().out.split())
    for command in ("demo", "db", "import", "export", "print"):
        assert command in output
    assert "Without a command it opens the window" in output


def test_help_is_in_latvian_by_default(capsys) -> None:
    assert main(["--help"]) == 0
    assert "Bez komandas tā atver logu" in " ".join(capsys.readouterr().out.split())


def test_wrong_usage_exits_with_2(capsys) -> None:
    assert main(["--lang", "en", "no-such-command"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_db_upgrade_creates_and_reports_the_schema(tmp_path, capsys) -> None:
    path = tmp_path / "jauna.sqlite3"
    assert main(["--lang", "en", "--database", str(path), "db", "upgrade"]) == 0
    assert "up to date" in capsys.readouterr().out
    opened = open_database(path)
    assert current_revision(opened) == HEAD_REVISION
    opened.dispose()


def test_database_can_come_from_the_environment(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "no-vides.sqlite3"
    monkeypatch.setenv("NGO_DESKTOP_DATABASE", str(path))
    assert main(["--lang", "en", "db", "upgrade"]) == 0
    assert str(path) in capsys.readouterr().out
    assert path.exists()


def test_a_refused_action_exits_with_1_and_one_line_reason(tmp_path, capsys) -> None:
    assert main(["--lang", "en", "--database", str(tmp_path / "missing" / "x.sqlite3"), "db", "upgrade"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "does not exist" in error


def test_demo_fills_an_empty_database_and_refuses_a_second_time(tmp_path, capsys) -> None:
    pytest.importorskip("ngo_desktop.services.demo.fill")
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--lang", "en", "--database", path, "demo"]) == 0
    assert "Demo data loaded" in capsys.readouterr().out
    assert main(["--lang", "en", "--database", path, "demo"]) == 1
    refusal = capsys.readouterr().err
    assert refusal.count("\n") == 1 and "--force" in refusal


def test_a_file_that_cannot_be_read_or_written_gives_a_one_line_reason(tmp_path, capsys) -> None:
    database = str(tmp_path / "centrs.sqlite3")
    assert main(["--lang", "en", "--database", database, "import", "rooms", str(tmp_path / "nav.csv")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "nav.csv" in error
    assert main(["--lang", "en", "--database", database, "export", "bookings",
                 str(tmp_path / "nav-mapes" / "x.csv")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "x.csv" in error and "Traceback" not in error


def test_the_command_line_does_not_replace_a_missing_database_that_was_backed_up(tmp_path, capsys) -> None:
    from ngo_desktop import settings
    from ngo_desktop.services.backup.copies import automatic_backup

    path = tmp_path / "centrs.sqlite3"
    open_database(path).dispose()
    assert automatic_backup(path, settings.backup_folder()) is not None
    path.unlink()
    assert main(["--lang", "en", "--database", str(path), "export", "bookings", str(tmp_path / "x.csv")]) == 1
    assert "missing" in capsys.readouterr().err
    assert not path.exists()


def test_version_answers_without_loading_qt_or_the_database_layer() -> None:
    # Qt and SQLAlchemy are most of a command's start-up; `--version` needs neither (issue #16).
    code = ("import sys; from ngo_desktop.app import main; code = main(['--version']); "
            "print(sorted({name.split('.')[0] for name in sys.modules} & {'PySide6', 'sqlalchemy'}), code)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines() == [f"ngo-desktop {__version__}", "[] 0"]


def test_a_print_command_loads_the_models_and_reportlab_before_qt() -> None:
    # PySide6's import hook makes every import after it dearer, so what a command needs and can load
    # without Qt loads first (issue #16); a model or document module that came to import Qt fails here.
    code = ("import sys; from ngo_desktop.app import main; code = main(['--lang', 'en', 'print']); "
            "names = list(sys.modules); qt = names.index('PySide6.QtCore'); "
            "print([name for name in ('sqlalchemy.orm', 'ngo_desktop.models', 'sqlalchemy.dialects.sqlite', "
            "'reportlab.pdfgen.canvas', 'ngo_desktop.documents.page') if names.index(name) > qt], code)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.splitlines()[-1] == "[] 2", result.stdout
    for document, modules in (("door-sign", ("ngo_desktop.documents.door_sign",)),
                              ("week-schedule", ("ngo_desktop.documents.week_schedule",)),
                              ("directory", ("ngo_desktop.documents.common", "reportlab.platypus"))):
        code = (f"import sys; from ngo_desktop.app import main; code = main(['--lang', 'en', 'print', {document!r}]); "
                "names = list(sys.modules); qt = names.index('PySide6.QtCore'); "
                f"print([name for name in {(*modules, 'sqlite3', 'zoneinfo')!r} "
                "if names.index(name) > qt], code)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        assert result.stdout.splitlines()[-1] == "[] 2", result.stdout


def test_the_door_sign_and_the_week_schedule_print_without_reportlab_platypus(tmp_path: Path) -> None:
    # Both are drawn on the canvas: their whole processes do without platypus (30-50 ms of loading,
    # issue #16), and so does the bare print command. The flowing documents still use it.
    database = tmp_path / "week.sqlite3"
    subprocess.run([sys.executable, "-m", "ngo_desktop", "--lang", "en", "--database", str(database), "demo"],
                   capture_output=True, text=True, cwd=ROOT, check=True)
    for command in (["week-schedule", "--site", "1", "--week", "2026-W10"],
                    ["door-sign", "--room", "1", "--date", "02.03.2026"],
                    ["door-sign", "--room", "1", "--week", "2026-W10"]):
        code = ("import sys; from ngo_desktop.app import main; "
                f"code = main(['--lang', 'en', '--database', {str(database)!r}, 'print', *{command!r}, "
                f"'-o', {str(tmp_path / 'out.pdf')!r}, '--force']); "
                "print(sorted(name for name in sys.modules if name.startswith('reportlab.platypus')), code)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        assert result.stdout.splitlines()[-1] == "[] 0", result.stdout + result.stderr
        assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_a_door_sign_and_a_week_schedule_print_and_register_without_the_orm(
        tmp_path: Path) -> None:
    # Every read and the register's entry of these two commands are written with the schema's
    # tables on a connection: their processes never import SQLAlchemy's ORM nor map the models'
    # classes (100-140 ms of each, issue #16). The register and the audit log still get their
    # entries, as the window lists them.
    database = tmp_path / "signs.sqlite3"
    subprocess.run([sys.executable, "-m", "ngo_desktop", "--lang", "en", "--database", str(database), "demo"],
                   capture_output=True, text=True, cwd=ROOT, check=True)
    for command in (["door-sign", "--room", "1", "--date", "02.03.2026"],
                    ["week-schedule", "--site", "1", "--week", "2026-W10"]):
        code = ("import sys; from ngo_desktop.app import main; "
                f"code = main(['--lang', 'en', '--database', {str(database)!r}, 'print', *{command!r}, "
                f"'-o', {str(tmp_path / 'out.pdf')!r}, '--force']); "
                "print(sorted(name for name in sys.modules if name.startswith('ngo_desktop.models.')),"
                " 'sqlalchemy.orm' in sys.modules, code)")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        assert result.stdout.splitlines()[-1] == "[] False 0", result.stdout + result.stderr

    from ngo_desktop.database.core import open_database
    from ngo_desktop.services.audit_log import AuditFilter, get_entry, list_entries
    from ngo_desktop.services.printing.register import list_printed

    opened = open_database(str(database), operator="tester")
    try:
        printed = list_printed(opened)[:2]
        entries = [get_entry(opened, row.id) for row in list_entries(opened, AuditFilter())
                   if row.entity == "printed_document"][:2]
    finally:
        opened.dispose()
    assert [(record.kind, record.action) for record in printed] == [("week-schedule", "save"), ("door-sign", "save")]
    assert [(entry.row.entity_id, entry.row.summary, entry.after and entry.after["parameters"])
            for entry in entries] == [(record.id, record.title, record.parameters) for record in printed]


def test_the_process_entry_point_sets_what_lives_apart_from_the_last_collection(tmp_path: Path) -> None:
    # Python's full collection at shutdown walked everything a command had loaded (0.2-0.3 s CPU):
    # run() freezes it first and exits with main()'s code (issue #16).
    code = ("import atexit, gc, sys; from ngo_desktop.app import run; "
            "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 10000)); "
            f"sys.argv = ['ngo-desktop', '--lang', 'en', '--database', {str(tmp_path / 'x.sqlite3')!r}, 'db', 'upgrade']; "
            "run()")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.splitlines()[-1] == "frozen True", result.stdout + result.stderr
    assert result.returncode == 0, result.stderr


def test_a_command_process_ends_at_once_with_its_code_its_output_and_its_exit_handlers(tmp_path: Path) -> None:
    # run() leaves a finished command's process without taking the interpreter apart (issue #16):
    # what the command printed, the exit handlers and the exit code must all come through.
    database = str(tmp_path / "x.sqlite3")
    for arguments, expected_code in ((["db", "upgrade"], 0),
                                     (["print", "door-sign", "--room", "Nav", "-o", str(tmp_path / "x.pdf")], 1)):
        code = ("import atexit, sys; from ngo_desktop.app import run; "
                "atexit.register(lambda: print('handlers ran', flush=True)); "
                f"sys.argv = ['ngo-desktop', '--lang', 'en', '--database', {database!r}, *{arguments!r}]; "
                "sys.stdout.write('unflushed '); run()")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == expected_code, result.stderr
        assert result.stdout.startswith("unflushed "), result.stdout
        assert result.stdout.rstrip().endswith("handlers ran"), result.stdout
        if expected_code:
            assert "Nav" in result.stderr and "Traceback" not in result.stderr


def test_help_answers_without_the_database_layer_the_services_or_reportlab() -> None:
    # `--help` builds the whole parser, which imports every command module: those load the database
    # layer and the services only inside their handlers (issue #16). QtCore stays: it translates.
    code = ("import sys; from ngo_desktop.app import main; code = main(['--lang', 'en', '--help']); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] in {'sqlalchemy', 'alembic', "
            "'reportlab', 'openpyxl'} or name.startswith(('ngo_desktop.database', 'ngo_desktop.services', "
            "'ngo_desktop.models', 'ngo_desktop.documents')) or name == 'PySide6.QtWidgets'), code)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "print" in result.stdout and "import" in result.stdout, result.stdout
    assert result.stdout.splitlines()[-1] == "[] 0"


def test_each_command_module_declares_the_first_words_it_adds_to() -> None:
    # build_parser("print") registers only the modules whose COMMANDS name "print" (issue #16): a
    # module that adds to a word it does not declare would lose those subcommands there.
    import argparse

    from ngo_desktop import cli

    full = cli.build_parser()
    top = next(action for action in full._actions if isinstance(action, argparse._SubParsersAction))
    for module in cli.command_modules():
        parser = argparse.ArgumentParser()
        module_top = parser.add_subparsers()
        groups = cli.CommandGroups(top=module_top, **{
            field: cli._group(module_top, name, name) for field, name in
            (("import_", "import"), ("export", "export"), ("print_", "print"), ("db", "db"))})
        module.register(groups)
        touched = {name for name, subparser in module_top.choices.items()
                   if name not in ("import", "export", "print", "db")
                   or next(action for action in subparser._actions
                           if isinstance(action, argparse._SubParsersAction)).choices}
        assert touched == set(module.COMMANDS), module.__name__
        assert touched <= set(top.choices), module.__name__


@pytest.mark.parametrize(("argv", "word"), [
    (["print", "door-sign", "--room", "1"], "print"),
    (["--lang", "en", "--database", "print", "export", "bookings", "x.csv"], "export"),
    (["--database=x.sqlite3", "book", "--room", "1"], "book"),
    (["--lang=en", "print", "--help"], "print"),
    (["--help"], None), (["-h", "print"], None), (["printt", "door-sign"], None), ([], None),
])
def test_the_command_word_is_found_past_the_global_options(argv: list[str], word: str | None) -> None:
    from ngo_desktop.cli import command_word

    assert command_word(argv) == word


def test_the_command_word_skips_the_values_of_exactly_the_global_options_that_take_one() -> None:
    # command_word keeps its own list of the global options that take a value; a new one added to the
    # parser must be added there, or its value would be read as the command.
    from ngo_desktop import cli

    top = cli.build_parser()
    taking_a_value = {option for action in top._actions if action.option_strings and action.nargs != 0
                      and not isinstance(action, argparse._VersionAction) for option in action.option_strings}
    assert taking_a_value == set(cli._OPTIONS_WITH_VALUE)


def test_a_command_parsed_by_its_own_parts_reads_as_by_the_whole_parser(tmp_path: Path) -> None:
    from ngo_desktop.cli import build_parser

    argv = ["--lang", "en", "print", "week-schedule", "--site", "Rīgas NVO nams", "--week", "2026-W10",
            "-o", str(tmp_path / "x.pdf")]
    whole, part = build_parser().parse_args(argv), build_parser("print").parse_args(argv)
    assert vars(whole) == vars(part)
    assert "book" not in build_parser("print").format_help() and "book" in build_parser().format_help()
