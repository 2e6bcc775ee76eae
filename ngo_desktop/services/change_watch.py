"""Noticing that another front desk changed data, so views can refresh themselves.

PostgreSQL: every committed unit of work sends NOTIFY on ``db.CHANGES_CHANNEL`` with the sending
Database's token; the watcher LISTENs on a connection of its own and ignores its own desk's token.
SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever any other connection
(another desk, or this program's own pool) commits to the file — one tiny read per poll.

``poll()`` never blocks; the main window calls it from a timer every second.
"""

from __future__ import annotations

import contextlib
import sqlite3
from typing import Any

from sqlalchemy import make_url

from ngo_desktop.db import CHANGES_CHANNEL, Database

RECONNECT_EVERY = 5  # polls (seconds) between attempts to listen again after losing the server


class ChangeWatcher:
    """Private attributes: ``_sqlite`` (a connection for data_version) or ``_listener`` (a psycopg
    connection LISTENing), ``_last_version``, the data_version seen by the previous poll,
    ``_server`` whether this is a server database, and ``_polls_since_reconnect`` for pacing
    attempts to listen again after the server was lost."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._sqlite: sqlite3.Connection | None = None
        self._listener: Any = None
        self._last_version: int | None = None
        self._server = not database.is_sqlite
        self._polls_since_reconnect = 0
        if database.sqlite_path is not None:
            self._sqlite = sqlite3.connect(database.sqlite_path, check_same_thread=False)
            self._last_version = self._data_version()
        elif not database.is_sqlite:
            self._listener = _listening_connection(database.url)

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def poll(self) -> bool:
        """True when data changed since the previous poll (on PostgreSQL: changed by another desk)."""
        if self._sqlite is not None:
            version = self._data_version()
            changed = version != self._last_version
            self._last_version = version
            return changed
        if self._listener is None:
            if not self._server:
                return False
            # Lost earlier (a network blip): try again now, at most every RECONNECT_EVERY polls.
            self._polls_since_reconnect += 1
            if self._polls_since_reconnect < RECONNECT_EVERY:
                return False
            return self._reconnect()
        try:
            notes = list(self._listener.notifies(timeout=0))
        except Exception:  # noqa: BLE001 - the server went away: reconnect and assume a change
            return self._reconnect()
        return any(note.payload != self._database.sender for note in notes)

    def _reconnect(self) -> bool:
        """True when listening again (changes may have been missed meanwhile, so say "changed")."""
        with contextlib.suppress(Exception):  # closing a broken connection
            if self._listener is not None:
                self._listener.close()
        self._listener = None
        self._polls_since_reconnect = 0
        try:
            self._listener = _listening_connection(self._database.url)
        except Exception:  # noqa: BLE001 - still away; poll() tries again later
            return False
        return True

    def close(self) -> None:
        for connection in (self._sqlite, self._listener):
            if connection is not None:
                with contextlib.suppress(Exception):  # closing a broken connection
                    connection.close()
        self._sqlite = None
        self._listener = None
        self._server = False  # closed on purpose: do not listen again


def _listening_connection(url: str) -> Any:
    import psycopg

    parsed = make_url(url).set(drivername="postgresql")
    connection = psycopg.connect(parsed.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
    return connection
