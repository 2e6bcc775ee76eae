"""Long work off the GUI thread, with a progress dialog that can cancel it.

The work is a function ``work(report, cancelled)``: it calls ``report(done, total)`` now and then
and checks ``cancelled()`` between steps, raising ``Cancelled`` to stop. It runs in a QThread and
opens its own database session there (sessions are not shared between threads). The window keeps
painting and answering while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ngo_desktop.i18n import translate

T = TypeVar("T")
Report = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user pressed Cancel; the work stopped and left the data as it was."""


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Report, IsCancelled], Any]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # noqa: BLE001 - handed back to the GUI thread as it is
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    work: Callable[[Report, IsCancelled], T],
    *,
    cancellable: bool = True,
    minimum_duration_ms: int = 400,
) -> T:
    """Run ``work`` in a thread and return its result; re-raise its exception (Cancelled too)."""
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    dialog = QProgressDialog(label, translate("Background", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def on_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def on_success(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def on_failure(error: object) -> None:
        outcome["error"] = error
        loop.quit()

    worker.progressed.connect(on_progress)
    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    # A plain callable runs in the GUI thread at once; a slot of the worker would be queued
    # behind the running work and arrive only after it ended.
    dialog.canceled.connect(lambda: worker.cancel())
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
