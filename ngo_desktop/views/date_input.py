"""One editor for dates, months and times that keeps exactly what was typed.

QDateEdit edits a date section by section: typing "30062027" over 28.02.2027 lands digits in the
sections it thinks they belong to and the field silently holds another date. Here a date is plain
text in a QLineEdit, read whole by ``parse_date`` only when it is used, so what the user typed is
what is saved, or, when the text is not a real day, the form refuses with a message in the user's
language and nothing is changed. A calendar button on the field opens a QCalendarWidget to pick
from. The same holds for times (``TimeEdit``), months (``MonthEdit``) and a date with a time
(``DateTimeEdit``).

The editors answer the calls the forms made of Qt's editors (``date()``/``setDate()``,
``time()``/``setTime()``, ``dateTime()``/``setDateTime()``, ``setMinimumDate``...) and emit
``dateChanged``/``timeChanged`` when a new value is committed: on Enter, on leaving the field, on a
calendar pick, on the arrow keys or when the program sets it, never half way through typing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFocusEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.i18n import translate
from ngo_desktop.timeutil import format_date, format_time, today_local
from ngo_desktop.views.icons import png_icon

# Two-digit years are read into the hundred years that ends this many years after this year, so
# "27" is 2027 and "95" (a member since 1995) is 1995.
TWO_DIGIT_YEARS_AHEAD = 50
TIME_STEP_MINUTES = 15
WRONG_STYLE = "QLineEdit { border: 2px solid #c0392b; }"

_SEPARATORS = re.compile(r"\s*[./\-, ]\s*")


class NotADate(ValueError):
    """A text that is not the value it should be. ``reason`` is "unreadable" (no format fits) or
    "no_such_day" / "no_such_time" (the format fits but the calendar or the clock has no such value)."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text, self.reason = text, reason


# A four-digit year outside these is a typing slip (0305 for 2025), never a day the centre keeps.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def _full_year(digits: str, today: dt.date) -> int:
    if len(digits) == 4:
        return int(digits)
    year = today.year // 100 * 100 + int(digits)
    if year > today.year + TWO_DIGIT_YEARS_AHEAD:
        year -= 100
    elif year <= today.year + TWO_DIGIT_YEARS_AHEAD - 100:
        year += 100
    return year


def _split(text: str) -> list[str] | None:
    """The digit groups of ``text``, or None when it holds anything but digits and separators."""
    stripped = text.strip().strip(".")
    if not stripped or not re.fullmatch(r"[\d./\-, ]+", stripped):
        return None
    return [part for part in _SEPARATORS.split(stripped) if part]


def parse_date(text: str, today: dt.date | None = None) -> dt.date:
    """The day written in ``text`` as a Latvian user writes it: 30.06.2027, 30062027, 30.6.27,
    3.6.2027, 300627 (ddmmyy), also with / or - between the parts, or 2027-06-30.

    Raises NotADate when no format fits or when the day does not exist (31.02.2027)."""
    today = today or today_local()
    parts = _split(text)
    if parts is None:
        raise NotADate(text, "unreadable")
    if len(parts) == 1 and len(parts[0]) in (6, 8):
        digits = parts[0]
        if len(digits) == 8 and not FIRST_YEAR <= int(digits[4:]) <= LAST_YEAR \
                and FIRST_YEAR <= int(digits[:4]) <= LAST_YEAR:
            digits = digits[6:] + digits[4:6] + digits[:4]  # 20270630, ISO without its dashes
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) != 3:
        raise NotADate(text, "unreadable")
    if len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2:
        parts = [parts[2], parts[1], parts[0]]
    day, month, year = parts
    if not (1 <= len(day) <= 2 and 1 <= len(month) <= 2 and len(year) in (2, 4)):
        raise NotADate(text, "unreadable")
    full_year = _full_year(year, today)
    if not FIRST_YEAR <= full_year <= LAST_YEAR:
        raise NotADate(text, "unreadable")
    try:
        return dt.date(full_year, int(month), int(day))
    except ValueError:
        raise NotADate(text, "no_such_day") from None


def parse_month(text: str, today: dt.date | None = None) -> dt.date:
    """The first day of the month written in ``text``: 06.2027, 6.2027, 6.27, 062027 or 0627."""
    today = today or today_local()
    parts = _split(text)
    if parts is None:
        raise NotADate(text, "unreadable")
    if len(parts) == 1 and len(parts[0]) in (4, 6):
        parts = [parts[0][:2], parts[0][2:]]
    if len(parts) != 2 or not 1 <= len(parts[0]) <= 2 or len(parts[1]) not in (2, 4):
        raise NotADate(text, "unreadable")
    if not FIRST_YEAR <= _full_year(parts[1], today) <= LAST_YEAR:
        raise NotADate(text, "unreadable")
    try:
        return dt.date(_full_year(parts[1], today), int(parts[0]), 1)
    except ValueError:
        raise NotADate(text, "no_such_day") from None


def parse_time(text: str) -> dt.time:
    """The time written in ``text``: 9, 09, 930, 0930, 9:30, 09.30, 9,30 or 9 30 (24-hour clock)."""
    stripped = text.strip()
    match = re.fullmatch(r"(\d{1,2})(?:\s*[:.,h ]\s*(\d{2}))?", stripped)
    if match:
        hours, minutes = match.group(1), match.group(2) or "0"
    elif re.fullmatch(r"\d{3,4}", stripped):
        hours, minutes = stripped[:-2], stripped[-2:]
    else:
        raise NotADate(text, "unreadable")
    try:
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise NotADate(text, "no_such_time") from None


def _as_date(value: QDate | dt.date) -> dt.date:
    return value.toPython() if isinstance(value, QDate) else value


def _calendar_icon() -> QIcon:
    return png_icon("calendar")


class _CalendarPopup(QFrame):
    """The month to pick a day from, opened under the field; closes on a pick, Esc or a click away."""

    picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setLocale(QLocale())
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day.toPython())

    def open_at(self, where: QPoint, day: dt.date, first: dt.date | None, last: dt.date | None) -> None:
        self.calendar.setMinimumDate(QDate(first) if first else QDate(100, 1, 1))
        self.calendar.setMaximumDate(QDate(last) if last else QDate(9999, 12, 31))
        self.calendar.setSelectedDate(QDate(day))
        self.move(where)
        self.show()
        self.calendar.setFocus()


class _TypedEdit(QLineEdit):
    """A line edit whose text is read as one value; the common part of the date and time editors.

    ``_committed`` is the value last announced (None for empty), so a signal goes out only when the
    value really changes; ``_optional`` says whether an empty field is allowed."""

    def __init__(self, parent: QWidget | None, optional: bool, placeholder: str) -> None:
        super().__init__(parent)
        self._optional = optional
        self._committed: object = None
        self.setPlaceholderText(placeholder)
        # As Qt's own editors: as wide as their longest text, growing only where a form lets fields grow.
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.editingFinished.connect(self._commit)
        self.textChanged.connect(lambda _text: self._show_state())

    def _widest_text(self) -> str:
        raise NotImplementedError

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        texts = (self._widest_text(), self.placeholderText())
        text_width = max(self.fontMetrics().horizontalAdvance(text) for text in texts)
        actions = sum(1 for action in self.actions() if action.isVisible())
        # The frame and text margins, then room for the calendar button.
        width = text_width + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 12 \
            + actions * (hint.height())
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    # --- what subclasses say -------------------------------------------------------------------
    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError

    def _words(self, error: NotADate) -> str:
        raise NotImplementedError

    def _range_problem(self, value: object) -> str | None:
        return None

    def _announce(self, value: object) -> None:
        raise NotImplementedError

    # --- the value -----------------------------------------------------------------------------
    def value(self) -> object:
        """The value typed, or None when the field is empty or its text is not a value."""
        try:
            return self._parse(self.text()) if self.text().strip() else None
        except NotADate:
            return None

    def problem(self) -> str | None:
        """What is wrong with the text, in the user's language, or None when it can be saved."""
        if not self.text().strip():
            return None if self._optional else self._empty_words()
        try:
            value = self._parse(self.text())
        except NotADate as error:
            return self._words(error)
        return self._range_problem(value)

    def _empty_words(self) -> str:
        raise NotImplementedError

    def shown_value(self) -> object:
        """The value last committed (announced): what a view driven by this field shows, kept while
        the user corrects a text that is not a value yet."""
        return self._committed

    def set_value(self, value: object) -> None:
        """Show ``value`` (None empties the field) and announce it when it changed."""
        self.setText("" if value is None else self._format(value))
        self._commit()

    def _commit(self) -> None:
        if self.problem() is not None:
            self._show_state()
            return
        value = self.value()
        # The value read is shown the one way (30062027 becomes 30.06.2027), so the user sees the
        # day the program understood before saving it.
        shown = "" if value is None else self._format(value)
        if self.text() != shown:
            self.setText(shown)
        if value != self._committed:
            self._committed = value
            self._announce(value)

    def _show_state(self) -> None:
        """A red frame and the reason in the tooltip while the text is not a value to save; the
        frame only once the user has left the field or pressed Enter, not at each keystroke."""
        problem = self.problem() if self.text().strip() else None
        self.setToolTip(problem or "")
        wrong = problem is not None and not self.hasFocus()
        style = WRONG_STYLE if wrong else ""
        if self.styleSheet() != style:
            self.setStyleSheet(style)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self._show_state()


class DateEdit(_TypedEdit):
    """A date typed in any of the formats ``parse_date`` reads, with a calendar button.

    ``_first``/``_last`` bound the dates allowed (None: no bound); a date outside them is refused
    with words, never moved to the bound."""

    dateChanged = Signal(QDate)  # noqa: N815 - the name QDateEdit users connect to

    def __init__(self, day: QDate | dt.date | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, placeholder: str | None = None) -> None:
        super().__init__(parent, optional, placeholder if placeholder is not None
                         else translate("DateInput", "dd.mm.yyyy"))
        self._first: dt.date | None = None
        self._last: dt.date | None = None
        self._popup: _CalendarPopup | None = None
        self.calendar_action = QAction(_calendar_icon(), translate("DateInput", "Choose from the calendar"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        if day is not None:
            self.setDate(day)

    def value(self) -> dt.date | None:
        """The date typed, or None when the field is empty or its text is not a date."""
        value = super().value()
        return value if isinstance(value, dt.date) else None

    def shown_value(self) -> dt.date | None:
        value = super().shown_value()
        return value if isinstance(value, dt.date) else None

    # --- QDateEdit's calls ---------------------------------------------------------------------
    def date(self) -> QDate:
        """The date typed; an invalid QDate when the field is empty or not a date (see problem())."""
        value = self.value()
        return QDate(value) if isinstance(value, dt.date) else QDate()

    def setDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - QDateEdit's name
        self.set_value(_as_date(day))

    def setMinimumDate(self, day: QDate | dt.date) -> None:  # noqa: N802
        self._first = _as_date(day)
        self._show_state()

    def setMaximumDate(self, day: QDate | dt.date) -> None:  # noqa: N802
        self._last = _as_date(day)
        self._show_state()

    def setDateRange(self, first: QDate | dt.date, last: QDate | dt.date) -> None:  # noqa: N802
        self.setMinimumDate(first)
        self.setMaximumDate(last)

    # --- typing and picking ----------------------------------------------------------------------
    def _parse(self, text: str) -> dt.date:
        return parse_date(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, dt.date)
        return format_date(value)

    def _widest_text(self) -> str:
        return "30.06.2027"

    def _announce(self, value: object) -> None:
        self.dateChanged.emit(QDate(value) if isinstance(value, dt.date) else QDate())

    def _empty_words(self) -> str:
        return translate("DateInput", "Enter a date, for example 30.06.2027.")

    def _words(self, error: NotADate) -> str:
        if error.reason == "no_such_day":
            return translate("DateInput", "There is no day „%1”: check the day and the month "
                             "(for example 30.06.2027).").replace("%1", error.text.strip())
        return translate("DateInput", "„%1” is not a date. Type it as 30.06.2027, 30062027 or 30.6.27."
                         ).replace("%1", error.text.strip())

    def _range_problem(self, value: object) -> str | None:
        assert isinstance(value, dt.date)
        first, last = self._first, self._last
        if (first is None or value >= first) and (last is None or value <= last):
            return None
        if first is not None and last is not None:
            words = translate("DateInput", "The date must be from %1 to %2.")
            return words.replace("%1", format_date(first)).replace("%2", format_date(last))
        if first is not None:
            return translate("DateInput", "The date may not be before %1.").replace("%1", format_date(first))
        assert last is not None
        return translate("DateInput", "The date may not be after %1.").replace("%1", format_date(last))

    def step(self, days: int) -> None:
        """Move the date typed by ``days`` (the arrow keys), from the date shown before while the text is
        not a date, from today when there is none."""
        current = self.value() or self.shown_value()
        start = current if isinstance(current, dt.date) else today_local()
        self.setDate(start + dt.timedelta(days=days))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.problem() is None:
            self.step(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        current = self.value()
        day = current if isinstance(current, dt.date) else today_local()
        self._popup.open_at(self.mapToGlobal(QPoint(0, self.height())), day, self._first, self._last)

    def _picked(self, day: dt.date) -> None:
        self.setDate(day)
        self.setFocus()


class MonthEdit(DateEdit):
    """A month (shown as 06.2027) for views that show one month; ``date()`` is its first day."""

    def __init__(self, day: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(day, parent, placeholder=translate("DateInput", "mm.yyyy"))

    def _parse(self, text: str) -> dt.date:
        return parse_month(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, dt.date)
        return value.strftime("%m.%Y")

    def _widest_text(self) -> str:
        return "06.2027"

    def setDate(self, day: QDate | dt.date) -> None:  # noqa: N802 - QDateEdit's name
        self.set_value(_as_date(day).replace(day=1))

    def step(self, days: int) -> None:
        """The arrow keys (and a view's ◀ ▶ buttons) move by a month."""
        current = self.value() or self.shown_value()
        start = current if isinstance(current, dt.date) else today_local().replace(day=1)
        self.setDate(QDate(start).addMonths(1 if days > 0 else -1))

    def _empty_words(self) -> str:
        return translate("DateInput", "Enter a month, for example 06.2027.")

    def _words(self, error: NotADate) -> str:
        return translate("DateInput", "„%1” is not a month. Type it as 06.2027 or 6.27.").replace("%1", error.text.strip())


class TimeEdit(_TypedEdit):
    """A time of day typed as 9, 930, 9:30 or 09.30, kept to the minute as typed."""

    timeChanged = Signal(QTime)  # noqa: N815 - the name QTimeEdit users connect to

    def __init__(self, moment: QTime | dt.time | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, False, translate("DateInput", "hh:mm"))
        if moment is not None:
            self.setTime(moment)

    def value(self) -> dt.time | None:
        """The time typed, or None when the field is empty or its text is not a time."""
        value = super().value()
        return value if isinstance(value, dt.time) else None

    def time(self) -> QTime:
        """The time typed; an invalid QTime when the field is empty or not a time (see problem())."""
        value = self.value()
        return QTime(value.hour, value.minute) if isinstance(value, dt.time) else QTime()

    def setTime(self, moment: QTime | dt.time) -> None:  # noqa: N802 - QTimeEdit's name
        value = moment.toPython() if isinstance(moment, QTime) else moment
        self.set_value(value.replace(second=0, microsecond=0))

    def _parse(self, text: str) -> dt.time:
        return parse_time(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, dt.time)
        return format_time(value)

    def _widest_text(self) -> str:
        return "00:00"

    def _announce(self, value: object) -> None:
        self.timeChanged.emit(QTime(value.hour, value.minute) if isinstance(value, dt.time) else QTime())

    def _empty_words(self) -> str:
        return translate("DateInput", "Enter a time, for example 9:30.")

    def _words(self, error: NotADate) -> str:
        if error.reason == "no_such_time":
            return translate("DateInput", "There is no time „%1”: hours go from 0 to 23 and minutes from 0 to 59."
                             ).replace("%1", error.text.strip())
        return translate("DateInput", "„%1” is not a time. Type it as 9:30, 930 or 9.").replace("%1", error.text.strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.problem() is None:
            current = self.value()
            start = current if isinstance(current, dt.time) else dt.time(12, 0)
            minutes = start.hour * 60 + start.minute
            minutes += TIME_STEP_MINUTES if event.key() == Qt.Key.Key_Up else -TIME_STEP_MINUTES
            minutes %= 24 * 60
            self.setTime(dt.time(minutes // 60, minutes % 60))
        else:
            super().keyPressEvent(event)


class DateTimeEdit(QWidget):
    """A date and a time side by side (the two editors above), read as one local date-time."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - the name QDateTimeEdit users connect to

    def __init__(self, moment: QDateTime | dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = DateEdit()
        self.time_edit = TimeEdit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 3)
        layout.addWidget(self.time_edit, 2)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(lambda _day: self._announce())
        self.time_edit.timeChanged.connect(lambda _time: self._announce())
        if moment is not None:
            self.setDateTime(moment)

    def dateTime(self) -> QDateTime:  # noqa: N802 - QDateTimeEdit's name
        """The date and time typed; an invalid QDateTime when either is not readable."""
        day, moment = self.date_edit.value(), self.time_edit.value()
        if isinstance(day, dt.date) and isinstance(moment, dt.time):
            return QDateTime(dt.datetime.combine(day, moment))
        return QDateTime()

    def setDateTime(self, moment: QDateTime | dt.datetime) -> None:  # noqa: N802 - QDateTimeEdit's name
        value = moment.toPython() if isinstance(moment, QDateTime) else moment
        with_signals_held = self.blockSignals(True)
        self.date_edit.setDate(value.date())
        self.time_edit.setTime(value.time())
        self.blockSignals(with_signals_held)
        self._announce()

    def problem(self) -> str | None:
        return self.date_edit.problem() or self.time_edit.problem()

    def _announce(self) -> None:
        moment = self.dateTime()
        if moment.isValid():
            self.dateTimeChanged.emit(moment)


def refuse_unreadable(parent: QWidget, editors: Iterable[QWidget]) -> bool:
    """Before a save: when one of ``editors`` (enabled ones only) holds text that is not a value it
    can save, say so in a message, put the cursor in that field and return True (the form then
    saves nothing); False when every field can be saved."""
    for editor in editors:
        if not editor.isEnabled() or not isinstance(editor, _TypedEdit | DateTimeEdit):
            continue
        problem = editor.problem()
        if problem is None:
            continue
        field: QWidget = editor
        if isinstance(editor, DateTimeEdit):
            field = editor.date_edit if editor.date_edit.problem() else editor.time_edit
        QMessageBox.warning(parent, translate("DateInput", "Check the date"), problem)
        field.setFocus()
        if isinstance(field, QLineEdit):
            field.selectAll()
        return True
    return False

