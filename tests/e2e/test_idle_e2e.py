"""Idle time, lock and sleep signals against a real X server and a real (private) D-Bus."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.services.idle import choose_idle_source, default_factories
from hipdesk.services.idle import dbus as qdbus
from hipdesk.services.idle.x11 import X11IdleSource
from hipdesk.services.power import PowerMonitor
from hipdesk.services.quiet import notifications_inhibited_reader

pytestmark = pytest.mark.e2e


@pytest.fixture
def x11() -> Iterator[X11IdleSource]:
    source = X11IdleSource()
    yield source
    source.close()


def _move_mouse(x: int) -> None:
    subprocess.run(["xdotool", "mousemove", str(x), str(x)], check=True)


def test_x11_idle_resets_on_input_and_grows_without(qtbot: QtBot, x11: X11IdleSource) -> None:
    _move_mouse(10)
    assert x11.idle_seconds() < 1.0
    # Polling the X server (another process) is the only way to see real time pass.
    qtbot.waitUntil(lambda: x11.idle_seconds() >= 1.2, timeout=5000)
    _move_mouse(20)
    assert x11.idle_seconds() < 1.0


def test_choose_idle_source_picks_x11_here(qapp: object) -> None:
    choice = choose_idle_source(default_factories())
    try:
        assert choice.source.name == "x11" and not choice.source.estimated
        assert choice.skipped == []
    finally:
        choice.source.close()


def test_screensaver_active_changed_counts_as_locked(qtbot: QtBot) -> None:
    bus = qdbus.session_bus()
    assert bus is not None
    monitor = PowerMonitor(None, bus)
    assert monitor.saver_signal
    for active in (True, False):
        with qtbot.waitSignal(monitor.locked_changed, timeout=5000) as blocker:
            subprocess.run(
                ["dbus-send", "--session", "--type=signal", "/org/freedesktop/ScreenSaver",
                 "org.freedesktop.ScreenSaver.ActiveChanged", f"boolean:{str(active).lower()}"],
                check=True,
            )  # fmt: skip
        assert blocker.args == [active] and monitor.locked is active


def test_logind_sleep_and_lock_signals(qtbot: QtBot) -> None:
    """A stand-in logind (owning org.freedesktop.login1 on the test bus) sends real signals."""
    from jeepney import DBusAddress, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    bus = qdbus.session_bus()
    assert bus is not None
    with open_dbus_connection("SESSION") as fake_logind:
        fake_logind.send_and_get_reply(message_bus.RequestName("org.freedesktop.login1"))
        # The session bus stands in for the system bus; session id 7 -> .../session/_37.
        monitor = PowerMonitor(bus, None, environ={"XDG_SESSION_ID": "7"})
        assert monitor.sleep_signal and monitor.lock_signal
        assert monitor.session_path == "/org/freedesktop/login1/session/_37"
        manager = DBusAddress("/org/freedesktop/login1", interface="org.freedesktop.login1.Manager")
        session = DBusAddress(monitor.session_path, interface="org.freedesktop.login1.Session")
        with qtbot.waitSignal(monitor.asleep_changed, timeout=5000) as blocker:
            fake_logind.send(new_signal(manager, "PrepareForSleep", "b", (True,)))
        assert blocker.args == [True] and monitor.asleep
        with qtbot.waitSignal(monitor.asleep_changed, timeout=5000):
            fake_logind.send(new_signal(manager, "PrepareForSleep", "b", (False,)))
        with qtbot.waitSignal(monitor.locked_changed, timeout=5000) as blocker:
            fake_logind.send(new_signal(session, "Lock"))
        assert blocker.args == [True]
        with qtbot.waitSignal(monitor.locked_changed, timeout=5000) as blocker:
            fake_logind.send(new_signal(session, "Unlock"))
        assert blocker.args == [False] and not monitor.locked


def test_dnd_reader_against_dunst(qapp: object) -> None:
    bus = qdbus.session_bus()
    assert bus is not None
    # dunst has no Inhibited property: the reader must say "not in DND", not fail.
    assert notifications_inhibited_reader(bus)() is False
