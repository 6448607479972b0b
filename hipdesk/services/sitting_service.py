"""The sitting companion's engine: ticks feed the core, events become journal rows and signals.

One adaptive tick (:mod:`hipdesk.services.ticker`) reads the clock, idle time, lock/sleep and
quiet inputs, feeds :class:`SittingTracker` and :class:`BreakPolicy`, writes every ended stretch
to ``sitting_spans`` and every prompt outcome to ``break_prompts``, and tells the tray/notifier
through Qt signals. Durability: the open stretch is checkpointed to ``sitting-checkpoint.json``
(atomic replace + fsync) at most once a minute; a checkpoint found at start was left by a
crash and becomes a ``crash_recovered`` span. The file (not a settings key) keeps the journal's
settings table free of once-a-minute writes and survives a damaged journal. Rows the journal
refuses (full disk, locked, I/O error) wait in :class:`PendingWrites` and are retried on the
next ticks in order; the snapshot's ``pending_writes`` says how many are not saved yet.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal, Slot

from hipdesk.core import breaks as br
from hipdesk.core import sitting as st
from hipdesk.core.clock import Clock
from hipdesk.core.models import BreakPrompt, RoutineSession, SittingSpan, new_uuid
from hipdesk.core.work_hours import QuietState
from hipdesk.services import pending_writes as pw
from hipdesk.services.idle import FallbackIdleSource, IdleSource
from hipdesk.services.power import PowerState
from hipdesk.services.quiet import NoQuiet, QuietProbe
from hipdesk.services.ticker import AdaptiveTicker, CheckpointFile, SavedStretch, SittingSettings

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

log = logging.getLogger(__name__)

CHECKPOINT_FILE = "sitting-checkpoint.json"
HEARTBEAT_SECONDS = 55.0  # ticks are <= 60 s apart, so this writes once per ~minute: <= 60 s lost
_MAX_PAUSE = 7 * 24 * 3600.0
Action = Literal["start", "snooze", "skip"]


@dataclass(frozen=True)
class SittingSnapshot:
    """Everything the tray, tooltip and Today page show; emitted after every tick and action."""

    sitting_today_seconds: float
    current_stretch_seconds: float
    in_stretch: bool
    threshold_seconds: float
    next_break_in_seconds: float | None  # None: no stretch, or no more prompts this stretch
    breaks_taken_today: int
    breaks_skipped_today: int
    paused_until: datetime | None
    in_working_hours: bool
    quiet: bool
    on_break: bool
    open_prompt_id: int | None
    estimated: bool
    idle_source_name: str
    locked: bool
    asleep: bool
    pending_writes: int = 0  # rows not in the journal yet (retried every tick): "not saved yet"


@dataclass
class _Open:
    uuid: str
    source: str  # "input" | "estimated"
    start_wall: datetime | None = None


@dataclass
class _BreakContext:
    wall: datetime
    sitting_seconds: float
    record: BreakPrompt | None = None


@dataclass
class _Today:
    day: str = ""
    closed_seconds: float = 0.0
    taken: int = 0
    skipped: int = 0


class SittingService(QObject):
    status_changed = Signal(object)  # SittingSnapshot
    pre_warning = Signal(object)  # core PreWarning
    prompt_requested = Signal(object)  # core Prompt (escalated=True for the one re-prompt)
    prompt_withdrawn = Signal(int)  # prompt_id: close its notification/window
    pause_changed = Signal(object)  # datetime | None: persist as reminders.paused_until

    def __init__(
        self,
        clock: Clock,
        idle: IdleSource,
        power: PowerState,
        journal: Journal,
        settings: SittingSettings,
        checkpoint_path: Path,
        *,
        quiet: QuietProbe | None = None,
        tz: str = "UTC",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._idle, self._power = clock, idle, power
        self._journal, self._settings = journal, settings
        self._checkpoints = CheckpointFile(checkpoint_path)
        self._pending = pw.PendingWrites(journal, checkpoint_path.with_name(pw.PENDING_FILE))
        self._checkpoint_warned = False
        self._quiet_probe: QuietProbe = quiet or NoQuiet()
        self._tz, self._zone = tz, ZoneInfo(tz)
        self.tracker = st.SittingTracker(settings.sitting_config(not power.sleep_signal))
        self.policy = br.BreakPolicy(settings.break_config(), working_hours=settings.hours(tz))
        self.ticker = AdaptiveTicker(self.tick, self)
        self._open: dict[int, _Open] = {}
        self._last_checkpoint = float("-inf")
        self._break: _BreakContext | None = None
        self._quiet = QuietState()
        self._today = _Today()
        self._closed = False
        changed = getattr(power, "changed", None)
        if changed is not None:
            changed.connect(self.tick_now)  # lock/sleep: end the stretch before suspending
        self._recover_crash()
        self._restore_pause(settings.paused_until)

    # -- driving -----------------------------------------------------------------------------

    def start(self) -> None:
        """Begin ticking (first tick as soon as the event loop runs)."""
        self.ticker.start(0.0)

    def tick(self) -> float:
        """One observation; returns seconds until the next tick is needed (the ticker's delay)."""
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._pending.flush()  # rows a failing journal refused earlier, oldest first
        idle = self._read_idle()
        events: list[Any] = self.tracker.observe(
            mono, wall, idle, locked=self._power.locked, asleep=self._power.asleep
        )
        status = self.tracker.status()
        self._quiet = self._sample_quiet(mono, wall, status)
        events += self.policy.update(mono, wall, status, self._quiet)
        self._handle(events)
        self._heartbeat(mono)
        self._emit_status(mono, wall)
        return self.policy.next_wakeup(mono, self.tracker.status())

    @Slot()
    def tick_now(self) -> None:
        if not self._closed:
            self.ticker.rearm(self.tick())

    # -- user actions ------------------------------------------------------------------------

    def respond(self, prompt_id: int, action: Action, minutes: int | None = None) -> bool:
        """An answer from a notification or the prompt window; False if stale or not allowed."""
        if action not in ("start", "snooze", "skip"):
            raise ValueError(f"action: {action!r} is not start | snooze | skip")
        mono, wall = self._clock.monotonic(), self._clock.now()
        try:
            if action == "start":
                events = self.policy.start(mono, wall, prompt_id)
                self._begin_break(mono, wall, events)
                return bool(events)
            if action == "snooze":
                length = minutes or self._settings.snooze_minutes
                events = self.policy.snooze(mono, wall, length, prompt_id)
            else:
                events = self.policy.skip(mono, wall, prompt_id)
        except ValueError as exc:  # a stale action offering what is no longer allowed
            log.warning("prompt %s: %s refused: %s", prompt_id, action, exc)
            return False
        self._after_action(events)
        return bool(events)

    def pause_for(self, seconds: float) -> None:
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._after_action(self.policy.pause_for(mono, wall, seconds))
        self.pause_changed.emit(self.policy.pause.until_wall)

    def pause_until_tomorrow(self) -> None:
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._after_action(self.policy.pause_until_tomorrow(mono, wall))
        self.pause_changed.emit(self.policy.pause.until_wall)

    def resume(self) -> None:
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._after_action(self.policy.resume(mono, wall))
        self.pause_changed.emit(None)

    def break_started(self) -> None:
        """A desk break began (tray menu or player): an open prompt counts as taken."""
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._begin_break(mono, wall, self.policy.start(mono, wall, None))

    def break_finished(self, routine_session_uuid: str | None = None) -> None:
        """The break is over. With a routine session (routine done) it counts as a break taken
        and the ``break_prompts`` row links to that ``routine_sessions`` row."""
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._handle(self.tracker.break_finished(mono, wall))
        ctx, self._break = self._break, None
        if routine_session_uuid is not None:
            ctx = ctx or _BreakContext(wall, self.tracker.status().sitting_seconds)
            link: str | None = routine_session_uuid
            if not self._pending.stored(RoutineSession, routine_session_uuid, unknown=True):
                log.warning("routine session %s not in the journal; not linked", link)
                link = None
            if ctx.record is not None:
                if link is not None:
                    self._pending.update(dataclasses.replace(ctx.record, routine_session_uuid=link))
            else:  # a break from the tray, no prompt: the finished routine is the break taken
                self._pending.add(pw.prompt_row(self._zone, ctx.wall, ctx.sitting_seconds, "taken",
                                                ctx.wall, link))  # fmt: skip
            self._today.day = ""
        self._after_action([])

    def reload_settings(self, settings: SittingSettings) -> None:
        self._settings = settings
        self.tracker.config = settings.sitting_config(not self._power.sleep_signal)
        self.policy.config = settings.break_config()
        self.policy.hours = settings.hours(self._tz)
        setter = getattr(self._quiet_probe, "set_meeting_apps", None)
        if setter is not None:
            setter(settings.meeting_apps)
        self.tick_now()

    def shutdown(self) -> None:
        """Quit: close the stretch (``quit``), record an open prompt as ignored, stop ticking."""
        if self._closed:
            return
        self._closed = True
        self.ticker.stop()
        mono, wall = self._clock.monotonic(), self._clock.now()
        events: list[Any] = self.tracker.end_session(mono, wall, self._read_idle())
        events += self.policy.update(mono, wall, self.tracker.status(), self._quiet)
        self._handle(events)
        self._pending.flush()  # what still fails waits in the pending file for the next start
        if self._pending.durable:  # else the checkpoint is what covers the unsaved span
            self._remove_checkpoint()

    def snapshot(self) -> SittingSnapshot:
        return self._snapshot(self._clock.monotonic(), self._clock.now())

    # -- internals ---------------------------------------------------------------------------

    def _read_idle(self) -> float:
        try:
            return self._idle.idle_seconds()
        except Exception as exc:
            log.warning("idle source %s failed (%s): estimating now", self._idle.name, exc)
            self._idle = FallbackIdleSource()
            return 0.0

    def _sample_quiet(self, mono: float, wall: datetime, status: st.SittingStatus) -> QuietState:
        # Quiet inputs only matter near a prompt; skipping the probe otherwise keeps the idle
        # tray's CPU use down (the /proc scan is the most expensive thing in a tick).
        next_at = self.policy.status(mono, wall, status).next_prompt_at_sitting
        if not status.in_stretch or next_at is None:
            return QuietState()
        lead = self.policy.config.pre_warning_seconds + 120.0
        if status.sitting_seconds < next_at - lead:
            return QuietState()
        return self._quiet_probe.sample(mono)

    def _begin_break(self, mono: float, wall: datetime, events: list[Any]) -> None:
        if self._break is None:
            self._break = _BreakContext(wall, self.tracker.status().sitting_seconds)
        self._handle(events)
        self._handle(self.tracker.break_started(mono, wall, self._read_idle()))
        self._after_action([])

    def _after_action(self, events: list[Any]) -> None:
        self._handle(events)
        mono, wall = self._clock.monotonic(), self._clock.now()
        self._emit_status(mono, wall)
        if self.ticker.active:
            self.ticker.rearm(self.policy.next_wakeup(mono, self.tracker.status()))

    def _handle(self, events: list[Any]) -> None:
        for ev in events:
            if isinstance(ev, st.StretchStarted):
                source = "estimated" if self._idle.estimated else "input"
                self._open[ev.stretch_id] = _Open(new_uuid(), source, ev.start_wall)
            elif isinstance(ev, st.StretchEnded):
                info = self._open.pop(ev.stretch_id, None) or _Open(new_uuid(), "input")
                self._write_span(info, ev.start_wall, ev.end_wall, ev.ended_by)
                if self._pending.durable:  # else the checkpoint still covers the unsaved span
                    self._remove_checkpoint()
            elif isinstance(ev, br.PreWarning):
                self.pre_warning.emit(ev)
            elif isinstance(ev, br.Prompt):
                self.prompt_requested.emit(ev)
            elif isinstance(ev, br.PromptWithdrawn):
                self.prompt_withdrawn.emit(ev.prompt_id)
            elif isinstance(ev, br.PromptOutcome):
                self._write_outcome(ev)
            elif isinstance(ev, br.PauseEnded):
                self.pause_changed.emit(None)
            else:
                log.debug("sitting: %s", ev)

    def _write_span(self, info: _Open, start: datetime, end: datetime, ended_by: str) -> None:
        if (end - start).total_seconds() < 1.0:
            return  # a stretch without measurable sitting (one input, then away) is noise
        self._pending.add(pw.span_row(info.uuid, info.source, start, end, ended_by, self._zone))
        self._today.day = ""  # re-read today's figures

    def _write_outcome(self, o: br.PromptOutcome) -> None:
        answered = o.outcome in ("taken", "snoozed", "skipped")
        row = pw.prompt_row(self._zone, o.shown_wall or o.due_wall, o.sitting_seconds, o.outcome,
                            o.decided_wall if answered else None)  # fmt: skip
        record = self._pending.add(row)
        if o.outcome == "taken":
            self._break = self._break or _BreakContext(o.decided_wall, o.sitting_seconds)
            self._break.record = record
        self._today.day = ""

    def _heartbeat(self, mono: float) -> None:
        cp = self.tracker.checkpoint()
        info = self._open.get(self.tracker.status().stretch_id or 0)
        if cp is None or info is None or mono - self._last_checkpoint < HEARTBEAT_SECONDS:
            return
        try:
            self._checkpoints.save(SavedStretch(info.uuid, info.source, cp))
        except OSError as exc:  # full disk: keep measuring, try again next heartbeat
            if not self._checkpoint_warned:
                log.warning("cannot write the sitting checkpoint: %s", exc)
            self._checkpoint_warned = True
            return
        self._checkpoint_warned = False
        self._last_checkpoint = mono

    def _remove_checkpoint(self) -> None:
        self._last_checkpoint = float("-inf")
        self._checkpoints.remove()

    def _recover_crash(self) -> None:
        saved = self._checkpoints.load()
        if saved is None:
            return
        known = self._pending.holds(saved.uuid) or self._pending.stored(SittingSpan, saved.uuid)
        if not known:  # else the crash came after the span was written (or queued)
            ended = st.recover_stretch(saved.checkpoint)
            # End = start + measured sitting, like every span (a wall-clock change between
            # heartbeats must not stretch it).
            end = ended.start_wall + timedelta(seconds=ended.sitting_seconds)
            self._write_span(_Open(saved.uuid, saved.source), ended.start_wall, end, ended.ended_by)
            log.info("recovered a stretch left open by a crash: %.0f s", ended.sitting_seconds)
        if self._pending.durable:
            self._checkpoints.remove()

    def _restore_pause(self, until: datetime | None) -> None:
        mono, wall = self._clock.monotonic(), self._clock.now()
        if until is not None and until > wall:
            left = min((until - wall).total_seconds(), _MAX_PAUSE)
            self.policy.pause_for(mono, wall, left)

    def _refresh_today(self, wall: datetime) -> _Today:
        day = wall.astimezone(self._zone).date()
        if self._today.day != day.isoformat():
            try:
                stats = self._journal.daily_stats(days=1, today=day)[0]
            except pw.RETRYABLE as exc:  # keep the last figures; read again next tick
                log.debug("today's figures not readable: %s", exc)
                return self._today
            self._today = _Today(day.isoformat(), stats.sitting_minutes * 60.0,
                                 stats.breaks_taken, stats.breaks_skipped)  # fmt: skip
        return self._today

    def _snapshot(self, mono: float, wall: datetime) -> SittingSnapshot:
        status = self.tracker.status()
        bstat = self.policy.status(mono, wall, status)
        today = self._refresh_today(wall)
        next_at = bstat.next_prompt_at_sitting
        next_in = None
        if status.in_stretch and next_at is not None:
            next_in = max(0.0, next_at - status.sitting_seconds)
        return SittingSnapshot(
            today.closed_seconds + status.sitting_seconds, status.sitting_seconds,
            status.in_stretch, self.policy.config.threshold_seconds, next_in, today.taken,
            today.skipped, bstat.paused_until, bstat.in_working_hours,
            self._quiet.active(self.policy.config.quiet_modes), status.on_break,
            bstat.open_prompt_id, self._idle.estimated, self._idle.name, self._power.locked,
            self._power.asleep, len(self._pending),
        )  # fmt: skip

    def _emit_status(self, mono: float, wall: datetime) -> None:
        self.status_changed.emit(self._snapshot(mono, wall))
