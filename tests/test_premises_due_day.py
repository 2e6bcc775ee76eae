"""The day a month's rent falls due is a term of each tenancy (the 10th unless agreed otherwise).

It is kept with the tenancy (1–28, checked by the service and by the database), edited in the
tenancy form, printed on the agreement summary, exported, and the reminders count a month as unpaid
only once that tenancy's own due day of the month has passed. Migration 0009 gives the tenancies of
an older database the 10th, the day they were reminded on until then.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from ngo_desktop.database.core import HEAD_REVISION, alembic_config, current_revision, run_alembic_upgrade
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.services.premises.documents import monthly_statement_pdf, tenancy_summary_pdf
from ngo_desktop.services.premises.registry import (
    DEFAULT_PAYMENT_DUE_DAY,
    create_tenancy,
    get_tenancy,
    tenancies_of_premises,
    update_tenancy,
)
from ngo_desktop.services.premises.reminders import premises_reminder_text, unpaid_months
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from tests.premises_fixtures import salon  # noqa: F401


def set_due_day(database, tenancy_id: int, day: int) -> None:  # type: ignore[no-untyped-def]
    tenancy = get_tenancy(database, tenancy_id)
    update_tenancy(database, tenancy_id=tenancy_id, version=tenancy.version,
                   data=replace(tenancy.as_input(), payment_due_day=day))


def test_a_tenancy_keeps_the_day_its_rent_falls_due(database, salon) -> None:  # noqa: F811
    assert get_tenancy(database, salon.therapist_tenancy).payment_due_day == DEFAULT_PAYMENT_DUE_DAY == 10
    set_due_day(database, salon.therapist_tenancy, 25)
    assert get_tenancy(database, salon.therapist_tenancy).payment_due_day == 25


@pytest.mark.parametrize("day", [0, 29, 31])
def test_a_due_day_that_some_month_lacks_is_refused_and_nothing_is_saved(database, salon, english,  # noqa: F811
                                                                          day) -> None:
    tenancy = get_tenancy(database, salon.nails_tenancy)
    with pytest.raises(ValidationFailed) as refused:
        update_tenancy(database, tenancy_id=tenancy.id, version=tenancy.version,
                       data=replace(tenancy.as_input(), payment_due_day=day))
    assert refused.value.problems["payment_due_day"].startswith("The payment is due on a day from 1 to 28")
    with pytest.raises(ValidationFailed):
        create_tenancy(database, data=replace(tenancy.as_input(), payment_due_day=day,
                                              starts_on=dt.date(2027, 1, 1), ends_on=dt.date(2027, 6, 30)))
    assert get_tenancy(database, tenancy.id).payment_due_day == 10
    assert len(tenancies_of_premises(database, salon.premises_id)) == 2


def test_the_database_itself_refuses_a_day_some_month_lacks(database, salon) -> None:  # noqa: F811
    with pytest.raises(IntegrityError), database.write_engine.begin() as connection:
        connection.execute(text("UPDATE tenancy SET payment_due_day = 31 WHERE id = :id"),
                           {"id": salon.nails_tenancy})
    assert get_tenancy(database, salon.nails_tenancy).payment_due_day == 10


def test_a_month_counts_as_unpaid_only_after_the_tenancys_own_due_day(database, salon) -> None:  # noqa: F811
    # Nothing is paid. The therapist pays by the 5th, the nail studio by the 25th.
    set_due_day(database, salon.therapist_tenancy, 5)
    set_due_day(database, salon.nails_tenancy, 25)

    def unpaid_on(day: dt.date) -> list[tuple[str, dt.date]]:
        return [(line.tenant_name, line.month) for line in unpaid_months(database, today=day)]

    assert unpaid_on(dt.date(2026, 2, 5)) == []  # the therapist's due day itself is still on time
    assert unpaid_on(dt.date(2026, 2, 6)) == [('IK "Līgas kosmētika"', dt.date(2026, 2, 1))]
    assert unpaid_on(dt.date(2026, 2, 25)) == [('IK "Līgas kosmētika"', dt.date(2026, 2, 1))]
    # Within a month by premises, then tenant in Latvian order (Ērika before Līga: "IK" is a legal form).
    assert unpaid_on(dt.date(2026, 2, 26)) == [("Ērikas nagu studija", dt.date(2026, 2, 1)),
                                               ('IK "Līgas kosmētika"', dt.date(2026, 2, 1))]
    # On 15 March: March is due for the therapist (since the 6th), not yet for the nail studio.
    assert unpaid_on(dt.date(2026, 3, 15)) == [
        ("Ērikas nagu studija", dt.date(2026, 2, 1)), ('IK "Līgas kosmētika"', dt.date(2026, 2, 1)),
        ('IK "Līgas kosmētika"', dt.date(2026, 3, 1))]
    assert all(line.due_on < dt.date(2026, 3, 15) for line in unpaid_months(database, today=dt.date(2026, 3, 15)))


def test_a_term_starting_after_its_due_day_owes_its_first_month_from_its_first_day(database, salon) -> None:  # noqa: F811
    # The nail studio moves in on 15.02 and pays by the 10th: February is due from the 15th, not
    # from the 10th, before the tenant was there.
    def nail_studio_months(day: dt.date) -> list[dt.date]:
        return [line.month for line in unpaid_months(database, today=day) if line.tenancy_id == salon.nails_tenancy]

    assert nail_studio_months(dt.date(2026, 2, 12)) == []
    assert nail_studio_months(dt.date(2026, 2, 15)) == []  # the due day itself is still on time
    assert nail_studio_months(dt.date(2026, 2, 16)) == [dt.date(2026, 2, 1)]
    assert [line.due_on for line in unpaid_months(database, today=dt.date(2026, 3, 11))
            if line.tenancy_id == salon.nails_tenancy] == [dt.date(2026, 2, 15), dt.date(2026, 3, 10)]


def test_the_status_bar_counts_the_months_the_reminders_list(database, salon, english) -> None:  # noqa: F811
    # It counts without building the statements; on every day it must agree with the list.
    set_due_day(database, salon.therapist_tenancy, 5)
    set_due_day(database, salon.nails_tenancy, 25)
    day = dt.date(2026, 1, 30)
    while day <= dt.date(2026, 9, 30):
        listed = len(unpaid_months(database, today=day))
        counted = premises_reminder_text(database, today=day).partition("Unpaid pop-up months: ")[2]
        assert counted == (str(listed) if listed else ""), day
        day += dt.timedelta(days=5)


def test_the_agreement_summary_says_by_which_day_each_month_is_paid(database, salon, latvian) -> None:  # noqa: F811
    set_due_day(database, salon.therapist_tenancy, 20)
    pdf = tenancy_summary_pdf(database, tenancy_id=salon.therapist_tenancy)
    words = " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Maksājuma termiņš līdz katra mēneša 20. datumam" in words


def test_the_monthly_statement_says_by_which_date_the_month_is_paid(database, salon, latvian) -> None:  # noqa: F811
    set_due_day(database, salon.nails_tenancy, 25)
    pdf = monthly_statement_pdf(database, tenancy_id=salon.nails_tenancy, month=dt.date(2026, 3, 1))
    words = " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    assert "Jāsamaksā līdz 25.03.2026" in words


def test_the_tenancy_form_edits_the_due_day(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    dialog = TenancyDialog(database, salon.premises_id, get_tenancy(database, salon.nails_tenancy))
    qtbot.addWidget(dialog)
    assert dialog.due_day.value() == 10 and dialog.due_day.maximum() == 28
    dialog.due_day.setValue(15)
    dialog.save()
    wait_for_operations()
    assert dialog.result() == TenancyDialog.DialogCode.Accepted
    assert get_tenancy(database, salon.nails_tenancy).payment_due_day == 15


def test_the_upgrade_gives_the_tenancies_of_an_older_database_the_10th(database, salon) -> None:  # noqa: F811
    set_due_day(database, salon.therapist_tenancy, 20)
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_contact_sort_keys")
    with database.engine.connect() as connection:
        columns = list(connection.execute(text("SELECT * FROM tenancy")).keys())
    assert "payment_due_day" not in columns
    run_alembic_upgrade(database, alembic_config(database))
    assert current_revision(database) == HEAD_REVISION
    assert [get_tenancy(database, tenancy_id).payment_due_day
            for tenancy_id in (salon.therapist_tenancy, salon.nails_tenancy)] == [10, 10]
