"""The vendor-days of a fair as a Qt table model: filtered, sorted and paged by the database.

A ``PagedTableModel``: the count and each page are read on the worker (``set_filter`` returns at
once, ``loaded`` says when the rows are there) and more rows come as the view scrolls; rows can be
dragged onto a stall of the plan (the drag carries the application day id).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ngo_desktop.database.core import Database
from ngo_desktop.models import ApplicationStatus, CheckIn, PaymentStatus
from ngo_desktop.money import format_cents
from ngo_desktop.services.fairs.vendors import (
    ApplicationFilter,
    ApplicationRow,
    FairVendors,
    StateChange,
    first_page_of_applications,
    get_application_day,
    list_applications,
    open_fair_vendors,
    set_check_in,
    with_state_change,
)
from ngo_desktop.timeutil import format_date
from ngo_desktop.views.fairs.plan_scene import APPLICATION_DAY_MIME
from ngo_desktop.views.itemmodels import PAGE_ROWS, PagedTableModel
from ngo_desktop.views.operations import Operation
from ngo_desktop.views.undo_steps import record_day_states
from ngo_desktop.vocabulary import (
    application_status_label,
    check_in_label,
    payment_label,
    vendor_category_label,
)

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


class ApplicationsModel(PagedTableModel[ApplicationRow]):
    """``_criteria`` is the filter (None until a fair is chosen: no rows)."""

    def __init__(self, database: Database, columns: tuple[Column, ...] = ALL_COLUMNS,
                 parent: QObject | None = None, *, page_rows: int = PAGE_ROWS) -> None:
        super().__init__(database, parent, page_rows=page_rows)
        self.columns = columns
        self._criteria: ApplicationFilter | None = None

    # --- loading (on the worker) -----------------------------------------------------------------
    def set_filter(self, criteria: ApplicationFilter | None) -> None:
        """Show the rows matching ``criteria``; they arrive with ``loaded``."""
        self._criteria = criteria
        self.reload()

    def open_fair(self, criteria: ApplicationFilter, shown: Callable[[FairVendors], None]) -> None:
        """Show a fair's rows read in one go with its days (``shown`` gets both, before ``loaded``);
        through the model's own queue, so an older filter's answer cannot land after it."""
        limit = self._page_rows

        def show(answer: FairVendors) -> None:
            self._criteria = answer.criteria
            shown(answer)
            self._show_first_page((answer.total, answer.rows))

        self._loads.request(lambda database: open_fair_vendors(database, criteria, limit=limit), show)

    @property
    def page_rows(self) -> int:
        return self._page_rows

    def show_read(self, criteria: ApplicationFilter, page: tuple[int, list[ApplicationRow]]) -> None:
        """Show the count and first rows of ``criteria`` read along with something else (nothing is
        read again); through the model's own queue, so an older filter's answer cannot land after."""
        self._criteria = criteria
        self._loads.request(lambda _database: page, self._show_first_page)

    def criteria(self) -> ApplicationFilter | None:
        return self._criteria

    def first_page(self, database: Database, limit: int) -> tuple[int, list[ApplicationRow]]:
        criteria = self._criteria
        if criteria is None:
            return 0, []
        return first_page_of_applications(database, criteria, limit=limit)

    def next_page(self, database: Database, offset: int, limit: int) -> list[ApplicationRow]:
        criteria = self._criteria
        return [] if criteria is None else list_applications(database, criteria, offset=offset, limit=limit)

    def refresh_row(self, application_day_id: int) -> None:
        """Re-read one vendor-day after a change made through the services (its row updates when the
        answer comes, wherever the row is by then)."""
        def show(fresh: ApplicationRow) -> None:
            row = self.row_of(application_day_id)
            if row >= 0:
                self.rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

        Operation(self, self._database, lambda database: get_application_day(database, application_day_id)) \
            .success(show).run()

    def row_of(self, application_day_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row.application_day_id == application_day_id:
                return number
        return -1

    # --- the table ----------------------------------------------------------------------------------
    def column_titles(self) -> list[str]:
        return [self._title(column) for column in self.columns]

    def column_count(self) -> int:
        return len(self.columns)

    def column_title(self, section: int) -> str | None:
        return self._title(self.columns[section]) if 0 <= section < len(self.columns) else None

    @staticmethod
    def _title(column: Column) -> str:
        return QCoreApplication.translate("ApplicationsModel", column.value)

    def cell(self, row: ApplicationRow, column_number: int, role: int) -> Any:
        column = self.columns[column_number]
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
            return vendor_category_label(row.category)
        if column is Column.GOODS:
            return row.goods
        if column is Column.POWER:
            return QCoreApplication.translate("ApplicationsModel", "needs power") if row.needs_power else ""
        if column is Column.STATUS:
            text = application_status_label(row.status)
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
        row = self.rows[index.row()]
        application_day_id = row.application_day_id
        check_in = CheckIn.ARRIVED if arrived else CheckIn.NO_SHOW
        text = (self.tr("Mark %1 as arrived") if arrived else self.tr("Mark %1 as a no-show")).replace(
            "%1", row.organisation)

        def saved(answer: tuple[None, StateChange]) -> None:
            owner = self.parent()
            if isinstance(owner, QWidget):
                record_day_states(owner, self._database, text, answer[1])
            self.refresh_row(application_day_id)

        Operation(self, self._database, lambda database: with_state_change(
            database, [application_day_id], lambda db: set_check_in(db, application_day_id, check_in))) \
            .success(saved).run()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()] is Column.ARRIVED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row = self.row_at(index.row())
        if self.columns[index.column()] is Column.STALL and row is not None and row.status == ApplicationStatus.ACCEPTED:
            flags |= Qt.ItemFlag.ItemIsEditable  # edited by StallPickerDelegate, which calls the services
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [APPLICATION_DAY_MIME]

    def mimeData(self, indexes) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        mime = QMimeData()
        if indexes:
            mime.setData(APPLICATION_DAY_MIME, str(self.rows[indexes[0].row()].application_day_id).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
