"""The fair's Print button: flyer (A4 or A5), the stall plan and the check-in sheet of a day.

Each opens the document in the program's preview through the Documents area's ``open_print_preview``.
The day is the one chosen on the Stall plan or Check-in tab, or else the fair's next day (the days
are read on the worker first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from ngo_desktop import settings
from ngo_desktop.database.core import Database
from ngo_desktop.i18n import translate
from ngo_desktop.services.fairs import events as fairs
from ngo_desktop.timeutil import today_local
from ngo_desktop.views.fairs.labels import not_possible
from ngo_desktop.views.operations import Operation


def open_print_preview(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    # Imported on first use, so opening the fairs section does not load QtPdf and the printing services.
    from ngo_desktop.views.documents.printing_actions import open_print_preview as open_preview

    open_preview(*args, **kwargs)


def print_button(database: Database, parent: QWidget, current_fair: Callable[[], int | None],
                 chosen_day_id: Callable[[], int | None]) -> QPushButton:
    button = QPushButton(translate("FairPrintMenu", "Print"))
    menu = QMenu(button)

    def flyer(paper: str) -> None:
        fair_id = current_fair()
        if fair_id is not None:
            open_print_preview(parent, database, "flyer", fair_id=fair_id, paper=paper)

    def of_day(kind: str) -> None:
        fair_id = current_fair()
        if fair_id is None:
            return
        chosen = chosen_day_id()

        def show(day: dt.date | None) -> None:
            if day is None:
                QMessageBox.information(parent, translate("FairPrintMenu", "Nothing to print"),
                                        translate("FairPrintMenu", "This fair has no days yet. Add its days first."))
                return
            open_print_preview(parent, database, kind, fair_id=fair_id, day=day)

        Operation(parent, database, lambda db: day_to_print(db, fair_id, chosen)).success(show) \
            .refusal_title(not_possible()).run()

    # The full-size flyer is on the default paper from Settings (A4 or Letter), read when the menu opens.
    full_size = menu.addAction("", lambda: flyer(settings.paper_size()))
    menu.aboutToShow.connect(lambda: full_size.setText(
        translate("FairPrintMenu", "Flyer, {paper}…").format(paper=settings.paper_size())))
    menu.addAction(translate("FairPrintMenu", "Flyer, A5…"), lambda: flyer("A5"))
    menu.addSeparator()
    menu.addAction(translate("FairPrintMenu", "Stall plan of the day…"), lambda: of_day("stall-plan"))
    menu.addAction(translate("FairPrintMenu", "Check-in sheet of the day…"), lambda: of_day("check-in"))
    button.setMenu(menu)
    return button


def day_to_print(database: Database, fair_id: int, chosen_day_id: int | None) -> dt.date | None:
    """The chosen day, else the first day from today on, else the fair's last day (on the worker)."""
    days = [day for day in fairs.list_days(database, fair_id) if not day.cancelled]
    for day in days:
        if day.id == chosen_day_id:
            return day.day
    upcoming = [day.day for day in days if day.day >= today_local()]
    if upcoming:
        return upcoming[0]
    return days[-1].day if days else None
