"""The line every bench ends with, for bench/run_all.py: ``RESULTS`` and a JSON list of figures.

Each figure is {"name", "value", "unit", "target"}: a measured value and the most it may be, in the
same unit, so that value / target ≤ 1 is within target (no target: for information). A bench prints its own table for people;
this line is for the collector, so a change of wording in the table never breaks it.
"""

from __future__ import annotations

import json
import os


def figure(name: str, value: float, unit: str, target: float | None) -> dict[str, object]:
    """One figure; ``target`` None for a figure given for information (a peer, a raw time)."""
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target}


def print_results(figures: list[dict[str, object]]) -> None:
    print("RESULTS " + json.dumps(figures, ensure_ascii=False), flush=True)


def installed_environment() -> dict[str, str]:
    """This process's environment for a timed whole process, as an installed program runs.

    Without PYTHONDONTWRITEBYTECODE: an installed program (pip, the bundle) runs from compiled
    bytecode, while a process that may not write it compiles every module of the program from
    source at each start (this machine's environment sets it).
    """
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment
