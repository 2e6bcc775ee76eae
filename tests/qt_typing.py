"""Typing any text, Latvian letters included, into a widget as key events.

QTest.keyClicks aborts on letters outside ASCII (ā, č, ž …), so those are sent as key events
that carry the text, which is what a Latvian keyboard layout produces.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for character in text:
        if character.isascii():
            QTest.keyClick(widget, character)
            continue
        for event_type in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(event_type, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            )
