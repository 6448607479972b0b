"""The Settings page by keyboard: immediate effect, inline errors that save nothing, hours,
backups, export/import through the store's code, reset with confirmation."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.store.journal import Journal
from hipdesk.store.settings import Settings
from hipdesk.ui.page import Page
from hipdesk.ui.settings import SettingsBody
from hipdesk.ui.theme import ThemeChoice, ThemeManager


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def _body(qtbot, app_paths, journal, **kw) -> SettingsBody:  # type: ignore[no-untyped-def]
    body = SettingsBody(app_paths.data_dir, journal, backup_dir=app_paths.backup_dir, **kw)
    qtbot.addWidget(body)
    body.resize(900, 1600)
    body.show()
    qtbot.waitExposed(body)
    return body


def _type_into(qtbot, line, text: str) -> None:  # type: ignore[no-untyped-def]
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_before_the_journal_opens(qtbot, app_paths) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, app_paths, None)
    assert not body.fields.isEnabled() and body.not_open.isVisible()
    assert body.data.path_label.text() == str(app_paths.data_dir)


def test_changes_take_effect_and_are_saved(qtbot, app_paths, journal) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, app_paths, journal)
    with qtbot.waitSignal(body.setting_changed) as got:
        body.threshold.setFocus()
        qtbot.keyClick(body.threshold, Qt.Key.Key_Up)
    assert got.args == ["breaks.threshold_minutes", 35]
    with qtbot.waitSignal(body.setting_changed) as got:
        body.theme.setFocus()
        qtbot.keyClick(body.theme, Qt.Key.Key_Down)
    assert got.args == ["ui.theme", "light"]
    with qtbot.waitSignal(body.setting_changed) as got:
        qtbot.keyClick(body.autostart, Qt.Key.Key_Space)
    assert got.args == ["autostart", True]
    _type_into(qtbot, body.meeting_apps, "zoom, jitsi")
    settings = Settings(journal)
    assert settings.get("breaks.threshold_minutes") == 35
    assert settings.get("ui.theme") == "light"
    assert settings.get("autostart") is True
    assert settings.get("quiet.meeting_apps") == ["zoom", "jitsi"]


def test_bad_input_is_inline_and_saves_nothing(qtbot, app_paths, journal) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, app_paths, journal)
    settings = Settings(journal)
    _type_into(qtbot, body.language, "not a language")
    assert "language code" in body.messages["ui.language"].label.text()
    assert settings.get("ui.language") == "system"
    _type_into(qtbot, body.meeting_apps, "zoom, , teams")
    assert body.messages["quiet.meeting_apps"].label.text()
    assert settings.get("quiet.meeting_apps") == ["zoom", "teams", "webex", "skype"]
    _type_into(qtbot, body.hours.fields["tue"], "25:00-26:00")
    assert body.hours.error.label.text().startswith("Tuesday, range 1:")
    _type_into(qtbot, body.hours.fields["wed"], "09:00-17:00")  # another fix elsewhere
    assert settings.get("work_hours")["tue"] == ["09:00-17:30"]
    _type_into(qtbot, body.hours.fields["tue"], "9-12; 13:00 to 17:30")
    assert not body.hours.error.isVisible()
    assert settings.get("work_hours")["tue"] == ["09:00-12:00", "13:00-17:30"]
    _type_into(qtbot, body.language, "de")
    assert not body.messages["ui.language"].isVisible()
    assert settings.get("ui.language") == "de"


def test_reset_asks_first(qtbot, app_paths, journal) -> None:  # type: ignore[no-untyped-def]
    answers = [False, True]
    body = _body(qtbot, app_paths, journal, confirm=lambda _t, _q: answers.pop(0))
    settings = Settings(journal)
    settings.set("safety.acknowledged_at", "2026-01-05T09:00:00Z")
    qtbot.keyClick(body.sound, Qt.Key.Key_Space)
    body.data.reset_button.setFocus()
    qtbot.keyClick(body.data.reset_button, Qt.Key.Key_Space)
    assert settings.get("sound.enabled") is True
    qtbot.keyClick(body.data.reset_button, Qt.Key.Key_Space)
    assert settings.get("sound.enabled") is False and not body.sound.isChecked()
    assert settings.get("safety.acknowledged_at") == "2026-01-05T09:00:00Z"


def test_backups_listed_and_restore_is_confirmed(qtbot, app_paths, journal) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, app_paths, journal, confirm=lambda _t, _q: True)
    assert body.data.selected_backup() is not None  # the daily backup made on open
    with qtbot.waitSignal(body.restore_requested) as got:
        body.data.restore_button.setFocus()
        qtbot.keyClick(body.data.restore_button, Qt.Key.Key_Space)
    assert got.args[0] == body.data.selected_backup()


def test_export_then_import(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.json"
    journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=3))
    body = _body(qtbot, app_paths, journal, choose_save_path=lambda: target,
                 choose_open_path=lambda: target)  # fmt: skip
    with qtbot.waitSignal(body.data.task_done, timeout=10_000):
        qtbot.keyClick(body.data.export_button, Qt.Key.Key_Space)
    doc = json.loads(target.read_text())
    assert doc["format"] == "hipdesk-journal" and len(doc["tables"]["pain_entries"]) == 1
    assert body.data.status.text().startswith("Exported ")
    with qtbot.waitSignal(body.journal_imported, timeout=10_000):
        qtbot.keyClick(body.data.import_button, Qt.Key.Key_Space)
    assert "Imported 0 entries" in body.data.status.text() and journal.count(PainEntry) == 1
    target.write_text('{"format": "something else"}')
    with qtbot.waitSignal(body.data.task_done, timeout=10_000):
        qtbot.keyClick(body.data.import_button, Qt.Key.Key_Space)
    assert "Nothing was imported" in body.data.error.label.text()


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, app_paths, journal, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        body = SettingsBody(app_paths.data_dir, journal, backup_dir=app_paths.backup_dir)
        page = Page("Settings", body)
        qtbot.addWidget(page)
        page.resize(1166, 768)
        page.show()
        qtbot.waitExposed(page)
        body.language.setText("xx yy")
        body.commit("ui.language")
        screenshot(page, f"settings_{choice}")
        page.resize(1166, 2000)
        screenshot(page, f"settings_full_{choice}")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()


def test_no_clipping_at_125_percent(qtbot, qapp, app_paths, journal, screenshot) -> None:  # type: ignore[no-untyped-def]
    old = QFont(qapp.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.25)
    QApplication.setFont(big)
    try:
        body = _body(qtbot, app_paths, journal)
        body.resize(896, body.sizeHint().height())
        screenshot(body, "settings_125")
        for b in body.findChildren(type(body.data.reset_button)):
            if b.isVisible():
                assert b.width() >= b.fontMetrics().horizontalAdvance(b.text()), b.text()
    finally:
        QApplication.setFont(old)


def test_flatpak_without_portal_turns_autostart_off(hip_app_open, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """No session bus, so no portal: the setting goes back off and nothing is written."""
    from hipdesk.services import autostart
    from hipdesk.store.settings import Settings

    monkeypatch.setattr(autostart, "in_flatpak", lambda: True)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    settings = Settings(hip_app_open.journal.journal)
    settings.set("autostart", True)
    hip_app_open.setting_changed("autostart", True)
    assert settings.get("autostart") is False
    assert not (tmp_path / "config").exists()


def test_autostart_after_a_data_folder_move_has_no_stale_data_dir(
    hip_app_open, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The move writes the location file first: the entry must not name the old folder."""
    from hipdesk.paths import write_location

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    write_location(hip_app_open.paths.config_dir, tmp_path / "moved")
    hip_app_open.setting_changed("autostart", True)
    entry = (tmp_path / "config" / "autostart").glob("*.desktop")
    (text,) = [p.read_text() for p in entry]
    assert "--minimized" in text and "--data-dir" not in text
