"""The sections of the main window, created only when first shown to keep start-up fast.

A section is a QWidget class taking ``(database, parent)`` that keeps the ``Section`` protocol; each
area of the program puts its section in ``ngo_desktop/views/<area>/section.py``.
"""

from __future__ import annotations

import importlib
import linecache
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ngo_desktop.database.changes import Changes
from ngo_desktop.database.core import Database


@runtime_checkable
class Section(Protocol):
    """What the main window asks of every section.

    ``watched_kinds`` are the kinds of record (table names) the section shows: a change to any of
    them, by this desk or another, calls ``refresh(changes)`` — but never while
    ``has_unsaved_edits()`` is true (an open form, an unsaved edit, a drag in progress): the window
    keeps the changes and applies them once it is false. ``save_layout()`` remembers column widths
    and splitters when the window closes.

    Two hooks are optional (the window looks for them, and greys out its menu item where one is
    missing): ``new_item()`` is what File → New (Ctrl+N) does in the section — a new booking, a
    new organisation, new premises; ``focus_search()`` puts the cursor in the section's search box
    for Edit → Find (Ctrl+F)."""

    watched_kinds: frozenset[str]

    def refresh(self, changes: Changes) -> None: ...

    def has_unsaved_edits(self) -> bool: ...

    def save_layout(self) -> None: ...


@dataclass(frozen=True)
class SectionInfo:
    key: str
    title_source: str  # English source text; shown through translate("Sections", …)
    module: str
    class_name: str
    icon: QStyle.StandardPixmap

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Sections", self.title_source)

    def create(self, database: Database, parent: QWidget | None = None) -> QWidget:
        section_class = getattr(importlib.import_module(self.module), self.class_name)
        # PySide6's import hook has read the whole source of every module imported since PySide6
        # (the section's too) into linecache, which keeps it for tracebacks: 2 MiB at the first
        # section. Dropped here, the memory serves the section's first answers instead; a traceback
        # reads the lines it needs again.
        linecache.clearcache()
        section = section_class(database, parent)
        assert isinstance(section, Section), f"{self.class_name} does not keep the Section protocol"
        return section


SECTIONS: tuple[SectionInfo, ...] = (
    SectionInfo("bookings", QT_TRANSLATE_NOOP("Sections", "Bookings"),
                "ngo_desktop.views.bookings.section", "BookingsSection",
                QStyle.StandardPixmap.SP_FileDialogDetailedView),
    SectionInfo("organisations", QT_TRANSLATE_NOOP("Sections", "Organisations"),
                "ngo_desktop.views.organisations.section", "OrganisationsSection",
                QStyle.StandardPixmap.SP_DirHomeIcon),
    SectionInfo("fairs", QT_TRANSLATE_NOOP("Sections", "Fairs & markets"),
                "ngo_desktop.views.fairs.section", "FairsSection",
                QStyle.StandardPixmap.SP_DesktopIcon),
    SectionInfo("premises", QT_TRANSLATE_NOOP("Sections", "Pop-up premises"),
                "ngo_desktop.views.premises.section", "PremisesSection",
                QStyle.StandardPixmap.SP_DriveNetIcon),
    SectionInfo("documents", QT_TRANSLATE_NOOP("Sections", "Documents"),
                "ngo_desktop.views.documents.section", "DocumentsSection",
                QStyle.StandardPixmap.SP_FileIcon),
    SectionInfo("reports", QT_TRANSLATE_NOOP("Sections", "Reports"),
                "ngo_desktop.views.reports.section", "ReportsSection",
                QStyle.StandardPixmap.SP_FileDialogContentsView),
)
