"""The vendor-days of a fair as a Qt table model: filtered, sorted and paged by the database.

Holds one page at a time (``BATCH``) and fetches more as the view scrolls; rows can be dragged
onto a stall of the plan (the drag carries the application day id).
"""

from __future__ import annotations

import enum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ngo_desktop.db import Database
from ngo_desktop.models import ApplicationStatus, CheckIn, PaymentStatus
from ngo_desktop.money import format_cents
from ngo_desktop.services.vendors import (
    ApplicationFilter,
    ApplicationRow,
    count_applications,
    get_application_day,
    list_applications,
    set_check_in,
)
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.fairs.labels import category_label, check_in_label, payment_label, status_label
from ngo_desktop.views.fairs.plan_scene import APPLICATION_DAY_MIME

BATCH = 200
Index = QModelIndex | QPersistentModelIndex


class Column(enum.Enum):
    ORGANISATION = QT_TRANSLATE_NOOP("ApplicationsModel", "Vendor")
    DAY = QT_TRANSLATE_NOOP("ApplicationsModel", "Day")
    CATEGORY = QT_TRANSLATE_NOOP("ApplicationsModel", "Category")
    GOODS = QT_TRANSLATE_NOOP("ApplicationsModel", "Sells")
    POWER = QT_TRANSLATE_NOOP("ApplicationsModel", "Power")
    STATUS = QT_TRANSLATE_NOOP("ApplicationsModel", "Status")
    STALL = QT_TRANSLATE_NOOP("ApplicationsModel", "Stall")
    FEE = QT_TRANSLATE_NOOP("ApplicationsModel", "Fee")
    PAYMENT = QT_TRANSLATE_NOOP("ApplicationsModel", "Payment")
    ARRIVED = QT_TRANSLATE_NOOP("ApplicationsModel", "Arrived")
    CONTACT = QT_TRANSLATE_NOOP("ApplicationsModel", "Contact")


ALL_COLUMNS = (Column.ORGANISATION, Column.DAY, Column.CATEGORY, Column.GOODS, Column.POWER, Column.STATUS,
               Column.STALL, Column.FEE, Column.PAYMENT)
STATUS_COLOURS = {ApplicationStatus.ACCEPTED: QColor("#2e7d32"), ApplicationStatus.WAITLISTED: QColor("#ef6c00"),
                  ApplicationStatus.REJECTED: QColor("#9e9e9e"), ApplicationStatus.CANCELLED: QColor("#9e9e9e")}


class ApplicationsModel(QAbstractTableModel):
    """``_rows`` is the loaded part of the list, ``_total`` how many match the filter; ``_criteria``
    the filter (None until a fair is chosen)."""

    def __init__(self, database: Database, columns: tuple[Column, ...] = ALL_COLUMNS, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.database = database
        self.columns = columns
        self._criteria: ApplicationFilter | None = None
        self._rows: list[ApplicationRow] = []
        self._total = 0

    # --- loading -----------------------------------------------------------------------------------
    def set_filter(self, criteria: ApplicationFilter | None) -> None:
        self.beginResetModel()
        try:
            self._criteria = criteria
            self._rows = []
            self._total = 0
            if criteria is not None:
                self._total = count_applications(self.database, criteria)
                self._rows = list_applications(self.database, criteria, limit=BATCH)
        finally:
            self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._criteria)

    def criteria(self) -> ApplicationFilter | None:
        return self._criteria

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self._criteria is None or parent.isValid():
            return
        more = list_applications(self.database, self._criteria, offset=len(self._rows), limit=BATCH)
        if not more:
            self._total = len(self._rows)
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def refresh_row(self, row: int) -> None:
        """Re-read one row after a change made through the services."""
        self._rows[row] = get_application_day(self.database, self._rows[row].application_day_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_of(self, application_day_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.application_day_id == application_day_id:
                return number
        return -1

    # --- the table ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ApplicationsModel", self.columns[section].value)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.application_day_id
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return STATUS_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.ARRIVED:
            return Qt.CheckState.Checked if row.check_in == CheckIn.ARRIVED else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.FEE and row.fee_reduction_reason:
            return row.fee_reduction_reason
        return None

    def _text(self, row: ApplicationRow, column: Column) -> str:
        if column is Column.ORGANISATION:
            return row.organisation
        if column is Column.DAY:
            return format_date(row.day)
        if column is Column.CATEGORY:
            return category_label(row.category)
        if column is Column.GOODS:
            return row.goods
        if column is Column.POWER:
            return QCoreApplication.translate("ApplicationsModel", "needs power") if row.needs_power else ""
        if column is Column.STATUS:
            text = status_label(row.status)
            if row.status == ApplicationStatus.WAITLISTED and row.waitlist_position:
                text = f"{text} ({row.waitlist_position})"
            if row.offered:
                text += " — " + QCoreApplication.translate("ApplicationsModel", "place offered")
            return text
        if column is Column.STALL:
            return row.stall_number or ""
        if column is Column.FEE:
            return format_cents(row.fee_cents) if row.stall_number or row.fee_cents else ""
        if column is Column.PAYMENT:
            if row.payment_status == PaymentStatus.PAID and row.paid_on:
                return f"{payment_label(row.payment_status)} {format_date(row.paid_on)}"
            return payment_label(row.payment_status)
        if column is Column.ARRIVED:
            return check_in_label(row.check_in)
        if column is Column.CONTACT:
            return row.contact or ""
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Ticking the Arrived box checks the vendor in (unticking marks a no-show)."""
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self.columns[index.column()] is not Column.ARRIVED:
            return False
        arrived = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        row = self._rows[index.row()]
        set_check_in(self.database, row.application_day_id, CheckIn.ARRIVED if arrived else CheckIn.NO_SHOW)
        self.refresh_row(index.row())
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()] is Column.ARRIVED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if self.columns[index.column()] is Column.STALL and self._rows[index.row()].status == ApplicationStatus.ACCEPTED:
            flags |= Qt.ItemFlag.ItemIsEditable  # edited by StallPickerDelegate, which calls the services
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [APPLICATION_DAY_MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        mime = QMimeData()
        if indexes:
            mime.setData(APPLICATION_DAY_MIME, str(self._rows[indexes[0].row()].application_day_id).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
