"""Speed of the document builders against the targets of the printed-documents issue.

    python bench/documents_bench.py [--runs 5] [--save FOLDER]

- A door sign for one day: at most 100 ms.
- The week schedule of a site with 40 rooms and 6 bookings per room and day (1,680 bookings):
  at most 500 ms.
- The directory of 5,000 organisations in 12 fields of activity: at most 5 s.

Each figure is the median of ``--runs`` builds in one process; "first ms" is the build before
them, which also registers the fonts (once per program run) and fills the text-width cache.
The data is generated, Latvian, and needs neither Qt nor a database. ``--save`` keeps the PDFs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pypdf import PdfReader  # noqa: E402

from bench.results import figure, print_results  # noqa: E402
from ngo_desktop.documents.data import (  # noqa: E402
    CentreInfo,
    DirectoryData,
    DirectoryEntry,
    DirectoryGroup,
    DoorSignData,
    ScheduleEntry,
    ScheduleRoom,
    SignBooking,
    SignDay,
    WeekScheduleData,
)
from ngo_desktop.documents.directory import build_directory  # noqa: E402
from ngo_desktop.documents.door_sign import build_door_sign  # noqa: E402
from ngo_desktop.documents.week_schedule import build_week_schedule  # noqa: E402

TARGETS_MS = {"door sign": 100, "week schedule, 40 rooms": 500, "directory, 5,000 organisations": 5000}
ROOMS = 40
BOOKINGS_PER_DAY = 6
ORGANISATIONS = 5000

CENTRE = CentreInfo(name="Rīgas NVO nams", address="Ziedoņdārza iela 5, Rīga, LV-1012",
                    phone="+371 67 000 000", email="nvo.nams@riga.lv", website="www.nvonams.lv")
PLACES = ("Alūksnes", "Rīgas", "Cēsu", "Ķekavas", "Ogres", "Jēkabpils", "Ludzas", "Smiltenes", "Līvānu")
KINDS = ("invalīdu biedrība", "pensionāru biedrība", "jauniešu klubs „Ērglis”", "folkloras kopa",
         "ģimeņu atbalsta centrs", "dabas draugu biedrība", "sporta klubs „Šķēps”", "rokdarbnieču kopa")
FIELDS = ("Izglītība", "Jaunatne", "Kultūra", "Labdarība", "Pilsoniskā sabiedrība", "Reliģija",
          "Sociālā aprūpe", "Sports", "Tūrisms", "Vide", "Ģimenes un bērni", "Ņemšanās ar veselību")
TITLES = ("Valdes sēde", "Latviešu valodas kursi", "Senioru vingrošana", "Ģimeņu vakars – ķirbju zupa",
          "Rokdarbu pulciņš", "Jauniešu debašu klubs", "Biedru kopsapulce", "Psihologa konsultācijas")
SLOTS = ("08:00–09:30", "10:00–11:30", "12:00–13:30", "14:00–15:30", "16:00–17:30", "18:00–20:00")
FIRST_NAMES = ("Inese", "Jānis", "Ilze", "Pēteris", "Māra", "Ģirts", "Zane", "Kārlis")
SURNAMES = ("Kalniņa", "Bērziņš", "Ozoliņa", "Šņore", "Ķēniņš", "Āboliņa", "Zariņš", "Liepiņa")


def organisation(number: int) -> str:
    return f"Biedrība „{PLACES[number % len(PLACES)]} {KINDS[number % len(KINDS)]}” Nr. {number}"


def door_sign() -> DoorSignData:
    bookings = tuple(SignBooking(slot, TITLES[index], organisation(index)) for index, slot in enumerate(SLOTS))
    return DoorSignData(centre=CENTRE, printed="05.03.2026 08:00", room="Lielā zāle", site="Rīgas NVO nams",
                        period="Ceturtdiena, 05.03.2026", days=(SignDay("Ceturtdiena 05.03.", bookings),),
                        qr_text="tel:+37167000000", qr_caption="Administrators: +371 67 000 000")


def week_schedule() -> WeekScheduleData:
    rooms = []
    for room in range(ROOMS):
        days = tuple(
            tuple(ScheduleEntry(slot, TITLES[(room + day + index) % len(TITLES)],
                                organisation(room * 7 + day + index), provisional=(room + index) % 9 == 0)
                  for index, slot in enumerate(SLOTS[:BOOKINGS_PER_DAY]))
            for day in range(7)
        )
        rooms.append(ScheduleRoom(f"{room + 101}. telpa", days, detail=f"{10 + room % 6 * 10} vietas"))
    return WeekScheduleData(centre=CENTRE, printed="05.03.2026 14:20", site="Rīgas NVO nams",
                            week="10. nedēļa, 02.03.–08.03.2026",
                            day_headings=("P 02.03.", "O 03.03.", "T 04.03.", "C 05.03.", "Pk 06.03.",
                                          "S 07.03.", "Sv 08.03."),
                            rooms=tuple(rooms))


def directory() -> DirectoryData:
    groups: list[list[DirectoryEntry]] = [[] for _ in FIELDS]
    for number in range(ORGANISATIONS):
        person = f"{FIRST_NAMES[number % 8]} {SURNAMES[number // 8 % 8]}"
        groups[number % len(FIELDS)].append(DirectoryEntry(
            name=organisation(number), legal_form="nodibinājums" if number % 6 == 0 else "biedrība",
            registration_number=f"{40008000000 + number}", contact_person=person,
            phone=f"+371 2{number % 10} {number % 1000:03d} {number * 7 % 1000:03d}",
            email=f"valde{number}@{PLACES[number % len(PLACES)][:4].lower()}-nvo.lv"))
    return DirectoryData(centre=CENTRE, printed="05.03.2026 14:20", subtitle="Visas reģistrētās organizācijas",
                         groups=tuple(DirectoryGroup(field, tuple(entries))
                                      for field, entries in zip(FIELDS, groups, strict=True)))


def timed(build: Callable[[], bytes], runs: int) -> tuple[float, float, bytes]:
    """Milliseconds of the first build, the median of ``runs`` builds after it, and the last PDF."""
    start = time.perf_counter()
    pdf = build()
    first = time.perf_counter() - start
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        pdf = build()
        samples.append(time.perf_counter() - start)
    return first * 1000, statistics.median(samples) * 1000, pdf


def measure(runs: int, save: Path | None) -> bool:
    inputs = {"door sign": door_sign(), "week schedule, 40 rooms": week_schedule(),
              "directory, 5,000 organisations": directory()}
    builders: dict[str, Callable[[], bytes]] = {
        "door sign": lambda: build_door_sign(inputs["door sign"]),
        "week schedule, 40 rooms": lambda: build_week_schedule(inputs["week schedule, 40 rooms"]),
        "directory, 5,000 organisations": lambda: build_directory(inputs["directory, 5,000 organisations"]),
    }
    print(f"{'document':32} {'first ms':>9} {'median ms':>10} {'target ms':>10} {'ratio':>6} {'pages':>6} "
          f"{'size':>10}")
    all_fast = True
    figures = []
    for name, build in builders.items():
        first, milliseconds, pdf = timed(build, runs)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        target = TARGETS_MS[name]
        all_fast &= milliseconds <= target
        figures.append(figure(f"{name} (build only)", milliseconds, "ms", target))
        print(f"{name:32} {first:9.0f} {milliseconds:10.0f} {target:10.0f} {milliseconds / target:6.2f} {pages:6d} "
              f"{len(pdf) / 1024:8.0f} kB")
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"{name.split(',')[0].replace(' ', '_')}.pdf").write_bytes(pdf)
    print("all within target" if all_fast else "SLOWER THAN TARGET")
    print_results(figures)
    return all_fast


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--save", type=Path, help="folder to keep the PDFs in")
    arguments = parser.parse_args()
    sys.exit(0 if measure(arguments.runs, arguments.save) else 1)


if __name__ == "__main__":
    main()
