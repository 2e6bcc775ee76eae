"""Help → User guide (F1): the pages of docs/ in the program's language, from every section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument

from ngo_desktop.resource_files import DOCS_DIR
from ngo_desktop.views.guide import PAGES, UserGuide, page_path
from ngo_desktop.views.sections import SECTIONS
from tests.test_main_window import make_window


def test_every_guide_page_has_a_latvian_translation_with_the_same_pictures() -> None:
    for page in PAGES:
        english, latvian = DOCS_DIR / f"{page}.md", DOCS_DIR / "lv" / f"{page}.md"
        assert english.is_file() and latvian.is_file(), page
        english_text, latvian_text = english.read_text(encoding="utf-8"), latvian.read_text(encoding="utf-8")
        # Each English screenshot has its Latvian twin on the Latvian page.
        for line in english_text.splitlines():
            if "](screenshots/" in line:
                picture = line.split("](screenshots/")[1].split(")")[0]
                assert f"../screenshots/{picture.replace('-en.', '-lv.')}" in latvian_text, (page, picture)
                assert (DOCS_DIR / "screenshots" / picture.replace("-en.", "-lv.")).is_file()
        assert latvian_text.splitlines()[0] != english_text.splitlines()[0], page  # translated, not copied


@pytest.mark.parametrize(("language", "fixture", "title"), [("lv", "latvian", "Rezervācijas"),
                                                              ("en", "english", "Bookings")])
def test_f1_in_the_main_window_opens_the_guide_in_the_programs_language(
        qtbot, database, request, language: str, fixture: str, title: str) -> None:
    request.getfixturevalue(fixture)
    window = make_window(qtbot, database)
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.guide_action in window.menuBar().actions()[-1].menu().actions()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None and guide.isVisible()
    assert guide.shown_path() == page_path("bookings", language)
    assert guide.contents.currentItem().text() == title
    assert guide.page.toPlainText().startswith(title)
    assert (language == "lv") == ("/lv/" in guide.shown_path().as_posix())


def test_f1_opens_the_page_of_the_section_shown(qtbot, database, latvian) -> None:
    window = make_window(qtbot, database)
    for section in SECTIONS:
        window.show_section(section.key)
        qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
        assert window.guide is not None
        assert window.guide.shown_path() == DOCS_DIR / "lv" / f"{section.key}.md"
    assert len([widget for widget in window.findChildren(UserGuide)]) == 1  # one window, raised again


def test_links_between_pages_and_screenshots_work(qtbot, latvian) -> None:
    guide = UserGuide(language="lv")
    qtbot.addWidget(guide)
    guide.show()
    guide.show_page("bookings")
    picture = QUrl.fromLocalFile(str(DOCS_DIR / "screenshots" / "bookings-lv.png"))
    image = guide.page.document().resource(QTextDocument.ResourceType.ImageResource.value, picture)
    assert image is not None and not image.isNull()
    assert image.width() <= guide.page.viewport().width()  # scaled to the page, no sideways scrolling
    guide.resize(700, 600)
    qtbot.waitUntil(lambda: guide.page.document().resource(
        QTextDocument.ResourceType.ImageResource.value, picture).width() <= guide.page.viewport().width())
    guide.follow(QUrl("spreadsheets.md"))
    assert guide.shown_path() == DOCS_DIR / "lv" / "spreadsheets.md"
    assert guide.contents.currentRow() == PAGES.index("spreadsheets")
    guide.contents.setCurrentRow(PAGES.index("install"))
    assert guide.shown_path() == DOCS_DIR / "lv" / "install.md"
    assert "\u201e" in guide.page.toPlainText()  # Latvian quotes „…”


def test_an_english_page_stands_in_for_a_missing_translation(tmp_path) -> None:
    (tmp_path / "lv").mkdir()
    (tmp_path / "bookings.md").write_text("# Bookings\n", encoding="utf-8")
    (tmp_path / "lv" / "fairs.md").write_text("# Tirdziņi\n", encoding="utf-8")
    (tmp_path / "fairs.md").write_text("# Fairs\n", encoding="utf-8")
    assert page_path("bookings", "lv", tmp_path) == tmp_path / "bookings.md"
    assert page_path("fairs", "lv", tmp_path) == tmp_path / "lv" / "fairs.md"
    assert page_path("fairs", "en", tmp_path) == tmp_path / "fairs.md"
