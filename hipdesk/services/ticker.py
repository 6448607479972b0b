"""The one adaptive timer that drives sitting measurement and break prompts.

A single-shot QTimer is re-armed after every tick with the delay the tick asks for
(``BreakPolicy.next_wakeup``): at most once a minute while far from the threshold, so an idle
tray costs almost nothing; just after the due moment near it, so a prompt is on time (±5 s).
Long delays use a coarse timer (Qt may batch wake-ups within 5 %, i.e. ≤ 3 s at 60 s) and short
ones a precise timer. Sleep is not detected here: the core compares wall and monotonic time.
The heartbeat file a tick writes for crash recovery lives here too (:class:`CheckpointFile`).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer

from hipdesk.core import breaks as br
from hipdesk.core import sitting as st
from hipdesk.core.sitting import Checkpoint
from hipdesk.core.work_hours import QUIET_MODES, WorkHours
from hipdesk.paths import write_atomic

log = logging.getLogger(__name__)

MAX_INTERVAL = 60.0
MIN_INTERVAL = 1.0  # never a busy loop, whatever a tick asks for
LATE_MARGIN = 0.05  # land just after the due moment, not a hair before it (saves a re-tick)
PRECISE_BELOW = 20.0


def clamp_interval(seconds: float) -> float:
    """The delay actually armed for a requested one (NaN or negative → the minimum)."""
    if not math.isfinite(seconds):
        return MAX_INTERVAL if seconds > 0 else MIN_INTERVAL
    return min(MAX_INTERVAL, max(MIN_INTERVAL, seconds + LATE_MARGIN))


class AdaptiveTicker(QObject):
    """Calls ``on_tick`` when due; ``on_tick`` returns the seconds until it wants the next call."""

    def __init__(self, on_tick: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_tick = on_tick
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self.last_interval: float | None = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self, first_in: float = 0.0) -> None:
        """Arm the first tick (0 = as soon as the event loop runs)."""
        self._arm_ms(max(0, round(first_in * 1000)), precise=True)

    def rearm(self, seconds: float) -> None:
        """Replace the pending tick (after a user action changed what is due next)."""
        interval = clamp_interval(seconds)
        self.last_interval = interval
        self._arm_ms(round(interval * 1000), precise=interval < PRECISE_BELOW)

    def stop(self) -> None:
        self._timer.stop()

    def _arm_ms(self, ms: int, precise: bool) -> None:
        kind = Qt.TimerType.PreciseTimer if precise else Qt.TimerType.CoarseTimer
        self._timer.setTimerType(kind)
        self._timer.start(ms)

    def _fire(self) -> None:
        try:
            wanted = self._on_tick()
        except BaseException:
            # Keep measuring after a bug: re-arm first, then let the error reach the hook.
            self.rearm(MAX_INTERVAL)
            raise
        self.rearm(wanted)


# -- heartbeat file ------------------------------------------------------------------------
# The ticker's durable side: what a tick leaves behind for the next start after a crash. It
# lives in a small file (not the journal's settings table) so a once-a-minute write never
# touches the journal and a damaged journal cannot hide it.


@dataclass(frozen=True)
class SavedStretch:
    """An open stretch as last checkpointed: its span uuid, source and core checkpoint."""

    uuid: str
    source: str  # "input" | "estimated"
    checkpoint: Checkpoint


class CheckpointFile:
    """``state_dir/sitting-checkpoint.json``, replaced atomically (tmp + fsync + rename)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, saved: SavedStretch) -> None:
        cp = saved.checkpoint
        data = {"version": 1, "uuid": saved.uuid, "source": saved.source,
                "start": cp.start_wall.isoformat(), "sitting_seconds": cp.sitting_seconds,
                "heartbeat": cp.heartbeat_wall.isoformat()}  # fmt: skip
        write_atomic(self.path, json.dumps(data).encode())

    def load(self) -> SavedStretch | None:
        """The saved stretch, or None (no file; an unreadable one is logged and removed)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            cp = Checkpoint(
                datetime.fromisoformat(data["start"]),
                float(data["sitting_seconds"]),
                datetime.fromisoformat(data["heartbeat"]),
            )
            if cp.start_wall.tzinfo is None or cp.heartbeat_wall.tzinfo is None:
                raise ValueError("naive time stamp")
            source = "estimated" if data["source"] == "estimated" else "input"
            return SavedStretch(str(data["uuid"]), source, cp)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring unreadable sitting checkpoint %s: %s", self.path, exc)
            self.remove()
            return None

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


# -- settings ------------------------------------------------------------------------------
# What the ticked core is configured with, read from the journal's settings by the caller so
# the service never reaches into the store for them.

_KEYS = (
    ("threshold_minutes", "breaks.threshold_minutes"), ("break_minutes", "breaks.break_minutes"),
    ("prewarn_seconds", "breaks.prewarn_seconds"),
    ("snooze_minutes", "breaks.snooze_minutes"), ("max_snoozes", "breaks.max_snoozes"),
    ("natural_break_minutes", "breaks.natural_break_minutes"),
    ("daily_skip_budget", "breaks.daily_skip_budget"), ("work_hours", "work_hours"),
    ("quiet_fullscreen", "quiet.fullscreen"), ("quiet_dnd", "quiet.dnd"),
    ("meeting_apps", "quiet.meeting_apps"), ("paused_until", "reminders.paused_until"),
)  # fmt: skip


@dataclass(frozen=True)
class SittingSettings:
    """The settings this service uses (``Settings`` keys ``breaks.*``, ``work_hours``...)."""

    threshold_minutes: int = 30
    break_minutes: int = 2
    prewarn_seconds: int = 60
    snooze_minutes: int = 10  # preferred length; 5 and 10 are both offered
    max_snoozes: int = 3
    natural_break_minutes: int = 3
    daily_skip_budget: int = 3
    work_hours: dict[str, list[str]] | None = None  # None: Mon-Fri 09:00-17:30
    quiet_fullscreen: bool = True
    quiet_dnd: bool = True
    meeting_apps: tuple[str, ...] = ("zoom", "teams", "webex", "skype")
    paused_until: datetime | None = None

    @classmethod
    def from_settings(cls, settings: Any) -> SittingSettings:
        """Read from :class:`hipdesk.store.settings.Settings` (anything with ``get(key)``)."""
        values = {name: settings.get(key) for name, key in _KEYS}
        values["meeting_apps"] = tuple(values["meeting_apps"])
        until, values["paused_until"] = values["paused_until"], None
        try:
            values["paused_until"] = datetime.fromisoformat(until) if until else None
        except ValueError:
            log.warning("reminders.paused_until: ignoring %r", until)
        return cls(**values)

    def break_config(self) -> br.BreakConfig:
        wanted = {
            "screen_shared": True,
            "fullscreen": self.quiet_fullscreen,
            "do_not_disturb": self.quiet_dnd,
            "meeting_app": bool(self.meeting_apps),
        }
        modes = frozenset(m for m in QUIET_MODES if wanted[m])
        return br.BreakConfig(
            threshold_minutes=self.threshold_minutes, pre_warning_seconds=self.prewarn_seconds,
            snooze_minutes=tuple(sorted({5, 10, self.snooze_minutes})),
            max_snoozes_in_a_row=self.max_snoozes, daily_skip_budget=self.daily_skip_budget,
            quiet_modes=modes, break_minutes=self.break_minutes,
        )  # fmt: skip

    def sitting_config(self, wall_gap_means_sleep: bool) -> st.SittingConfig:
        return st.SittingConfig(
            natural_break_seconds=self.natural_break_minutes * 60.0,
            threshold_seconds=self.threshold_minutes * 60.0,
            wall_gap_means_sleep=wall_gap_means_sleep,
        )

    def hours(self, tz: str) -> WorkHours:
        if self.work_hours is None:
            return WorkHours.default(tz)
        return WorkHours.from_spec({d: r for d, r in self.work_hours.items() if r}, tz)
