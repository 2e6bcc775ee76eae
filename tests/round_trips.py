"""Counting a database's round trips in tests (issue #11: across town each costs 40 ms).

On PostgreSQL the count is taken from the wire: libpq's trace of every connection the database's
engines hand out, one round trip per ReadyForQuery the server sends (BEGIN, COMMIT and a pipeline of
several statements each end with one). Each round trip is named by the first word of the statements
it carried, e.g. "BEGIN", "SELECT", "SELECT+SELECT+SELECT" for three sent together. On SQLite
(no network) each statement, BEGIN, COMMIT and ROLLBACK counts as one, named the same way.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from psycopg import pq
from sqlalchemy import event

from ngo_desktop.database.core import Database

# A frontend message carrying SQL in libpq's trace: Query "SQL", or Parse "name" "SQL" ...
_SQL_SENT = re.compile(r'^F\t\d+\t(?:Query\t "|Parse\t "[^"]*" ")([^\s"]+)')


@contextmanager
def round_trips(database: Database) -> Iterator[list[str]]:
    """The round trips made while the block runs (the list is filled when it ends on PostgreSQL)."""
    trips: list[str] = []
    if database.is_sqlite:
        with _statements(database, trips):
            yield trips
        return
    with tempfile.TemporaryFile("w+") as trace:
        traced: list[Any] = []

        def checked_out(dbapi_connection: Any, _record: object, _proxy: object) -> None:  # noqa: ANN401
            dbapi_connection.pgconn.trace(trace.fileno())
            dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
            traced.append(dbapi_connection)

        def checked_in(dbapi_connection: Any, _record: object) -> None:  # noqa: ANN401
            if dbapi_connection in traced:
                dbapi_connection.pgconn.untrace()
                traced.remove(dbapi_connection)

        pools = {id(engine.pool): engine.pool for engine in (database.engine, database.write_engine)}.values()
        for pool in pools:
            event.listen(pool, "checkout", checked_out)
            event.listen(pool, "checkin", checked_in)
        try:
            yield trips
        finally:
            for pool in pools:
                event.remove(pool, "checkout", checked_out)
                event.remove(pool, "checkin", checked_in)
            for connection in traced:
                connection.pgconn.untrace()
            trace.seek(0)
            trips.extend(_trips_in(trace.read()))


def _trips_in(trace: str) -> list[str]:
    """Round trips named by their statements; "PREPARED" for one that ran a prepared statement."""
    trips, words = [], []
    for line in trace.splitlines():
        if sent := _SQL_SENT.match(line):
            words.append(sent.group(1).upper())
        elif line.startswith("F\t") and "\tBind\t" in line and not words:
            words.append("PREPARED")
        elif line.startswith("B") and "\tReadyForQuery\t" in line:
            trips.append("+".join(words))
            words = []
    return trips


@contextmanager
def _statements(database: Database, trips: list[str]) -> Iterator[None]:
    def statement(_connection, _cursor, text: str, *_rest) -> None:  # type: ignore[no-untyped-def]
        if not text.lstrip().upper().startswith("BEGIN"):  # SQLite's BEGIN is counted by the event below
            trips.append(text.split(None, 1)[0].upper())

    listeners = [("before_cursor_execute", statement), ("begin", lambda _c: trips.append("BEGIN")),
                 ("commit", lambda _c: trips.append("COMMIT")), ("rollback", lambda _c: trips.append("ROLLBACK"))]
    engines = {id(engine): engine for engine in (database.engine, database.write_engine)}.values()
    for engine in engines:
        for name, listener in listeners:
            event.listen(engine, name, listener)
    try:
        yield
    finally:
        for engine in engines:
            for name, listener in listeners:
                event.remove(engine, name, listener)
