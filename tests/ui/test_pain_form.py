"""The quick pain log, driven by the keyboard: digits, 1-then-0, Enter, errors, edit, dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry
from hipdesk.store import db as dbmod
from hipdesk.store.journal import Journal
from hipdesk.ui.pain_form import RED_FLAG_MARK, PainDialog, PainForm
from hipdesk.ui.theme import ThemeChoice, ThemeManager

TEXTS = load_catalogue().texts


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def _form(qtbot, journal, clock, **kw) -> PainForm:  # type: ignore[no-untyped-def]
    form = PainForm(journal, clock, TEXTS, **kw)
    qtbot.addWidget(form)
    form.resize(900, 700)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_digits_then_enter_save_one_entry(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)
    form.back.scale.setFocus()
    qtbot.keyClick(form.back.scale, Qt.Key.Key_4)
    assert form.back.scale.value() == 4
    with qtbot.waitSignal(form.saved) as got:
        qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    entry = got.args[0]
    assert entry.back == 4 and entry.leg is None
    assert journal.records(PainEntry) == [entry]
    assert form.status.text().startswith("Saved at")
    assert form.back.scale.value() is None  # ready for the next entry


def test_one_then_zero_is_ten_and_arrows_step(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)
    scale = form.back.scale
    qtbot.keyClick(scale, Qt.Key.Key_1)
    qtbot.keyClick(scale, Qt.Key.Key_0)
    assert scale.value() == 10
    qtbot.keyClick(scale, Qt.Key.Key_0)
    assert scale.value() == 0
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert scale.value() == 2
    qtbot.keyClick(scale, Qt.Key.Key_End)
    assert scale.value() == 10
    leg = form.leg.scale
    qtbot.keyClick(leg, Qt.Key.Key_3)
    qtbot.keyClick(leg, Qt.Key.Key_Delete)
    assert leg.value() is None


def test_bad_input_saves_nothing(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    assert "back pain" in form.error.label.text()
    assert form.error.isVisible()
    qtbot.keyClick(form.back.scale, Qt.Key.Key_5)
    form.note.setPlainText("x" * 1900)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    assert "characters" in form.error.label.text()
    assert journal.count(PainEntry) == 0
    assert form.back.scale.value() == 5  # values kept


def test_store_error_is_inline_and_values_stay(qtbot, journal, fake_clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)

    def full(_record):  # type: ignore[no-untyped-def]
        raise dbmod.DiskFullError("the disk is full")

    monkeypatch.setattr(journal, "add", full)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_6)
    form.hip_groin.setChecked(True)
    form.note.setPlainText("after the long meeting")
    qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    assert "disk is full" in form.error.label.text()
    assert "free some disk space" in form.error.label.text()
    assert form.status.text() == ""
    assert form.back.scale.value() == 6 and form.hip_groin.isChecked()
    assert form.note.toPlainText() == "after the long meeting"


def test_all_fields_by_keyboard(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_3)
    qtbot.keyClick(form.leg.scale, Qt.Key.Key_2)
    qtbot.keyClick(form.hip_groin, Qt.Key.Key_Space)
    qtbot.keyClick(form.region_chips["hip_left"], Qt.Key.Key_Space)
    qtbot.keyClicks(form.note, "stiff after lunch")
    with qtbot.waitSignal(form.saved) as got:
        qtbot.keyClick(form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    e = got.args[0]
    assert (e.back, e.leg, e.hip_groin, e.regions, e.note) == (
        3,
        2,
        True,
        ("hip_left",),
        "stiff after lunch",
    )


def test_edit_in_place_updates_the_same_entry(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    form = _form(qtbot, journal, fake_clock)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_3)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    first = journal.records(PainEntry)[0]
    form.load(first)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_7)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    stored = journal.records(PainEntry)
    assert len(stored) == 1 and stored[0].uuid == first.uuid and stored[0].back == 7


def test_red_flag_symptom_shows_locked_panel_and_is_recorded(qtbot, journal) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    form = _form(qtbot, journal, clock)
    qtbot.keyClick(form.back.scale, Qt.Key.Key_2)
    qtbot.keyClick(form.symptoms["bladder_or_bowel_change"], Qt.Key.Key_Space)
    with qtbot.waitSignal(form.red_flags_shown):
        qtbot.keyClick(form.back.scale, Qt.Key.Key_Return)
    dialog = form.red_flag_dialog
    assert dialog is not None and dialog.isVisible() and dialog.locked
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    clock.advance(3.0)
    dialog.timer.timeout.emit()
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    note = journal.records(PainEntry)[0].note
    assert note is not None and note.startswith(RED_FLAG_MARK)


def test_pain_dialog_logs_and_closes(qtbot, journal, fake_clock, qapp, screenshot) -> None:  # type: ignore[no-untyped-def]
    for choice in (ThemeChoice.LIGHT, ThemeChoice.DARK):
        ThemeManager(qapp, choice).apply()
        dialog = PainDialog(journal, fake_clock, TEXTS)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screenshot(dialog, f"pain_dialog_{choice}")
        qtbot.keyClick(dialog.form.back.scale, Qt.Key.Key_5)
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.form.back.scale, Qt.Key.Key_Return)
    ThemeManager(qapp, ThemeChoice.LIGHT).apply()
    assert journal.count(PainEntry) == 2


def test_no_clipping_at_125_percent(qtbot, journal, fake_clock, qapp, screenshot) -> None:  # type: ignore[no-untyped-def]
    old = QFont(qapp.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.25)
    QApplication.setFont(big)
    try:
        form = PainForm(journal, fake_clock, TEXTS)
        qtbot.addWidget(form)
        form.resize(form.sizeHint().expandedTo(form.minimumSizeHint()))
        form.show()
        qtbot.waitExposed(form)
        screenshot(form, "pain_form_125")
        for chip in form.region_chips.values():
            assert chip.width() >= chip.fontMetrics().horizontalAdvance(chip.text()) + 8
    finally:
        QApplication.setFont(old)
