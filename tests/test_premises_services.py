"""Premises and tenancies: saving, the capacity rule, payments, statements to the cent, reminders."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from sqlalchemy import select

from ngo_desktop.errors import ChangedElsewhere, ValidationFailed
from ngo_desktop.models import AuditEntry, ReductionKind
from ngo_desktop.services.premises.registry import (
    TenancyInput,
    create_tenancy,
    end_tenancy_early,
    find_organisations,
    get_premises,
    get_tenancy,
    list_premises,
    record_payment,
    tenancies_of_organisation,
    update_premises,
    update_tenancy,
)
from ngo_desktop.services.premises.reminders import (
    premises_reminder_text,
    terms_ending_soon,
    unpaid_months,
)
from ngo_desktop.services.premises.statements import (
    PaymentState,
    monthly_statement,
    statements_for_month,
    statements_of_tenancy,
    support_per_month,
)
from tests.premises_fixtures import SALON, add_organisation, salon  # noqa: F401


def test_the_shared_salon_shows_two_tenants_in_the_list(database, salon) -> None:  # noqa: F811
    rows = list_premises(database, today=dt.date(2026, 3, 1))
    assert len(rows) == 1
    assert rows[0].current_tenants == 2 and rows[0].max_tenants == 2
    assert rows[0].tenant_names == ("Ērikas nagu studija", 'IK "Līgas kosmētika"')  # Ē sorts with E
    assert rows[0].utilities_cents == 16550
    assert list_premises(database, today=dt.date(2026, 2, 10))[0].current_tenants == 1


def test_a_third_overlapping_tenant_is_refused_with_the_tenants_named(database, salon) -> None:  # noqa: F811
    third = add_organisation(database, "SIA Frizētava")
    with pytest.raises(ValidationFailed) as refusal:
        create_tenancy(database, data=TenancyInput(
            premises_id=salon.premises_id, organisation_id=third, starts_on=dt.date(2026, 7, 1),
            ends_on=dt.date(2026, 9, 30)))
    message = str(refusal.value)
    assert "2" in message and "Līgas kosmētika" in message and "Ērikas nagu studija" in message
    assert len(tenancies_of_organisation(database, third)) == 0


def test_a_term_starting_the_day_after_another_ends_is_accepted(database, salon) -> None:  # noqa: F811
    third = add_organisation(database, "SIA Frizētava")
    tenancy_id = create_tenancy(database, data=TenancyInput(
        premises_id=salon.premises_id, organisation_id=third, starts_on=dt.date(2026, 8, 1),
        ends_on=dt.date(2026, 12, 31)))
    assert get_tenancy(database, tenancy_id).tenant_name == "SIA Frizētava"


def test_ending_a_tenancy_early_frees_the_place(database, salon) -> None:  # noqa: F811
    third = add_organisation(database, "SIA Frizētava")
    tenancy = get_tenancy(database, salon.therapist_tenancy)
    end_tenancy_early(database, tenancy_id=tenancy.id, version=tenancy.version, last_day=dt.date(2026, 5, 31))
    create_tenancy(database, data=TenancyInput(premises_id=salon.premises_id, organisation_id=third,
                                               starts_on=dt.date(2026, 6, 1), ends_on=dt.date(2026, 6, 30)))
    tenancy = get_tenancy(database, salon.therapist_tenancy)
    with pytest.raises(ValidationFailed):  # undoing the early end would now overfill June
        end_tenancy_early(database, tenancy_id=tenancy.id, version=tenancy.version, last_day=None)


def test_lowering_the_capacity_below_running_tenancies_is_refused(database, salon) -> None:  # noqa: F811
    details = get_premises(database, salon.premises_id)
    with pytest.raises(ValidationFailed, match="2"):
        update_premises(database, premises_id=details.id, version=details.version,
                        data=details.as_input().__class__(**{**details.as_input().__dict__, "max_tenants": 1}))
    assert get_premises(database, salon.premises_id).max_tenants == 2


def test_a_stale_version_is_refused_as_changed_elsewhere(database, salon) -> None:  # noqa: F811
    tenancy = get_tenancy(database, salon.nails_tenancy)
    update_tenancy(database, tenancy_id=tenancy.id, version=tenancy.version,
                   data=tenancy.as_input().__class__(**{**tenancy.as_input().__dict__, "activity": "Manikīrs"}))
    with pytest.raises(ChangedElsewhere):
        update_tenancy(database, tenancy_id=tenancy.id, version=tenancy.version, data=tenancy.as_input())
    assert get_tenancy(database, tenancy.id).activity == "Manikīrs"


def test_a_reduction_without_a_decision_number_is_refused(database, salon) -> None:  # noqa: F811
    other = add_organisation(database, "Rotaļlietu darbnīca")
    with pytest.raises(ValidationFailed) as refusal:
        create_tenancy(database, data=TenancyInput(
            premises_id=salon.premises_id, organisation_id=other, starts_on=dt.date(2027, 1, 1),
            ends_on=dt.date(2027, 3, 31), rent_reduction_kind=ReductionKind.PERCENT, rent_reduction=120))
    assert set(refusal.value.problems) == {"rent_reduction", "decision_number"}


def test_february_statements_are_right_to_the_cent(database, salon) -> None:  # noqa: F811
    nails, therapist = statements_for_month(database, month=dt.date(2026, 2, 1))
    assert (therapist.rent_cents, therapist.utilities_cents) == (24000, 9930)
    assert (therapist.rent_reduction_cents, therapist.utilities_reduction_cents) == (12000, 0)
    assert therapist.due_cents == 21930
    # From 15 February: 14 of 28 days.
    assert (nails.days, nails.days_in_month) == (14, 28)
    assert (nails.rent_cents, nails.utilities_cents) == (8000, 3310)
    assert (nails.rent_reduction_cents, nails.utilities_reduction_cents) == (2500, 828)  # 827.5 rounds up
    assert nails.due_cents == 7982


def test_a_full_month_with_a_fixed_reduction(database, salon) -> None:  # noqa: F811
    line = monthly_statement(database, tenancy_id=salon.nails_tenancy, month=dt.date(2026, 3, 17))
    assert (line.rent_cents, line.utilities_cents, line.reduction_cents, line.due_cents) == (16000, 6620, 6655, 15965)


def test_support_per_month_adds_up_what_the_reductions_cost(database, salon) -> None:  # noqa: F811
    months = support_per_month(database, year=2026)
    assert len(months) == 12
    assert months[0].support_cents == 0
    assert months[1].support_cents == 12000 + 2500 + 828
    assert months[2].support_cents == 12000 + 5000 + 1655
    assert months[2].tenancies == 2 and months[2].due_cents == 21930 + 15965
    # The August half month of the nail studio only: 14 of 31 days.
    assert months[7].tenancies == 1


def test_a_payment_marks_the_month_paid(database, salon) -> None:  # noqa: F811
    record_payment(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 2, 1), amount_cents=21930,
                   paid_on=dt.date(2026, 2, 5))
    record_payment(database, tenancy_id=salon.nails_tenancy, month=dt.date(2026, 2, 1), amount_cents=5000,
                   paid_on=dt.date(2026, 2, 20))
    nails, therapist = statements_for_month(database, month=dt.date(2026, 2, 1))
    assert therapist.state == PaymentState.PAID
    assert nails.state == PaymentState.PART_PAID and nails.outstanding_cents == 2982
    with database.read_session() as session:
        entities = session.scalars(select(AuditEntry.entity)).all()
    assert entities.count("tenancy_payment") == 2 and entities.count("tenancy") == 2


def test_a_payment_outside_the_term_is_refused(database, salon) -> None:  # noqa: F811
    with pytest.raises(ValidationFailed):
        record_payment(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 9, 1),
                       amount_cents=100, paid_on=dt.date(2026, 9, 5))
    assert statements_of_tenancy(database, salon.therapist_tenancy)[-1].month == dt.date(2026, 7, 1)


def test_reminders_list_terms_ending_within_30_days(database, salon) -> None:  # noqa: F811
    ending = terms_ending_soon(database, today=dt.date(2026, 7, 10))
    assert [term.tenant_name for term in ending] == ['IK "Līgas kosmētika"']
    assert ending[0].days_left == 21
    assert [term.tenant_name for term in terms_ending_soon(database, today=dt.date(2026, 7, 20))] == [
        'IK "Līgas kosmētika"', "Ērikas nagu studija"]


def test_reminders_list_unpaid_months_once_they_are_due(database, salon) -> None:  # noqa: F811
    record_payment(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 2, 1), amount_cents=21930,
                   paid_on=dt.date(2026, 2, 5))
    assert unpaid_months(database, today=dt.date(2026, 2, 10)) == []  # February is due after the 10th
    unpaid = unpaid_months(database, today=dt.date(2026, 3, 5))
    assert [(line.tenant_name, line.month) for line in unpaid] == [("Ērikas nagu studija", dt.date(2026, 2, 1))]
    assert len(unpaid_months(database, today=dt.date(2026, 3, 11))) == 3


def test_the_status_bar_text_counts_both_reminders(database, salon, english) -> None:  # noqa: F811
    text = premises_reminder_text(database, today=dt.date(2026, 7, 20))
    assert text == "Pop-up terms ending within 30 days: 2 · Unpaid pop-up months: 12"
    assert premises_reminder_text(database, today=dt.date(2025, 1, 1)) == ""


def test_tenants_are_found_ignoring_case_and_diacritics(database, salon) -> None:  # noqa: F811
    assert [choice.name for choice in find_organisations(database, "erikas")] == ["Ērikas nagu studija"]
    assert [choice.name for choice in find_organisations(database, "LĪGAS")] == ['IK "Līgas kosmētika"']


def test_the_organisation_sees_its_tenancies(database, salon) -> None:  # noqa: F811
    tenancies = tenancies_of_organisation(database, salon.nails_id)
    assert [(t.premises_name, t.starts_on) for t in tenancies] == [("Skaistumkopšanas salons", dt.date(2026, 2, 15))]
    assert SALON.name == tenancies[0].premises_name


def test_statements_leave_the_cycle_collector_as_they_found_it(database, salon) -> None:  # noqa: F811
    # The statements pause the collector while they build their lines; it must come back on.
    assert gc.isenabled()
    assert len(unpaid_months(database, today=dt.date(2026, 3, 11))) == 4
    assert gc.isenabled()
    gc.disable()
    try:
        statements_for_month(database, month=dt.date(2026, 2, 1))
        assert not gc.isenabled()  # a caller's choice is kept too
    finally:
        gc.enable()


def test_whole_months_of_different_lengths_cost_the_full_share(database, salon) -> None:  # noqa: F811
    # Figures worked out once per tenancy for every whole month: 28, 31 and 30 days give the same.
    lines = [line for line in statements_of_tenancy(database, salon.nails_tenancy)
             if line.days == line.days_in_month and line.month.month in (3, 4, 5)]
    assert [line.days_in_month for line in lines] == [31, 30, 31]
    assert {(line.rent_cents, line.utilities_cents, line.reduction_cents) for line in lines} == {(16000, 6620, 6655)}
