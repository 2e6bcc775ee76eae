"""The Pop-up premises section driven with qtbot: empty state, forms, the capacity refusal, payments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.services.premises import get_premises, list_premises, tenancies_of_premises
from ngo_desktop.services.tenancy_statements import PaymentState, statements_for_month
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.premises.section import PremisesSection
from ngo_desktop.views.premises.statements_view import PaymentDialog
from ngo_desktop.views.premises.status import premises_status_label
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from tests.premises_fixtures import add_organisation, salon  # noqa: F401


def test_an_empty_database_shows_the_empty_state_with_an_add_button(qtbot, database, english) -> None:
    section = PremisesSection(database)
    qtbot.addWidget(section)
    assert section._stack.currentWidget() is section._empty
    assert "No pop-up premises yet" in section._empty.heading.text()


def test_the_premises_form_saves_and_shows_the_premises_in_the_list(qtbot, database, english) -> None:
    dialog = PremisesDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bijušais apavu veikals")
    dialog.address.setText("Rīgas iela 5, Alūksne")
    dialog.rent.setText("350")
    dialog.electricity.setText("45,50")
    dialog.owner.lineEdit().setText("Ilze Ķēniņa")
    dialog.save()
    assert dialog.result() == PremisesDialog.DialogCode.Accepted
    details = get_premises(database, dialog.saved_id)
    assert (details.base_rent_cents, details.electricity_cents, details.owner_name) == (35000, 4550, "Ilze Ķēniņa")
    section = PremisesSection(database)
    qtbot.addWidget(section)
    assert section._stack.currentWidget() is section._main
    assert section.premises_page.premises_model.rowCount() == 1


def test_the_premises_form_keeps_the_data_when_an_amount_is_unreadable(qtbot, database, english) -> None:
    dialog = PremisesDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("Veikals")
    dialog.address.setText("Pils iela 1")
    dialog.rent.setText("trīssimt")
    dialog.save()
    assert "Type an amount" in dialog.errors.message("base_rent_cents")
    assert list_premises(database, today=dt.date(2026, 1, 1)) == []


def test_the_tenancy_form_shows_the_capacity_refusal_under_the_term(qtbot, database, salon, english) -> None:  # noqa: F811
    add_organisation(database, "SIA Frizētava")
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.tenant.lineEdit().setText("frizētava")
    dialog.tenant.refill()
    dialog.tenant.setCurrentIndex(0)
    dialog.starts_on.setDate(dialog.starts_on.date().fromString("01.03.2026", "dd.MM.yyyy"))
    dialog.ends_on.setDate(dialog.ends_on.date().fromString("31.05.2026", "dd.MM.yyyy"))
    dialog.save()
    assert "at most 2 tenant" in dialog.errors.message("starts_on")
    assert len(tenancies_of_premises(database, salon.premises_id)) == 2


def test_the_tenancy_form_lets_the_premises_after_the_others_end(qtbot, database, salon, english) -> None:  # noqa: F811
    add_organisation(database, "SIA Frizētava")
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.tenant.lineEdit().setText("Frizētava")
    dialog.tenant.refill()
    dialog.tenant.setCurrentIndex(0)
    dialog.starts_on.setDate(dialog.starts_on.date().fromString("15.08.2026", "dd.MM.yyyy"))
    dialog.ends_on.setDate(dialog.ends_on.date().fromString("31.12.2026", "dd.MM.yyyy"))
    dialog.rent_reduction.kind.setCurrentIndex(1)
    dialog.rent_reduction.percent.setValue(30)
    dialog.decision_number.setText("40/2026")
    dialog.save()
    assert dialog.result() == TenancyDialog.DialogCode.Accepted
    newest = tenancies_of_premises(database, salon.premises_id)[0]
    assert (newest.tenant_name, newest.rent_reduction) == ("SIA Frizētava", 30)


def test_recording_a_payment_in_the_statements_marks_it_paid(qtbot, database, salon, english) -> None:  # noqa: F811
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.show_month(dt.date(2026, 3, 1))
    model = section.statements.model
    assert model.rowCount() == 2
    line = model.line_at(0)
    assert line.tenant_name == "Ērikas nagu studija" and line.due_cents == 15965
    dialog = PaymentDialog(database, line)
    qtbot.addWidget(dialog)
    assert dialog.amount.cents() == 15965
    dialog.save()
    lines = statements_for_month(database, month=dt.date(2026, 3, 1))
    assert lines[0].state == PaymentState.PAID
    assert "153,28" in _totals_for(section, dt.date(2026, 2, 1)) or "€153.28" in _totals_for(section, dt.date(2026, 2, 1))


def _totals_for(section: PremisesSection, month: dt.date) -> str:
    section.show_month(month)
    return section.statements.totals.text()


def test_the_support_tab_totals_the_year(qtbot, database, salon, english) -> None:  # noqa: F811
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.support.year.setValue(2026)
    model = section.support.model
    assert model.rowCount() == 13
    total = model.data(model.index(12, 5))
    assert total.replace("\u00a0", "").endswith("€") or total.startswith("€")
    assert model.data(model.index(1, 1)) == "2"


def test_the_reminders_panel_and_status_label_show_unpaid_months(qtbot, database, salon, english, monkeypatch) -> None:  # noqa: F811
    from ngo_desktop.services import premises_reminders

    monkeypatch.setattr(premises_reminders, "today_local", lambda: dt.date(2026, 3, 11))
    section = PremisesSection(database)
    qtbot.addWidget(section)
    assert section.reminders.unpaid.count() == 4  # February and March of both tenants
    label = premises_status_label(database)
    qtbot.addWidget(label)
    assert label.text() == "Unpaid pop-up months: 4"


def test_a_statement_pdf_refusal_is_shown_not_raised(qtbot, database, salon, english, monkeypatch, tmp_path) -> None:  # noqa: F811
    from PySide6.QtWidgets import QFileDialog

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "no-such-folder" / "x.xlsx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.export_tenancies()
    assert warnings and "could not be written" in warnings[0]


def test_the_statement_pdf_opens_in_the_preview_with_the_amounts(qtbot, database, salon, english) -> None:  # noqa: F811
    import io

    from pypdf import PdfReader

    from ngo_desktop.views.premises.documents import preview_statement_pdf

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = preview_statement_pdf(parent, database, salon.therapist_tenancy, dt.date(2026, 2, 1))
    assert dialog is not None and dialog.document.pageCount() >= 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "219,30" in text or "219.30" in text
