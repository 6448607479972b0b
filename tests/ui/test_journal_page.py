"""The Journal page by keyboard: log, entries by day, filters, edit in place, delete + Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.models import PainEntry
from hipdesk.store.journal import Journal
from hipdesk.ui.journal import JournalBody
from hipdesk.ui.page import Page
from hipdesk.ui.theme import ThemeChoice, ThemeManager

TEXTS = load_catalogue().texts


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def _body(qtbot, journal, clock) -> JournalBody:  # type: ignore[no-untyped-def]
    body = JournalBody(journal, clock, TEXTS, timer=QTimer())
    qtbot.addWidget(body)
    body.resize(900, 900)
    body.show()
    qtbot.waitExposed(body)
    return body


def _log(qtbot, body, digit, hip=False) -> None:  # type: ignore[no-untyped-def]
    scale = body.form.back.scale
    qtbot.keyClick(scale, getattr(Qt.Key, f"Key_{digit}"))
    if hip:
        body.form.more.setChecked(True)
        qtbot.keyClick(body.form.hip_groin, Qt.Key.Key_Space)
    qtbot.keyClick(scale, Qt.Key.Key_Return)


def test_log_edit_delete_undo(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, journal, fake_clock)
    assert "No pain entries" in body.entries.count.text()
    _log(qtbot, body, 4)
    fake_clock.advance(3600)
    _log(qtbot, body, 6, hip=True)
    assert [r.entry.back for r in body.entries.rows] == [6, 4]  # newest first, grouped by day

    body.entries.hip_only.setChecked(True)
    assert [r.entry.back for r in body.entries.rows] == [6]
    body.entries.hip_only.setChecked(False)

    row = body.entries.rows[1]
    qtbot.keyClick(row.edit_button, Qt.Key.Key_Space)
    editor = body.entries.editor
    assert editor is not None and editor.back.scale.value() == 4
    qtbot.keyClick(editor.back.scale, Qt.Key.Key_2)
    qtbot.keyClick(editor.back.scale, Qt.Key.Key_Return)
    assert sorted(e.back for e in journal.records(PainEntry)) == [2, 6]

    row = body.entries.rows[0]
    qtbot.keyClick(row.delete_button, Qt.Key.Key_Space)
    assert journal.count(PainEntry) == 1 and body.toast.isVisible()
    qtbot.keyClick(body.toast.undo_button, Qt.Key.Key_Space)
    assert journal.count(PainEntry) == 2 and not body.toast.isVisible()
    assert [r.entry.back for r in body.entries.rows] == [6, 2]

    qtbot.keyClick(body.entries.rows[0].delete_button, Qt.Key.Key_Space)
    fake_clock.advance(10)
    body.toast.timer.timeout.emit()
    assert not body.toast.active and journal.count(PainEntry) == 1


def test_edit_cancel_with_escape(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot, journal, fake_clock)
    _log(qtbot, body, 3)
    qtbot.keyClick(body.entries.rows[0].edit_button, Qt.Key.Key_Space)
    editor = body.entries.editor
    assert editor is not None
    qtbot.keyClick(editor.back.scale, Qt.Key.Key_9)
    qtbot.keyClick(editor.back.scale, Qt.Key.Key_Escape)
    assert journal.records(PainEntry)[0].back == 3 and body.entries.editor is None


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, journal, fake_clock, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        body = JournalBody(journal, fake_clock, TEXTS, timer=QTimer())
        page = Page("Journal", body, scroll=False)
        qtbot.addWidget(page)
        page.resize(1166, 768)
        page.show()
        qtbot.waitExposed(page)
        screenshot(page, f"journal_empty_{choice}")
        for digit in (3, 5, 4):
            _log(qtbot, body, digit, hip=digit == 5)
            fake_clock.advance(5 * 3600)
        body.form.more.setChecked(False)
        body.entries.refresh()
        qapp.processEvents()  # let the rebuilt list lay out before grabbing (rendering only)
        screenshot(page, f"journal_{choice}")
        body.show_psfs()
        screenshot(page, f"journal_psfs_{choice}")
        body.tabs.setCurrentWidget(body.self_checks)
        screenshot(page, f"journal_self_checks_{choice}")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()
