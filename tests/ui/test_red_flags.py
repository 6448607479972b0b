"""The red-flag dialog: opened by symptoms or 9–10 ratings, locked for 3 s on the Clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.ui.red_flags import RedFlagDialog, red_flag_reasons
from hipdesk.ui.theme import ThemeChoice, ThemeManager

TEXTS = load_catalogue().texts


def test_which_entries_open_the_guidance() -> None:
    assert red_flag_reasons(8, 8, []) == []
    assert red_flag_reasons(9, None, []) == ["back pain 9 of 10"]
    assert red_flag_reasons(2, 10, []) == ["leg pain 10 of 10"]
    assert len(red_flag_reasons(0, None, ["saddle_numbness", "bladder_or_bowel_change"])) == 2
    assert red_flag_reasons(0, None, ["numbness_or_tingling"])


def test_locked_for_three_seconds(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    dialog = RedFlagDialog(TEXTS, clock, ["back pain 10 of 10"], timer=QTimer())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.shown) as got:
        dialog.present()
    assert got.args == ["back pain 10 of 10"]
    assert not dialog.ok.isEnabled() and "3 s" in dialog.countdown.text()
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):
        qtbot.keyClick(dialog, key)
    assert not dialog.close() and dialog.isVisible()
    clock.advance(2.9)
    dialog.timer.timeout.emit()
    assert dialog.locked and dialog.isVisible()
    clock.advance(0.1)
    dialog.timer.timeout.emit()
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        dialog = RedFlagDialog(TEXTS, FakeClock(), ["leg weakness"], timer=QTimer())
        qtbot.addWidget(dialog)
        dialog.present()
        qtbot.waitExposed(dialog)
        screenshot(dialog, f"red_flags_{choice}")
        dialog.done(0)
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()
