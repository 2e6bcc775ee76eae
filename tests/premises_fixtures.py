"""Shared test data of the pop-up premises tests: a salon on Pils iela shared by two tenants.

Organisations are written straight to the database because the organisations' own services
belong to another area; everything about premises goes through our services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from ngo_desktop.database.core import Database
from ngo_desktop.models import LegalForm, Organisation, OrganisationKind, ReductionKind
from ngo_desktop.services.premises.registry import (
    PremisesInput,
    TenancyInput,
    create_premises,
    create_tenancy,
)
from ngo_desktop.sorting import organisation_match_key, organisation_sort_key
from tests.conftest import built_once, holds_no_rows


def add_organisation(database: Database, name: str, *, kind: OrganisationKind = OrganisationKind.ENTREPRENEUR,
                     legal_form: LegalForm = LegalForm.INDIVIDUAL_MERCHANT) -> int:
    with database.unit_of_work() as session:
        organisation = Organisation(name=name, sort_key=organisation_sort_key(name),
                                    match_key=organisation_match_key(name), kind=kind, legal_form=legal_form)
        session.add(organisation)
        session.flush()
        return organisation.id


SALON = PremisesInput(
    name="Skaistumkopšanas salons", address="Pils iela 12, Alūksne", area_m2=48.5,
    owner_name="Jānis Bērziņš", base_rent_cents=40000, electricity_cents=6000, water_cents=1550,
    heating_cents=9000, max_tenants=2, notes="Divas darba vietas, kopīga uzgaidāmā telpa.",
)


@dataclass(frozen=True)
class SharedSalon:
    premises_id: int
    therapist_id: int  # IK "Līgas kosmētika": 60 %, half the rent off
    nails_id: int  # "Ērikas nagu studija": 40 %, 50,00 € off the rent and 25 % off utilities
    therapist_tenancy: int
    nails_tenancy: int


def build_shared_salon(database: Database) -> SharedSalon:
    premises_id = create_premises(database, data=SALON)
    therapist = add_organisation(database, 'IK "Līgas kosmētika"')
    nails = add_organisation(database, "Ērikas nagu studija", legal_form=LegalForm.SELF_EMPLOYED)
    therapist_tenancy = create_tenancy(database, data=TenancyInput(
        premises_id=premises_id, organisation_id=therapist, starts_on=dt.date(2026, 2, 1),
        ends_on=dt.date(2026, 7, 31), activity="Kosmetoloģes pakalpojumi", rent_share_percent=60,
        rent_reduction_kind=ReductionKind.PERCENT, rent_reduction=50, decision_number="12/2026",
        decision_date=dt.date(2026, 1, 15)))
    nails_tenancy = create_tenancy(database, data=TenancyInput(
        premises_id=premises_id, organisation_id=nails, starts_on=dt.date(2026, 2, 15),
        ends_on=dt.date(2026, 8, 14), activity="Manikīrs un pedikīrs", rent_share_percent=40,
        rent_reduction_kind=ReductionKind.FIXED, rent_reduction=5000,
        utilities_reduction_kind=ReductionKind.PERCENT, utilities_reduction=25,
        decision_number="14/2026", decision_date=dt.date(2026, 2, 5)))
    return SharedSalon(premises_id, therapist, nails, therapist_tenancy, nails_tenancy)


@pytest.fixture
def salon(database: Database) -> SharedSalon:
    # Built by the services in the first test of each backend, copied into every later one (only
    # into a database without data: a copy replaces what is there).
    return built_once(database, build_shared_salon) if holds_no_rows(database) else build_shared_salon(database)
