"""Small pieces the premises section's forms share: money fields and messages under fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.i18n import locale as current_locale
from ngo_desktop.money import parse_euros
from ngo_desktop.services.premises.registry import OrganisationChoice, find_organisations
from ngo_desktop.views.operations import TYPING_PAUSE_MS, LatestOnly

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    """Red messages under form fields, keyed like ``ValidationFailed.problems``.

    ``_labels`` maps a field name to its message label; ``_fields`` to the widget to focus.
    """

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}

    def add_row(self, layout: QFormLayout, key: str, label: str, field: QWidget | None = None,
                *, inner: object | None = None) -> QLabel:
        """Add ``label`` / the field (or the ``inner`` layout) with an empty error line under it."""
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        if inner is not None:
            column.addLayout(inner)  # type: ignore[arg-type]
        elif field is not None:
            column.addWidget(field)
        column.addWidget(error)
        layout.addRow(label, column)
        self._labels[key] = error
        if field is not None:
            self._fields[key] = field
        return error

    def show(self, problems: dict[str, str], fallback: str) -> None:
        """Show each problem under its field; one without a field goes under ``fallback``."""
        self.clear()
        for key, message in problems.items():
            label = self._labels.get(key) or self._labels[fallback]
            text = f"{label.text()}\n{message}" if not label.isHidden() and label.text() else message
            label.setText(text)
            label.show()
        first = next((key for key in self._fields if key in problems), None)
        if first is not None:
            self._fields[first].setFocus()
        self._fit_window()

    def _fit_window(self) -> None:
        """Grow the form's window so every line of the messages shows: a dialog keeps its height
        when a label appears, and a wrapped message of several lines was cut to its first two."""
        shown = [label for label in self._labels.values() if not label.isHidden()]
        if not shown:
            return
        window = shown[0].window()
        layout = window.layout()
        if layout is None:
            return
        for _round in range(4):  # a taller window can give a label another width: measure again
            layout.activate()
            missing = sum(max(0, label.heightForWidth(label.width()) - label.height()) for label in shown)
            if missing <= 0:
                return
            window.resize(window.width(), window.height() + missing)

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, key: str) -> str:
        label = self._labels[key]
        return "" if label.isHidden() else label.text()


class MoneyEdit(QLineEdit):
    """Euros typed the way people type them ("12", "12,50"); ``cents()`` is None when unreadable."""

    def __init__(self, cents: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0,00 €")
        self.set_cents(cents)

    def set_cents(self, cents: int) -> None:
        # No thousands separator: parse_euros refuses "1 200" as ambiguous.
        separator = current_locale().decimalPoint() or ","
        self.setText(f"{cents // 100}{separator}{cents % 100:02d}" if cents else "")

    def cents(self) -> int | None:
        text = self.text().strip()
        return 0 if not text else parse_euros(text)


class OrganisationPicker(QComboBox):
    """An editable list of organisations that the database searches as the user types.

    Only ``SEARCH_LIMIT`` matches are listed at a time, so it stays quick with thousands of
    organisations. The matches drop down under the text as it is typed (a completer over the same
    list, matching anywhere in the name), without opening the list first. ``organisation_id()`` is
    None when the text names no listed organisation (for a premises owner that text is a person's name).
    """

    SEARCH_LIMIT = 40

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # Wide enough for a whole name, so the matches dropping down under it are not cut short.
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._searches = LatestOnly(self, database, delay_ms=TYPING_PAUSE_MS)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(lambda _text: self.refill())
        self.refill()

    def refill(self) -> None:
        """Search for what is typed (after a pause in typing, off the GUI thread)."""
        text = self.lineEdit().text()
        limit = self.SEARCH_LIMIT
        self._searches.request(lambda db: find_organisations(db, text, limit=limit), self._show_choices)

    def _show_choices(self, choices: list[OrganisationChoice]) -> None:
        text = self.lineEdit().text()
        chosen_id = self.organisation_id()
        self.blockSignals(True)
        try:
            self.clear()
            for choice in choices:
                self.addItem(choice.name, choice.id)
            self.setCurrentIndex(-1)
            self.lineEdit().setText(text)
        finally:
            self.blockSignals(False)
        if chosen_id is not None:
            self.set_organisation(chosen_id, text)  # keep a tenant chosen before the list arrived
        elif text.strip() and self.lineEdit().hasFocus():
            # The database's matches for what is typed now: show them under the text at once.
            self.completer().setCompletionPrefix(text)
            self.completer().complete()

    def set_organisation(self, organisation_id: int | None, name: str) -> None:
        if organisation_id is None:
            self.setCurrentIndex(-1)
            self.lineEdit().setText(name)
            return
        index = self.findData(organisation_id)
        if index < 0:
            self.addItem(name, organisation_id)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def organisation_id(self) -> int | None:
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index)
        for row in range(self.count()):
            if self.itemText(row).casefold() == text.casefold():
                return self.itemData(row)
        return None
