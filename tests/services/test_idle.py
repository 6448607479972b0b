"""Choosing an idle source: order, honest reasons, the estimated fallback, import safety."""

from __future__ import annotations

import importlib
import logging

import pytest
from fakes import FakeIdleSource

from hipdesk.core.clock import FakeClock
from hipdesk.services import idle
from hipdesk.services.idle import (
    FallbackIdleSource,
    IdleSource,
    IdleUnavailableError,
    choose_idle_source,
    default_factories,
    describe,
)
from hipdesk.services.idle.macos import MacIdleSource
from hipdesk.services.idle.mutter import MutterIdleSource
from hipdesk.services.idle.screensaver import ScreenSaverIdleSource
from hipdesk.services.idle.windows import WindowsIdleSource
from hipdesk.services.idle.x11 import X11IdleSource


class _Nonsense(FakeIdleSource):
    def idle_seconds(self) -> float:
        return float("nan")


def _unavailable() -> IdleSource:
    raise IdleUnavailableError("not here")


def _crashes() -> IdleSource:
    raise OSError("boom")


def test_first_working_source_wins_and_skips_are_explained(
    fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    good = FakeIdleSource(fake_clock)
    bad = _Nonsense(fake_clock)
    choice = choose_idle_source(
        [("a", _unavailable), ("b", _crashes), ("c", lambda: bad), ("d", lambda: good)]
    )
    assert choice.source is good
    assert choice.skipped == [
        ("a", "not here"),
        ("b", "OSError: boom"),
        ("c", "nonsense first reading nan"),
    ]
    assert bad.closed
    assert "idle source: fake (skipped a: not here" in caplog.text


def test_nothing_works_means_estimated(caplog: pytest.LogCaptureFixture) -> None:
    choice = choose_idle_source([("a", _unavailable)])
    assert isinstance(choice.source, FallbackIdleSource)
    assert choice.source.estimated and choice.source.idle_seconds() == 0.0
    assert "sitting is estimated" in caplog.text
    lines = describe(choice)
    assert lines[0][1].startswith("estimated:") and lines[1] == ("idle: a", "skipped: not here")


def test_failing_first_reading_is_skipped(fake_clock: FakeClock) -> None:
    broken = FakeIdleSource(fake_clock)
    broken.broken = True
    choice = choose_idle_source([("x", lambda: broken)])
    assert choice.source.estimated and "first reading failed" in choice.skipped[0][1]


def test_describe_real_source(fake_clock: FakeClock) -> None:
    lines = describe(idle.IdleChoice(FakeIdleSource(fake_clock), []))
    assert lines == [("idle source", "fake (real keyboard/mouse idle time, now 0 s)")]


@pytest.mark.parametrize(
    ("platform", "names"),
    [("linux", ["x11", "mutter", "screensaver"]), ("win32", ["windows"]), ("darwin", ["macos"])],
)
def test_platform_order(platform: str, names: list[str]) -> None:
    assert [n for n, _ in default_factories({}, platform)] == names


def test_linux_without_display_or_bus_explains_each(qapp: object) -> None:
    choice = choose_idle_source(default_factories({}, "linux"))
    assert choice.source.estimated
    reasons = dict(choice.skipped)
    assert reasons["x11"] == "no X display (DISPLAY is not set)"
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in reasons["mutter"]
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in reasons["screensaver"]


def test_dbus_sources_not_checked_without_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    from hipdesk.services.idle import dbus

    monkeypatch.setattr(dbus, "qt_ready", lambda: False)
    reasons = dict(choose_idle_source(default_factories({"DBUS_SESSION_BUS_ADDRESS": "x"})).skipped)
    assert reasons["mutter"] == "not checked: needs a running Qt application"


def test_x11_refuses_wayland_and_missing_display() -> None:
    with pytest.raises(IdleUnavailableError, match="Wayland"):
        X11IdleSource({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    with pytest.raises(IdleUnavailableError, match="Wayland"):
        X11IdleSource({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"})
    with pytest.raises(IdleUnavailableError, match=r"cannot open X display|not found"):
        X11IdleSource({"DISPLAY": ":987"})


def test_dbus_sources_need_a_bus() -> None:
    with pytest.raises(IdleUnavailableError, match="no D-Bus session bus"):
        MutterIdleSource(None)
    with pytest.raises(IdleUnavailableError, match="no D-Bus session bus"):
        ScreenSaverIdleSource(None)


@pytest.mark.parametrize("module", ["windows", "macos", "x11", "mutter", "screensaver"])
def test_every_backend_imports_anywhere(module: str) -> None:
    importlib.import_module(f"hipdesk.services.idle.{module}")


def test_native_sources_refuse_other_platforms() -> None:
    with pytest.raises(IdleUnavailableError, match="not Windows"):
        WindowsIdleSource("linux")
    with pytest.raises(IdleUnavailableError, match="not macOS"):
        MacIdleSource("linux")


def test_probe_lines(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = idle.probe([("a", _unavailable)])
    assert lines[0][0] == "idle source" and lines[1] == ("idle: a", "skipped: not here")
