"""The centre's own details (printed on every document) and whether the database is still empty."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import func, select

from ngo_desktop import models
from ngo_desktop.database.core import Database
from ngo_desktop.errors import ValidationFailed
from ngo_desktop.i18n import translate
from ngo_desktop.schema.centre import centre_profile_table
from ngo_desktop.schema.enums import AuditAction
from ngo_desktop.schema.organisations import organisation_table
from ngo_desktop.schema.sites import room_table, site_table
from ngo_desktop.services import audit
from ngo_desktop.validation import is_valid_email


@dataclass(frozen=True)
class CentreDetails:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    registration_number: str = ""
    house_rules: str = ""
    logo_png: bytes | None = None

    @property
    def is_filled_in(self) -> bool:
        return bool(self.name.strip())


_DETAIL_FIELDS = tuple(field.name for field in fields(CentreDetails))  # the profile's columns of the same names


def get_centre_details(database: Database) -> CentreDetails:
    """The centre's details (the settings, every printed paper's header); read with the table's
    columns (Core), as a printing command's every read (docs/architecture.md)."""
    with database.read_connection() as session:
        row = session.execute(select(*(centre_profile_table.c[field] for field in _DETAIL_FIELDS))
                              .where(centre_profile_table.c.id == 1)).one_or_none()
    return CentreDetails() if row is None else CentreDetails(**row._asdict())


def centre_name(database: Database) -> str:
    """The centre's name alone (the window's title): one column, without building the whole profile.
    Read with the table's column (Core), as the window's first screen (docs/architecture.md)."""
    with database.read_connection() as session:
        return session.scalar(select(centre_profile_table.c.name).where(centre_profile_table.c.id == 1)) or ""


def save_centre_details(database: Database, details: CentreDetails) -> CentreDetails:
    problems: dict[str, str] = {}
    if not details.name.strip():
        problems["name"] = translate("Centre", "Enter the centre's name: it is printed on every document.")
    if details.email.strip() and not is_valid_email(details.email.strip()):
        problems["email"] = translate("Centre", "The e-mail address is not valid. Check it, e.g. info@centrs.lv.")
    if problems:
        raise ValidationFailed(problems)
    cleaned = CentreDetails(**{key: value.strip() if isinstance(value, str) else value
                               for key, value in asdict(details).items()})
    with database.unit_of_work() as session:
        profile = session.get(models.CentreProfile, 1)
        before = audit.snapshot(profile) if profile is not None else None
        if profile is None:
            profile = models.CentreProfile(id=1)
            session.add(profile)
        for key, value in asdict(cleaned).items():
            setattr(profile, key, value)
        session.flush()
        audit.record(
            session,
            operator=database.operator,
            action=AuditAction.CREATE if before is None else AuditAction.UPDATE,
            entity="centre_profile",
            entity_id=1,
            summary=cleaned.name,
            before=before,
            after=audit.snapshot(profile),
        )
    return cleaned


@dataclass(frozen=True)
class DataCounts:
    sites: int
    rooms: int
    organisations: int

    @property
    def is_empty(self) -> bool:
        return self.sites == 0 and self.rooms == 0 and self.organisations == 0


def count_data(database: Database) -> DataCounts:
    with database.read_connection() as session:
        return DataCounts(
            sites=session.scalar(select(func.count()).select_from(site_table)) or 0,
            rooms=session.scalar(select(func.count()).select_from(room_table)) or 0,
            organisations=session.scalar(select(func.count()).select_from(organisation_table)) or 0,
        )
