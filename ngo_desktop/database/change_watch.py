"""Noticing that another front desk changed data, so views can refresh themselves.

This desk's own commits are announced straight from its unit of work (``Database.announce``); the
watcher reports the others', as the same ``Changes`` value.

PostgreSQL: every committed unit of work sends NOTIFY on ``db.CHANGES_CHANNEL`` with a JSON payload
of the sending Database's token and the kinds it changed; the watcher LISTENs on a connection of its
own and skips its own desk's notifications (already announced).
SQLite: ``PRAGMA data_version`` on a connection of its own changes whenever any other connection
commits to the file. After each of this desk's own commits the watcher reads it again at once, so
its own saves are not reported a second time a second later (a commit of another desk in the same
instant is then noticed with the next one; nothing else is lost).

``poll()`` never blocks; the window calls it from a timer every second.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from typing import Any

from sqlalchemy import make_url

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import CHANGES_CHANNEL, Database

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
        # The SQLite connection is read from the GUI thread (poll) and the worker (own commits).
        self._lock = threading.Lock()
        if database.sqlite_path is not None:
            self._sqlite = sqlite3.connect(database.sqlite_path, check_same_thread=False)
            self._last_version = self._data_version()
            database.add_change_listener(self._own_commit)
        elif not database.is_sqlite:
            self._listener = _listening_connection(database.url)

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])

    def _own_commit(self, _changes: Changes) -> None:
        with self._lock:
            if self._sqlite is not None:
                self._last_version = self._data_version()

    def poll(self) -> Changes | None:
        """What other desks changed since the previous poll, or None."""
        if self._sqlite is not None:
            with self._lock:
                version = self._data_version()
                changed = version != self._last_version
                self._last_version = version
            return Changes.everything() if changed else None
        if self._listener is None:
            if not self._server:
                return None
            # Lost earlier (a network blip): try again now, at most every RECONNECT_EVERY polls.
            self._polls_since_reconnect += 1
            if self._polls_since_reconnect < RECONNECT_EVERY:
                return None
            return self._reconnect()
        try:
            notes = list(self._listener.notifies(timeout=0))
        except Exception:  # noqa: BLE001 - the server went away: reconnect and assume a change
            return self._reconnect()
        kinds: set[str] = set()
        for note in notes:
            sender, note_kinds = _parse_payload(note.payload)
            if sender != self._database.sender:
                kinds.update(note_kinds)
        return Changes(frozenset(kinds), {}, by_this_desk=False) if kinds else None

    def _reconnect(self) -> Changes | None:
        """Everything, once listening again (changes may have been missed meanwhile)."""
        with contextlib.suppress(Exception):  # closing a broken connection
            if self._listener is not None:
                self._listener.close()
        self._listener = None
        self._polls_since_reconnect = 0
        try:
            self._listener = _listening_connection(self._database.url)
        except Exception:  # noqa: BLE001 - still away; poll() tries again later
            return None
        return Changes.everything()

    def close(self) -> None:
        self._database.remove_change_listener(self._own_commit)
        for connection in (self._sqlite, self._listener):
            if connection is not None:
                with contextlib.suppress(Exception):  # closing a broken connection
                    connection.close()
        self._sqlite = None
        self._listener = None
        self._server = False  # closed on purpose: do not listen again


def _parse_payload(payload: str) -> tuple[str, set[str]]:
    """(sender, kinds) of a notification; a payload of an older version is only the sender."""
    try:
        parsed = json.loads(payload)
        return str(parsed["sender"]), {str(kind) for kind in parsed["kinds"]}
    except (ValueError, KeyError, TypeError):
        return payload, {"*"}


def _listening_connection(url: str) -> Any:
    import psycopg

    parsed = make_url(url).set(drivername="postgresql")
    connection = psycopg.connect(parsed.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
    return connection
