"""Printing: make any of the centre's documents from the database and note it in the register.

``DocumentRequest`` says which document and for what (a booking, a room and a day or week, a site
and a week, a fair and a day, paper); ``make_document`` reads the data, builds the PDF through the
per-document modules (bookings, fairs, directory) and records a
``PrintedDocument`` row with an audit entry, so the Documents section can list and rebuild it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, insert, select

from ngo_desktop import models
from ngo_desktop.database.core import Database
from ngo_desktop.errors import NotFound, ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.schema.documents import printed_document_table
from ngo_desktop.schema.enums import AuditAction
from ngo_desktop.schema.organisations import organisation_table
from ngo_desktop.schema.sites import room_table, site_table
from ngo_desktop.services import audit
from ngo_desktop.services.printing.common import (
    ACTIONS,
    KINDS,
    BuiltDocument,
    DocumentRequest,
    PrintedRecord,
)
from ngo_desktop.sorting import sort_key
from ngo_desktop.vocabulary import quoted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Each document's module, imported only when that document is made: a door sign from the command
# line need not load the fairs' and the directory's code (and what they import).
_BUILDERS: dict[str, tuple[str, str]] = {
    "booking-sheet": ("bookings", "booking_sheet"),
    "door-sign": ("bookings", "door_sign"),
    "week-schedule": ("bookings", "week_schedule"),
    "flyer": ("fairs", "flyer"),
    "stall-plan": ("fairs", "stall_plan"),
    "check-in": ("fairs", "check_in_sheet"),
    "directory": ("directory", "directory"),
}


# Under the user's data folder: the parsed fonts (documents/fonts.py).
FACE_CACHE_FOLDER = "font-cache"


def _builder(kind: str) -> Callable[[Database, DocumentRequest, dt.datetime | None], BuiltDocument]:
    module_name, function_name = _BUILDERS[kind]
    module = importlib.import_module(f"ngo_desktop.services.printing.{module_name}")
    return getattr(module, function_name)


def _check_paper(request: DocumentRequest) -> None:
    allowed = ("A4", "A5", "Letter") if request.kind == "flyer" else ("A4", "Letter")
    if request.paper not in allowed:
        raise ValidationFailed({"paper": translate(
            "Printing", "This document cannot be printed on {paper}; choose {choices}.").format(
            paper=request.paper, choices=", ".join(allowed))})


def make_document(database: Database, request: DocumentRequest, *, now: dt.datetime | None = None,
                  register: bool = True, action: str = "preview") -> BuiltDocument:
    """Build the PDF; with ``register`` (the default) note it in the register and the audit log.

    ``action`` says what the document was made for: "preview" in the window (printing or saving it
    from the preview is noted afterwards with ``record_output``), "save" from the command line.
    """
    if request.kind not in _BUILDERS:
        raise NotFound(translate("Printing", "There is no document called “{kind}”.").format(kind=request.kind))
    _check_paper(request)
    _keep_parsed_faces()
    built = _builder(request.kind)(database, request, now)
    if register:
        record_output(database, request, built, action)
    return built


def _keep_parsed_faces() -> None:
    """The fonts' measurements are kept in the user's data folder: a later process (the next door sign
    from the command line) loads them instead of parsing each font file again (issue #16)."""
    from ngo_desktop.documents.fonts import keep_parsed_faces_in
    from ngo_desktop.paths import data_dir, make_private_folder

    keep_parsed_faces_in(make_private_folder(data_dir() / FACE_CACHE_FOLDER))


def record_output(database: Database, request: DocumentRequest, built: BuiltDocument, action: str) -> None:
    """Note in the register (and the audit log) that ``built`` was previewed, printed or saved."""
    if action not in ACTIONS:
        raise ValueError(f"Unknown action {action!r}: use one of {', '.join(ACTIONS)}.")
    # Core, as a printing command's reads (docs/architecture.md); the row comes back as stored,
    # with its defaults, for the audit entry's snapshot.
    table = printed_document_table
    with database.write_connection() as connection:
        stored = connection.execute(insert(table).values(
            kind=request.kind, title=built.title[:300], parameters={**request.to_parameters(), "action": action},
            organisation_id=built.organisation_id, operator=database.operator).returning(*table.c)).one()
        audit.record_row(connection, operator=database.operator, action=AuditAction.PRINT, entity="printed_document",
                         entity_id=stored.id, summary=built.title, after=audit.snapshot_of_row(stored),
                         organisation_id=built.organisation_id, room_id=request.room_id)


def count_printed(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(printed_document_table)) or 0


def list_printed(database: Database, *, offset: int = 0, limit: int = 100) -> list[PrintedRecord]:
    """A page of the register, newest first (the id breaks ties between documents of the same second)."""
    with database.read_session() as session:
        return _printed_in(session, offset, limit)


def first_page_of_printed(database: Database, *, limit: int = 100) -> tuple[int, list[PrintedRecord]]:
    """How many documents the register holds and its first page, in one read: a page that is not
    full is all there is, so it is counted without asking again (a round trip to a server)."""
    with database.read_session() as session:
        rows = _printed_in(session, 0, limit)
        if len(rows) < limit:
            return len(rows), rows
        return session.scalar(select(func.count()).select_from(printed_document_table)) or 0, rows


def _printed_in(session: Session, offset: int, limit: int) -> list[PrintedRecord]:
    printed = models.PrintedDocument
    statement = (select(printed, organisation_table.c.name)
                 .outerjoin(organisation_table, organisation_table.c.id == printed.organisation_id)
                 .order_by(printed.created_at.desc(), printed.id.desc())
                 .offset(offset).limit(limit))
    return [PrintedRecord(document.id, document.kind, document.title, dict(document.parameters or {}),
                          organisation_name or "", document.operator, document.created_at)
            for document, organisation_name in session.execute(statement)]


def request_of(database: Database, printed_id: int) -> DocumentRequest:
    """The request that made a registered document, to make it again with today's data."""
    with database.read_session() as session:
        document = session.get(models.PrintedDocument, printed_id)
        if document is None:
            raise NotFound(translate("Printing", "That printed document is not in the register."))
        parameters = dict(document.parameters or {})
        parameters.setdefault("kind", document.kind)
    if parameters["kind"] not in KINDS:
        raise NotFound(translate("Printing", "Documents of this kind are made in their own section."))
    return DocumentRequest.from_parameters(parameters)


def find_site(database: Database, text: str) -> int:
    """A site's id from its number or its name (case does not matter), for the command line."""
    wanted = text.strip()
    site = site_table.c  # Core, as a printing command's every read (docs/architecture.md)
    with database.read_connection() as session:
        if wanted.isdigit() and session.scalar(select(site.id).where(site.id == int(wanted))) is not None:
            return int(wanted)
        # Compared in Python: SQLite's lower() leaves Latvian capitals (Š, Ā …) as they are.
        ids = [site_id for site_id, name in session.execute(select(site.id, site.name))
               if name.strip().casefold() == wanted.casefold()]
    if len(ids) != 1:
        raise NotFound(translate("Printing", "No site is called {name}. Give its exact name or ID.").format(
            name=quoted(wanted)))
    return ids[0]


# The sites and rooms the Documents section's pickers offer (services/printing/choices.py).
SITES = select(site_table.c.id, site_table.c.name).where(site_table.c.archived.is_(False))


def site_choices(rows: Iterable[Row[Any]]) -> list[tuple[int, str]]:
    return [(row.id, row.name) for row in sorted(rows, key=lambda row: sort_key(row.name))]


ROOMS = select(room_table.c.id, room_table.c.name, site_table.c.name.label("site")) \
    .join(site_table, site_table.c.id == room_table.c.site_id).where(room_table.c.archived.is_(False))


def room_choices(rows: Iterable[Row[Any]]) -> list[tuple[int, str]]:
    rows = sorted(rows, key=lambda row: (sort_key(row.site), sort_key(row.name)))
    return [(row.id, f"{row.site} — {row.name}") for row in rows]
