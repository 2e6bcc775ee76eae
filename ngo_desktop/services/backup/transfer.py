"""Move my data to a server: copy every row of an SQLite database into an empty PostgreSQL database.

The server's schema is made by the same migrations as everywhere. Rows are copied table by table
in foreign-key order in ONE transaction on the server, so a failure leaves the server empty again;
then each table's row count on the server is compared with the file's, and the register of
forgotten people is applied to the server too. The SQLite file itself is
only read, and stays as it was (it is the fallback if anything goes wrong).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Integer, func, select, text
from sqlalchemy.exc import DBAPIError

from ngo_desktop.database.core import Database, DatabaseProblem, database_url_from, open_database
from ngo_desktop.errors import DomainError, NotEmpty
from ngo_desktop.i18n import translate
from ngo_desktop.models import Base, load_all
from ngo_desktop.services import forgetting_register
from ngo_desktop.services.organisations.privacy import reapply_forgetting
from ngo_desktop.validation import row_limit_problem

BATCH_ROWS = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TransferReport:
    server: str
    counts: dict[str, int]
    # Forgotten people the file still held, forgotten again on the server from the register.
    forgotten_again: int = 0

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def table_counts(database: Database) -> dict[str, int]:
    with database.read_session() as session:
        return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
                for table in _all_tables()}


def move_to_server(source: Database, url: str, *, progress: Progress | None = None) -> TransferReport:
    """Copy all rows of the SQLite ``source`` into the empty PostgreSQL database at ``url``."""
    if not source.is_sqlite:
        raise DomainError(translate("DataTransfer", "The data to move must come from an SQLite file."))
    target_url = database_url_from(url)
    if not target_url.startswith("postgresql"):
        raise DomainError(translate(
            "DataTransfer", "The target must be a PostgreSQL URL such as postgresql+psycopg://user@server/ngo."))
    try:
        target = open_database(target_url, operator=source.operator)
    except DatabaseProblem:
        raise
    except Exception as error:  # noqa: BLE001 - any connection failure becomes a clear refusal
        raise DomainError(translate(
            "DataTransfer", "The server cannot be reached ({detail}). Check the address, user and password."
        ).format(detail=_first_line(error))) from error
    try:
        before = table_counts(target)
        if any(before.values()):
            raise NotEmpty(translate(
                "DataTransfer", "The server database already holds data ({rows} rows). Move into an empty "
                                "database; nothing was copied.").format(rows=sum(before.values())))
        expected = table_counts(source)
        _copy_rows(source, target, expected, progress)
        copied = table_counts(target)
        mismatched = [name for name, count in expected.items() if copied.get(name) != count]
        if mismatched:
            raise DomainError(translate(
                "DataTransfer", "The row counts differ after copying ({tables}). Do not use the server "
                                "database; the file is unchanged.").format(tables=", ".join(mismatched)))
        # The register of forgotten people follows the data, and is applied once more on the server.
        forgetting_register.copy_entries(source, target)
        return TransferReport(target.describe(), copied, forgotten_again=reapply_forgetting(target))
    finally:
        target.dispose()


def _copy_rows(source: Database, target: Database, expected: dict[str, int], progress: Progress | None) -> None:
    total = sum(expected.values())
    done = 0
    try:
        with source.engine.connect() as reading, target.write_engine.begin() as writing:
            for table in _all_tables():
                primary_key = list(table.primary_key.columns)
                rows = reading.execute(select(table).order_by(*primary_key)).mappings()
                while batch := rows.fetchmany(BATCH_ROWS):
                    for row in batch:
                        _refuse_beyond_limits(table, row)
                    writing.execute(table.insert(), [dict(row) for row in batch])
                    done += len(batch)
                    if progress is not None:
                        progress(done, total)
                _continue_numbering(writing, table)
    except DBAPIError as error:
        raise DomainError(translate(
            "DataTransfer", "The server refused the data ({detail}); nothing was copied.").format(
            detail=_first_line(error.orig or error))) from error
    if progress is not None:
        progress(total, total)


def _all_tables() -> list:  # type: ignore[type-arg]
    """Every table, parents first (the models loaded on first use are loaded now)."""
    load_all()
    return Base.metadata.sorted_tables


def _refuse_beyond_limits(table, row) -> None:  # type: ignore[no-untyped-def]
    """Name a row the server would refuse (too long, a NUL character, too large a number)."""
    found = row_limit_problem(table, row)
    if found is None:
        return
    column, problem = found
    key = ", ".join(str(row[column.name]) for column in table.primary_key.columns)
    raise DomainError(translate(
        "DataTransfer", "The server cannot hold row {key} of the table “{table}”, column “{column}”: {problem} "
                        "Correct it in the program and move again; nothing was copied.").format(
        key=key, table=table.name, column=column, problem=problem))


def _continue_numbering(connection, table) -> None:  # type: ignore[no-untyped-def]
    """Copied ids keep their numbers, so the server's id sequence must continue after the highest."""
    key = list(table.primary_key.columns)
    if len(key) != 1 or not isinstance(key[0].type, Integer):
        return
    connection.execute(text(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
        f"coalesce(max({key[0].name}), 1), max({key[0].name}) IS NOT NULL) FROM \"{table.name}\""))


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
