"""Read-only tabs of what the centre has with an organisation: bookings, fairs, tenancies, documents.

The history is read on the worker thread with the rest of the page
(``services.organisations.page``); ``history_tabs`` builds the tables from it, on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ngo_desktop.i18n import translate
from ngo_desktop.money import format_cents
from ngo_desktop.services.organisations.history import History
from ngo_desktop.timeutil import format_date, format_span, to_local
from ngo_desktop.vocabulary import document_kind_label, label


def _table(headers: list[str], rows: list[list[str]], parent: QWidget | None) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def history_tabs(history: History, parent: QWidget | None = None) -> list[tuple[str, QTableWidget]]:
    """(tab title with its count, table) for each kind of history, newest first."""
    bookings, fairs, tenancies, documents = history.bookings, history.fairs, history.tenancies, history.documents
    # Counts in plain variables: lupdate misses a plural whose count is a call such as len(…).
    booking_count, fair_count = len(bookings), len(fairs)
    tenancy_count, document_count = len(tenancies), len(documents)
    bookings_title = translate("OrganisationHistory", "Bookings (%n)", "", booking_count)
    fairs_title = translate("OrganisationHistory", "Fairs (%n)", "", fair_count)
    tenancies_title = translate("OrganisationHistory", "Tenancies (%n)", "", tenancy_count)
    documents_title = translate("OrganisationHistory", "Documents (%n)", "", document_count)
    bookings_table = _table(
        [translate("OrganisationHistory", "When"), translate("OrganisationHistory", "Room"),
         translate("OrganisationHistory", "Status"), translate("OrganisationHistory", "Price"),
         translate("OrganisationHistory", "Contact"), translate("OrganisationHistory", "Title")],
        [[format_span(item.starts_at, item.ends_at), item.room, label(item.status),
          format_cents(item.price_cents), item.contact, item.title] for item in bookings], parent)
    fairs_table = _table(
        [translate("OrganisationHistory", "Day"), translate("OrganisationHistory", "Fair"),
         translate("OrganisationHistory", "Status"), translate("OrganisationHistory", "Stall"),
         translate("OrganisationHistory", "Fee")],
        [[format_date(item.day), item.fair, label(item.status), item.stall, format_cents(item.fee_cents)]
         for item in fairs], parent)
    tenancies_table = _table(
        [translate("OrganisationHistory", "From"), translate("OrganisationHistory", "Until"),
         translate("OrganisationHistory", "Premises"), translate("OrganisationHistory", "Activity")],
        [[format_date(item.starts_on), format_date(item.ended_early_on or item.ends_on), item.premises,
          item.activity] for item in tenancies], parent)
    documents_table = _table(
        [translate("OrganisationHistory", "Printed"), translate("OrganisationHistory", "Document"),
         translate("OrganisationHistory", "By"), translate("OrganisationHistory", "Title")],
        [[format_date(to_local(item.created_at).date()), document_kind_label(item.kind), item.operator, item.title]
         for item in documents], parent)
    return [(bookings_title, bookings_table), (fairs_title, fairs_table),
            (tenancies_title, tenancies_table), (documents_title, documents_table)]
