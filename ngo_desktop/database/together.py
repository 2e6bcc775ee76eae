"""Several independent reads sent to a server at once: one round trip instead of one each.

Across town every statement waits for the network (40 ms there and back through the bench's
proxy). A page that shows a handful of lists asks a handful of questions that do not depend on each
other; psycopg's pipeline mode sends them all and then waits once for all their answers
(https://www.psycopg.org/psycopg3/docs/advanced/pipeline.html). SQLAlchemy reads a statement's
answer as soon as it is sent, so the statements are compiled by SQLAlchemy and run on the driver's
cursors here, and each value goes through its column type's own conversion (enums, UTC times) as
SQLAlchemy would do it. On SQLite (no network) and any other driver they simply run one after another;
the rows are the same either way (tests/test_organisation_round_trips.py runs both).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import BindParameter, Connection, Row, Select
from sqlalchemy.engine import Dialect, IteratorResult
from sqlalchemy.engine.result import SimpleResultMetaData
from sqlalchemy.orm import Session


def read_together(session_or_connection: Any, statements: Sequence[Select[Any]]) -> list[list[Row[Any]]]:  # noqa: ANN401
    """The rows of each statement, in the caller's session (or connection): on PostgreSQL with
    psycopg all of them in one round trip, elsewhere one statement after another."""
    if isinstance(session_or_connection, Session) and session_or_connection.autoflush:
        session_or_connection.flush()  # what the session holds unsaved is seen, as by session.execute
    connection: Connection = session_or_connection if isinstance(session_or_connection, Connection) \
        else session_or_connection.connection()
    if connection.dialect.name != "postgresql" or connection.dialect.driver != "psycopg":
        return [list(connection.execute(statement)) for statement in statements]
    dialect = connection.dialect
    driver = connection.connection.driver_connection
    assert driver is not None
    sent = []
    try:
        with driver.pipeline():
            for statement in statements:
                compiled = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
                parameters = {name: _converter(_bound(compiled.binds, name).type, dialect, bind=True)(value)
                              for name, value in compiled.construct_params().items()}
                cursor = driver.cursor()
                cursor.execute(str(compiled), parameters)
                sent.append((cursor, statement))
    except Exception:
        if driver.broken:
            # As SQLAlchemy does with a connection the server or the network dropped: not given back
            # to the pool for the next call to fail on.
            connection.invalidate()
        raise
    answers = []
    for cursor, statement in sent:
        columns = list(statement.selected_columns)
        raw_rows = cursor.fetchall()
        assert cursor.description is not None
        # The server's type of each column decides some conversions (a float or a decimal number).
        converters = [_converter(column.type, dialect, bind=False, server_type=described.type_code)
                      for column, described in zip(columns, cursor.description, strict=True)]
        rows = [tuple(convert(value) for convert, value in zip(converters, raw, strict=True)) for raw in raw_rows]
        cursor.close()
        answers.append(list(IteratorResult(SimpleResultMetaData([column.key for column in columns]), iter(rows))))
    return answers


def _bound(binds: dict[str, BindParameter[Any]], name: str) -> BindParameter[Any]:
    """The parameter a value belongs to: ``IN (...)`` rendered for its list names each value
    ``<name>_1``, ``<name>_2``... after the one parameter that holds the list (and its type)."""
    return binds[name] if name in binds else binds[name.rsplit("_", 1)[0]]


def _converter(type_: Any, dialect: Dialect, *, bind: bool, server_type: object = None) -> Callable[[Any], Any]:  # noqa: ANN401
    """The column type's conversion of a value to the driver (``bind``) or from it, as SQLAlchemy does."""
    implementation = type_.dialect_impl(dialect)
    process = implementation.bind_processor(dialect) if bind else implementation.result_processor(dialect, server_type)
    return process if process is not None else _as_it_is


def _as_it_is(value: object) -> object:
    return value
