"""Sections built ahead of time while the window is idle, so a later click on one only shows it.

Opening a section the first time imports its views (fairs, reports: 50–150 ms) and builds its
widgets on the GUI thread: a stall the user feels as a click that hangs. Once the first section is
painted with its data, ``SectionPrebuilder`` imports the other sections' modules on a worker thread
(module code that only defines classes and value types, safe off the GUI thread), then builds one
section per tick on the GUI thread, and only while nothing else is going on: the imports done (a
thread running Python takes turns with the GUI thread, so a build beside it took twice as long), no
call to the database running or waiting (its answer would be shown in the same stretch), no answer
handed over within the last tick (the loop gets back to paints and timers in between), no section
opened by the user within the last quarter second (its first paint comes first), no mouse
button held, no dialog or menu open. The calls a section's first load starts are queued only once
its construction is over, behind any call the user starts (``operations.in_background``); opening
the section puts them ahead of the other sections' (``operations.promote``, by the main window). A
section the user opens meanwhile is simply built then, as before, and skipped here.

After each step the objects alive so far — modules, classes, the built widgets, nearly all kept to
the end — are moved out of Python's cyclic garbage collector's sight (``gc.freeze``): otherwise its
full collections walk all of them again and again, each a 100–250 ms pause of every thread at
random moments (measured on the large demo data), long after start-up.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ngo_desktop.views.operations import (
    in_background,
    is_idle,
    seconds_since_last_answer,
    seconds_since_last_opened,
)
from ngo_desktop.views.sections import SectionInfo

# Between two steps, so paints, clicks and answers always get in between; also how soon an
# unfinished wait (a call running, a button held) is looked at again.
PREBUILD_TICK_MS = 40
# After the user opens a section nothing is built for this long: its first paint (and the
# user's next look and click) come first.
AFTER_OPENING_MS = 250


class SectionPrebuilder(QObject):
    """Builds ``sections`` one at a time with ``build(section)``; ``finished`` when all are built.

    ``is_built(key)`` tells which were built meanwhile because the user opened them. Private
    attributes: ``_queue`` the sections still to build, in order; ``_importer`` the thread importing
    their modules, started at the first idle moment.
    """

    finished = Signal()

    def __init__(self, parent: QObject, sections: list[SectionInfo], build: Callable[[SectionInfo], object],
                 is_built: Callable[[str], bool]) -> None:
        super().__init__(parent)
        self._queue = list(sections)
        self._build = build
        self._is_built = is_built
        self._importer: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREBUILD_TICK_MS)
        self._timer.timeout.connect(self._step)
        self.done = False

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._queue.clear()

    def _import_all(self, modules: list[str]) -> None:
        for module in modules:
            # A module that fails here fails again when the section is built on the GUI thread,
            # which shows the error the usual way.
            with contextlib.suppress(Exception):
                importlib.import_module(module)

    def _step(self) -> None:
        self._queue = [section for section in self._queue if not self._is_built(section.key)]
        if not self._queue:
            gc.freeze()
            self.done = True
            self.finished.emit()
            return
        if not _window_is_idle():
            self._timer.start()
            return
        if self._importer is None:
            self._importer = threading.Thread(target=self._import_all, args=([s.module for s in self._queue],),
                                              name="section imports")
            self._importer.start()
        if self._importer.is_alive() or seconds_since_last_answer() < PREBUILD_TICK_MS / 1000 \
                or seconds_since_last_opened() < AFTER_OPENING_MS / 1000:
            self._timer.start()
            return
        gc.freeze()
        section = self._queue.pop(0)
        with in_background():  # its first loads wait behind whatever the user asks meanwhile
            self._build(section)
        self._timer.start()


def _window_is_idle() -> bool:
    """Nothing the user started is under way: no call running, no button held, no dialog or menu."""
    return (is_idle() and QApplication.mouseButtons() == Qt.MouseButton.NoButton
            and QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None)
