"""The tray icon in a real XEmbed tray (trayer under Xvfb): shown, updated, screenshotted."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from hipdesk.services.tray import TrayController, TrayStatus, probe
from hipdesk.services.tray_icon import IconState

pytestmark = pytest.mark.e2e

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def test_tray_icon_exists_and_follows_status(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert QSystemTrayIcon.isSystemTrayAvailable()
    assert dict(probe())["tray"] == "available"
    tray = TrayController(dark=False)
    assert tray.unavailable_notice() is None
    assert tray.show()
    assert tray.tray is not None
    qtbot.waitUntil(lambda: tray.tray.geometry().isValid(), timeout=5000)
    tray.set_status(TrayStatus(24 * 60, 30 * 60))
    assert tray.tray.toolTip() == "Sitting 24 min · break at 30"
    assert tray.icon_state is IconState.ACTIVE
    # The icon sits in trayer at the top right: keep a picture of that strip to look at.
    # Qt reports the embedded icon's geometry once trayer has reparented and mapped it.
    qtbot.waitUntil(lambda: tray.tray.geometry().x() > 0, timeout=5000)
    geo = tray.tray.geometry()
    screen = QGuiApplication.primaryScreen()
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = screen.geometry().width()
    shot = screen.grabWindow(0, width - 200, 0, 200, 40)
    assert shot.save(str(SHOTS / "tray_e2e_trayer.png"))
    assert geo.right() > width - 200, geo
    tray.set_status(TrayStatus(10 * 60, 30 * 60, paused=True))
    assert "reminders paused" in tray.tray.toolTip()
    tray.hide()


def test_no_tray_probe_without_gui_is_consistent() -> None:
    # The doctor path (no QApplication instance needed) sees trayer's XEmbed selection too.
    lines = probe({"DISPLAY": os.environ["DISPLAY"]})
    assert lines[0][1].startswith("available: XEmbed tray")
