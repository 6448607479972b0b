"""Quiet-mode inputs sampled for the break policy (no prompt while any enabled one holds).

Detected cheaply on Linux, and only asked when a prompt is near (the service decides):
- meeting apps: a scan of ``/proc/*/comm`` against ``quiet.meeting_apps``, at most once a
  minute (a few hundred tiny reads; cached between scans);
- screen sharing: the same scan looks for known screen-share / remote-desktop / recording
  helpers (:data:`SCREEN_SHARE_HELPERS`, exact command names). A meeting app already counts
  as quiet, which covers sharing inside a meeting; a browser call sharing through the
  xdg-desktop-portal ScreenCast interface is not visible to other apps and is not detected;
- Do Not Disturb: the ``Inhibited`` property of org.freedesktop.Notifications (spec 1.3; GNOME's
  ``show-banners`` is not read), also at most once a minute, through an injected reader;
- fullscreen: an injected reader (:mod:`hipdesk.services.fullscreen` on X11), asked on every
  sample because leaving fullscreen should release a held prompt soon; a few X round trips.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hipdesk.core.work_hours import QuietState

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

RESCAN_SECONDS = 60.0
# Exact /proc comm names (15 characters at most) of programs that show this screen to others.
SCREEN_SHARE_HELPERS = frozenset(
    {"obs", "x11vnc", "x0vncserver", "krfb", "gnome-remote-de", "xrdp", "wayvnc", "rustdesk",
     "anydesk", "teamviewerd", "simplescreenrec", "vokoscreen", "vokoscreenng", "kazam"}
)  # fmt: skip


class QuietProbe(Protocol):
    def sample(self, mono: float) -> QuietState:
        """Current quiet inputs; may return a cached answer (mono decides when to refresh)."""
        ...


def scan_processes(
    meeting_apps: Sequence[str],
    helpers: frozenset[str] = SCREEN_SHARE_HELPERS,
    proc: Path = Path("/proc"),
) -> tuple[str | None, str | None]:
    """One pass over ``/proc``: (a meeting app by substring, a screen-share helper by name)."""
    wanted = [n.lower() for n in meeting_apps if n.strip()]
    meeting = helper = None
    try:
        entries = list(proc.iterdir())
    except OSError:
        return None, None
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            comm = (entry / "comm").read_text(encoding="utf-8", errors="replace").strip().lower()
        except OSError:
            continue  # the process ended meanwhile, or belongs to someone else
        if meeting is None and any(name in comm for name in wanted):
            meeting = comm
        if helper is None and comm in helpers:
            helper = comm
        if meeting is not None and helper is not None:
            break
    return meeting, helper


def running_meeting_app(names: Sequence[str], proc: Path = Path("/proc")) -> str | None:
    """The first process whose command name contains a listed app name (case-insensitive)."""
    if not any(n.strip() for n in names):
        return None
    return scan_processes(names, frozenset(), proc)[0]


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
    """Meeting apps and screen-share helpers via /proc and optional DND, each refreshed at most
    once a minute; fullscreen (optional reader) on every sample."""

    def __init__(
        self,
        meeting_apps: Sequence[str],
        *,
        proc: Path = Path("/proc"),
        dnd_reader: Callable[[], bool] | None = None,
        fullscreen_reader: Callable[[], bool] | None = None,
    ) -> None:
        self.meeting_apps = list(meeting_apps)
        self._proc = proc
        self._dnd_reader = dnd_reader
        self._fullscreen_reader = fullscreen_reader
        self._next_scan = float("-inf")
        self._slow = QuietState()
        self._state = QuietState()

    def set_meeting_apps(self, names: Sequence[str]) -> None:
        self.meeting_apps = list(names)
        self._next_scan = float("-inf")

    def sample(self, mono: float) -> QuietState:
        if mono >= self._next_scan:
            self._next_scan = mono + RESCAN_SECONDS
            app, helper = (
                scan_processes(self.meeting_apps, SCREEN_SHARE_HELPERS, self._proc)
                if self._proc.is_dir()
                else (None, None)
            )
            dnd = self._dnd_reader() if self._dnd_reader is not None else False
            self._slow = QuietState(
                do_not_disturb=dnd, meeting_app=app is not None, screen_shared=helper is not None
            )
            if self._slow != replace(self._state, fullscreen=False):
                log.info("quiet inputs: meeting app %s, screen shared by %s, do not disturb %s",
                         app or "none", helper or "none", dnd)  # fmt: skip
        state = replace(self._slow, fullscreen=self._read_fullscreen())
        if state.fullscreen != self._state.fullscreen:
            log.info("quiet inputs: fullscreen window %s", "yes" if state.fullscreen else "no")
        self._state = state
        return state

    def _read_fullscreen(self) -> bool:
        if self._fullscreen_reader is None:
            return False
        try:
            return bool(self._fullscreen_reader())
        except Exception as exc:  # a display gone away must not stop the companion
            log.warning("fullscreen check failed (%s); not checked any more", exc)
            self._fullscreen_reader = None
            return False

    def close(self) -> None:
        close = getattr(self._fullscreen_reader, "close", None)
        if close is not None:
            close()
        self._fullscreen_reader = None


class NoQuiet:
    """Never quiet (platforms without any detection)."""

    def sample(self, mono: float) -> QuietState:
        return QuietState()


DEFAULT_MEETING_APPS = ("zoom", "teams", "webex", "skype")


def probe(
    meeting_apps: Sequence[str] = DEFAULT_MEETING_APPS, environ: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """`hipdesk doctor` lines: what quiet inputs can be seen here."""
    from hipdesk.services import fullscreen

    proc = Path("/proc")
    if not proc.is_dir():
        return [
            ("quiet modes", "meeting apps, DND and screen sharing: not detected (no /proc)"),
            fullscreen.probe(environ),
        ]
    app, helper = scan_processes(meeting_apps, SCREEN_SHARE_HELPERS, proc)
    now = f"running now: {app}" if app else "none running"
    sharing = f"running now: {helper}" if helper else "none running"
    return [
        (
            "quiet modes",
            f"meeting apps via /proc ({now}); Do Not Disturb via Notifications.Inhibited; "
            f"screen sharing: covered by the meeting apps, plus known screen-share and "
            f"remote-desktop helpers via /proc ({sharing}); a browser sharing through the "
            "desktop portal is not detectable",
        ),
        fullscreen.probe(environ),
    ]
