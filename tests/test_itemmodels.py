"""The paged table model base: pages fetched off the GUI thread, superseded answers dropped, Qt's rules kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ngo_desktop.models import Organisation
from ngo_desktop.views.itemmodels import PagedTableModel
from tests.bookings_fixtures import add_organisation


class _Names(PagedTableModel[str]):
    def first_page(self, database, limit):  # type: ignore[no-untyped-def]
        with database.read_session() as session:
            total = session.scalar(select(func.count(Organisation.id))) or 0
        return total, self.next_page(database, 0, limit)

    def next_page(self, database, offset, limit):  # type: ignore[no-untyped-def]
        with database.read_session() as session:
            return list(session.scalars(select(Organisation.name).order_by(Organisation.id).offset(offset).limit(limit)))

    def column_titles(self) -> list[str]:
        return ["Nosaukums"]

    def cell(self, row: str, column: int, role: int) -> object:
        return row if role == Qt.ItemDataRole.DisplayRole else None


def test_rows_arrive_page_by_page_and_keep_qts_model_rules(qtbot, qtmodeltester, database,
                                                           wait_for_operations) -> None:
    for number in range(7):
        add_organisation(database, f"Biedrība „Ērglis {number}”")
    model = _Names(database, page_rows=3)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.reload()
    assert model.total == 7 and model.rowCount() == 3
    while model.canFetchMore():
        model.fetchMore()
        wait_for_operations()
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == \
        [f"Biedrība „Ērglis {number}”" for number in range(7)]
    qtmodeltester.check(model)


def test_a_page_asked_for_before_a_reload_is_dropped(qtbot, database, wait_for_operations) -> None:
    for number in range(5):
        add_organisation(database, f"Nodibinājums „Ūdri {number}”")
    model = _Names(database, page_rows=2)
    model.reload()
    wait_for_operations()
    model.fetchMore()
    model.reload()  # e.g. the user typed a filter while the next page was on its way
    wait_for_operations()
    assert model.rowCount() == 2 and model.total == 5
