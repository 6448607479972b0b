"""The routine player's timeline: a pure state machine over a routine (no Qt).

**Timeline.** Every step of a routine occupies exactly its ``seconds`` budget (brief 2.2:
work + rests between sets + 10 s get-ready + 10 s switch-sides, rounded up to 5 s). The player
shows a get-ready countdown of ``get_ready`` seconds (setting, default 5) and a switch-sides
interval of ``switch`` seconds (default 5); what the budget has left over (the brief's unused
get-ready/switch allowance and the rounding) is added to the *rest before the drill*, where the
screen previews that drill, together with the routine's own ``rest_after_seconds``. The first
drill has no rest before it, so its spare seconds lengthen its get-ready. Hence:

    active time = get_ready + work + rests between sets + switch_sides + rest between drills
                = the routine's ``total_seconds``  (default settings, no controls used)

"Active" is every second the player runs; paused time, the pain questions and the summary are
not active. A get-ready longer than the spare seconds (setting > 10 s) lengthens the routine.

**Time.** Each phase has an absolute monotonic start; the next phase starts at the previous
start + duration, never at "now", so a late timer does not shift later phases (no drift). Every
event carries ``at``, the ideal monotonic time it was due; :meth:`Player.poll` emits all events
due up to now, in order, however late it is called.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from hipdesk.core.clock import Clock
from hipdesk.core.player_timeline import (
    EPS,
    Phase,
    Segment,
    Side,
    TempoPart,
    build_timeline,
    parse_tempo,
    single_drill_routine,
)

__all__ = [
    "Event",
    "EventKind",
    "Phase",
    "Player",
    "Segment",
    "Side",
    "TempoPart",
    "build_timeline",
    "parse_tempo",
    "single_drill_routine",
]


# ---- events -----------------------------------------------------------------------------------

EventKind = Literal[
    "phase", "tick", "last_seconds", "halfway", "rep", "drill_done", "paused", "resumed",
    "routine_done",
]  # fmt: skip


@dataclass(frozen=True)
class Event:
    """Something the screen and the sounds react to. ``at`` is the ideal monotonic time.

    * ``phase``: ``index``/``segment`` started · ``tick``: a whole second passed, ``remaining``
      whole seconds left · ``last_seconds``: ``remaining`` is 3, 2 or 1 · ``halfway`` (work)
    * ``rep``: tempo part ``part`` (index ``part_index``; 0 starts a rep) of rep ``rep`` of
      ``reps`` begins, ``side`` alternates for alternating drills
    * ``drill_done``: ``step``/``drill`` finished its work · ``paused`` / ``resumed``
    * ``routine_done``: exactly once; ``completed`` is False when stopped early
    """

    kind: EventKind
    at: float
    index: int = -1
    segment: Segment | None = None
    remaining: int = 0
    rep: int = 0
    reps: int = 0
    part: TempoPart | None = None
    part_index: int = 0
    side: Side | None = None
    step: int = -1
    drill: str = ""
    completed: bool = False
    active_seconds: float = 0.0
    drills_done: tuple[str, ...] = ()


@dataclass
class _PhaseState:
    start: float  # monotonic time the phase started (shifted by pauses)
    duration: float
    ticks: int = 0  # whole seconds already announced
    parts: int = 0  # tempo parts already announced
    halfway: bool = False
    frozen: float | None = None  # elapsed seconds while paused


class Player:
    """Drive with :meth:`start`, then :meth:`poll` at (or after) :meth:`next_deadline`.

    Controls return the events they cause. ``done`` becomes true exactly once, with one
    :class:`RoutineDone` (completed when the end is reached, not when stopped).
    """

    def __init__(self, timeline: Sequence[Segment], clock: Clock) -> None:
        if not timeline:
            raise ValueError("an empty timeline")
        self.timeline = tuple(timeline)
        self.clock = clock
        self._offsets = [0.0]
        for seg in self.timeline:
            self._offsets.append(self._offsets[-1] + seg.seconds)
        self.total_seconds = self._offsets[-1]
        self.index = 0
        self._ph: _PhaseState | None = None
        self._active_before = 0.0  # active seconds of finished phases
        self._done_steps: dict[int, str] = {}
        self.done = False
        self.completed = False
        self.started = False

    # -- state -------------------------------------------------------------------------------
    @property
    def segment(self) -> Segment:
        return self.timeline[self.index]

    @property
    def phase(self) -> Phase:
        return "done" if self.done else self.segment.phase

    @property
    def paused(self) -> bool:
        return self._ph is not None and self._ph.frozen is not None

    def elapsed(self, now: float | None = None) -> float:
        """Seconds into the current phase (not counting pauses)."""
        ph = self._ph
        if ph is None or self.done:
            return 0.0
        if ph.frozen is not None:
            return ph.frozen
        now = self.clock.monotonic() if now is None else now
        return min(max(0.0, now - ph.start), ph.duration)

    def duration(self) -> float:
        return 0.0 if self._ph is None or self.done else self._ph.duration

    def remaining(self, now: float | None = None) -> float:
        return max(0.0, self.duration() - self.elapsed(now))

    def active_seconds(self, now: float | None = None) -> float:
        return self._active_before + self.elapsed(now)

    def position(self, now: float | None = None) -> float:
        """Seconds of the planned timeline behind us (goes back only with :meth:`previous`)."""
        if self.done:
            return self.total_seconds
        return self._offsets[self.index] + min(self.elapsed(now), self.segment.seconds)

    def progress(self, now: float | None = None) -> float:
        return self.position(now) / self.total_seconds if self.total_seconds else 1.0

    @property
    def drills_done(self) -> tuple[str, ...]:
        return tuple(self._done_steps[k] for k in sorted(self._done_steps))

    def current_rep(self, now: float | None = None) -> tuple[int, int, int]:
        """(rep 1-based, reps, tempo part index) in a reps/breaths work phase, else zeros."""
        seg = self.segment
        if self.done or seg.phase != "work" or seg.rep_seconds <= 0:
            return (0, 0, 0)
        t = self.elapsed(now)
        reps = max(seg.reps, math.ceil(self.duration() / seg.rep_seconds - EPS))
        rep = min(int(t // seg.rep_seconds), reps - 1)
        within = t - rep * seg.rep_seconds
        acc, part = 0.0, 0
        for k, p in enumerate(seg.tempo):
            acc += p.seconds
            part = k
            if within < acc - EPS:
                break
        return (rep + 1, reps, part)

    # -- driving ------------------------------------------------------------------------------
    def start(self) -> list[Event]:
        if self.started:
            return []
        self.started = True
        return self._enter(0, self.clock.monotonic())

    def next_deadline(self) -> float | None:
        """Monotonic time of the next event; None while paused, done or not started."""
        if self.done or self._ph is None or self._ph.frozen is not None:
            return None
        return self._next_due()[0]

    def poll(self) -> list[Event]:
        """Every event due up to now, in time order."""
        now = self.clock.monotonic()
        out: list[Event] = []
        while not self.done and self._ph is not None and self._ph.frozen is None:
            at, kind = self._next_due()
            if at > now + EPS:
                break
            out.extend(self._fire(at, kind))
        return out

    def _next_due(self) -> tuple[float, str]:
        ph, seg = self._ph, self.segment
        assert ph is not None
        end = ph.start + ph.duration
        best = (end, "end")
        tick = ph.start + ph.ticks + 1
        if tick < end - EPS:
            best = min(best, (tick, "tick"))
        if seg.phase == "work" and not ph.halfway and seg.seconds >= 2:
            best = min(best, (ph.start + ph.duration / 2, "halfway"))
        if seg.phase == "work" and seg.tempo:
            part_at = ph.start + self._part_offset(ph.parts)
            if part_at < end - EPS:
                best = min(best, (part_at, "part"))
        return best

    def _part_offset(self, n: int) -> float:
        seg = self.segment
        rep, k = divmod(n, len(seg.tempo))
        return rep * seg.rep_seconds + sum(p.seconds for p in seg.tempo[:k])

    def _fire(self, at: float, kind: str) -> list[Event]:
        ph, seg = self._ph, self.segment
        assert ph is not None
        if kind == "tick":
            ph.ticks += 1
            remaining = math.ceil(ph.duration - ph.ticks - EPS)
            events = [Event("tick", at, remaining=remaining)]
            if remaining <= 3:
                events.append(Event("last_seconds", at, remaining=remaining))
            return events
        if kind == "halfway":
            ph.halfway = True
            return [Event("halfway", at)]
        if kind == "part":
            n = ph.parts
            ph.parts += 1
            rep, k = divmod(n, len(seg.tempo))
            reps = max(seg.reps, math.ceil(ph.duration / seg.rep_seconds - EPS))
            side: Side | None = seg.side
            if seg.alternating:
                side = "left" if rep % 2 == 0 else "right"
            return [
                Event("rep", at, rep=rep + 1, reps=reps, part=seg.tempo[k], part_index=k, side=side)
            ]
        return self._finish(at, natural=True)

    def _finish(self, at: float, natural: bool) -> list[Event]:
        """End the current phase at ``at`` and enter the next one (or finish the routine)."""
        ph, seg = self._ph, self.segment
        assert ph is not None
        events: list[Event] = []
        self._active_before += ph.duration if natural else self.elapsed(at)
        if natural and seg.phase == "work" and seg.last_work:
            self._done_steps[seg.step] = seg.drill
            events.append(Event("drill_done", at, step=seg.step, drill=seg.drill))
        if self.index + 1 >= len(self.timeline):
            return events + self._end(at, completed=True)
        return events + self._enter(self.index + 1, at)

    def _enter(self, index: int, at: float) -> list[Event]:
        self.index = index
        self._ph = _PhaseState(start=at, duration=self.timeline[index].seconds)
        return [Event("phase", at, index=index, segment=self.timeline[index])]

    def _end(self, at: float, completed: bool) -> list[Event]:
        self.done, self.completed = True, completed
        self._ph = None
        return [
            Event(
                "routine_done",
                at,
                completed=completed,
                active_seconds=self._active_before,
                drills_done=self.drills_done,
            )
        ]

    # -- controls -----------------------------------------------------------------------------
    def _live(self) -> bool:
        return self.started and not self.done

    def pause(self) -> list[Event]:
        if not self._live() or self.paused:
            return []
        now = self.clock.monotonic()
        events = self.poll()  # settle what was due before the key press
        if self.done or self._ph is None:
            return events
        self._ph.frozen = self.elapsed(now)
        return [*events, Event("paused", now)]

    def resume(self) -> list[Event]:
        if not self._live() or not self.paused:
            return []
        assert self._ph is not None and self._ph.frozen is not None
        now = self.clock.monotonic()
        self._ph.start = now - self._ph.frozen
        self._ph.frozen = None
        return [Event("resumed", now)]

    def toggle_pause(self) -> list[Event]:
        return self.resume() if self.paused else self.pause()

    def adjust(self, delta: float) -> list[Event]:
        """±10 s: lengthen or shorten the current phase; shortening past zero ends it."""
        if not self._live():
            return []
        events = self.poll()
        if self.done or self._ph is None:
            return events
        now = self.clock.monotonic()
        elapsed = self.elapsed(now)
        self._ph.duration = max(elapsed, self._ph.duration + delta)
        # A halfway point that moved behind us is not announced late.
        self._ph.halfway = self._ph.halfway or elapsed >= self._ph.duration / 2
        if self._ph.duration - elapsed <= EPS:
            was_paused = self.paused
            self._ph.frozen = None
            self._ph.start = now - elapsed
            events += self._finish(now, natural=True)
            if was_paused and not self.done and self._ph is not None:
                self._ph.frozen = 0.0  # stay paused at the start of the next phase
        return events

    def _jump(self, index: int | None) -> list[Event]:
        events = self.poll()
        if self.done or self._ph is None:
            return events
        was_paused = self.paused
        now = self.clock.monotonic()
        self._active_before += self.elapsed(now)
        if index is None:
            return events + self._end(now, completed=True)
        events += self._enter(index, now)
        if was_paused and self._ph is not None:
            self._ph.frozen = 0.0
        return events

    def _first_of_step(self, step: int) -> int | None:
        """Index of the step's get-ready (or first phase after any rest before it)."""
        for i, seg in enumerate(self.timeline):
            if seg.step == step and not (seg.phase == "rest" and not seg.between_sets):
                return i
        return None

    def skip(self) -> list[Event]:
        """→: during the rest before a drill, start that drill's get-ready; otherwise move on
        to the next drill (the routine ends after the last one)."""
        if not self._live():
            return []
        seg = self.segment
        lead_rest = seg.phase == "rest" and not seg.between_sets
        target = seg.step if lead_rest else seg.step + 1
        return self._jump(self._first_of_step(target))

    def previous(self) -> list[Event]:
        """←: inside a drill, restart it from its get-ready; before it (rest or get-ready),
        go back to the previous drill."""
        if not self._live():
            return []
        seg = self.segment
        before = seg.phase == "get_ready" or (seg.phase == "rest" and not seg.between_sets)
        target = max(0, seg.step - 1) if before else seg.step
        return self._jump(self._first_of_step(target))

    def stop(self) -> list[Event]:
        if not self._live():
            return []
        events = self.poll()
        if self.done:
            return events
        now = self.clock.monotonic()
        self._active_before += self.elapsed(now)
        return events + self._end(now, completed=False)
