"""The organisation's page talks to the database in few round trips (issue #11).

On a server across town every statement is a round trip (40 ms there and back), BEGIN, COMMIT and
ROLLBACK included. The page used to be read by seven transactions (23 round trips on PostgreSQL)
and a save read it all again afterwards (30). These tests count what the real dialog sends on a real
database and fail if it grows back.
"""

from __future__ import annotations

from ngo_desktop.services.organisations.registry import (
    ContactData,
    OrganisationData,
    create_organisation,
    get_organisation,
)
from ngo_desktop.views.organisations.dialog import OrganisationDialog
from tests.organisations_fixtures import add_booking
from tests.round_trips import round_trips

# What each step may cost at most (tests/round_trips.py counts them). SQLite: BEGIN, the organisation
# with its contacts, its fields (a statement of their own there: registry._with_contacts_and_fields),
# the four history tabs, "has history", the known fields, ROLLBACK. PostgreSQL: the organisation with
# its contacts and fields in one statement, then the page's six other questions sent together
# (database/together.py); a read has no BEGIN and ROLLBACK there.
OPEN_ROUND_TRIPS = {"sqlite": 10, "postgresql": 2}
# BEGIN, the organisation with its contacts and fields (the version check), COMMIT.
UNCHANGED_SAVE_ROUND_TRIPS = {"sqlite": 4, "postgresql": 3}
# ... plus the organisation's UPDATE, its audit entry's INSERT and, on PostgreSQL, the change notice.
CHANGED_SAVE_ROUND_TRIPS = {"sqlite": 6, "postgresql": 6}


def test_opening_and_saving_the_page_stays_within_its_round_trips(qtbot, database, wait_for_operations) -> None:
    organisation_id = create_organisation(database, OrganisationData(
        name="Biedrība „Sudrabs”", registration_number="40008000001", fields=("Jaunatne", "Kultūra"),
        contacts=(ContactData(name="Anna Bērziņa", phone="29111222"), ContactData(name="Jānis Ozols")),
    )).id
    add_booking(database, organisation_id)
    backend = database.engine.dialect.name

    with round_trips(database) as sent:
        dialog = OrganisationDialog(database, organisation_id)
        qtbot.addWidget(dialog)
        wait_for_operations()
    assert len(sent) <= OPEN_ROUND_TRIPS[backend], sent
    assert dialog.form.name.text() == "Biedrība „Sudrabs”" and dialog.tabs.count() > 2
    assert len(dialog._data.contacts) == 2 and not dialog.delete_button.isVisibleTo(dialog)
    assert "(1)" in dialog.tabs.tabText(2)  # the booking's tab, read in the same go

    dialog.show()
    with round_trips(database) as sent:
        dialog.save()
        wait_for_operations()
    assert len(sent) <= UNCHANGED_SAVE_ROUND_TRIPS[backend], sent
    assert sent[0] == "BEGIN" and sent[-1] == "COMMIT"

    dialog.form.phone.setText("67111222")
    with round_trips(database) as sent:
        dialog.save()
        wait_for_operations()
    assert len(sent) <= CHANGED_SAVE_ROUND_TRIPS[backend], sent
    saved = get_organisation(database, organisation_id)
    # The form shows what was written without reading it back: its version lets the next save through.
    assert "67111222" in saved.phone.replace(" ", "") and saved.version == 2
    assert dialog._data == saved and not dialog.has_unsaved_changes()
    dialog.form.phone.setText("67111333")
    dialog.save()
    wait_for_operations()
    assert "67111333" in get_organisation(database, organisation_id).phone.replace(" ", "")


def test_a_new_organisation_is_checked_for_look_alikes_and_saved_in_one_transaction(
        qtbot, database, wait_for_operations, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    existing = create_organisation(database, OrganisationData(name="Biedrība „Sudrabs”")).id
    dialog = OrganisationDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog.show()
    dialog.form.name.setText("Biedrība „Ozols”")
    with round_trips(database) as sent:
        dialog.save()
        wait_for_operations()
    assert sent.count("BEGIN") == 1 and sent[-1] == "COMMIT", sent
    assert dialog.organisation_id is not None and get_organisation(database, dialog.organisation_id).name \
        == "Biedrība „Ozols”"

    # A look-alike is still found first, in that same transaction, and nothing is written until the
    # user chooses: here "Create a new one anyway".
    asked: list[str] = []

    def create_anyway(box: QMessageBox) -> int:
        asked.append(box.text())
        box.clickedButton = lambda: next(  # type: ignore[method-assign]
            button for button in box.buttons() if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", create_anyway)
    second = OrganisationDialog(database)
    qtbot.addWidget(second)
    wait_for_operations()
    second.show()
    second.form.name.setText("Pensionāru biedrība „Sudrabs”")
    second.save()
    wait_for_operations()
    assert len(asked) == 1 and "Sudrabs" in asked[0]
    assert second.organisation_id not in (None, existing)
