"""The Pop-up premises section driven with qtbot: empty state, forms, the capacity refusal, payments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QWidget

from ngo_desktop.services.premises.registry import get_premises, list_premises, tenancies_of_premises
from ngo_desktop.services.premises.statements import PaymentState, statements_for_month
from ngo_desktop.views.premises.premises_form import PremisesDialog
from ngo_desktop.views.premises.section import PremisesSection
from ngo_desktop.views.premises.statements_view import PaymentDialog
from ngo_desktop.views.premises.status import premises_status_label
from ngo_desktop.views.premises.tenancy_form import TenancyDialog
from tests.premises_fixtures import add_organisation, salon  # noqa: F401


def test_an_empty_database_shows_the_empty_state_with_an_add_button(qtbot, wait_for_operations, database, english) -> None:
    section = PremisesSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section._stack.currentWidget() is section._empty
    assert "No pop-up premises yet" in section._empty.heading.text()


def test_the_premises_form_saves_and_shows_the_premises_in_the_list(qtbot, wait_for_operations, database, english) -> None:
    dialog = PremisesDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("Bijušais apavu veikals")
    dialog.address.setText("Rīgas iela 5, Alūksne")
    dialog.rent.setText("350")
    dialog.electricity.setText("45,50")
    dialog.owner.lineEdit().setText("Ilze Ķēniņa")
    wait_for_operations()
    dialog.save()
    wait_for_operations()
    assert dialog.result() == PremisesDialog.DialogCode.Accepted
    details = get_premises(database, dialog.saved_id)
    assert (details.base_rent_cents, details.electricity_cents, details.owner_name) == (35000, 4550, "Ilze Ķēniņa")
    section = PremisesSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section._stack.currentWidget() is section._main
    assert section.premises_page.premises_model.rowCount() == 1


def test_the_premises_form_keeps_the_data_when_an_amount_is_unreadable(qtbot, wait_for_operations, database, english) -> None:
    dialog = PremisesDialog(database)
    qtbot.addWidget(dialog)
    dialog.name.setText("Veikals")
    dialog.address.setText("Pils iela 1")
    dialog.rent.setText("trīssimt")
    dialog.save()
    wait_for_operations()
    assert "Type an amount" in dialog.errors.message("base_rent_cents")
    assert list_premises(database, today=dt.date(2026, 1, 1)) == []


def test_the_tenancy_form_shows_the_capacity_refusal_under_the_term(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    add_organisation(database, "SIA Frizētava")
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.tenant.lineEdit().setText("frizētava")
    dialog.tenant.refill()
    wait_for_operations()
    dialog.tenant.setCurrentIndex(0)
    dialog.starts_on.setDate(dialog.starts_on.date().fromString("01.03.2026", "dd.MM.yyyy"))
    dialog.ends_on.setDate(dialog.ends_on.date().fromString("31.05.2026", "dd.MM.yyyy"))
    dialog.save()
    wait_for_operations()
    assert "No more tenants than 2 may share" in dialog.errors.message("starts_on")
    assert len(tenancies_of_premises(database, salon.premises_id)) == 2


def test_the_tenancy_form_lets_the_premises_after_the_others_end(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    add_organisation(database, "SIA Frizētava")
    dialog = TenancyDialog(database, salon.premises_id)
    qtbot.addWidget(dialog)
    dialog.tenant.lineEdit().setText("Frizētava")
    dialog.tenant.refill()
    wait_for_operations()
    dialog.tenant.setCurrentIndex(0)
    dialog.starts_on.setDate(dialog.starts_on.date().fromString("15.08.2026", "dd.MM.yyyy"))
    dialog.ends_on.setDate(dialog.ends_on.date().fromString("31.12.2026", "dd.MM.yyyy"))
    dialog.rent_reduction.kind.setCurrentIndex(1)
    dialog.rent_reduction.percent.setValue(30)
    dialog.decision_number.setText("40/2026")
    dialog.save()
    wait_for_operations()
    assert dialog.result() == TenancyDialog.DialogCode.Accepted
    newest = tenancies_of_premises(database, salon.premises_id)[0]
    assert (newest.tenant_name, newest.rent_reduction) == ("SIA Frizētava", 30)


def test_recording_a_payment_in_the_statements_marks_it_paid(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.show_month(dt.date(2026, 3, 1))
    wait_for_operations()
    model = section.statements.model
    assert model.rowCount() == 2
    line = model.line_at(0)
    assert line.tenant_name == "Ērikas nagu studija" and line.due_cents == 15965
    dialog = PaymentDialog(database, line)
    qtbot.addWidget(dialog)
    assert dialog.amount.cents() == 15965
    dialog.save()
    wait_for_operations()
    lines = statements_for_month(database, month=dt.date(2026, 3, 1))
    assert lines[0].state == PaymentState.PAID
    totals = _totals_for(section, dt.date(2026, 2, 1), wait_for_operations)
    assert "153,28" in totals or "€153.28" in totals


def _totals_for(section: PremisesSection, month: dt.date, wait) -> str:  # type: ignore[no-untyped-def]
    section.show_month(month)
    wait()
    return section.statements.totals.text()


def test_the_support_tab_totals_the_year(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.support.year.setValue(2026)
    wait_for_operations()
    model = section.support.model
    assert model.rowCount() == 13
    total = model.data(model.index(12, 5))
    assert total.replace("\u00a0", "").endswith("€") or total.startswith("€")
    assert model.data(model.index(1, 1)) == "2"


def test_the_reminders_panel_and_status_label_show_unpaid_months(qtbot, wait_for_operations, database, salon, english, monkeypatch) -> None:  # noqa: F811
    from ngo_desktop.services.premises import reminders as premises_reminders

    monkeypatch.setattr(premises_reminders, "today_local", lambda: dt.date(2026, 3, 11))
    section = PremisesSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    assert section.reminders.unpaid.count() == 4  # February and March of both tenants
    # Each says by which day it was to be paid: the salon's tenancies keep the 10th, but the nail
    # studio's term starts on 15.02, so its first month is due from then.
    first, second = section.reminders.unpaid.item(0), section.reminders.unpaid.item(1)
    assert first.text().startswith("02.2026 — Ērikas") and first.text().endswith("outstanding (due on 15.02.2026)")
    assert second.text().endswith("outstanding (due on 10.02.2026)") and first.toolTip() == first.text()
    label = premises_status_label(database)
    qtbot.addWidget(label)
    wait_for_operations()
    assert label.text() == "Unpaid pop-up months: 4"


def test_a_statement_pdf_refusal_is_shown_not_raised(qtbot, wait_for_operations, database, salon, english, monkeypatch, tmp_path) -> None:  # noqa: F811
    from PySide6.QtWidgets import QFileDialog

    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "no-such-folder" / "x.xlsx"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.export_tenancies()
    wait_for_operations()
    assert warnings and "could not be written" in warnings[0]


def test_the_statement_pdf_opens_in_the_preview_with_the_amounts(qtbot, wait_for_operations, database, salon, english) -> None:  # noqa: F811
    import io

    from pypdf import PdfReader

    from ngo_desktop.views.premises.documents import preview_statement_pdf

    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list = []
    preview_statement_pdf(parent, database, salon.therapist_tenancy, dt.date(2026, 2, 1), shown.append)
    wait_for_operations()
    dialog = shown[0]
    assert dialog.document.pageCount() >= 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "219,30" in text or "219.30" in text


def test_every_premises_table_model_keeps_qts_model_rules(qtbot, qtmodeltester, wait_for_operations,
                                                          database, salon, english) -> None:  # noqa: F811
    section = PremisesSection(database)
    qtbot.addWidget(section)
    section.show_month(dt.date(2026, 3, 1))
    section.support.year.setValue(2026)
    wait_for_operations()
    page = section.premises_page
    page.premises_table.selectRow(0)
    wait_for_operations()
    models = (page.premises_model, page.tenancies_model, section.statements.model, section.support.model)
    assert all(model.rowCount() > 0 for model in models)
    for model in models:
        qtmodeltester.check(model)


def test_a_payment_refreshes_the_month_through_the_change_event(qtbot, wait_for_operations, database,
                                                                salon, english) -> None:  # noqa: F811
    from ngo_desktop.views.main_window import MainWindow

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    window.show_section("premises")
    section = window._pages["premises"]
    section.show_month(dt.date(2026, 3, 1))
    wait_for_operations()
    line = section.statements.model.line_at(0)
    assert section.statements.model.data(section.statements.model.index(0, 7)) != \
        section.statements.model.data(section.statements.model.index(0, 6))
    dialog = PaymentDialog(database, line)
    qtbot.addWidget(dialog)
    window.change_timer.stop()  # no polling: the commit's own announcement does it
    dialog.save()
    model = section.statements.model
    # Paid equals due, without a reload by hand.
    qtbot.waitUntil(lambda: model.data(model.index(0, 7)) == model.data(model.index(0, 6)), timeout=3000)


def test_the_section_reads_each_part_once_as_it_is_built(qtbot, wait_for_operations, database, salon) -> None:  # noqa: F811
    """Building the section reads what a refresh reads, no more: the list, statements and support
    tables load themselves, and the section asking them again read everything twice (issue #11:
    a second of a distant server's time while the window was idle)."""
    from tests.round_trips import round_trips

    with round_trips(database) as built:
        section = PremisesSection(database)
        qtbot.addWidget(section)
        wait_for_operations()
    with round_trips(database) as refreshed:
        section.refresh()
        wait_for_operations()
    assert section.premises_page.premises_model.rowCount() == 1
    assert len(refreshed) > 0
    assert len(built) == len(refreshed), (built, refreshed)


def test_the_area_is_written_as_the_language_of_the_window_writes_numbers(qtbot, wait_for_operations, database,
                                                                           salon) -> None:  # noqa: F811
    from ngo_desktop.i18n import install_language

    shown = {}
    try:
        for language in ("en", "lv"):
            install_language(language)
            section = PremisesSection(database)
            qtbot.addWidget(section)
            wait_for_operations()
            model = section.premises_page.premises_model
            shown[language] = model.data(model.index(0, 2))
    finally:
        install_language("lv")
    assert shown == {"en": "48.5 m²", "lv": "48,5 m²"}
