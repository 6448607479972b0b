"""Tray controller offscreen (no tray there) and the drawn icon states."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from hipdesk.services import tray_icon
from hipdesk.services.tray import (
    NO_TRAY_MESSAGE,
    TrayController,
    TrayStatus,
    probe,
    tooltip_text,
)
from hipdesk.services.tray_icon import IconState

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_tooltip_words() -> None:
    assert tooltip_text(TrayStatus(24 * 60 + 50, 30 * 60)) == "Sitting 24 min · break at 30"
    assert tooltip_text(TrayStatus(60, 1800, estimated=True)) == "Sitting ~1 min · break at 30"
    assert tooltip_text(TrayStatus(0, 1800, in_hours=False)) == (
        "Sitting 0 min · outside working hours"
    )
    assert tooltip_text(TrayStatus(60, 1800, unsaved=2)) == (
        "Sitting 1 min · break at 30\n2 records not saved yet"
    )
    until = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)
    assert "reminders paused until" in tooltip_text(
        TrayStatus(0, 1800, paused=True, paused_until=until)
    )


def test_states_and_quantising() -> None:
    assert tray_icon.state_for(0.5, paused=False, in_hours=True) is IconState.ACTIVE
    assert tray_icon.state_for(1.2, paused=False, in_hours=True) is IconState.DUE
    assert tray_icon.state_for(0.5, paused=True, in_hours=True) is IconState.PAUSED
    assert tray_icon.state_for(0.5, paused=False, in_hours=False) is IconState.OFF_HOURS
    assert tray_icon.quantise(0) == 0
    assert tray_icon.quantise(0.001) == 1
    assert tray_icon.quantise(0.5) == tray_icon.STEPS // 2
    assert tray_icon.quantise(3.0) == tray_icon.STEPS


def _coloured_pixels(pix: QPixmap, colour: str) -> int:
    image = pix.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    target = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if (
                c.alpha() > 200
                and abs(c.red() - target.red())
                + abs(c.green() - target.green())
                + abs(c.blue() - target.blue())
                < 40
            ):
                count += 1
    return count


@pytest.mark.parametrize("dark", [False, True])
def test_ring_fills_with_the_stretch(qapp: QApplication, dark: bool) -> None:
    accent = tray_icon.ACCENT[dark]
    counts = [
        _coloured_pixels(
            tray_icon.render(32, tray_icon.quantise(f), IconState.ACTIVE, dark), accent
        )
        for f in (0.0, 0.25, 0.5, 1.0 - 1e-9)
    ]
    assert counts[0] == 0 and counts[0] < counts[1] < counts[2] < counts[3]
    due = tray_icon.render(32, tray_icon.STEPS, IconState.DUE, dark)
    assert _coloured_pixels(due, tray_icon.DUE) > counts[3] * 0.8


def test_icon_sheet_screenshot(qapp: QApplication) -> None:
    """All states at 16–64 px on light and dark panels → build/screenshots/tray_icons.png."""
    cases = [
        (0.1, IconState.ACTIVE),
        (0.5, IconState.ACTIVE),
        (0.8, IconState.ACTIVE),
        (1.0, IconState.DUE),
        (0.5, IconState.PAUSED),
        (0.2, IconState.OFF_HOURS),
    ]
    cell = 72
    rows = [(dark, size) for dark in (False, True) for size in (16, 24, 32, 64)]
    sheet = QPixmap(cell * len(cases), cell * len(rows))
    sheet.fill(QColor("#FFFFFF"))
    p = QPainter(sheet)
    for r, (dark, size) in enumerate(rows):
        p.fillRect(0, r * cell, sheet.width(), cell, QColor("#22282D" if dark else "#ECEFF1"))
        for c, (fraction, state) in enumerate(cases):
            pix = tray_icon.render(size, tray_icon.quantise(fraction), state, dark)
            p.drawPixmap(c * cell + (cell - size) // 2, r * cell + (cell - size) // 2, pix)
    p.end()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert sheet.save(str(SHOTS / "tray_icons.png"))


def test_controller_without_tray(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = TrayController(dark=False)
    assert not tray.available  # offscreen has no tray
    assert tray.show() is False
    assert tray.show_message("t", "b") is False
    assert tray.unavailable_notice() == NO_TRAY_MESSAGE
    assert tray.unavailable_notice() is None  # said once
    assert "AppIndicator" in NO_TRAY_MESSAGE
    tray.set_status(TrayStatus(24 * 60, 30 * 60))
    assert tray.tooltip == "Sitting 24 min · break at 30"
    assert tray.icon_state is IconState.ACTIVE
    assert not tray.resume_action.isVisible()
    tray.set_status(TrayStatus(24 * 60, 30 * 60, paused=True))
    assert tray.icon_state is IconState.PAUSED
    assert tray.resume_action.isVisible() and not tray.pause_menu.menuAction().isVisible()


def test_menu_entries_are_signals(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = TrayController(dark=True)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Start desk break",
        "Log pain…",
        "Pause reminders",
        "Resume reminders",
        "When to seek help",
        "Open hipdesk",
        "Quit",
    ]
    for action, signal in (
        (tray.start_action, tray.start_break_requested),
        (tray.log_pain_action, tray.log_pain_requested),
        (tray.help_action, tray.help_requested),
        (tray.open_action, tray.open_requested),
        (tray.quit_action, tray.quit_requested),
    ):
        with qtbot.waitSignal(signal, timeout=500):
            action.trigger()
    pause = tray.pause_menu.actions()
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        pause[0].trigger()
    assert blocker.args == [1800]
    with qtbot.waitSignal(tray.pause_requested) as blocker:
        pause[1].trigger()
    assert blocker.args == [3600]
    with qtbot.waitSignal(tray.pause_until_tomorrow_requested):
        pause[2].trigger()
    with qtbot.waitSignal(tray.resume_requested):
        tray.resume_action.trigger()


def test_probe_without_gui_session(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = dict(probe({"PATH": "/usr/bin"}))
    assert lines["tray"].startswith("not available (no StatusNotifierWatcher")
    assert "AppIndicator" in lines["tray"]
