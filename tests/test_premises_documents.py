"""The tenancy agreement summary and the monthly statement as PDF: the right figures on the page."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from ngo_desktop.errors import ValidationFailed
from ngo_desktop.models import PrintedDocument
from ngo_desktop.services.premises.documents import monthly_statement_pdf, tenancy_summary_pdf
from tests.premises_fixtures import salon  # noqa: F401

PRINTED_AT = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_monthly_statement_prints_the_partial_month_to_the_cent(database, salon, latvian) -> None:  # noqa: F811
    text = _text(monthly_statement_pdf(database, tenancy_id=salon.nails_tenancy, month=dt.date(2026, 2, 1),
                                       now=PRINTED_AT))
    assert "Ērikas nagu studija" in text
    for amount in ("80,00", "33,10", "25,00", "8,28", "79,82"):
        assert amount in text
    assert "14 / 28" in text


def test_the_agreement_summary_shows_a_full_month_and_the_decision(database, salon, latvian) -> None:  # noqa: F811
    pdf = tenancy_summary_pdf(database, tenancy_id=salon.nails_tenancy, now=PRINTED_AT)
    text = _text(pdf)
    assert "15.02.2026–14.08.2026" in text and "2026. gada 5. februāra lēmums Nr. 14/2026" in text
    assert "159,65" in text  # March, the first full month, not the half of February
    assert pdf == tenancy_summary_pdf(database, tenancy_id=salon.nails_tenancy, now=PRINTED_AT)


def test_printing_is_noted_in_the_register(database, salon, latvian) -> None:  # noqa: F811
    monthly_statement_pdf(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 3, 1), now=PRINTED_AT)
    with database.read_session() as session:
        kinds = session.scalars(select(PrintedDocument.kind)).all()
    assert kinds == ["tenancy-statement"]


def test_a_statement_outside_the_term_is_refused(database, salon, latvian) -> None:  # noqa: F811
    with pytest.raises(ValidationFailed):
        monthly_statement_pdf(database, tenancy_id=salon.therapist_tenancy, month=dt.date(2026, 9, 1))


def test_the_command_line_prints_a_statement_and_refuses_a_month_outside_the_term(
        database, salon, tmp_path, capsys) -> None:  # noqa: F811
    from ngo_desktop.cli import run_command_line

    target = tmp_path / "rekins.pdf"
    arguments = ["--database", database.url, "print", "tenancy-statement",
                 str(salon.nails_tenancy)]
    assert run_command_line([*arguments, "2026-03", str(target)], language="en") == 0
    assert "159,65" in _text(target.read_bytes()) or "159.65" in _text(target.read_bytes())
    assert run_command_line([*arguments, "2026-12", str(tmp_path / "x.pdf")], language="en") == 1
    assert "does not run in this month" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
