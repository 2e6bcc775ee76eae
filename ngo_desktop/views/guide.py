"""The user guide inside the program (Help → User guide, F1): the pages of docs/ in the program's
language, a contents list on the left and the page on the right.

The pages are the Markdown files a user reads on the project's site too: ``docs/<page>.md`` in
English and ``docs/lv/<page>.md`` in Latvian (an English page stands in for a Latvian one not
written yet). QTextBrowser shows Markdown itself; a link to another page of the guide opens that
page here, a web link opens in the browser, and screenshots are scaled down to the width shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QResizeEvent, QShortcut, QTextDocument
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from ngo_desktop.i18n import current_language, translate
from ngo_desktop.resource_files import DOCS_DIR

# In the order a new colleague reads them: the sections of the window first, then the shared
# spreadsheets and database, then installing; each with its name in the contents list.
CONTENTS = (
    ("bookings", QT_TRANSLATE_NOOP("UserGuide", "Bookings")),
    ("organisations", QT_TRANSLATE_NOOP("UserGuide", "Organisations")),
    ("fairs", QT_TRANSLATE_NOOP("UserGuide", "Fairs and markets")),
    ("premises", QT_TRANSLATE_NOOP("UserGuide", "Pop-up premises")),
    ("documents", QT_TRANSLATE_NOOP("UserGuide", "Printed documents")),
    ("reports", QT_TRANSLATE_NOOP("UserGuide", "Reports")),
    ("spreadsheets", QT_TRANSLATE_NOOP("UserGuide", "Spreadsheets")),
    ("shared-database", QT_TRANSLATE_NOOP("UserGuide", "Several desks and backups")),
    ("install", QT_TRANSLATE_NOOP("UserGuide", "Installing")),
)
PAGES = tuple(page for page, _title in CONTENTS)
# The room the text may take beside the contents list before a screenshot is scaled down.
IMAGE_MARGIN = 60
# White space around the text, so it does not touch the frame.
PAGE_MARGIN = 14
RESCALE_PAUSE_MS = 150


def page_path(page: str, language: str, docs: Path = DOCS_DIR) -> Path:
    """The file of ``page`` in ``language``: the translation when there is one, else English."""
    translated = docs / language / f"{page}.md"
    return translated if language != "en" and translated.is_file() else docs / f"{page}.md"


class _PageBrowser(QTextBrowser):
    """A text browser whose pictures are no wider than the page shown: they are scaled when loaded,
    and loaded again (keeping the place on the page) once the window has been resized.
    ``_rescale`` waits for the resizing to pause, so a drag of the window's edge reloads once."""

    def __init__(self) -> None:
        super().__init__()
        self._rescale = QTimer(self)
        self._rescale.setSingleShot(True)
        self._rescale.setInterval(RESCALE_PAUSE_MS)
        self._rescale.timeout.connect(self._reload_keeping_place)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() and not self.source().isEmpty():
            self._rescale.start()

    def _reload_keeping_place(self) -> None:
        bar = self.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.reload()
        bar.setValue(round(share * bar.maximum()))

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(name.toLocalFile())
            width = self.viewport().width() - IMAGE_MARGIN
            if not image.isNull() and width > 0 and image.width() > width:
                return image.scaledToWidth(width)
            if not image.isNull():
                return image
        return super().loadResource(kind, name)


class UserGuide(QWidget):
    """A window of its own beside the main window. ``_paths`` holds each listed page's file, in
    the order of the contents list."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setWindowTitle(self.tr("User guide"))
        language = language or current_language()
        self._paths = [page_path(page, language) for page in PAGES]
        self.contents = QListWidget()
        for _page, title in CONTENTS:
            self.contents.addItem(QListWidgetItem(translate("UserGuide", title)))
        # As wide as the longest name, so no name is cut.
        self.contents.setFixedWidth(self.contents.sizeHintForColumn(0) + 2 * self.contents.frameWidth() + 24)
        self.page = _PageBrowser()
        self.page.setOpenLinks(False)
        self.page.document().setDocumentMargin(PAGE_MARGIN)
        self.page.anchorClicked.connect(self.follow)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.contents.currentRowChanged.connect(self._show_row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.resize(1000, 700)

    def show_page(self, page: str) -> None:
        """Show ``page`` (one of PAGES; another name shows the first page)."""
        self.contents.setCurrentRow(PAGES.index(page) if page in PAGES else 0)
        self._show_row(self.contents.currentRow())

    def shown_path(self) -> Path:
        return Path(self.page.source().toLocalFile())

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._paths) and self.page.source() != QUrl.fromLocalFile(str(self._paths[row])):
            self.page.setSource(QUrl.fromLocalFile(str(self._paths[row])), QTextDocument.ResourceType.MarkdownResource)

    def follow(self, link: QUrl) -> None:
        """A link of the guide: another page here, a place on this page, or the web in the browser."""
        if link.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(link)
            return
        target = self.page.source().resolved(link) if link.isRelative() else link
        path = Path(target.toLocalFile())
        if path == self.shown_path() and link.hasFragment():
            self.page.scrollToAnchor(link.fragment())
            return
        row = next((index for index, shown in enumerate(self._paths)
                    if shown.name == path.name and path.suffix == ".md"), None)
        if row is not None:
            self.contents.setCurrentRow(row)
            if link.hasFragment():
                self.page.scrollToAnchor(link.fragment())
