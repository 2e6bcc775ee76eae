"""The fair's Print button opens the flyer, the stall plan and the check-in sheet in the preview."""

from __future__ import annotations

from pypdf import PdfReader

from ngo_desktop.services.fairs import assignments as stall_assignments
from ngo_desktop.services.fairs import vendors
from ngo_desktop.views.documents.preview_dialog import PreviewDialog
from ngo_desktop.views.fairs.print_menu import day_to_print
from ngo_desktop.views.fairs.section import FairsSection
from tests.fairs_fixtures import SATURDAYS, apply_all, build_market


def preview_text(dialog: PreviewDialog) -> str:
    import io

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages)


def open_from_menu(qtbot, section: FairsSection, entry: str) -> PreviewDialog:  # type: ignore[no-untyped-def]
    [action] = [action for action in section.print_button.menu().actions() if action.text().startswith(entry)]
    action.trigger()
    qtbot.waitUntil(lambda: bool(section.findChildren(PreviewDialog)))
    dialog = section.findChildren(PreviewDialog)[-1]
    qtbot.addWidget(dialog)
    return dialog


def test_print_menu_makes_an_a5_flyer_of_the_chosen_fair(qtbot, database, english, wait_for_operations) -> None:
    market = build_market(database)
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    section.select_fair(market.fair_id)
    dialog = open_from_menu(qtbot, section, "Flyer, A5")
    width, height = dialog.document.pagePointSize(0).toTuple()
    assert (round(width), round(height)) == (420, 595)
    assert "Alūksnes vasaras tirdziņš" in " ".join(preview_text(dialog).split())  # the title may wrap


def test_stall_plan_of_the_day_names_the_vendor_on_its_stall(qtbot, database, english,
                                                             wait_for_operations) -> None:
    market = build_market(database)
    applications = apply_all(database, market)
    first_day = market.day_ids[0]
    application_day = applications[market.organisation_ids[0]][0]
    vendors.accept(database, [application_day])
    stall_assignments.assign(database, application_day_id=application_day, stall_id=market.stall_ids["2"])
    section = FairsSection(database)
    qtbot.addWidget(section)
    wait_for_operations()
    section.select_fair(market.fair_id)
    assert day_to_print(database, market.fair_id, first_day) == SATURDAYS[0]
    section.tabs.setCurrentWidget(section.plan_page)
    wait_for_operations()
    dialog = open_from_menu(qtbot, section, "Stall plan of the day")
    assert "Alūksnes invalīdu biedrība" in preview_text(dialog)
