"""The program as bench/startup.py starts it: ``main.py``'s window, plus a probe that reports when it got there.

    python bench/startup_probe.py first-paint|calendar --database PATH

``first-paint``: the main window's first paint. ``calendar``: the day's calendar of the first site
painted with its bookings, i.e. the window is ready, every query it started has answered, and the
window has been painted once more after that. Prints ``painted <wall-clock time>`` and ends the
process at once, so start-up and not shutting down is measured. The probe lives here, not in the
program: the program carries no benchmark hooks.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The program (ngo_desktop/app.py) loads SQLAlchemy's ORM and its models before PySide6, whose
# import hook makes every later import slower; the probe keeps that order (the program's own
# function), so it measures the program as it starts.
from ngo_desktop.app import load_before_qt  # noqa: E402

load_before_qt()
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PROBE_EVERY_MS = 2


def _report_and_exit() -> None:
    sys.stdout.write(f"painted {time.time():.6f}\n")
    sys.stdout.flush()
    os._exit(0)


class _FirstPaint(QObject):
    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, _report_and_exit)  # once this paint has been drawn
        return False


def _main_window():  # type: ignore[no-untyped-def]
    from ngo_desktop.views.main_window import MainWindow

    return next((widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow)), None)


def main() -> int:
    mode = sys.argv[1]
    application = QApplication(sys.argv[:1])
    probe = QTimer()
    probe.setInterval(PROBE_EVERY_MS)
    first_paint = _FirstPaint()

    def look() -> None:
        if "ngo_desktop.views.main_window" not in sys.modules:
            return
        window = _main_window()
        if window is None:
            return
        if mode == "first-paint":
            window.installEventFilter(first_paint)
            probe.stop()
            return
        from ngo_desktop.views.operations import is_idle

        if window.is_ready and is_idle():
            probe.stop()
            window.repaint()  # paints now, with what the answers brought
            _report_and_exit()

    probe.timeout.connect(look)
    probe.start()
    from ngo_desktop.app import main as program_main

    result = program_main(sys.argv[2:])  # run_gui takes the running instance
    del application
    return result


if __name__ == "__main__":
    sys.exit(main())
