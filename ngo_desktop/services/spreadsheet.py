"""Spreadsheet cells in and out: one set of rules for every CSV and XLSX export and import.

Out, for a Latvian Excel user: CSV with ``;`` and a UTF-8 byte-order mark, dates as 05.03.2026 and
euros as 12,50; XLSX with real dates and numbers (``dd.mm.yyyy`` and a euro format), text always
as text cells, a frozen header row, a filter and column widths. A text that a spreadsheet would
run as a formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading apostrophe in CSV, as OWASP advises against CSV injection; XLSX marks it as typed text
(a text cell with Excel's quote prefix), which is never a formula.

In: ``read_sheet`` reads a CSV (UTF-8 with or without a byte-order mark, UTF-16 as Excel's
"Unicode text", or Windows-1257 as older Latvian Excel saves it) or an XLSX workbook within fixed
limits, and gives each row its true spreadsheet number (blank rows counted). The CSV guard is
taken off again, so export then import gives back exactly the values exported. Cells that cannot
be read (bytes that are not text in the file's encoding, a formula without a saved value, a cell
longer than Excel allows) come back as ``CellProblem`` with their row and column.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator

from ngo_desktop.errors import DomainError
from ngo_desktop.i18n import compiled_translation, translate

DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"
GUARD = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD.MM.YYYY"
TIME_FORMAT = "HH:MM"
EURO_FORMAT = '#,##0.00 "€"'
MAX_CELL_CHARACTERS = 32_767  # Excel's own limit for one cell
MAX_FILE_BYTES = 50 * 1024 * 1024  # a CSV on disk, or an XLSX once unpacked
MAX_ROWS = 100_000
MAX_CELLS = 2_000_000  # rows × columns, so a file of tiny cells cannot fill the memory either
MAX_SHEET_ROWS = 1_048_576  # Excel's own limits: a workbook claiming more is not one Excel made
MAX_SHEET_COLUMNS = 16_384
_UNDECODABLE = re.compile("[\ud800-\udfff]")  # what surrogateescape or surrogatepass let through
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class Money(int):
    """Cents that spreadsheets show as euros (an int, so totals still add up)."""


# --- cells out ----------------------------------------------------------------------------
def guard(text: str) -> str:
    """``text`` safe to put in a CSV cell: a leading apostrophe where a spreadsheet would see a formula.

    A text that already begins with the apostrophe gets one more, so that ``unguard`` can always
    take exactly one off and give back the original.
    """
    return GUARD + text if text.startswith((*FORMULA_STARTS, GUARD)) else text


def unguard(text: str) -> str:
    """The original of a ``guard``-ed CSV cell."""
    if text.startswith(GUARD) and text[1:].startswith((*FORMULA_STARTS, GUARD)):
        return text[1:]
    return text


def euros_text(cents: int) -> str:
    """12,50 or -3,05: a decimal comma and no thousands separator, as Latvian Excel reads a number."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100},{cents % 100:02d}"


def csv_cell(value: object) -> str:
    """A value as the text of a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, Money):
        return euros_text(value)
    if isinstance(value, bool):
        return translate("Spreadsheet", "yes") if value else ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float):
        return str(value).replace(".", ",")
    return guard(str(value))


def csv_writer(handle: io.TextIOBase) -> Any:  # noqa: ANN401 - csv's writer type is private
    """A CSV writer for Latvian Excel (``;``); open the file with ``CSV_ENCODING`` and ``newline=""``."""
    return csv.writer(handle, delimiter=DELIMITER, quoting=csv.QUOTE_MINIMAL)


def csv_row(values: Iterable[object]) -> list[str]:
    return [csv_cell(value) for value in values]


@dataclass(frozen=True)
class Column:
    """A column of an export: its header and its width in characters (None: fitted to the values)."""

    title: str
    width: int | None = None


class XlsxTable:
    """The one sheet of an XLSX export being written: ``append`` a row at a time (``xlsx_table``)."""

    def __init__(self, workbook: Any, sheet: Any) -> None:  # noqa: ANN401 - XlsxWriter is untyped
        self.rows = 0
        self._sheet = sheet
        self._euros = workbook.add_format({"num_format": EURO_FORMAT})
        self._date = workbook.add_format({"num_format": DATE_FORMAT})
        self._date_time = workbook.add_format({"num_format": f"{DATE_FORMAT} {TIME_FORMAT}"})
        self._time = workbook.add_format({"num_format": TIME_FORMAT})
        # Excel keeps a cell with a quote prefix text even when it is edited.
        self._typed_text = workbook.add_format({"quote_prefix": True})

    def append(self, values: Iterable[object]) -> None:
        """One row with real types: text as text cells, dates, times, numbers and euros formatted."""
        self.rows += 1
        for column, value in enumerate(values):
            self._write(self.rows, column, value)

    def _write(self, row: int, column: int, value: object) -> None:
        sheet = self._sheet
        if value is None:
            return
        if isinstance(value, Money):
            sheet.write_number(row, column, value / 100, self._euros)
        elif isinstance(value, bool):
            if value:
                sheet.write_string(row, column, csv_cell(value))  # "jā"; no is an empty cell
        elif isinstance(value, dt.datetime):
            sheet.write_datetime(row, column, value.replace(tzinfo=None), self._date_time)
        elif isinstance(value, dt.date):
            sheet.write_datetime(row, column, value, self._date)
        elif isinstance(value, dt.time):
            sheet.write_datetime(row, column, value, self._time)
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value)
        else:
            # Always a text cell (write_string never makes a formula, whatever the text begins with).
            text = _xml_safe(str(value))
            if text:  # an empty text is a blank cell, as spreadsheets count blanks
                sheet.write_string(row, column, text,
                                   self._typed_text if text.startswith((*FORMULA_STARTS, GUARD)) else None)


@contextmanager
def xlsx_table(path: Path, title: str, columns: Sequence[Column],
               fit_to: Sequence[Sequence[object]] = ()) -> Iterator[XlsxTable]:
    """Write a one-sheet workbook to ``path``: the header row bold and frozen, the block's rows, and a
    filter over them all once the block ends.

    A column without a fixed width is fitted to ``fit_to`` (the rows, when they are known in advance;
    at most 60 characters). XlsxWriter streams each row to disk as it comes (constant memory),
    twice as fast as openpyxl's write-only sheets: 3,000 tenancies in about 0.3 s instead of 0.6 s
    (issue #16). Its unpacked files go to a private temporary folder that is removed at the end,
    whatever happens: they hold the sheet's data. It packs them into memory (a zip of about 3 MB
    for 50,000 rows of ten columns), and the packed workbook is then written to ``path`` here, so
    that a full disk raises its own OSError and leaves no file open. Write to a temporary path
    (``output_path``): when the block raises, nothing is written to ``path`` and the block's error
    is the one raised.
    """
    from xlsxwriter import Workbook
    from xlsxwriter.exceptions import FileCreateError

    with tempfile.TemporaryDirectory(prefix="ngo-desktop-xlsx-", ignore_cleanup_errors=True) as scratch:
        packed = io.BytesIO()
        workbook = Workbook(packed, {"constant_memory": True, "tmpdir": scratch})
        try:
            sheet = workbook.add_worksheet(_sheet_title(title))
            for index, column in enumerate(columns):
                width = column.width
                if width is None:
                    width = max([len(column.title),
                                 *(len(csv_cell(row[index])) for row in fit_to if index < len(row))])
                sheet.set_column(index, index, min(60, max(width, len(column.title)) + 2))
            sheet.freeze_panes(1, 0)
            bold = workbook.add_format({"bold": True})
            for index, column in enumerate(columns):
                sheet.write_string(0, index, column.title, bold)
            table = XlsxTable(workbook, sheet)
            yield table
            sheet.autofilter(0, 0, table.rows, max(len(columns), 1) - 1)
            workbook.close()
        except FileCreateError as error:
            _let_go(workbook)
            # XlsxWriter wraps the OSError of a file of its own it could not write (a full disk).
            raise (error.args[0] if error.args and isinstance(error.args[0], OSError) else OSError(str(error))) \
                from None
        except BaseException:
            _let_go(workbook)
            raise
    with open(path, "wb") as handle:
        handle.write(packed.getbuffer())


def _let_go(workbook: Any) -> None:  # noqa: ANN401 - XlsxWriter is untyped
    """Close the files a workbook that failed still holds open in its temporary folder.

    XlsxWriter has no public way to drop a workbook: each sheet keeps its rows' file open until the
    workbook is packed, and the sheet's XML file while it is packed. Left open, the files (both hold
    the sheet's data) could not be removed on Windows, and every failed export would keep them open
    here. The workbook's other parts are small and hold no rows.
    """
    for sheet in workbook.worksheets():
        with contextlib.suppress(Exception):
            sheet._opt_close()  # noqa: SLF001 - see above
        if getattr(sheet, "internal_fh", False):
            with contextlib.suppress(Exception):
                sheet.fh.close()


def _sheet_title(title: str) -> str:
    # Excel refuses these characters in a sheet's name, names longer than 31 characters and an
    # apostrophe at either end.
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip("'") or "1"


# XML 1.0 cannot hold most control characters; the database refuses them on input anyway.
_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xml_safe(text: str) -> str:
    # A carriage return (a CSV from Windows) is a line break as any other: XML reads "\r\n" as "\n"
    # anyway, and XlsxWriter would write a lone one as "_x000D_", which openpyxl reads back as it stands.
    return _XML_UNSAFE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


# --- words in both languages --------------------------------------------------------------
@cache
def _latvian_translator() -> QTranslator:
    translator = QTranslator()
    translator.load(str(compiled_translation("lv")))
    return translator


def latvian(context: str, text: str) -> str:
    """The Latvian translation of ``text``, whatever language the program runs in (or ``text``)."""
    return _latvian_translator().translate(context, text) or text


def both_languages(context: str, text: str) -> set[str]:
    """The English source, its Latvian translation and the current language's word, for matching."""
    return {text, latvian(context, text), translate(context, text)}


def fold(text: str) -> str:
    """A header or a word without case, diacritics, punctuation or extra spaces, for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.split())


# --- reading ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CellProblem:
    """A problem of one row (and column) of a file, by the spreadsheet's row number (header = 1)."""

    row: int
    column: str  # the file's header of the column, or "" for the whole row
    message: str

    def describe(self) -> str:
        if self.column:
            return translate("Spreadsheet", "Row {row}, column “{column}”: {message}").format(
                row=self.row, column=self.column, message=self.message)
        return translate("Spreadsheet", "Row {row}: {message}").format(row=self.row, message=self.message)


@dataclass(frozen=True)
class Sheet:
    """The header and the non-blank data rows of a file, each with its spreadsheet row number.

    CSV cells are text (the export guard taken off); XLSX cells keep their types (numbers, dates).
    Every text is in Unicode NFC, so a name typed on a Mac matches the same name typed on Windows.
    """

    headers: list[str]
    rows: list[list[object]]
    row_numbers: list[int]
    problems: list[CellProblem] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


class SheetUnreadable(DomainError):
    """The file as a whole cannot be read as a spreadsheet; ``str()`` says why and what to do."""


def read_sheet(path: Path, *, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS) -> Sheet:
    """The first sheet of ``path`` (.csv, .txt or .xlsx) within the limits; raises SheetUnreadable."""
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path, max_bytes, max_rows)
    if suffix not in {".csv", ".txt"}:
        raise SheetUnreadable(translate(
            "Spreadsheet", "{name} is not a spreadsheet file: choose a file ending in .csv or .xlsx.").format(
            name=path.name))
    try:
        if path.stat().st_size > max_bytes:
            raise _too_big(path, max_bytes)
        return _read_csv(path, max_rows)
    except OSError as error:
        raise SheetUnreadable(translate("Spreadsheet", "The file {path} cannot be read: {reason}").format(
            path=path, reason=error.strerror or error)) from error


def _too_big(path: Path, max_bytes: int) -> SheetUnreadable:
    return SheetUnreadable(translate(
        "Spreadsheet", "{name} is larger than {size} MB, more than this program reads at once. "
        "Split it into smaller files.").format(name=path.name, size=max_bytes // (1024 * 1024)))


def _too_many_rows(name: str, max_rows: int) -> SheetUnreadable:
    return SheetUnreadable(translate(
        "Spreadsheet", "{name} has more than {rows} rows, more than this program reads at once. "
        "Split it into smaller files.").format(name=name, rows=max_rows))


def _read_csv(path: Path, max_rows: int) -> Sheet:
    """Stream the rows from the file (the whole text is never held), with the encoding found first."""
    encoding = _detect_encoding(path)
    # Bytes that are not text in the encoding come through as surrogates, reported by cell below.
    errors = "surrogatepass" if encoding == "utf-16" else "surrogateescape"
    with path.open(encoding=encoding, errors=errors, newline="") as handle:
        delimiter = _delimiter(handle.read(20000))
    headers: list[str] | None = None
    rows: list[list[object]] = []
    numbers: list[int] = []
    problems: list[CellProblem] = []
    cells = 0
    number = 0
    repeated = _RepeatedValues()
    try:
        with path.open(encoding=encoding, errors=errors, newline="") as handle:
            for number, record in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
                if not any(cell.strip() for cell in record):
                    continue
                if headers is None:
                    headers = [unicodedata.normalize("NFC", cell).strip() for cell in record]
                    _refuse_unreadable_header(headers, number, path.name, encoding)
                    continue
                if len(rows) >= max_rows:
                    raise _too_many_rows(path.name, max_rows)
                cells += len(record)
                if cells > MAX_CELLS:
                    raise _too_many_rows(path.name, len(rows))
                row: list[object] = []
                for index, cell in enumerate(record):
                    problem = _cell_problem(cell, encoding)
                    if problem:
                        problems.append(CellProblem(number, _header(headers, index), problem))
                        cell = ""
                    row.append(repeated.share(index, unguard(unicodedata.normalize("NFC", cell))))
                rows.append(row)
                numbers.append(number)
    except (csv.Error, UnicodeDecodeError) as error:  # broken quoting, a cell over csv's own limit, odd UTF-16
        raise SheetUnreadable(translate(
            "Spreadsheet", "Row {row} of {name} cannot be read as CSV ({reason}).").format(
            row=number + 1, name=path.name, reason=error)) from error
    if headers is None or not rows:
        raise SheetUnreadable(translate(
            "Spreadsheet", "The file is empty: it needs a header row and at least one row."))
    return Sheet(headers, rows, numbers, problems, encoding, delimiter)


class _RepeatedValues:
    """One string for each value repeated down a column (a legal form, a fee, a list of fields
    written 100,000 times); a column whose values keep differing is left alone after a while."""

    DISTINCT_LIMIT = 2000

    def __init__(self) -> None:
        self._columns: dict[int, dict[str, str] | None] = {}

    def share(self, column: int, value: str) -> str:
        known = self._columns.setdefault(column, {})
        if known is None:
            return value
        found = known.setdefault(value, value)
        if len(known) > self.DISTINCT_LIMIT:
            self._columns[column] = None
        return found


def _header(headers: list[str], index: int) -> str:
    return headers[index] if index < len(headers) and headers[index] else str(index + 1)


def _cell_problem(cell: str, encoding: str) -> str:
    if _UNDECODABLE.search(cell):
        return translate(
            "Spreadsheet", "this text is not readable as {encoding}; save the file again as “CSV UTF-8”.").format(
            encoding=_ENCODING_NAMES.get(encoding, encoding))
    if len(cell) > MAX_CELL_CHARACTERS:
        return translate("Spreadsheet", "the cell holds more than {limit} characters.").format(
            limit=MAX_CELL_CHARACTERS)
    return ""


def _refuse_unreadable_header(headers: list[str], number: int, name: str, encoding: str) -> None:
    for index, header in enumerate(headers):
        if _UNDECODABLE.search(header) or "\x00" in header:
            raise SheetUnreadable(translate(
                "Spreadsheet", "{name} is not a spreadsheet saved as text: row {row}, column {column} cannot be "
                "read as {encoding}. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.").format(
                name=name or "CSV", row=number, column=index + 1, encoding=_ENCODING_NAMES.get(encoding, encoding)))


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1257": "Windows-1257"}


def _detect_encoding(path: Path) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text") or Windows-1257.

    A file that is not valid UTF-8 but holds UTF-8 letters is a damaged UTF-8 file, not another
    code page: it is read as UTF-8 and its bad bytes are reported by row and column.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        head = handle.read(3)
        if head.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig"
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        handle.seek(0)
        seen_utf8 = False
        while chunk := handle.read(1 << 20):
            seen_utf8 = seen_utf8 or bool(_UTF8_SEQUENCE.search(chunk))
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return "utf-8" if seen_utf8 or _UTF8_SEQUENCE.search(handle.read(1 << 20)) else "cp1257"
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "utf-8" if seen_utf8 else "cp1257"
    return "utf-8"


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(text, delimiters=";,\t").delimiter
    except csv.Error:
        counts = {candidate: header.count(candidate) for candidate in ";,\t"}
        return max(counts, key=lambda candidate: counts[candidate]) if any(counts.values()) else DELIMITER


def _read_xlsx(path: Path, max_bytes: int, max_rows: int) -> Sheet:
    from openpyxl import load_workbook

    has_formulas = _check_workbook_archive(path, max_bytes)
    not_a_workbook = translate(
        "Spreadsheet", "{name} is not an Excel workbook this program can read (it may be damaged or "
        "incomplete). Open it in the spreadsheet and save it again as .xlsx.").format(name=path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False) if has_formulas else None
    except Exception as error:  # openpyxl raises many kinds of error for a file that is not a workbook
        raise SheetUnreadable(not_a_workbook) from error
    try:
        return _sheet_from_workbook(workbook, formulas, path.name, max_rows)
    except SheetUnreadable:
        raise
    except Exception as error:  # a damaged part found only while the rows are read
        raise SheetUnreadable(not_a_workbook) from error
    finally:
        workbook.close()
        if formulas is not None:
            formulas.close()


def _check_workbook_archive(path: Path, max_bytes: int) -> bool:
    """Refuse a file that is not a zip or unpacks to more than ``max_bytes``; True if it holds formulas.

    Checked from the archive's directory before openpyxl reads anything, because openpyxl keeps
    every shared string in memory: a small file can unpack to gigabytes.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if sum(member.file_size for member in members) > max_bytes:
                raise _too_big(path, max_bytes)
            return any(_holds_formula(archive, member) for member in members
                       if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise SheetUnreadable(translate(
            "Spreadsheet", "{name} is not an Excel workbook this program can read (it may be damaged or "
            "incomplete). Open it in the spreadsheet and save it again as .xlsx.").format(name=path.name)) from error


def _holds_formula(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 20):
            if b"<f>" in tail + chunk or b"<f " in tail + chunk:
                return True
            tail = chunk[-3:]
    return False


def _sheet_from_workbook(workbook: Any, formulas: Any, name: str, max_rows: int) -> Sheet:  # noqa: ANN401
    sheet = workbook.worksheets[0]
    # The declared size may be false (a few cells claiming A1:XFD1048576): read only the cells there are.
    sheet.reset_dimensions()
    formula_rows: Iterator[Any] = iter(())
    if formulas is not None:
        formulas.worksheets[0].reset_dimensions()
        formula_rows = iter(formulas.worksheets[0].iter_rows())
    headers: list[str] | None = None
    rows: list[list[object]] = []
    numbers: list[int] = []
    problems: list[CellProblem] = []
    cells = 0
    number = 0
    for record in sheet.iter_rows():
        formula_record = next(formula_rows, ())
        number = next((cell.row for cell in record if getattr(cell, "row", None)), number + 1)
        if number > MAX_SHEET_ROWS or len(record) > MAX_SHEET_COLUMNS:
            raise _too_many_rows(name, max_rows)
        values = [_xlsx_value(cell.value) for cell in record]
        if headers is None:
            if any(value not in (None, "") for value in values):
                headers = [str(value).strip() if value is not None else "" for value in values]
            continue
        row_problems = _xlsx_problems(values, formula_record, headers, number)
        if not row_problems and not any(value is not None and str(value).strip() for value in values):
            continue
        if len(rows) >= max_rows:
            raise _too_many_rows(name, max_rows)
        cells += len(values)
        if cells > MAX_CELLS:
            raise _too_many_rows(name, len(rows))
        problems.extend(row_problems)
        rows.append(values)
        numbers.append(number)
    if headers is None or not rows:
        raise SheetUnreadable(translate(
            "Spreadsheet", "The file is empty: it needs a header row and at least one row."))
    return Sheet(headers, rows, numbers, problems)


_ESCAPED_ESCAPE = re.compile(r"_x005F(_x[0-9A-Fa-f]{4}_)")


def _xlsx_value(value: object) -> object:
    if isinstance(value, str):
        if "_x005F_" in value:
            # A text holding "_x0041_" itself is written "_x005F_x0041_" (the escape of "_"); openpyxl
            # undoes it in shared strings but not in inline ones (this program's exports).
            value = _ESCAPED_ESCAPE.sub(r"\1", value)
        return unicodedata.normalize("NFC", value)
    return value


def _xlsx_problems(values: list[object], formula_record: Sequence[Any], headers: list[str],
                   number: int) -> list[CellProblem]:
    problems = []
    for index, value in enumerate(values):
        if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
            problems.append(CellProblem(number, _header(headers, index), translate(
                "Spreadsheet", "the cell holds more than {limit} characters.").format(limit=MAX_CELL_CHARACTERS)))
            values[index] = ""
        elif value is None and index < len(formula_record) and getattr(formula_record[index], "data_type", "") == "f":
            problems.append(CellProblem(number, _header(headers, index), translate(
                "Spreadsheet", "the cell holds a formula without a calculated value. Open the file in the "
                "spreadsheet, let it calculate and save it, or write the value itself.")))
    return problems
