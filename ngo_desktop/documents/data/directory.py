"""The organisation directory by field of activity. See ``ngo_desktop.documents.data`` for what these inputs hold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ngo_desktop.documents.data import CentreInfo


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    name: str
    legal_form: str = ""
    registration_number: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class DirectoryGroup:
    """A field of activity and its organisations, already in Latvian alphabetical order."""

    field_of_activity: str
    entries: tuple[DirectoryEntry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectoryData:
    """The organisation directory; ``subtitle`` says what it covers ("Members, as of 05.03.2026")."""

    centre: CentreInfo
    printed: str
    subtitle: str = ""
    groups: tuple[DirectoryGroup, ...]
    labels: Mapping[str, str] = field(default_factory=dict)
