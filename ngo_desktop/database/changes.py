"""What a committed unit of work changed: the kinds of record (table names) and, where known, their ids.

One ``Changes`` value is announced after every commit, by this desk's own unit of work and, through
the change watcher, for other desks' commits. Every section of the window refreshes from it, so a
save in one section shows in the others on both databases. No Qt here: the database layer builds
these and the window relays them to the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# A kind that stands for "anything may have changed" (another desk's commit on SQLite, a restore).
EVERYTHING = "*"


@dataclass(frozen=True)
class Changes:
    """``kinds`` are table names; ``ids`` maps a kind to the ids known to have changed (a kind in
    ``kinds`` but not in ``ids`` changed in rows not known one by one, e.g. a bulk UPDATE)."""

    kinds: frozenset[str]
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    by_this_desk: bool = True

    @classmethod
    def everything(cls, *, by_this_desk: bool = False) -> Changes:
        return cls(frozenset({EVERYTHING}), {}, by_this_desk)

    @property
    def is_empty(self) -> bool:
        return not self.kinds

    def touches(self, kinds: Iterable[str]) -> bool:
        """True when any of ``kinds`` may have changed."""
        return EVERYTHING in self.kinds or not self.kinds.isdisjoint(kinds)

    def ids_of(self, kind: str) -> frozenset[int] | None:
        """The changed ids of ``kind``; None when they are not known one by one (or anything changed)."""
        if EVERYTHING in self.kinds or kind not in self.kinds:
            return None if EVERYTHING in self.kinds else frozenset()
        return self.ids.get(kind)

    def merged(self, other: Changes) -> Changes:
        """Both changes as one (for a section that waits until a form closes)."""
        ids: dict[str, frozenset[int]] = {}
        for kind in self.kinds | other.kinds:
            mine, theirs = self.ids.get(kind), other.ids.get(kind)
            # Unknown rows in either makes the kind's rows unknown.
            if (kind in self.kinds and mine is None) or (kind in other.kinds and theirs is None):
                continue
            ids[kind] = (mine or frozenset()) | (theirs or frozenset())
        return Changes(self.kinds | other.kinds, ids, self.by_this_desk and other.by_this_desk)


class ChangeCollector:
    """Gathers what one unit of work flushes; ``changes()`` gives the value to announce after commit."""

    def __init__(self) -> None:
        self._kinds: set[str] = set()
        self._ids: dict[str, set[int]] = {}
        self._unknown: set[str] = set()

    def record(self, kind: str, row_id: object) -> None:
        self._kinds.add(kind)
        if isinstance(row_id, int):
            self._ids.setdefault(kind, set()).add(row_id)
        else:
            self._unknown.add(kind)

    def record_unknown(self, kind: str) -> None:
        self._kinds.add(kind)
        self._unknown.add(kind)

    def changes(self) -> Changes:
        ids = {kind: frozenset(found) for kind, found in self._ids.items() if kind not in self._unknown}
        return Changes(frozenset(self._kinds), ids, True)
