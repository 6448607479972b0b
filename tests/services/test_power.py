"""Power and lock state: signal handling, the honest "unavailable" report, logind paths."""

from __future__ import annotations

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from hipdesk.services import power
from hipdesk.services.power import NoPower, PowerMonitor, session_path_from_id


@pytest.mark.parametrize(
    ("session_id", "path"),
    [("2", "_32"), ("12", "_312"), ("c3", "c3"), ("a-b", "a_2db"), ("", "_")],
)
def test_session_path_encoding(session_id: str, path: str) -> None:
    assert session_path_from_id(session_id) == f"/org/freedesktop/login1/session/{path}"


def test_without_buses_everything_is_reported_unavailable(qapp: object) -> None:
    monitor = PowerMonitor(None, None, environ={})
    assert not monitor.asleep and not monitor.locked and not monitor.sleep_signal
    lines = dict(monitor.describe())
    assert lines["sleep signal"].startswith("tick-gap fallback only: no D-Bus system bus")
    assert lines["lock signal"] == "unavailable: no D-Bus system bus"
    assert lines["screen saver signal"] == "unavailable: no D-Bus session bus"


def test_disconnected_bus_is_not_trusted(qapp: object) -> None:
    dead = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "hipdesk-test-dead")
    try:
        monitor = PowerMonitor(dead, dead, environ={"XDG_SESSION_ID": "3"})
        assert not monitor.sleep_signal and not monitor.lock_signal and not monitor.saver_signal
        assert "fallback" in dict(monitor.describe())["sleep signal"]
    finally:
        QDBusConnection.disconnectFromBus("hipdesk-test-dead")


def test_signals_drive_state(qtbot: QtBot) -> None:
    monitor = PowerMonitor(None, None, environ={})
    with qtbot.waitSignals([monitor.asleep_changed, monitor.changed]):
        monitor.on_prepare_for_sleep(True)
    assert monitor.asleep
    with qtbot.waitSignal(monitor.asleep_changed) as blocker:
        monitor.on_prepare_for_sleep(False)
    assert blocker.args == [False] and not monitor.asleep
    with qtbot.waitSignal(monitor.locked_changed) as blocker:
        monitor.on_lock()
    assert blocker.args == [True] and monitor.locked
    with qtbot.assertNotEmitted(monitor.locked_changed):
        monitor.on_saver_active(True)  # already locked: no change to report
    monitor.on_unlock()
    assert monitor.locked  # the screen saver is still on
    with qtbot.waitSignal(monitor.locked_changed) as blocker:
        monitor.on_saver_active(False)
    assert blocker.args == [False] and not monitor.locked


def test_probe_without_qt_application_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(power.dbus, "qt_ready", lambda: False)
    assert all("needs a running Qt application" in status for _, status in power.probe())


def test_probe_with_qt_but_no_buses(qapp: object) -> None:
    lines = dict(power.probe(environ={}))
    assert set(lines) == {"sleep signal", "lock signal", "screen saver signal"}


def test_no_power_stand_in() -> None:
    assert not NoPower.asleep and not NoPower.locked
    assert NoPower().describe()[0][1] == "tick-gap fallback only"
