"""Idle time sources: pick the first backend that works here and say why others were skipped.

Order on Linux: X11 XScreenSaver (X11 sessions), GNOME Mutter IdleMonitor, freedesktop
ScreenSaver (KDE), then the "estimated" fallback. Windows and macOS have one native source each.
No backend polls a subprocess; each does one cheap call per tick.
"""

from __future__ import annotations

import logging
import math
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from hipdesk.services.idle.base import IdleSource, IdleUnavailableError
from hipdesk.services.idle.fallback import FallbackIdleSource

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

Factory = tuple[str, Callable[[], IdleSource]]

__all__ = [
    "FallbackIdleSource",
    "IdleChoice",
    "IdleSource",
    "IdleUnavailableError",
    "choose_idle_source",
    "default_factories",
    "probe",
]


class IdleChoice(NamedTuple):
    source: IdleSource
    skipped: list[tuple[str, str]]
    """(backend name, why it was skipped), in the order tried."""


def default_factories(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> list[Factory]:
    """The backends worth trying on this platform, best first (imports stay lazy)."""
    env = os.environ if environ is None else environ
    plat = platform or sys.platform
    if plat == "win32":
        from hipdesk.services.idle.windows import WindowsIdleSource

        return [("windows", WindowsIdleSource)]
    if plat == "darwin":
        from hipdesk.services.idle.macos import MacIdleSource

        return [("macos", MacIdleSource)]

    def x11() -> IdleSource:
        from hipdesk.services.idle.x11 import X11IdleSource

        return X11IdleSource(env)

    def mutter() -> IdleSource:
        from hipdesk.services.idle import dbus
        from hipdesk.services.idle.mutter import MutterIdleSource

        return MutterIdleSource(_bus_or_reason(dbus.session_bus(env), env))

    def screensaver() -> IdleSource:
        from hipdesk.services.idle import dbus
        from hipdesk.services.idle.screensaver import ScreenSaverIdleSource

        return ScreenSaverIdleSource(_bus_or_reason(dbus.session_bus(env), env))

    return [("x11", x11), ("mutter", mutter), ("screensaver", screensaver)]


def _bus_or_reason(bus: QDBusConnection | None, env: Mapping[str, str]) -> QDBusConnection:
    if bus is not None:
        return bus
    from hipdesk.services.idle import dbus

    if not dbus.qt_ready():
        raise IdleUnavailableError("not checked: needs a running Qt application")
    if not env.get("DBUS_SESSION_BUS_ADDRESS"):
        raise IdleUnavailableError("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
    raise IdleUnavailableError("cannot connect to the D-Bus session bus")


def choose_idle_source(factories: Sequence[Factory] | None = None) -> IdleChoice:
    """Try each backend in order; the first whose first reading is sane wins.

    Falls back to :class:`FallbackIdleSource` (estimated) when none works. Logs the choice.
    """
    skipped: list[tuple[str, str]] = []
    for name, factory in default_factories() if factories is None else factories:
        try:
            source = factory()
        except IdleUnavailableError as exc:
            skipped.append((name, str(exc)))
            continue
        except Exception as exc:  # a broken backend must never stop the companion
            log.debug("idle source %s failed", name, exc_info=True)
            skipped.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        try:
            first = source.idle_seconds()
        except Exception as exc:
            source.close()
            skipped.append((name, f"first reading failed: {exc}"))
            continue
        if not (isinstance(first, int | float) and math.isfinite(first) and first >= 0):
            source.close()
            skipped.append((name, f"nonsense first reading {first!r}"))
            continue
        _log_choice(source, skipped)
        return IdleChoice(source, skipped)
    fallback = FallbackIdleSource()
    _log_choice(fallback, skipped)
    return IdleChoice(fallback, skipped)


def _log_choice(source: IdleSource, skipped: list[tuple[str, str]]) -> None:
    why = "; ".join(f"{name}: {reason}" for name, reason in skipped) or "first choice"
    if source.estimated:
        log.warning("no idle source works here, sitting is estimated (skipped %s)", why)
    else:
        log.info("idle source: %s (skipped %s)", source.name, why)


def describe(choice: IdleChoice) -> list[tuple[str, str]]:
    """Doctor lines for a choice: the active source, then each skipped backend with its reason."""
    src = choice.source
    if src.estimated:
        active = "estimated: no idle API works here; sitting counts while unlocked and awake"
    else:
        active = f"{src.name} (real keyboard/mouse idle time, now {src.idle_seconds():.0f} s)"
    lines = [("idle source", active)]
    lines += [(f"idle: {name}", f"skipped: {reason}") for name, reason in choice.skipped]
    return lines


def probe(factories: Sequence[Factory] | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` lines, without a GUI. D-Bus backends need a QCoreApplication to exist
    (otherwise they are reported as "not checked")."""
    choice = choose_idle_source(factories)
    try:
        return describe(choice)
    finally:
        choice.source.close()
