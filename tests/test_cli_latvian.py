"""The command line speaks the user's language: every command's --help and its refusals in Latvian,
with no English word left over, and in English when asked; one date form for every command."""

from __future__ import annotations

import argparse
import re

import pytest

from ngo_desktop.app import main
from ngo_desktop.cli import build_parser
from ngo_desktop.i18n import install_language

# Words of argparse's and our own English that must never show in Latvian. None of them is a Latvian
# word ("no", "to", "vai" are, so they are not here).
ENGLISH_WORDS = {
    "usage", "required", "invalid", "choice", "choose", "argument", "arguments", "positional", "options",
    "optional", "show", "help", "message", "exit", "error", "the", "of", "and", "or", "is", "are", "not",
    "imported", "booking", "bookings", "room", "rooms", "written", "file", "date", "day", "name", "number",
    "expected", "unrecognized", "allowed", "with", "for", "from", "give", "write", "default", "week",
    "month", "year", "organisation", "fair", "site", "tenancy", "path", "reason", "title", "what", "command",
    "login", "role", "kind", "yyyy", "dd", "mm", "www",
}
# What a person types as it is in either language: options, command names and choices (collected from
# the parser), file names, addresses and the variable that names the database.
VERBATIM = re.compile(r"(?<![\w])-{1,2}[\w-]+|\S*[./@_:]\S*|\{[^}]*\}")


def every_parser(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    yield path, parser
    for action in parser._actions:  # noqa: SLF001 - argparse offers no public walk of its subcommands
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, child in action.choices.items():
                yield from every_parser(child, (*path, name))


def typed_words(parser: argparse.ArgumentParser) -> set[str]:
    """Command names and choice values: the same in both languages, so not English to be caught."""
    words: set[str] = set()
    for _path, each in every_parser(parser):
        for action in each._actions:  # noqa: SLF001
            for choice in action.choices or ():
                words.update(re.findall(r"[^\W\d]+", str(choice).lower()))
    return words


@pytest.fixture(scope="module")
def command_paths(qapp) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    install_language("lv")
    return [path for path, _parser in every_parser(build_parser())]


@pytest.fixture(scope="module")
def verbatim_words(qapp) -> set[str]:  # type: ignore[no-untyped-def]
    install_language("lv")
    return typed_words(build_parser()) | {"ngo", "desktop", "sqlite", "postgresql", "url", "id", "iso",
                                           "pdf", "csv", "xlsx", "ics", "pop", "up", "a4", "a5", "letter"}


def english_left(text: str, verbatim: set[str]) -> set[str]:
    words = set(re.findall(r"[^\W\d]+", VERBATIM.sub(" ", text).lower()))
    return (words - verbatim) & ENGLISH_WORDS


def run(capsys, *arguments: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_commands_help_is_latvian(command_paths, verbatim_words, capsys) -> None:  # type: ignore[no-untyped-def]
    assert len(command_paths) > 25  # the top, the groups and every command under them
    for path in command_paths:
        code, out, err = run(capsys, "--lang", "lv", *path, "--help")
        assert code == 0 and not err, path
        assert out.startswith("lietojums: ngo-desktop"), path
        assert "opcijas:" in out and "parādīt šo palīdzību un beigt" in out, path
        assert english_left(out, verbatim_words) == set(), (path, out)


def test_every_commands_help_is_english_when_asked(command_paths, capsys) -> None:  # type: ignore[no-untyped-def]
    for path in command_paths:
        code, out, _err = run(capsys, "--lang", "en", *path, "--help")
        assert code == 0 and out.startswith("usage: ngo-desktop"), path
        assert "show this help message and exit" in out, path
        assert "GGGG" not in out and "lietojums" not in out, path


def test_every_option_says_what_it_is_for(qapp) -> None:  # type: ignore[no-untyped-def]
    install_language("lv")
    for path, parser in every_parser(build_parser()):
        for action in parser._actions:  # noqa: SLF001
            if not isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                assert action.help, (path, action.option_strings or action.dest)


DATE_OPTIONS = [
    ("book", "--start"), ("book", "--until"), ("export bookings", "--from"), ("report", "--to"),
    ("print door-sign", "--date"), ("print check-in", "--date"), ("premises-reminders", "--today"),
]


@pytest.mark.parametrize(("command", "option"), DATE_OPTIONS)
def test_every_date_is_shown_as_dd_mm_yyyy(command, option, capsys) -> None:  # type: ignore[no-untyped-def]
    _code, out, _err = run(capsys, "--lang", "lv", *command.split(), "--help")
    assert re.search(rf"{option} DD\.MM\.GGGG", out), out
    _code, out, _err = run(capsys, "--lang", "en", *command.split(), "--help")
    assert re.search(rf"{option} DD\.MM\.YYYY", out), out


def refusals(tmp_path) -> list[tuple[list[str], int, str]]:  # type: ignore[no-untyped-def]
    """(arguments, exit code, what the Latvian says) for wrong usage and things that do not exist."""
    pdf = str(tmp_path / "zime.pdf")
    return [
        (["book"], 2, "jānorāda: --room, --start, --end"),
        (["print", "door-sign", "--room", "1", "-o", pdf, "--paper", "A3"], 2, "nederīga izvēle „A3”"),
        (["print", "bogus"], 2, "nederīga izvēle „bogus”"),
        (["backup", "--bogus"], 2, "neatpazīti argumenti: --bogus"),
        (["print", "door-sign", "--room", "Mazā zāle", "-o", pdf], 1, "Nav telpas ar nosaukumu „Mazā zāle”."),
        (["book", "--room", "Mazā zāle", "--start", "05.03.2026 18:00", "--end", "05.03.2026 20:00"], 1,
         "Nav telpas ar nosaukumu „Mazā zāle”."),
        (["print", "week-schedule", "--site", "Cēsis", "-o", pdf], 1, "Nav filiāles ar nosaukumu „Cēsis”."),
        (["print", "flyer", "--fair", "Rudens tirgus", "-o", pdf], 1, "Nav tirdziņa ar nosaukumu „Rudens tirgus”."),
        (["export", "bookings", str(tmp_path / "r.csv"), "--org", "Biedrība „Ērglis”"], 1,
         "Nav organizācijas ar nosaukumu Biedrība „Ērglis”."),
        (["print", "door-sign", "--room", "1", "--date", "32.03.2026", "-o", pdf], 2,
         "--date: „32.03.2026” nav datums: rakstiet, piemēram, 05.03.2026"),
        (["book", "--room", "1", "--start", "2026-03-05T25:00", "--end", "05.03.2026 20:00"], 2,
         "nav datums un laiks"),
        (["print", "tenancy-statement", "1", "13.2026", pdf], 2, "„13.2026” nav mēnesis"),
        (["export", "bookings", str(tmp_path / "r.csv"), "--from", "05.03.2026", "--to", "01.03.2026"], 2,
         "--to 01.03.2026 ir pirms --from 05.03.2026"),
        (["report", "fairs", "--from", "01.01.1800", "--to", "01.02.1800", "-o", str(tmp_path / "p.pdf")], 2,
         "gadam jābūt no 1900 līdz 2200"),
    ]


@pytest.mark.sqlite_only
def test_refusals_are_latvian_and_name_what_is_wrong(database, tmp_path, verbatim_words, capsys) -> None:  # type: ignore[no-untyped-def]
    for arguments, exit_code, wanted in refusals(tmp_path):
        code, out, err = run(capsys, "--lang", "lv", "--database", database.url, *arguments)
        assert code == exit_code, (arguments, err)
        assert wanted in " ".join(err.split()), (arguments, err)
        reason = err.splitlines()[-1]  # the usage line above it is checked with --help
        assert english_left(reason, verbatim_words) == set(), (arguments, err)
        assert not out


@pytest.mark.sqlite_only
def test_refusals_are_english_when_asked(database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    english = {
        "the following arguments are required: --room, --start, --end", "invalid choice: 'A3'",
        "No room is named “Mazā zāle”.", "No site is called “Cēsis”.", "“32.03.2026” is not a date",
        "“13.2026” is not a month", "the year must be from 1900 to 2200",
    }
    seen = []
    for arguments, _exit_code, _latvian in refusals(tmp_path):
        _code, _out, err = run(capsys, "--lang", "en", "--database", database.url, *arguments)
        seen.append(" ".join(err.split()))
        assert "kļūda" not in err and "lietojums" not in err, err
    for wanted in english:
        assert any(wanted in line for line in seen), wanted


@pytest.mark.sqlite_only
def test_a_day_is_read_as_05_03_2026_and_as_iso_by_every_command(database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    # An empty database has no bookings: the two forms must give the same (empty) export, not a usage error.
    for first, last in (("05.03.2026", "31.03.2026"), ("2026-03-05", "2026-03-31"), ("5.3.2026", "31.3.2026")):
        target = tmp_path / f"rezervacijas-{first}.csv"
        code, out, err = run(capsys, "--lang", "lv", "--database", database.url, "export", "bookings", str(target),
                             "--from", first, "--to", last)
        assert code == 0, err
        assert "Nav nevienas atbilstošas rezervācijas" in out and target.exists()


@pytest.mark.sqlite_only
def test_imported_counts_read_as_latvian_plurals(database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    rooms = tmp_path / "telpas.csv"
    rooms.write_text("\ufeffFiliāle;Telpa;Ietilpība\nCentrs;Lielā zāle;80\nCentrs;Mazā zāle;12\n", encoding="utf-8")
    code, out, err = run(capsys, "--lang", "lv", "--database", database.url, "import", "rooms", str(rooms))
    assert code == 0, err
    assert out.strip() == "Importētas 2 telpas."
    code, out, err = run(capsys, "--lang", "en", "--database", database.url, "export", "bookings",
                         str(tmp_path / "b.ics"))
    assert code == 0 and out.startswith("Bookings written to") and out.endswith(": 0.\n")  # a count as a label
