"""Importing organisations from a spreadsheet: pick a file, map its columns, preview, import.

The preview is checked again whenever the mapping or the duplicate choice changes; the Import
button is enabled only when no row has a problem, because an import is all or nothing. The
mapping is remembered by header text, so next month's file from the same spreadsheet maps itself.
Checking and importing read and write the database, so both run on the worker thread (a large file
with a progress dialog); an answer to a check the user has since changed is dropped.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ngo_desktop.database.core import Database
from ngo_desktop.errors import DomainError
from ngo_desktop.services.organisations.columns import COLUMNS, cell_text, guess_mapping
from ngo_desktop.services.organisations.importing import (
    ImportCancelled,
    ImportPlan,
    ImportSummary,
    OnDuplicate,
    RowAction,
    SourceTable,
    apply_import,
    plan_import,
    read_table,
)
from ngo_desktop.settings import settings
from ngo_desktop.views.operations import Cancelled, Operation, Progress

MAPPING_KEY = "organisations/import_mapping"
PREVIEW_ROWS = 300
CHECK_IN_BACKGROUND_ROWS = 1000
PROBLEM_BACKGROUND = QColor("#fde7ea")


class ImportDialog(QDialog):
    """``_table`` is the file as read; ``_plan`` the latest check of it (None while a check runs);
    ``_checks`` counts the checks asked for, so only the newest one's answer is shown; ``imported``
    the summary after a successful import (None until then)."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.imported: ImportSummary | None = None
        self._table: SourceTable | None = None
        self._plan: ImportPlan | None = None
        self._checks = 0
        self._path: Path | None = None
        self.setWindowTitle(self.tr("Import organisations"))
        self.resize(1000, 640)  # fits a 1024×768 screen with its title and task bars
        layout = QVBoxLayout(self)

        file_row = QHBoxLayout()
        self.file_label = QLabel(self.tr("Choose a CSV or Excel file with one organisation per row."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        layout.addLayout(file_row)

        splitter = QSplitter()
        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        self.mapping = QTableWidget(len(COLUMNS), 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self._combos: dict[str, QComboBox] = {}
        for row, column in enumerate(COLUMNS):
            item = QTableWidgetItem(column.title)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.currentIndexChanged.connect(self.check)
            self.mapping.setCellWidget(row, 1, combo)
            self._combos[column.key] = combo
        mapping_layout.addWidget(self.mapping)
        duplicates_row = QHBoxLayout()
        duplicates_row.addWidget(QLabel(self.tr("When the organisation is already there:")))
        self.on_duplicate = QComboBox()
        self.on_duplicate.addItem(self.tr("skip the row"), OnDuplicate.SKIP)
        self.on_duplicate.addItem(self.tr("update it with the file's values"), OnDuplicate.UPDATE)
        self.on_duplicate.addItem(self.tr("fill only its empty fields"), OnDuplicate.FILL)
        self.on_duplicate.currentIndexChanged.connect(self.check)
        duplicates_row.addWidget(self.on_duplicate, 1)
        mapping_layout.addLayout(duplicates_row)
        splitter.addWidget(mapping_box)

        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview_layout.addWidget(self.preview, 3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        preview_layout.addWidget(self.summary)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListWidget.ResizeMode.Adjust)
        preview_layout.addWidget(self.problems, 1)
        splitter.addWidget(preview_box)
        splitter.setSizes([380, 720])
        layout.addWidget(splitter, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- file and mapping -----------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        try:
            table = read_table(path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Cannot read the file"), str(error))
            return False
        self._path, self._table = path, table
        details = path.name
        if table.encoding:
            details += " — " + self.tr("text in %1, values separated by “%2”").replace(
                "%1", {"cp1257": "Windows-1257", "utf-16": "UTF-16"}.get(table.encoding, "UTF-8")).replace("%2", table.delimiter)
        row_count = len(table.rows)  # a plain variable, so lupdate sees the plural
        self.file_label.setText(details + " — " + self.tr("rows: %n", "", row_count))
        self._set_mapping(self._initial_mapping(table.headers))
        return True

    def _initial_mapping(self, headers: list[str]) -> dict[str, int]:
        """The guess from the headers, corrected by what the user chose for the same headers before."""
        mapping = guess_mapping(headers)
        try:
            remembered = json.loads(str(settings().value(MAPPING_KEY, "{}")))
        except ValueError:
            remembered = {}
        for index, header in enumerate(headers):
            if header not in remembered:
                continue
            mapping = {key: column for key, column in mapping.items() if column != index}
            key = remembered[header]
            if key in self._combos:
                mapping[key] = index
        return mapping

    def _set_mapping(self, mapping: dict[str, int]) -> None:
        headers = self._table.headers if self._table else []
        for key, combo in self._combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(combo.findData(mapping[key]) if key in mapping else 0)
            combo.blockSignals(False)
        self.check()

    def set_column(self, key: str, file_column: int | None) -> None:
        """Map one field to a column of the file (None: do not import it)."""
        combo = self._combos[key]
        combo.setCurrentIndex(combo.findData(file_column) if file_column is not None else 0)

    def current_mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self._combos.items() if combo.currentData() is not None}

    def set_on_duplicate(self, policy: OnDuplicate) -> None:
        self.on_duplicate.setCurrentIndex(self.on_duplicate.findData(policy))

    # --- checking -------------------------------------------------------------------------
    def check(self) -> None:
        """Check the file against the registry with the mapping shown; Import waits for the answer."""
        if self._table is None:
            return
        table, mapping, policy = self._table, self.current_mapping(), self.on_duplicate.currentData()
        self._checks += 1
        check_number = self._checks
        self._plan = None
        self.import_button.setEnabled(False)

        def show(plan: ImportPlan) -> None:
            if check_number == self._checks:  # else the mapping changed meanwhile: a newer check follows
                self._plan = plan
                self._show_preview()

        operation = Operation(self, self.database, lambda database, *_progress: plan_import(
            database, table, mapping, policy)).success(show).refusal_title(self.tr("Cannot check the file"))
        if len(table.rows) >= CHECK_IN_BACKGROUND_ROWS:
            # Checking thousands of rows takes a moment: a progress dialog shows that it runs.
            operation.with_progress(self.tr("Checking the file…"), cancellable=False)
        operation.run()

    def _show_preview(self) -> None:
        assert self._table is not None and self._plan is not None
        mapping = self.current_mapping()
        keys = [column.key for column in COLUMNS if column.key in mapping]
        shown = self._table.rows[:PREVIEW_ROWS]
        self.preview.clear()
        self.preview.setColumnCount(len(keys))
        self.preview.setRowCount(len(shown))
        self.preview.setHorizontalHeaderLabels([self._table.headers[mapping[key]] for key in keys])
        # The spreadsheet's own row numbers: blank rows in the file are counted, as problems count them.
        numbers = self._table.row_numbers[:PREVIEW_ROWS]
        self.preview.setVerticalHeaderLabels([str(number) for number in numbers])
        preview_row = {number: row for row, number in enumerate(numbers)}
        for row, cells in enumerate(shown):
            for column, key in enumerate(keys):
                index = mapping[key]
                self.preview.setItem(row, column, QTableWidgetItem(cell_text(cells[index]) if index < len(cells) else ""))
        header_columns = {self._table.headers[mapping[key]]: column for column, key in enumerate(keys)}
        self.problems.clear()
        for problem in self._plan.problems:
            self.problems.addItem(problem.describe())
            row = preview_row.get(problem.row, -1)
            if row >= 0:
                columns = [header_columns[problem.column]] if problem.column in header_columns else range(len(keys))
                for column in columns:
                    item = self.preview.item(row, column)
                    if item is not None:
                        item.setBackground(QBrush(PROBLEM_BACKGROUND))
                        item.setToolTip(problem.message)
        for look_alike in self._plan.look_alikes:
            self.problems.addItem(look_alike.describe())
        self.preview.resizeColumnsToContents()
        if self._plan.problems:
            rows = len({problem.row for problem in self._plan.problems})
            self.summary.setText(self.tr("Rows with problems: %n. Nothing will be imported until they are "
                                         "fixed in the file (or the column mapping).", "", rows))
            self.summary.setStyleSheet("color: #b00020;")
        else:
            self.summary.setText(self.tr("Ready: %1 to add, %2 to update, %3 to skip.")
                                 .replace("%1", str(self._plan.count(RowAction.ADD)))
                                 .replace("%2", str(self._plan.count(RowAction.UPDATE) + self._plan.count(RowAction.FILL)))
                                 .replace("%3", str(self._plan.count(RowAction.SKIP))))
            if self._plan.look_alikes:
                self.summary.setText(self.summary.text() + " " + self.tr(
                    "Rows that look like an organisation already in the registry: %n (see the list below).", "",
                    len(self._plan.look_alikes)))
            self.summary.setStyleSheet("")
        self.import_button.setEnabled(not self._plan.problems and bool(self._plan.rows))

    # --- importing ------------------------------------------------------------------------
    def run_import(self) -> bool:
        """Start the import (all or nothing) with a progress dialog that can stop it; False when the
        file is not ready. The answer arrives later: ``imported`` is set and the dialog closes."""
        if self._plan is None or self._plan.problems or self._table is None:
            return False
        plan, name = self._plan, self._path.name if self._path else ""

        def work(database: Database, progress: Progress) -> ImportSummary:
            return apply_import(database, plan, source_name=name, report=progress.report,
                                cancelled=lambda: progress.cancelled)

        def stopped(error: BaseException) -> bool:
            if not isinstance(error, Cancelled | ImportCancelled):
                return False
            QMessageBox.information(self, self.tr("Import stopped"),
                                    self.tr("The import was stopped; nothing was imported."))
            return True

        Operation(self, self.database, work).with_progress(self.tr("Importing organisations…")) \
            .success(self._imported).failure(stopped).refusal_title(self.tr("Nothing was imported")) \
            .disabling(self.import_button).run()
        return True

    def _imported(self, summary: ImportSummary) -> None:
        self._remember_mapping()
        self.imported = summary
        QMessageBox.information(self, self.tr("Import finished"),
                                self.tr("%1 added, %2 updated, %3 skipped.")
                                .replace("%1", str(summary.added)).replace("%2", str(summary.updated))
                                .replace("%3", str(summary.skipped)))
        self.accept()

    def _remember_mapping(self) -> None:
        """Remember, per header text of this file, the field it went to ("" for not imported)."""
        if self._table is None:
            return
        try:
            remembered = json.loads(str(settings().value(MAPPING_KEY, "{}")))
        except ValueError:
            remembered = {}
        by_column = {index: key for key, index in self.current_mapping().items()}
        for index, header in enumerate(self._table.headers):
            if header:
                remembered[header] = by_column.get(index, "")
        settings().setValue(MAPPING_KEY, json.dumps(remembered, ensure_ascii=False))
