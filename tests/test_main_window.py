"""The main window, the first-start welcome and Settings, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ngo_desktop import settings
from ngo_desktop.services.centre import CentreDetails, centre_name, get_centre_details, save_centre_details
from ngo_desktop.views.main_window import MainWindow
from ngo_desktop.views.sections import SECTIONS
from ngo_desktop.views.settings_dialog import SettingsDialog
from ngo_desktop.views.welcome_dialog import WelcomeDialog
from tests.qt_typing import type_text


def make_window(qtbot, database) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Offscreen windows are not activated by show(); shortcuts only reach the active window.
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.is_ready)
    return window


def test_navigation_lists_the_six_sections_in_latvian(qtbot, database, latvian) -> None:
    window = make_window(qtbot, database)
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == ["Rezervācijas", "Organizācijas", "Tirdziņi un tirgi", "Pop-up telpas", "Dokumenti", "Pārskati"]


def test_keyboard_shortcut_opens_a_section(qtbot, database, english) -> None:
    window = make_window(qtbot, database)
    qtbot.keyClick(window.navigation, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_key() == "organisations"
    qtbot.keyClick(window.navigation, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_key() == "documents"
    qtbot.keyClick(window.navigation, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section_key() == "reports"


def test_sections_are_built_only_when_first_shown(qtbot, database, english) -> None:
    window = make_window(qtbot, database)
    assert set(window._pages) == {"bookings"}
    window.show_section("fairs")
    assert set(window._pages) == {"bookings", "fairs"}


def test_status_bar_names_the_database_in_use(qtbot, database, english) -> None:
    window = make_window(qtbot, database)
    assert database.describe() in window.database_label.text()


def test_every_section_has_an_empty_state_on_an_empty_database(qtbot, database, english,
                                                               wait_for_operations) -> None:
    window = make_window(qtbot, database)
    for section in SECTIONS:
        window.show_section(section.key)
        wait_for_operations()  # a section reads the database off the GUI thread after it is shown
        page = window.section_widget(section)

        def visible_texts(page: QWidget = page) -> list[str]:
            return [label.text() for label in page.findChildren(QLabel) if label.isVisible()]

        # Sections read off the GUI thread: the empty state shows once the answer is back.
        qtbot.waitUntil(lambda: any("first" in text or "Nothing" in text for text in visible_texts()),
                        timeout=5000)


def test_window_size_and_section_are_remembered(qtbot, database, english) -> None:
    window = make_window(qtbot, database)
    window.resize(800, 560)
    window.show_section("premises")
    window.close()
    again = make_window(qtbot, database)
    assert again.current_section_key() == "premises"
    assert (again.size().width(), again.size().height()) == (800, 560)


def test_welcome_dialog_requires_a_name_and_saves_the_details(qtbot, database, english,
                                                              wait_for_operations) -> None:
    dialog = WelcomeDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.email, "nav-e-pasts")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert dialog.isVisible()
    assert "name" in dialog.form._errors["name"].text()
    assert dialog.form._errors["email"].isVisible()
    assert get_centre_details(database).name == ""
    assert centre_name(database) == ""  # the window's title reads the name alone

    dialog.form.email.clear()
    type_text(dialog.form.name, "Alūksnes NVO atbalsta centrs")
    qtbot.keyClicks(dialog.form.email, "info@aluksne-nvo.lv")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_operations()
    assert not dialog.isVisible()
    assert get_centre_details(database).name == "Alūksnes NVO atbalsta centrs"
    assert centre_name(database) == "Alūksnes NVO atbalsta centrs"


def test_welcome_is_not_offered_once_the_centre_has_a_name(qtbot, database, english, monkeypatch,
                                                           wait_for_operations) -> None:
    save_centre_details(database, CentreDetails(name="Rīgas NVO nams"))
    shown = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.append(self) or 0)
    window = make_window(qtbot, database)
    window.offer_welcome_if_new()
    wait_for_operations()
    assert shown == []
    assert window.windowTitle().startswith("Rīgas NVO nams")


def test_welcome_is_offered_on_an_empty_database_once_the_window_is_up(qtbot, database, english,
                                                                       monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: shown.append(self) or 0)
    window = MainWindow(database, offer_welcome=True)
    qtbot.addWidget(window)
    window.show()
    assert shown == []
    with qtbot.waitSignal(window.ready):
        pass
    qtbot.waitUntil(lambda: len(shown) == 1)  # once the database said it is empty


def test_the_window_paints_before_the_section_is_built(qtbot, database, english) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window._pages == {}
    assert window.stack.currentWidget() is window._placeholders["bookings"]
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)
    assert set(window._pages) == {"bookings"}


def test_settings_save_language_paper_and_centre_details(qtbot, database, english, wait_for_operations) -> None:
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.centre_form.name.isEnabled()  # one computer's file: the operator may change the centre
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.centre_form.name.setText("Alūksnes NVO atbalsta centrs")
    dialog.centre_form.house_rules.setPlainText("Pēc pasākuma telpu atstāj tīru.")
    dialog.save()
    wait_for_operations()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.language() == "en" and settings.paper_size() == "Letter"
    assert dialog.restart_needed
    assert get_centre_details(database).house_rules == "Pēc pasākuma telpu atstāj tīru."
    assert QSettings().value(settings.LANGUAGE_KEY) == "en"


def test_settings_refuse_an_empty_centre_name_and_keep_the_old_one(qtbot, database, english,
                                                                   wait_for_operations) -> None:
    save_centre_details(database, CentreDetails(name="Rīgas NVO nams"))
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    assert dialog.centre_form.name.text() == "Rīgas NVO nams"
    dialog.centre_form.name.setText("   ")
    dialog.save()
    wait_for_operations()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.centre_form
    assert get_centre_details(database).name == "Rīgas NVO nams"


def test_logo_is_scaled_and_stored_as_png(qtbot, database, english, tmp_path, wait_for_operations) -> None:
    from PySide6.QtGui import QColor, QImage

    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#9e1b32"))
    path = tmp_path / "logo.jpg"
    image.save(str(path))
    dialog = SettingsDialog(database)
    qtbot.addWidget(dialog)
    wait_for_operations()
    dialog.centre_form.name.setText("Centrs")
    assert dialog.centre_form.set_logo_from_file(str(path))
    dialog.save()
    wait_for_operations()
    logo = get_centre_details(database).logo_png
    assert logo is not None and logo.startswith(b"\x89PNG")
    stored = QImage.fromData(logo)
    assert max(stored.width(), stored.height()) == 600


@pytest.mark.sqlite_only
def test_the_start_up_backup_is_made_after_the_window_appears(qtbot, database, english) -> None:
    from ngo_desktop import settings
    from ngo_desktop.services.backup.copies import automatic_backups

    window = MainWindow(database, back_up_on_start=True)
    qtbot.addWidget(window)
    assert automatic_backups(database.sqlite_path, settings.backup_folder()) == []
    window.show()
    qtbot.waitUntil(lambda: window.start_backup is not None, timeout=10_000)
    window.start_backup.join(timeout=30)
    assert len(automatic_backups(database.sqlite_path, settings.backup_folder())) == 1


@pytest.mark.sqlite_only
def test_a_failed_automatic_backup_is_shown_in_the_status_bar(qtbot, database, english, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    settings.save(language_code="en", paper="A4", database="", backup=str(blocker / "backups"))
    window = make_window(qtbot, database)
    window.back_up_in_background().join(timeout=30)
    qtbot.waitUntil(lambda: "automatic backup" in window.statusBar().currentMessage())
    assert str(blocker / "backups") in window.statusBar().currentMessage()


@pytest.mark.sqlite_only
def test_restore_from_the_file_menu_brings_back_the_backup(qtbot, database, english, tmp_path,
                                                           monkeypatch, wait_for_operations) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ngo_desktop.services.backup.copies import back_up

    save_centre_details(database, CentreDetails(name="Rīta centrs"))
    copy = back_up(database, tmp_path / "rīts.sqlite3")
    save_centre_details(database, CentreDetails(name="Vakara centrs"))
    window = make_window(qtbot, database)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(copy), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append("WARNING " + text))
    window.restore_backup()
    wait_for_operations()
    assert told and told[0].startswith("The data was restored")
    assert get_centre_details(database).name == "Rīta centrs"
    assert window.windowTitle().startswith("Rīta centrs")
