"""Autostart inside Flatpak through the Background portal, against a fake portal on a private
bus (the real xdg-desktop-portal needs a sandboxed app and a desktop to ask)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from hipdesk.services.portal_background import BackgroundPortal

pytestmark = pytest.mark.e2e
FAKE_PORTAL = Path(__file__).with_name("fake_portal_server.py")


def start_portal(address: str, answer: int) -> subprocess.Popen[str]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "FAKE_PORTAL_ANSWER": str(answer)}
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_PORTAL)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def last_request(address: str) -> Any:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(
        "/org/freedesktop/portal/desktop",
        bus_name="org.freedesktop.portal.Desktop",
        interface="io.hipdesk.FakePortal",
    )
    with open_dbus_connection(address) as conn:
        return conn.send_and_get_reply(new_method_call(target, "Last"), timeout=5).body


@pytest.mark.parametrize(("answer", "granted"), [(0, True), (1, False)])
def test_the_portal_is_asked_and_its_answer_reported(qtbot, private_bus, answer, granted) -> None:  # type: ignore[no-untyped-def]
    proc = start_portal(private_bus, answer)
    try:
        bus = QDBusConnection.connectToBus(private_bus, f"hipdesk-portal-{answer}")
        assert bus.isConnected()
        portal = BackgroundPortal(bus)
        with qtbot.waitSignal(portal.finished, timeout=5000) as blocker:
            portal.request(True, ["hipdesk", "--minimized"], "Start hipdesk in the tray")
        assert blocker.args == [granted, granted, "" if granted else "the desktop did not allow it"]
        autostart, commandline, reason = last_request(private_bus)
        assert autostart and commandline == ["hipdesk", "--minimized"]
        assert reason == "Start hipdesk in the tray"
        QDBusConnection.disconnectFromBus(f"hipdesk-portal-{answer}")
    finally:
        proc.kill()
        proc.wait(timeout=5)
        assert proc.stdout is not None
        proc.stdout.close()


def test_no_portal_is_reported_not_hung(qtbot, private_bus) -> None:  # type: ignore[no-untyped-def]
    bus = QDBusConnection.connectToBus(private_bus, "hipdesk-portal-none")
    portal = BackgroundPortal(bus)
    with qtbot.waitSignal(portal.finished, timeout=5000) as blocker:
        portal.request(True, ["hipdesk", "--minimized"], "x")
    granted, on, message = blocker.args
    assert not granted and not on and message.startswith("no Background portal")
    QDBusConnection.disconnectFromBus("hipdesk-portal-none")
