"""The sections of the main window, created only when first shown to keep start-up fast.

A section is a QWidget class taking ``(database, parent)``; each area of the program puts its
section in ``ngo_desktop/views/<area>/section.py``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QStyle, QWidget

from ngo_desktop.db import Database


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
        return section_class(database, parent)


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
)
