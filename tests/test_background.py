"""Long work runs off the GUI thread with progress, errors and cancelling handed back."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtWidgets import QWidget

from ngo_desktop.views.background import Cancelled, run_with_progress


def test_work_runs_in_another_thread_and_returns_its_result(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        seen.append(threading.current_thread() is threading.main_thread())
        for step in range(3):
            report(step + 1, 3)
        return "gatavs"

    assert run_with_progress(parent, "…", work) == "gatavs"
    assert seen == [False]


def test_an_error_in_the_work_reaches_the_caller(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        raise ValueError("slikti dati 3. rindā")

    with pytest.raises(ValueError, match="3. rindā"):
        run_with_progress(parent, "…", work)


def test_cancel_stops_the_work(qtbot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    parent = QWidget()
    qtbot.addWidget(parent)

    def press_cancel() -> None:
        for dialog in parent.findChildren(QProgressDialog):
            for button in dialog.findChildren(QPushButton):
                button.click()

    def work(report, cancelled):  # type: ignore[no-untyped-def]
        for _ in range(500):
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "finished"

    QTimer.singleShot(100, press_cancel)
    with pytest.raises(Cancelled):
        run_with_progress(parent, "…", work, minimum_duration_ms=0)
