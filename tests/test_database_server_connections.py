"""Connections to a PostgreSQL server: one that lay idle is checked before use, one just used is not."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from ngo_desktop.database import core
from ngo_desktop.database.core import open_database


def _drop(url: str, backend: int) -> None:
    """As a server restart or a dropped network would: the program's connection ends."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            assert connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend}).scalar_one()
    finally:
        engine.dispose()


def _read(database) -> int:  # type: ignore[no-untyped-def]
    """The server process that answered a read."""
    with database.read_session() as session:
        return int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_dropped_while_idle_is_replaced_before_it_is_used(postgres_url, monkeypatch) -> None:
    monkeypatch.setattr(core, "PING_AFTER_IDLE_S", 0.0)  # every connection given back counts as idle
    database = open_database(postgres_url, operator="tester", migrate=False)
    try:
        first = _read(database)
        _drop(postgres_url, first)
        assert _read(database) != first
    finally:
        database.dispose()


def test_a_connection_used_moments_ago_is_used_without_a_check(postgres_url, monkeypatch) -> None:
    monkeypatch.setattr(core, "PING_AFTER_IDLE_S", 3600.0)
    database = open_database(postgres_url, operator="tester", migrate=False)
    try:
        first = _read(database)
        _drop(postgres_url, first)
        # Not checked, so the dropped connection is found out by the read itself (the round trip a
        # check before every use would cost is saved); SQLAlchemy then drops the pool and the
        # next read connects afresh.
        with pytest.raises(OperationalError):
            _read(database)
        assert _read(database) != first
    finally:
        database.dispose()


def test_a_read_sends_no_begin_or_rollback_and_a_unit_of_work_is_still_one_transaction(postgres_url) -> None:
    # Across town each statement is a round trip: a read's BEGIN and ROLLBACK were two of a short
    # read's four (issue #11). Under READ COMMITTED every statement has its own snapshot anyway.
    from sqlalchemy import event

    database = open_database(postgres_url, operator="tester", migrate=False)
    sent: list[str] = []

    def record(_connection, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        sent.append(statement.split()[0].upper())

    try:
        for engine in {database.engine, database.write_engine}:  # one engine on a server
            event.listen(engine, "before_cursor_execute", record)
        with database.read_session() as session:
            assert session.execute(text("SELECT 1")).scalar_one() == 1
            dbapi = session.connection().connection.dbapi_connection
            assert dbapi.info.transaction_status.name == "IDLE"  # no transaction left open on the server
        assert sent == ["SELECT"]
        sent.clear()
        with database.unit_of_work() as session:
            session.execute(text("CREATE TEMPORARY TABLE scratch (n int)"))
            session.execute(text("INSERT INTO scratch VALUES (1)"))
            dbapi = session.connection().connection.dbapi_connection
            assert dbapi.info.transaction_status.name == "INTRANS"  # a write is still one transaction
    finally:
        database.dispose()


def test_writes_share_the_reads_connection_and_nothing_is_prepared_in_a_round_trip_of_its_own(postgres_url) -> None:
    # Across town a first save used to open the write engine's own first connection (about half a
    # second), and psycopg prepared a statement run a fifth time in a round trip of its own.
    from tests.round_trips import round_trips

    database = open_database(postgres_url, operator="tester", migrate=False)
    try:
        reader = _read(database)
        with database.unit_of_work() as session:
            assert int(session.execute(text("SELECT pg_backend_pid()")).scalar_one()) == reader
        with round_trips(database) as sent:
            for number in range(7):
                with database.read_session() as session:
                    assert session.execute(text("SELECT :number + 1"), {"number": number}).scalar_one() == number + 1
        assert sent == ["SELECT"] * 7
    finally:
        database.dispose()


def test_reads_sent_together_on_a_dropped_connection_refuse_that_call_only(postgres_url) -> None:
    import psycopg
    from sqlalchemy import literal, select

    from ngo_desktop.database.together import read_together

    database = open_database(postgres_url, operator="tester", migrate=False)
    try:
        _drop(postgres_url, _read(database))
        with pytest.raises(psycopg.OperationalError), database.read_session() as session:
            read_together(session, (select(literal(1)), select(literal(2))))
        with database.read_session() as session:  # the dropped connection was not given back
            assert read_together(session, (select(literal(1)), select(literal(2)))) == [[(1,)], [(2,)]]
    finally:
        database.dispose()
