"""Quiet-mode inputs sampled for the break policy (no prompt while any enabled one holds).

Detected cheaply on Linux:
- meeting apps: a scan of ``/proc/*/comm`` against ``quiet.meeting_apps``, at most once a
  minute (a few hundred tiny reads; cached between scans);
- Do Not Disturb: the ``Inhibited`` property of org.freedesktop.Notifications (spec 1.3; GNOME's
  ``show-banners`` is not read), also at most once a minute, through an injected reader.
Not detected yet: fullscreen windows and screen sharing (both stay False).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hipdesk.core.work_hours import QuietState

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

RESCAN_SECONDS = 60.0


class QuietProbe(Protocol):
    def sample(self, mono: float) -> QuietState:
        """Current quiet inputs; may return a cached answer (mono decides when to refresh)."""
        ...


def running_meeting_app(names: Sequence[str], proc: Path = Path("/proc")) -> str | None:
    """The first process whose command name contains a listed app name (case-insensitive)."""
    wanted = [n.lower() for n in names if n.strip()]
    if not wanted:
        return None
    try:
        entries = list(proc.iterdir())
    except OSError:
        return None
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip().lower()
        except OSError:
            continue  # the process ended meanwhile, or belongs to someone else
        for name in wanted:
            if name in comm:
                return comm
    return None


def notifications_inhibited_reader(bus: QDBusConnection) -> Callable[[], bool]:
    """A reader for org.freedesktop.Notifications' ``Inhibited`` (False when unsupported)."""
    from hipdesk.services.idle import dbus

    def read() -> bool:
        try:
            value = dbus.get_property(
                bus,
                "org.freedesktop.Notifications",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "Inhibited",
            )
        except RuntimeError:
            return False  # older servers (dunst, most) have no such property
        return value is True

    return read


class LinuxQuietProbe:
    """Meeting apps via /proc and optional DND; each refreshed at most once a minute."""

    def __init__(
        self,
        meeting_apps: Sequence[str],
        *,
        proc: Path = Path("/proc"),
        dnd_reader: Callable[[], bool] | None = None,
    ) -> None:
        self.meeting_apps = list(meeting_apps)
        self._proc = proc
        self._dnd_reader = dnd_reader
        self._next_scan = float("-inf")
        self._state = QuietState()

    def set_meeting_apps(self, names: Sequence[str]) -> None:
        self.meeting_apps = list(names)
        self._next_scan = float("-inf")

    def sample(self, mono: float) -> QuietState:
        if mono < self._next_scan:
            return self._state
        self._next_scan = mono + RESCAN_SECONDS
        app = running_meeting_app(self.meeting_apps, self._proc) if self._proc.is_dir() else None
        dnd = self._dnd_reader() if self._dnd_reader is not None else False
        state = QuietState(do_not_disturb=dnd, meeting_app=app is not None)
        if state != self._state:
            log.info("quiet inputs: meeting app %s, do not disturb %s", app or "none", dnd)
        self._state = state
        return state


class NoQuiet:
    """Never quiet (platforms without any detection)."""

    def sample(self, mono: float) -> QuietState:
        return QuietState()


DEFAULT_MEETING_APPS = ("zoom", "teams", "webex", "skype")


def probe(meeting_apps: Sequence[str] = DEFAULT_MEETING_APPS) -> list[tuple[str, str]]:
    """`hipdesk doctor` line: what quiet inputs can be seen here."""
    proc = Path("/proc")
    if not proc.is_dir():
        return [("quiet modes", "meeting apps, fullscreen, DND and screen sharing: not detected")]
    app = running_meeting_app(meeting_apps, proc)
    now = f"running now: {app}" if app else "none running"
    return [
        (
            "quiet modes",
            f"meeting apps via /proc ({now}); Do Not Disturb via Notifications.Inhibited; "
            "fullscreen and screen sharing: not detected",
        )
    ]
