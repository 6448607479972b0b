"""The tray companion end to end: real X idle, real tray, real notifications, real app process.

Two layers. The real app runs as a subprocess on a data folder configured through the CLI first
(threshold 20 min, natural break 1 min): X11 input keeps a stretch going and quitting records
it. Waiting 20 real minutes for a prompt is not a test, so the prompt path runs in-process: the
same pieces the app wires (SittingService, X11IdleSource, Notifier, TrayController, PromptWindow)
with only the clock replaced by a FakeClock that the test advances between ticks. The idle
time still comes from the X server, moved by xdotool; only the natural-break threshold is
shortened in the core config so "idle past it" takes seconds of real idle instead of a minute.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.core.breaks import Prompt
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import BreakPrompt, SittingSpan
from hipdesk.services.fullscreen import X11FullscreenDetector
from hipdesk.services.idle.x11 import X11IdleSource
from hipdesk.services.notify import FREEDESKTOP, WINDOW, Notifier
from hipdesk.services.quiet import LinuxQuietProbe
from hipdesk.services.sitting_service import SittingService, SittingSnapshot
from hipdesk.services.ticker import SittingSettings, clamp_interval
from hipdesk.services.tray import TrayController, TrayStatus
from hipdesk.store.journal import Journal
from hipdesk.ui.prompt_window import PromptWindow

pytestmark = pytest.mark.e2e

SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
NAME = "org.freedesktop.Notifications"


def poll(check: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Wait for another process (X server, dunst, the app) with a deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def tray_shot(name: str) -> Path:
    """The top-right strip where trayer shows the icons."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    SHOTS.mkdir(parents=True, exist_ok=True)
    width = screen.geometry().width()
    path = SHOTS / f"e2e_tray_{name}.png"
    assert screen.grabWindow(0, width - 200, 0, 200, 40).save(str(path))
    return path


# -- the real app, as a process ----------------------------------------------------------------


def hipdesk(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(data), *args],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip


def test_real_app_measures_x_input_and_records_the_stretch(tmp_path: Path) -> None:
    data = tmp_path / "data"
    poll(lambda: _has_owner(os.environ["DBUS_SESSION_BUS_ADDRESS"]), 15, "the session's dunst")
    hipdesk(data, "config", "set", "breaks.threshold_minutes", "20")
    hipdesk(data, "config", "set", "breaks.natural_break_minutes", "1")
    assert "20" in hipdesk(data, "config", "get", "breaks.threshold_minutes").stdout
    log_file = tmp_path / "stderr.log"
    with log_file.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hipdesk", "--data-dir", str(data), "--minimized", "-v"],
            stdout=subprocess.DEVNULL, stderr=err, text=True,
        )  # fmt: skip
    try:
        poll(lambda: "break prompts use the" in log_file.read_text(), 30, "the companion")
        text = log_file.read_text()
        assert "idle source: x11" in text, text
        assert f"break prompts use the {FREEDESKTOP}" in text, text
        for x in range(8):  # ~2.5 s of real mouse input: the stretch runs
            xdotool("mousemove", str(100 + 10 * x), "300")
            time.sleep(0.3)
        time.sleep(1.0)  # give trayer time to draw the icon before the picture
        subprocess.run(["import", "-window", "root", "-crop", "200x40+1400+0",
                        str(SHOTS / "e2e_tray_app.png")], check=False)  # fmt: skip
    finally:
        proc.send_signal(signal.SIGTERM)
        rc = proc.wait(timeout=30)
    assert rc == 0, log_file.read_text()
    from hipdesk.core.clock import SystemClock
    from hipdesk.paths import resolve

    with Journal.open(resolve(str(data)).journal, SystemClock()) as journal:
        [span] = journal.records(SittingSpan)
    assert span.ended_by == "quit" and span.source == "input", span
    assert span.ended_at is not None
    seconds = (
        datetime.fromisoformat(span.ended_at) - datetime.fromisoformat(span.started_at)
    ).total_seconds()
    assert 1.0 <= seconds <= 60.0


# -- the same wiring in-process, on a fake clock -------------------------------------------------


@dataclasses.dataclass
class NoPower:
    locked: bool = False
    asleep: bool = False
    sleep_signal: bool = False


@pytest.fixture
def private_dunst() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A dunst of our own on a private bus, so killing it leaves the session's one alone."""
    out = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    address, bus_pid = out[0], int(out[1])
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    dunst = subprocess.Popen(["dunst"], env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)  # fmt: skip
    poll(lambda: _has_owner(address), what="the private dunst")
    yield address, dunst
    if dunst.poll() is None:
        dunst.kill()
    dunst.wait(timeout=5)
    os.kill(bus_pid, signal.SIGTERM)


def _has_owner(address: str) -> bool:
    out = subprocess.run(
        ["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{NAME}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    return "boolean true" in out.stdout


def _dunst_displayed(address: str) -> int:
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
    out = subprocess.run(["dunstctl", "count", "displayed"], capture_output=True, text=True,
                         env=env, check=False)  # fmt: skip
    return int(out.stdout.strip() or 0)


class Companion:
    """SittingService + tray + notifier wired the way hipdesk/app_companion.py wires them."""

    def __init__(self, qtbot: QtBot, tmp_path: Path, bus: str) -> None:
        self.clock = FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))  # a Monday morning
        self.journal = Journal.open(tmp_path / "journal.sqlite3", self.clock)
        self.idle = X11IdleSource()
        self.fullscreen = X11FullscreenDetector()
        settings = SittingSettings(threshold_minutes=20, natural_break_minutes=1)
        self.quiet = LinuxQuietProbe((), fullscreen_reader=self.fullscreen)
        self.service = SittingService(
            self.clock, self.idle, NoPower(), self.journal, settings,  # type: ignore[arg-type]
            tmp_path / "sitting-checkpoint.json", quiet=self.quiet, tz="UTC",
        )  # fmt: skip
        self.windows: list[PromptWindow] = []

        def window() -> PromptWindow:
            w = PromptWindow()
            qtbot.addWidget(w)
            self.windows.append(w)
            return w

        self.tray = TrayController(dark=False)
        self.notifier = Notifier(window, self.tray.show_message, bus=bus)
        self.prompts: list[Prompt] = []
        self.snaps: list[SittingSnapshot] = []
        s, n = self.service, self.notifier
        s.status_changed.connect(self._status)
        s.prompt_requested.connect(n.show_prompt)
        s.prompt_requested.connect(self.prompts.append)
        s.prompt_withdrawn.connect(n.withdraw)
        n.action.connect(lambda pid, action, minutes: s.respond(pid, action, minutes or None))
        # Qt learns about the tray selection owner from the X server: wait for it, do not race.
        qtbot.waitUntil(lambda: self.tray.available, timeout=15000)
        assert self.tray.show()
        with qtbot.waitSignal(n.backend_changed, timeout=5000):
            n.start()
        self._x = 0

    def _status(self, snap: SittingSnapshot) -> None:
        self.snaps.append(snap)
        self.tray.set_status(TrayStatus.of(snap))

    def active_for(self, seconds: float, until: Callable[[], bool] = lambda: False) -> bool:
        """Real mouse input before every tick; the fake clock jumps by the ticker's delay."""
        end = self.clock.monotonic() + seconds
        while self.clock.monotonic() < end:
            self._x = (self._x + 1) % 50
            xdotool("mousemove", str(200 + self._x), "400")
            assert self.idle.idle_seconds() < 1.0  # the X server saw it
            interval = clamp_interval(self.service.tick())
            if until():
                return True
            self.clock.advance(min(interval, end - self.clock.monotonic()))
        return until()

    def close(self) -> None:
        self.service.shutdown()
        self.notifier._client.close()
        self.tray.hide()
        self.quiet.close()
        self.idle.close()
        self.journal.close()


@pytest.fixture
def companion(
    qtbot: QtBot, tmp_path: Path, private_dunst: tuple[str, subprocess.Popen[bytes]]
) -> Iterator[Companion]:
    c = Companion(qtbot, tmp_path, private_dunst[0])
    yield c
    c.close()


def test_stretch_natural_break_prompt_and_fallback(
    qtbot: QtBot, companion: Companion, private_dunst: tuple[str, subprocess.Popen[bytes]]
) -> None:
    c, (address, dunst) = companion, private_dunst
    assert c.notifier.backend_name == FREEDESKTOP, c.notifier.report()
    icon = c.tray.tray
    assert icon is not None
    qtbot.waitUntil(lambda: icon.geometry().x() > 0, timeout=5000)

    # X input keeps a stretch going (12 fake minutes, each tick after a real mouse move).
    c.active_for(12 * 60)
    snap = c.service.snapshot()
    assert snap.in_stretch and snap.current_stretch_seconds == pytest.approx(720, abs=61)
    assert not snap.estimated and snap.idle_source_name == "x11"
    assert icon.toolTip() in ("Sitting 11 min · break at 20", "Sitting 12 min · break at 20")
    tray_shot("active")

    # Real idle past the natural-break threshold ends it. The threshold is shortened to the
    # core's minimum (30 s of real X idle; the setting's minimum is one minute).
    c.service.tracker.config = dataclasses.replace(c.service.tracker.config,
                                                   natural_break_seconds=30.0)  # fmt: skip
    poll(lambda: c.idle.idle_seconds() >= 30.2, 45, what="30 s of real X idle")
    c.clock.advance(5)
    c.service.tick()
    [span] = c.journal.records(SittingSpan)
    assert span.ended_by == "natural_break" and span.source == "input"
    assert not c.service.snapshot().in_stretch
    tray_shot("after_break")
    c.service.tracker.config = dataclasses.replace(c.service.tracker.config,
                                                   natural_break_seconds=60.0)  # fmt: skip

    # A new stretch reaches the 20-minute threshold: a real notification with three actions.
    monitor = subprocess.Popen(
        ["stdbuf", "-oL", "dbus-monitor", "--address", address,
         f"interface='{NAME}',member='Notify'"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        time.sleep(0.3)  # dbus-monitor must be subscribed before the call goes out
        assert c.active_for(30 * 60, lambda: bool(c.prompts))
        first = c.prompts[-1]
        assert 20 * 60 <= first.sitting_seconds <= 20 * 60 + 5
        qtbot.waitUntil(lambda: first.prompt_id in c.notifier._nid_by_prompt, timeout=5000)
        assert poll(lambda: _dunst_displayed(address) >= 1, what="dunst to show the prompt")
        tray_shot("prompt")
    finally:
        monitor.send_signal(signal.SIGINT)
        out, _ = monitor.communicate(timeout=5)
    for word in ('"start"', '"snooze:10"', '"skip"', "You've been sitting 20 minutes"):
        assert word in out, out
    assert c.windows == []  # the notification carried it

    # The user snoozes 5 min; the notification daemon dies meanwhile.
    assert c.service.respond(first.prompt_id, "snooze", 5)
    c.notifier.withdraw(first.prompt_id)
    with qtbot.waitSignal(c.notifier.backend_changed, timeout=5000) as blocker:
        dunst.kill()
    assert blocker.args == [WINDOW]

    # The next prompt uses the fallback prompt window, which answers through the same path.
    c.prompts.clear()
    assert c.active_for(10 * 60, lambda: bool(c.prompts))
    [window] = c.windows
    assert window.isVisible() and window.prompt_id == c.prompts[-1].prompt_id
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "e2e_prompt_window.png"))
    window.start_button.click()
    assert c.service.snapshot().on_break
    outcomes = [p.outcome for p in c.journal.records(BreakPrompt)]
    assert outcomes == ["snoozed", "taken"]
    c.service.pause_for(30 * 60)
    c.service.break_finished(None)
    tray_shot("paused")


# -- fullscreen detection against the real X server ------------------------------------------------


@pytest.fixture
def detector() -> Iterator[X11FullscreenDetector]:
    d = X11FullscreenDetector()
    yield d
    d.close()


def test_fullscreen_by_geometry_without_a_window_manager(
    qtbot: QtBot, detector: X11FullscreenDetector
) -> None:
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    w.setWindowTitle("hipdesk-fullscreen-probe")
    w.resize(400, 300)
    w.show()
    qtbot.waitExposed(w)
    xdotool("windowfocus", "--sync", str(int(w.winId())))
    qtbot.waitUntil(lambda: not detector(), timeout=5000)  # Qt must run to talk to X
    assert detector.method == "geometry"  # Xvfb has no EWMH window manager
    # Without a window manager nobody honours Qt's fullscreen request; a fullscreen app on a
    # bare X server sizes its window to the screen itself, which is what this does.
    wid = str(int(w.winId()))
    xdotool("windowmove", "--sync", wid, "0", "0")
    xdotool("windowsize", "--sync", wid, "1600", "900")
    xdotool("windowfocus", "--sync", wid)
    qtbot.waitUntil(detector, timeout=5000)
    xdotool("windowsize", "--sync", wid, "1600", "876")  # a panel's height short: not fullscreen
    qtbot.waitUntil(lambda: not detector(), timeout=5000)
    xdotool("windowsize", "--sync", wid, "1600", "900")
    qtbot.waitUntil(detector, timeout=5000)
    w.hide()  # an unmapped window never counts
    qtbot.waitUntil(lambda: not detector(), timeout=5000)


def test_fullscreen_by_ewmh_state(qtbot: QtBot, detector: X11FullscreenDetector) -> None:
    """Stand in for a window manager: set the EWMH properties it would set."""
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    w.resize(300, 200)
    w.show()
    qtbot.waitExposed(w)
    wid = hex(int(w.winId()))
    try:
        subprocess.run(["xprop", "-root", "-f", "_NET_ACTIVE_WINDOW", "32x", "-set",
                        "_NET_ACTIVE_WINDOW", wid], check=True)  # fmt: skip
        assert poll(lambda: not detector(), what="ewmh: not fullscreen") is True
        assert detector.method == "ewmh"
        subprocess.run(["xprop", "-id", wid, "-f", "_NET_WM_STATE", "32a", "-set",
                        "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN"], check=True)  # fmt: skip
        assert poll(detector, what="ewmh: fullscreen")
        subprocess.run(["xprop", "-id", wid, "-remove", "_NET_WM_STATE"], check=True)
        assert poll(lambda: not detector(), what="ewmh: fullscreen ended") is True
    finally:
        subprocess.run(["xprop", "-root", "-remove", "_NET_ACTIVE_WINDOW"], check=False)
    assert poll(lambda: detector.wm_method().startswith("X11 via the focused"), what="fallback")
