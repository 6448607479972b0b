"""Break policy: when to warn, prompt, escalate, and how user answers are recorded.

Fed on every tick with the monotonic time, the wall time (aware UTC), the sitting tracker's
:class:`~hipdesk.core.sitting.SittingStatus` and the current quiet inputs. It returns events for
the notifier (PreWarning, Prompt, PromptWithdrawn) and the journal (PromptOutcome). Pure Python:
time only arrives as arguments.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Literal

from hipdesk.core.models import check_int
from hipdesk.core.sitting import SittingStatus
from hipdesk.core.work_hours import (
    QUIET_MODES,
    HoursSpec,
    QuietMode,
    QuietState,
    ReminderPause,
    WorkHours,
)

Outcome = Literal["taken", "snoozed", "skipped", "ignored", "suppressed_quiet", "suppressed_hours"]
Blocker = Literal["hours", "quiet", "paused"]
_Phase = Literal["waiting", "due", "prompted", "snoozed", "done"]


@dataclass(frozen=True)
class BreakConfig:
    """Break settings (content brief section 8 defaults). Invalid values raise ValueError."""

    threshold_minutes: int = 30
    pre_warning_seconds: int = 60  # 0 turns the pre-warning off
    snooze_minutes: tuple[int, ...] = (5, 10)
    max_snoozes_in_a_row: int = 3
    daily_skip_budget: int = 3
    escalate_after_seconds: int = 120  # unanswered prompt is re-prompted once after this
    ignore_after_seconds: int = 120  # ...and closed as "ignored" this long after the re-prompt
    quiet_modes: frozenset[QuietMode] = QUIET_MODES  # which QuietState inputs silence prompts
    break_minutes: int = 2  # the desk break the prompt offers ("2-minute hip break?")

    def __post_init__(self) -> None:
        check_int("threshold_minutes", self.threshold_minutes, 20, 90)
        check_int("pre_warning_seconds", self.pre_warning_seconds, 0, 300)
        if not self.snooze_minutes or len(set(self.snooze_minutes)) != len(self.snooze_minutes):
            raise ValueError("snooze_minutes must be a non-empty tuple of distinct minutes")
        for minutes in self.snooze_minutes:
            check_int("snooze_minutes", minutes, 1, 60)
        check_int("max_snoozes_in_a_row", self.max_snoozes_in_a_row, 0, 10)
        check_int("daily_skip_budget", self.daily_skip_budget, 0, 100)
        check_int("break_minutes", self.break_minutes, 1, 3)
        check_int("escalate_after_seconds", self.escalate_after_seconds, 10, 3600)
        check_int("ignore_after_seconds", self.ignore_after_seconds, 10, 3600)
        if not set(self.quiet_modes) <= QUIET_MODES:
            raise ValueError(f"quiet_modes: unknown mode in {sorted(self.quiet_modes)!r}")

    @property
    def threshold_seconds(self) -> float:
        """The threshold in seconds of sitting."""
        return self.threshold_minutes * 60.0


@dataclass(frozen=True)
class PreWarning:
    """A prompt is coming in ``seconds_left`` ("Break in 1 minute")."""

    stretch_id: int
    seconds_left: float
    wall: datetime


@dataclass(frozen=True)
class Prompt:
    """Show the break prompt; ``escalated`` marks the single re-prompt of an unanswered one."""

    prompt_id: int
    stretch_id: int
    sitting_seconds: float
    escalated: bool
    wall: datetime
    can_snooze: bool
    can_skip: bool
    snooze_minutes: tuple[int, ...]
    break_minutes: int = 2


@dataclass(frozen=True)
class PromptWithdrawn:
    """Close the notification/window of this prompt (it was ignored or the stretch ended)."""

    prompt_id: int
    wall: datetime


@dataclass(frozen=True)
class PromptOutcome:
    """One row for the journal's ``break_prompts``; suppressed prompts were never shown."""

    prompt_id: int
    stretch_id: int
    outcome: Outcome
    sitting_seconds: float
    due_wall: datetime
    shown_wall: datetime | None
    decided_wall: datetime
    escalated: bool = False
    snooze_minutes: int | None = None


@dataclass(frozen=True)
class PauseEnded:
    """A "pause reminders" period is over (tray icon leaves its paused variant)."""

    wall: datetime


BreakEvent = PreWarning | Prompt | PromptWithdrawn | PromptOutcome | PauseEnded


@dataclass(frozen=True)
class BreakStatus:
    """Policy state for the tray and Today page."""

    next_prompt_at_sitting: float | None
    paused_until: datetime | None
    in_working_hours: bool
    open_prompt_id: int | None
    skips_left: int
    snoozes_left: int


@dataclass
class _Stretch:
    stretch_id: int
    phase: _Phase = "waiting"
    prewarned: bool = False
    snoozes: int = 0
    due_wall: datetime | None = None
    due_sitting: float = 0.0
    blocked_by: Blocker | None = None
    snooze_until: float = 0.0
    prompt_id: int = 0
    shown_mono: float = 0.0
    shown_wall: datetime | None = None
    escalated_mono: float | None = None


class BreakPolicy:
    """The break policy. Call :meth:`update` each tick and the response methods on user input.

    ``working_hours`` is a :class:`WorkHours` or a spec like ``{"mon": "09:00-17:30"}`` read in
    ``tz`` (IANA name or tzinfo); None means Monday to Friday 09:00-17:30 in ``tz``. ``config``
    may be replaced between ticks.
    """

    def __init__(
        self,
        config: BreakConfig | None = None,
        *,
        tz: str | tzinfo = "UTC",
        working_hours: WorkHours | HoursSpec | None = None,
    ) -> None:
        self.config = config or BreakConfig()
        if working_hours is None:
            working_hours = WorkHours.default(tz)
        elif not isinstance(working_hours, WorkHours):
            working_hours = WorkHours.from_spec(working_hours, tz)
        self.hours: WorkHours = working_hours
        self._st: _Stretch | None = None
        self._next_prompt_id = 1
        # Skips per local date: a clock set back a day must not refill the budget.
        self._skips: dict[date, int] = {}
        self.pause = ReminderPause()
        self._last_mono = -math.inf

    def update(
        self, mono: float, wall: datetime, sitting: SittingStatus, quiet: QuietState | None = None
    ) -> list[BreakEvent]:
        """Advance the policy to ``mono``/``wall`` given the sitting status and quiet inputs."""
        self._tick(mono, wall)
        events: list[BreakEvent] = [PauseEnded(wall)] if self.pause.expire(mono, wall) else []
        st = self._st
        if st is not None and st.stretch_id != sitting.stretch_id:
            self._end_stretch(st, wall, events)
            st = None
        if st is None and sitting.stretch_id is not None:
            st = self._st = _Stretch(sitting.stretch_id)
        if st is not None:
            blocker = self._blocker(mono, wall, quiet or QuietState())
            events += self._advance(st, mono, wall, sitting.sitting_seconds, blocker)
        return events

    def start(self, mono: float, wall: datetime, prompt_id: int | None = None) -> list[BreakEvent]:
        """The user starts a break (from the prompt or the tray): the prompt counts as taken."""
        self._tick(mono, wall)
        st = self._open_prompt(prompt_id)
        if st is None:
            if self._st is not None and prompt_id is None:
                self._st.phase = "done"  # break from the tray menu: nothing to record
            return []
        st.phase = "done"
        return [self._outcome(st, "taken", wall)]

    def snooze(
        self, mono: float, wall: datetime, minutes: int, prompt_id: int | None = None
    ) -> list[BreakEvent]:
        """Snooze the open prompt; raises ValueError for a disallowed length or too many."""
        self._tick(mono, wall)
        st = self._open_prompt(prompt_id)
        if st is None:
            return []  # stale action from an old notification
        if minutes not in self.config.snooze_minutes:
            raise ValueError(f"snooze_minutes: {minutes!r} is not one of the offered lengths")
        if st.snoozes >= self.config.max_snoozes_in_a_row:
            raise ValueError("max_snoozes_in_a_row: no snoozes left for this stretch")
        st.snoozes, st.phase, st.snooze_until = st.snoozes + 1, "snoozed", mono + minutes * 60.0
        return [self._outcome(st, "snoozed", wall, snooze_minutes=minutes)]

    def skip(self, mono: float, wall: datetime, prompt_id: int | None = None) -> list[BreakEvent]:
        """Skip the open prompt; raises ValueError when today's skip budget is used up."""
        self._tick(mono, wall)
        st = self._open_prompt(prompt_id)
        if st is None:
            return []
        day = self.hours.local_date(wall)
        if self._skips.get(day, 0) >= self.config.daily_skip_budget:
            raise ValueError("daily_skip_budget: no skips left today")
        self._skips[day] = self._skips.get(day, 0) + 1
        st.phase = "done"
        return [self._outcome(st, "skipped", wall)]

    def pause_for(self, mono: float, wall: datetime, seconds: float) -> list[BreakEvent]:
        """Pause reminders (30 min, 1 h...). An open prompt is withdrawn and recorded as snoozed."""
        self._tick(mono, wall)
        self.pause.start(mono, wall, seconds)
        events: list[BreakEvent] = []
        st = self._open_prompt(None)
        if st is not None:  # counts as a snooze, so the later re-prompt is not a second prompt
            events += [self._outcome(st, "snoozed", wall), PromptWithdrawn(st.prompt_id, wall)]
            self._make_due(st, wall, st.due_sitting)
            st.blocked_by = "paused"
        return events

    def pause_until_tomorrow(self, mono: float, wall: datetime) -> list[BreakEvent]:
        """Pause reminders until the next local midnight (working-hours time zone)."""
        midnight = self.hours.next_local_midnight(wall)
        return self.pause_for(mono, wall, (midnight - wall).total_seconds())

    def resume(self, mono: float, wall: datetime) -> list[BreakEvent]:
        """End a pause early."""
        self._tick(mono, wall)
        return [PauseEnded(wall)] if self.pause.clear() else []

    def status(self, mono: float, wall: datetime, sitting: SittingStatus) -> BreakStatus:
        """Snapshot for the tray tooltip ("Sitting 24 min · break at 30") and the Today page."""
        st = self._current(sitting)
        next_at: float | None = self.config.threshold_seconds
        if st is not None and st.phase == "snoozed":
            next_at = sitting.sitting_seconds + max(0.0, st.snooze_until - mono)
        elif st is not None and st.phase in ("due", "prompted"):
            next_at = sitting.sitting_seconds
        elif st is not None and st.phase == "done":
            next_at = None
        return BreakStatus(
            next_prompt_at_sitting=next_at,
            paused_until=self.pause.until(mono, wall),
            in_working_hours=self.hours.contains(wall),
            open_prompt_id=st.prompt_id if st is not None and st.phase == "prompted" else None,
            skips_left=max(0, self.config.daily_skip_budget - self._skips_today(wall)),
            snoozes_left=self.config.max_snoozes_in_a_row - (st.snoozes if st else 0),
        )

    def next_wakeup(self, mono: float, sitting: SittingStatus) -> float:
        """Seconds until the policy next needs an update (<= 60), for an on-time adaptive ticker."""
        cfg, st = self.config, self._current(sitting)
        phase = st.phase if st is not None else ("waiting" if sitting.in_stretch else "done")
        left = cfg.threshold_seconds - sitting.sitting_seconds
        candidates = [60.0]
        if phase == "waiting":
            candidates += [left, left - cfg.pre_warning_seconds]
        elif st is not None and phase == "snoozed":
            candidates.append(st.snooze_until - mono)
        elif st is not None and phase == "prompted":
            if st.escalated_mono is None:
                candidates.append(st.shown_mono + cfg.escalate_after_seconds - mono)
            else:
                candidates.append(st.escalated_mono + cfg.ignore_after_seconds - mono)
        if self.pause.until_mono is not None:
            candidates.append(self.pause.until_mono - mono)
        # Moments already past are waiting on something else (quiet, hours): no busy loop.
        return min(c for c in candidates if c > 0)

    # -- internals ---------------------------------------------------------------------------

    def _tick(self, mono: float, wall: datetime) -> None:
        if wall.tzinfo is None:
            raise ValueError("wall: need an aware datetime")
        if not math.isfinite(mono) or mono < self._last_mono:
            raise ValueError("mono: the monotonic clock went backwards")
        self._last_mono = mono

    def _skips_today(self, wall: datetime) -> int:
        return self._skips.get(self.hours.local_date(wall), 0)

    def _blocker(self, mono: float, wall: datetime, quiet: QuietState) -> Blocker | None:
        if not self.hours.contains(wall):
            return "hours"
        if quiet.active(self.config.quiet_modes):
            return "quiet"
        if self.pause.active(mono, wall):
            return "paused"
        return None

    def _current(self, sitting: SittingStatus) -> _Stretch | None:
        st = self._st
        return st if st is not None and st.stretch_id == sitting.stretch_id else None

    def _open_prompt(self, prompt_id: int | None) -> _Stretch | None:
        st = self._st
        ok = st is not None and st.phase == "prompted" and prompt_id in (None, st.prompt_id)
        return st if ok else None

    def _advance(
        self, st: _Stretch, mono: float, wall: datetime, sitting: float, blocker: Blocker | None
    ) -> list[BreakEvent]:
        events: list[BreakEvent] = []
        cfg = self.config
        warn_at = (
            cfg.threshold_seconds - cfg.pre_warning_seconds if cfg.pre_warning_seconds else math.inf
        )
        if st.phase == "waiting":
            if sitting >= cfg.threshold_seconds:
                self._make_due(st, wall, sitting)
            elif sitting >= warn_at and blocker is None and not st.prewarned:
                st.prewarned = True  # once per stretch, and only when a prompt could follow
                events.append(PreWarning(st.stretch_id, cfg.threshold_seconds - sitting, wall))
        elif st.phase == "snoozed" and mono >= st.snooze_until:
            self._make_due(st, wall, sitting)
        if st.phase == "due":
            # Quiet, outside hours or paused: the prompt waits and appears once that ends.
            if blocker is not None:
                st.blocked_by = blocker
            else:
                st.phase, st.blocked_by, st.due_sitting = "prompted", None, sitting
                st.prompt_id, self._next_prompt_id = self._next_prompt_id, self._next_prompt_id + 1
                st.shown_mono, st.shown_wall, st.escalated_mono = mono, wall, None
                events.append(self._prompt(st, sitting, False, wall))
        elif st.phase == "prompted":
            if st.escalated_mono is None:
                # Escalate once, never while quiet or outside hours.
                if mono - st.shown_mono >= cfg.escalate_after_seconds and blocker is None:
                    st.escalated_mono = mono
                    events.append(self._prompt(st, sitting, True, wall))
            elif mono - st.escalated_mono >= cfg.ignore_after_seconds:
                events += [self._outcome(st, "ignored", wall), PromptWithdrawn(st.prompt_id, wall)]
                st.phase = "done"
        return events

    def _make_due(self, st: _Stretch, wall: datetime, sitting: float) -> None:
        st.phase, st.due_wall, st.due_sitting = "due", wall, sitting
        st.blocked_by, st.shown_wall, st.escalated_mono = None, None, None

    def _prompt(self, st: _Stretch, sitting: float, escalated: bool, wall: datetime) -> Prompt:
        cfg = self.config
        return Prompt(
            st.prompt_id, st.stretch_id, sitting, escalated, wall,
            can_snooze=st.snoozes < cfg.max_snoozes_in_a_row,
            can_skip=self._skips_today(wall) < cfg.daily_skip_budget,
            snooze_minutes=cfg.snooze_minutes, break_minutes=cfg.break_minutes,
        )  # fmt: skip

    def _outcome(
        self, st: _Stretch, outcome: Outcome, wall: datetime, snooze_minutes: int | None = None
    ) -> PromptOutcome:
        due = st.due_wall or wall
        decided = max(wall, st.shown_wall or due, due)  # a clock set back must not reorder stamps
        escalated = st.escalated_mono is not None
        return PromptOutcome(
            st.prompt_id, st.stretch_id, outcome, st.due_sitting, due, st.shown_wall, decided,
            escalated, snooze_minutes,
        )  # fmt: skip

    def _end_stretch(self, st: _Stretch, wall: datetime, events: list[BreakEvent]) -> None:
        self._st = None
        if st.phase == "prompted":
            events += [self._outcome(st, "ignored", wall), PromptWithdrawn(st.prompt_id, wall)]
        elif st.phase == "due" and st.blocked_by in ("hours", "quiet"):
            # A due prompt that never appeared gets its own id so every row is unique.
            st.prompt_id, self._next_prompt_id = self._next_prompt_id, self._next_prompt_id + 1
            kind: Outcome = "suppressed_hours" if st.blocked_by == "hours" else "suppressed_quiet"
            events.append(self._outcome(st, kind, wall))
