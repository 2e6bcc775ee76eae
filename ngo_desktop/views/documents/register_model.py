"""The printed documents' register as a table model: newest first, loaded a page at a time off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ngo_desktop.database.core import Database
from ngo_desktop.services.printing.register import PrintedRecord, first_page_of_printed, list_printed
from ngo_desktop.timeutil import format_date, format_time, to_local
from ngo_desktop.views.table_place import KeepRows
from ngo_desktop.vocabulary import document_kind_label

PAGE_SIZE = 200


def action_name(action: str) -> str:
    """What was done with the document, in the user's language; "" for entries older than the column."""
    names = {
        "preview": QCoreApplication.translate("DocumentActions", "Previewed"),
        "print": QCoreApplication.translate("DocumentActions", "Printed"),
        "save": QCoreApplication.translate("DocumentActions", "Saved as PDF"),
    }
    return names.get(action, "")


class RegisterModel(KeepRows[PrintedRecord]):
    """The register, newest first; ``reload()``/``refresh()`` read it on the worker thread."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(database, parent, page_rows=PAGE_SIZE)

    def first_page(self, database: Database, limit: int) -> tuple[int, list[PrintedRecord]]:
        return first_page_of_printed(database, limit=self.first_page_limit(limit))

    def next_page(self, database: Database, offset: int, limit: int) -> list[PrintedRecord]:
        return list_printed(database, offset=offset, limit=limit)

    def column_titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Document"), self.tr("Title"), self.tr("Organisation"), self.tr("Printed by"),
                self.tr("Done")]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt's name)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # No row numbers: a printed document is named by when it was printed.
        if orientation != Qt.Orientation.Horizontal:
            return None
        return super().headerData(section, orientation, role)

    def cell(self, record: PrintedRecord, column: int, role: int) -> object:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            local = to_local(record.created_at)
            return f"{format_date(local.date())} {format_time(local)}"
        return (None, document_kind_label(record.kind), record.title, record.organisation_name, record.operator,
                action_name(record.action))[column]
