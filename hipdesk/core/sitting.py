"""Sitting state machine: observations in, stretch events out.

The caller (the Qt ticker) feeds one observation per tick: the monotonic time, the wall time
(aware UTC), the desktop's idle seconds and whether the session is locked or the machine is going
to sleep. Durations come only from the monotonic clock; wall time only stamps events, so clock
changes and DST can never create sitting time. Nothing here reads a clock or does I/O.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

EndedBy = Literal["natural_break", "idle", "lock", "sleep", "quit", "break", "crash_recovered"]
GapKind = Literal["stall", "wall_ahead"]


@dataclass(frozen=True)
class SittingConfig:
    """Tunables of the tracker; may be replaced between observations via ``tracker.config``."""

    natural_break_seconds: float = 180.0
    """Idle at least this long is a natural break (product default: 3 min)."""
    threshold_seconds: float = 1800.0
    """Sitting seconds at which :class:`ThresholdReached` is emitted (once per stretch)."""
    tick_gap_seconds: float = 150.0
    """A gap between observations longer than this means "slept or stalled" (ticks are <= 60 s)."""
    wall_gap_means_sleep: bool = True
    """Treat wall time running ahead of monotonic time as sleep. Linux's monotonic clock stops
    during suspend, so this is the only clock-based sleep signal; turn it off when a real
    sleep signal (logind PrepareForSleep) is wired, so that forward clock jumps cannot split a
    stretch either."""
    max_break_seconds: float = 900.0
    """A break started but never finished ends by itself after this long."""

    def __post_init__(self) -> None:
        _check_range("natural_break_seconds", self.natural_break_seconds, 30, 3600)
        _check_range("threshold_seconds", self.threshold_seconds, 1, 24 * 3600)
        _check_range("tick_gap_seconds", self.tick_gap_seconds, 5, 3600)
        _check_range("max_break_seconds", self.max_break_seconds, 10, 24 * 3600)


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not (isinstance(value, int | float) and math.isfinite(value) and low <= value <= high):
        raise ValueError(f"{name} must be between {low} and {high}, got {value!r}")


@dataclass(frozen=True)
class StretchStarted:
    """A sitting stretch began (at the last input seen, never before the previous observation)."""

    stretch_id: int
    start_wall: datetime
    start_mono: float


@dataclass(frozen=True)
class StretchEnded:
    """A stretch closed. ``sitting_seconds`` is monotonic time; ``end_wall`` is ``start_wall`` plus
    that, so a wall-clock change can never lengthen or shorten the journal's span."""

    stretch_id: int
    start_wall: datetime
    end_wall: datetime
    sitting_seconds: float
    ended_by: EndedBy
    start_mono: float | None = None
    end_mono: float | None = None


@dataclass(frozen=True)
class ThresholdReached:
    """The open stretch reached ``threshold_seconds`` (emitted once per stretch)."""

    stretch_id: int
    sitting_seconds: float
    wall: datetime


@dataclass(frozen=True)
class NaturalBreak:
    """Idle reached the natural-break threshold; the stretch (if any) ended at the last input."""

    idle_since_wall: datetime
    detected_wall: datetime
    idle_seconds: float


@dataclass(frozen=True)
class TickGap:
    """Observations were much further apart than a tick: slept, stalled or wall clock set ahead."""

    kind: GapKind
    seconds: float
    previous_wall: datetime
    wall: datetime


SittingEvent = StretchStarted | StretchEnded | ThresholdReached | NaturalBreak | TickGap


@dataclass(frozen=True)
class SittingStatus:
    """What the tray shows: the open stretch (if any) as of the last observation."""

    stretch_id: int | None
    sitting_seconds: float
    start_wall: datetime | None
    idle_seconds: float
    on_break: bool

    @property
    def in_stretch(self) -> bool:
        """Whether a stretch is open."""
        return self.stretch_id is not None


@dataclass(frozen=True)
class Checkpoint:
    """Heartbeat data to persist; after a crash, :func:`recover_stretch` closes it."""

    start_wall: datetime
    sitting_seconds: float
    heartbeat_wall: datetime


def recover_stretch(checkpoint: Checkpoint, stretch_id: int = 0) -> StretchEnded:
    """Close a stretch left open by a crash or kill at its last heartbeat."""
    end_wall = max(checkpoint.heartbeat_wall, checkpoint.start_wall)
    return StretchEnded(
        stretch_id=stretch_id,
        start_wall=checkpoint.start_wall,
        end_wall=end_wall,
        sitting_seconds=max(0.0, checkpoint.sitting_seconds),
        ended_by="crash_recovered",
    )


@dataclass
class _Stretch:
    stretch_id: int
    start_mono: float
    start_wall: datetime
    threshold_sent: bool = False


@dataclass(frozen=True)
class _Obs:
    mono: float
    wall: datetime


@dataclass
class SittingTracker:
    """The sitting state machine. Feed :meth:`observe` every tick; act on the returned events."""

    config: SittingConfig = field(default_factory=SittingConfig)
    _prev: _Obs | None = field(default=None, init=False)
    _open: _Stretch | None = field(default=None, init=False)
    # A new stretch needs input after this instant (after a lock, break, natural break...).
    _need_input_after: float = field(default=-math.inf, init=False)
    _break_since: float | None = field(default=None, init=False)
    _idle: float = field(default=0.0, init=False)
    _next_id: int = field(default=1, init=False)

    def observe(
        self,
        mono: float,
        wall: datetime,
        idle_seconds: float,
        locked: bool = False,
        asleep: bool = False,
    ) -> list[SittingEvent]:
        """Process one observation and return what happened, in order."""
        idle = self._check(mono, wall, idle_seconds)
        events: list[SittingEvent] = []
        prev = self._prev
        last_input = mono - idle
        # Stretch starts are never placed before the previous observation: unobserved time is
        # not evidence of sitting.
        floor = mono if prev is None else prev.mono
        if prev is not None and self._gap(prev, mono, wall, events):
            self._close(events, min(prev.mono, last_input), "sleep")
            self._need_input_after = max(self._need_input_after, prev.mono)
            floor = mono
        if self._break_since is not None:
            break_end = self._break_since + self.config.max_break_seconds
            if mono >= break_end:
                self._finish_break(break_end)
        if asleep or locked:
            # End at the last observation before the lock/sleep (or the last input, if earlier).
            reason: EndedBy = "sleep" if asleep else "lock"
            self._close(events, min(floor, last_input), reason)
            self._need_input_after = max(self._need_input_after, mono)
        elif idle >= self.config.natural_break_seconds:
            if self._open is not None:
                self._close(events, last_input, "natural_break")
                idle_since = wall - timedelta(seconds=idle)
                events.append(NaturalBreak(idle_since, wall, idle))
            # Idle time is not sitting: the next stretch needs fresh input.
            self._need_input_after = max(self._need_input_after, mono)
        elif (
            self._open is None and self._break_since is None and last_input > self._need_input_after
        ):
            start = max(last_input, floor)
            self._open = _Stretch(self._next_id, start, self._stamp(start, mono, wall))
            self._next_id += 1
            events.append(StretchStarted(self._open.stretch_id, self._open.start_wall, start))
        self._prev = _Obs(mono, wall)
        self._idle = idle
        self._check_threshold(events, mono, wall)
        return events

    def break_started(
        self, mono: float, wall: datetime, idle_seconds: float = 0.0
    ) -> list[SittingEvent]:
        """The user started a break (routine): end the stretch now; no stretch until it ends."""
        events = self._end_now(mono, wall, idle_seconds, "break")
        self._break_since = mono
        return events

    def break_finished(self, mono: float, wall: datetime) -> list[SittingEvent]:
        """The break (routine) is over; a new stretch starts with the next input after now."""
        self._check(mono, wall, 0.0)
        if self._break_since is not None:
            self._finish_break(mono)
        self._prev = _Obs(mono, wall)
        return []

    def end_session(
        self, mono: float, wall: datetime, idle_seconds: float = 0.0
    ) -> list[SittingEvent]:
        """The app quits: close the open stretch (``ended_by="quit"``) and forget the session."""
        events = self._end_now(mono, wall, idle_seconds, "quit")
        self._prev = None
        self._need_input_after = -math.inf
        self._break_since = None
        return events

    def status(self) -> SittingStatus:
        """The current stretch as of the last observation."""
        stretch = self._open
        return SittingStatus(
            stretch_id=None if stretch is None else stretch.stretch_id,
            sitting_seconds=self._sitting_so_far(),
            start_wall=None if stretch is None else stretch.start_wall,
            idle_seconds=self._idle,
            on_break=self._break_since is not None,
        )

    def checkpoint(self) -> Checkpoint | None:
        """Heartbeat data for crash recovery, or None when no stretch is open."""
        if self._open is None or self._prev is None:
            return None
        return Checkpoint(self._open.start_wall, self._sitting_so_far(), self._prev.wall)

    # -- internals ---------------------------------------------------------------------------

    def _check(self, mono: float, wall: datetime, idle_seconds: float) -> float:
        if wall.tzinfo is None:
            raise ValueError("wall: need an aware datetime")
        if not math.isfinite(mono):
            raise ValueError(f"mono: not a finite number: {mono!r}")
        if self._prev is not None and mono < self._prev.mono:
            raise ValueError("mono: the monotonic clock went backwards")
        # A broken idle source must not crash the companion: treat nonsense as "just active".
        if not math.isfinite(idle_seconds) or idle_seconds < 0:
            return 0.0
        return float(idle_seconds)

    def _gap(self, prev: _Obs, mono: float, wall: datetime, events: list[SittingEvent]) -> bool:
        mono_gap = mono - prev.mono
        ahead = (wall - prev.wall).total_seconds() - mono_gap
        limit = self.config.tick_gap_seconds
        if mono_gap > limit:
            events.append(TickGap("stall", mono_gap, prev.wall, wall))
            return True
        # Wall time running ahead of monotonic time: suspend on Linux/macOS, or the clock was
        # set forward. Backward jumps can never be sleep and are ignored.
        if self.config.wall_gap_means_sleep and ahead > limit:
            events.append(TickGap("wall_ahead", ahead, prev.wall, wall))
            return True
        return False

    def _end_now(
        self, mono: float, wall: datetime, idle_seconds: float, reason: EndedBy
    ) -> list[SittingEvent]:
        idle = self._check(mono, wall, idle_seconds)
        events: list[SittingEvent] = []
        bound = mono
        prev = self._prev
        if prev is not None and self._gap(prev, mono, wall, events):
            bound = prev.mono
            reason = "sleep"
        self._close(events, min(bound, mono - idle), reason)
        self._prev = _Obs(mono, wall)
        return events

    def _finish_break(self, end: float) -> None:
        self._break_since = None
        self._need_input_after = max(self._need_input_after, end)

    def _close(self, events: list[SittingEvent], end: float, reason: EndedBy) -> None:
        stretch = self._open
        if stretch is None:
            return
        self._open = None
        end = max(stretch.start_mono, end)
        # The end stamp is start + monotonic duration, so a clock change during the stretch can
        # never make the journal's span (ended_at - started_at) longer or shorter than measured.
        end_wall = stretch.start_wall + timedelta(seconds=end - stretch.start_mono)
        events.append(
            StretchEnded(
                stretch_id=stretch.stretch_id,
                start_wall=stretch.start_wall,
                end_wall=end_wall,
                sitting_seconds=end - stretch.start_mono,
                ended_by=reason,
                start_mono=stretch.start_mono,
                end_mono=end,
            )
        )

    def _stamp(self, instant: float, mono: float, wall: datetime) -> datetime:
        # Stamp with the mapping of the observation on the same side of any gap as the instant.
        prev = self._prev
        if prev is not None and instant <= prev.mono:
            return prev.wall - timedelta(seconds=prev.mono - instant)
        return wall - timedelta(seconds=mono - instant)

    def _sitting_so_far(self) -> float:
        if self._open is None or self._prev is None:
            return 0.0
        return max(0.0, self._prev.mono - self._open.start_mono)

    def _check_threshold(self, events: list[SittingEvent], mono: float, wall: datetime) -> None:
        stretch = self._open
        if stretch is None or stretch.threshold_sent:
            return
        sitting = mono - stretch.start_mono
        if sitting >= self.config.threshold_seconds:
            stretch.threshold_sent = True
            events.append(ThresholdReached(stretch.stretch_id, sitting, wall))
