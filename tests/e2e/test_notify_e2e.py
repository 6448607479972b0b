"""Break prompts through real D-Bus: dunst on the session bus, and a fake server on a private bus
that presses the buttons for us; killing it sends the next prompt to the prompt window."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hipdesk.core.breaks import Prompt
from hipdesk.services.notify import FREEDESKTOP, WINDOW, Notifier
from hipdesk.ui.prompt_window import PromptWindow

pytestmark = pytest.mark.e2e

FAKE_SERVER = Path(__file__).with_name("fake_notify_server.py")
NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def make_prompt(prompt_id: int = 1) -> Prompt:
    return Prompt(
        prompt_id=prompt_id,
        stretch_id=1,
        sitting_seconds=30 * 60,
        escalated=False,
        wall=datetime.now(UTC),
        can_snooze=True,
        can_skip=True,
        snooze_minutes=(5, 10),
    )


def poll(check: Any, timeout: float = 5.0, what: str = "condition") -> Any:
    """Wait for another process (dunst, a bus) with a deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def notifier_for(qtbot):  # type: ignore[no-untyped-def]
    made: list[Notifier] = []

    def make(bus: str) -> tuple[Notifier, list[PromptWindow]]:
        windows: list[PromptWindow] = []

        def factory() -> PromptWindow:
            w = PromptWindow()
            qtbot.addWidget(w)
            windows.append(w)
            return w

        n = Notifier(factory, bus=bus)
        made.append(n)
        with qtbot.waitSignal(n.backend_changed, timeout=5000):
            n.start()
        return n, windows

    yield make
    for n in made:
        n._client.close()


def test_real_notification_reaches_dunst_with_three_actions(qtbot, notifier_for) -> None:  # type: ignore[no-untyped-def]
    n, windows = notifier_for("SESSION")
    assert n.backend_name == FREEDESKTOP, n.report()
    assert "dunst" in dict(n.report())["notification server"]
    monitor = subprocess.Popen(
        ["dbus-monitor", "--session", f"interface='{NAME}',member='Notify'"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(0.3)  # dbus-monitor must be subscribed before the call goes out
        n.show_prompt(make_prompt(11))
        qtbot.waitUntil(lambda: 11 in n._nid_by_prompt, timeout=5000)
        count = poll(
            lambda: int(subprocess.run(["dunstctl", "count", "displayed"], capture_output=True,
                                       text=True).stdout.strip() or 0),
            what="dunst to display the prompt",
        )  # fmt: skip
        assert count >= 1
    finally:
        monitor.send_signal(signal.SIGINT)
        out, _ = monitor.communicate(timeout=5)
    for word in ('"start"', '"Start"', '"snooze:10"', '"Snooze 10 min"', '"skip"', '"Skip"'):
        assert word in out, out
    assert "You've been sitting 30 minutes" in out
    n.withdraw(11)
    poll(
        lambda: subprocess.run(["dunstctl", "count", "displayed"], capture_output=True,
                               text=True).stdout.strip() == "0",
        what="the withdrawn prompt to close",
    )  # fmt: skip
    assert windows == []


@pytest.fixture
def fake_server(private_bus: str) -> Iterator[subprocess.Popen[str]]:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus}
    proc = subprocess.Popen(
        [sys.executable, str(FAKE_SERVER)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "ready", line
    yield proc
    proc.kill()
    proc.wait(timeout=5)
    proc.stdout.close()


def fake_call(address: str, method: str, signature: str | None = None, body: tuple = ()) -> Any:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    target = DBusAddress(PATH, bus_name=NAME, interface="io.hipdesk.FakeNotify")
    with open_dbus_connection(address) as conn:
        return conn.send_and_get_reply(
            new_method_call(target, method, signature, body), timeout=5
        ).body


@pytest.mark.parametrize(
    ("key", "expected"),
    [("start", ["start", 0]), ("snooze:10", ["snooze", 10]), ("skip", ["skip", 0])],
)
def test_fake_server_buttons(qtbot, notifier_for, private_bus, fake_server, key, expected) -> None:  # type: ignore[no-untyped-def]
    n, windows = notifier_for(private_bus)
    assert n.backend_name == FREEDESKTOP
    n.show_prompt(make_prompt(21))
    nid = qtbot.waitUntil(lambda: 21 in n._nid_by_prompt, timeout=5000) or n._nid_by_prompt[21]
    last_id, actions, summary = fake_call(private_bus, "Last")
    assert last_id == nid and summary.startswith("You've been sitting 30 minutes")
    assert actions == ["start", "Start", "snooze:10", "Snooze 10 min", "skip", "Skip"]
    with qtbot.waitSignal(n.action, timeout=5000) as blocker:
        fake_call(private_bus, "Invoke", "us", (nid, key))
    assert blocker.args == [21, *expected]
    assert windows == []


def test_killed_server_falls_back_to_the_window(
    qtbot, notifier_for, private_bus, fake_server
) -> None:  # type: ignore[no-untyped-def]
    n, windows = notifier_for(private_bus)
    assert n.backend_name == FREEDESKTOP
    with qtbot.waitSignal(n.backend_changed, timeout=5000) as blocker:
        fake_server.kill()
    assert blocker.args == [WINDOW]
    n.show_prompt(make_prompt(31))
    assert len(windows) == 1 and windows[0].isVisible() and windows[0].prompt_id == 31
    with qtbot.waitSignal(n.action) as answer:
        windows[0].start_button.click()
    assert answer.args == [31, "start", 0]
