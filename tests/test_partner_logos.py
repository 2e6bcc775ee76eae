"""An organisation's logo, chosen in its form, is printed on the flyers of the fairs it partners."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from ngo_desktop.models import FairKind
from ngo_desktop.services.centre import CentreDetails, save_centre_details
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.services.organisations.registry import (
    OrganisationData,
    create_organisation,
    get_organisation,
    update_organisation,
)
from ngo_desktop.services.printing.register import DocumentRequest, make_document
from ngo_desktop.views.organisations.form import OrganisationForm


def logo_file(tmp_path, colour: str = "#1b6e9e"):  # type: ignore[no-untyped-def]
    image = QImage(900, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = tmp_path / "logotips.png"
    image.save(str(path))
    return path


def image_count(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_form_keeps_a_scaled_logo_and_the_flyer_prints_it(qtbot, database, tmp_path, english) -> None:
    save_centre_details(database, CentreDetails(name="Alūksnes NVO atbalsta centrs"))
    form = OrganisationForm()
    qtbot.addWidget(form)
    form.load(OrganisationData(name="Biedrība „Dzirnas”"))
    assert form.logo.set_from_file(str(logo_file(tmp_path)))
    data = form.values(OrganisationData(name=""))
    partner = create_organisation(database, data)
    stored = get_organisation(database, partner.id).logo_png
    assert stored is not None and QImage.fromData(stored).width() == 600

    fair_id = fairs.create_fair(database, fairs.FairDetails(
        name="Ziemassvētku labdarības tirdziņš", kind=FairKind.CHARITY_FAIR, address="Pils iela 1, Alūksne",
        days=(dt.date(2026, 12, 12),), partner_ids=(partner.id,)))
    with_logo = make_document(database, DocumentRequest(kind="flyer", fair_id=fair_id)).pdf

    without = OrganisationData(**{**get_organisation(database, partner.id).__dict__, "logo_png": None})
    update_organisation(database, without)
    without_logo = make_document(database, DocumentRequest(kind="flyer", fair_id=fair_id)).pdf
    assert image_count(with_logo) == image_count(without_logo) + 1
