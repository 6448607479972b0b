"""The routine as a list of phases (segments), built from the catalogue's timing rule.

See :mod:`hipdesk.core.player` for how a step's budget is split; this module only lays the
phases out, the player runs them. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Literal

from hipdesk.core.catalogue import Drill, Routine, RoutineStep

Phase = Literal["get_ready", "work", "switch_sides", "rest", "done"]
Side = Literal["left", "right"]
EPS = 1e-9


@dataclass(frozen=True)
class TempoPart:
    label: str  # "up", "hold", "in" …
    seconds: float


_PART_FIRST = re.compile(r"^(\d+(?:\.\d+)?)\s*s\s+(.+)$")  # "2 s up"
_PART_LAST = re.compile(r"^(.+?)\s+(\d+(?:\.\d+)?)\s*s$")  # "in 4 s"


def parse_tempo(tempo: str, rep_seconds: float) -> tuple[TempoPart, ...]:
    """Split a tempo text into timed parts ("2 s up, 2 s down" → up 2, down 2).

    Only a split that adds up to ``rep_seconds`` is trusted; other texts ("3 slow circles each
    way, about 8 s each") give one part, ``rep``, so the counter still paces each rep.
    """
    parts: list[TempoPart] = []
    for chunk in tempo.split(","):
        text = chunk.strip()
        m = _PART_FIRST.match(text)
        if m:
            parts.append(TempoPart(m.group(2).strip(), float(m.group(1))))
            continue
        m = _PART_LAST.match(text)
        if m and len(m.group(1).split()) <= 2:
            parts.append(TempoPart(m.group(1).strip(), float(m.group(2))))
            continue
        parts = []
        break
    if parts and abs(sum(p.seconds for p in parts) - rep_seconds) < 1e-6:
        return tuple(parts)
    return (TempoPart("rep", rep_seconds),)


@dataclass(frozen=True)
class Segment:
    """One phase of the timeline. ``step`` is the routine step it belongs to; a rest between
    drills belongs to the step it leads into (the screen previews that drill)."""

    phase: Phase
    step: int
    drill: str
    seconds: float
    side: Side | None = None  # per-side drills; None for both legs or alternating
    set_no: int = 1
    sets: int = 1
    kind: str = ""  # work: reps | hold | timed | breaths
    reps: int = 0  # reps in this work segment (alternating: both sides counted)
    rep_seconds: float = 0.0
    tempo: tuple[TempoPart, ...] = ()
    alternating: bool = False
    between_sets: bool = False  # a rest inside a drill
    last_work: bool = False  # the drill is done when this segment ends


def _work_segments(i: int, step: RoutineStep, drill: Drill, switch: float) -> list[Segment]:
    dose = step.dose
    alt = drill.sides == "alternating"
    if dose.type in ("reps", "breaths"):
        assert dose.reps is not None and dose.rep_seconds is not None
        reps = dose.reps * (2 if alt else 1)
        secs = reps * dose.rep_seconds
        tempo = parse_tempo(dose.tempo, dose.rep_seconds)
        rep_s = dose.rep_seconds
    else:
        assert dose.seconds is not None
        reps, secs, tempo, rep_s = 0, float(dose.seconds), (), 0.0
    sets = 1 if dose.type == "timed" else dose.sets
    sides: tuple[Side | None, ...] = ("left", "right") if drill.sides == "per_side" else (None,)
    out: list[Segment] = []
    for n, side in enumerate(sides):
        if n:
            out.append(Segment("switch_sides", i, drill.slug, switch, side=side))
        for s in range(1, sets + 1):
            if s > 1 and dose.rest_s:
                out.append(
                    Segment("rest", i, drill.slug, dose.rest_s, side, s, sets, between_sets=True)
                )
            out.append(
                Segment(
                    "work", i, drill.slug, secs, side, s, sets, dose.type, reps, rep_s, tempo, alt
                )
            )
    out[-1] = replace(out[-1], last_work=True)
    return out


def build_timeline(
    routine: Routine,
    drills: Mapping[str, Drill],
    get_ready: float = 5,
    switch: float = 5,
) -> tuple[Segment, ...]:
    """The routine as phases (see the module docstring for how the budget is split)."""
    timeline: list[Segment] = []
    carry = 0.0  # rest owed from the previous step (its rest_after_seconds)
    for i, step in enumerate(routine.steps):
        drill = drills[step.drill]
        work = _work_segments(i, step, drill, switch)
        spare = step.seconds - sum(s.seconds for s in work)
        lead = max(0.0, spare + carry)
        ready = max(lead, float(get_ready)) if i == 0 else float(get_ready)
        rest = max(0.0, lead - ready)
        if rest > EPS:
            timeline.append(Segment("rest", i, drill.slug, rest))
        if ready > EPS:
            timeline.append(Segment("get_ready", i, drill.slug, ready))
        timeline.extend(work)
        carry = float(step.rest_after_seconds)
    return tuple(timeline)


def single_drill_routine(drill: Drill) -> Routine:
    """A one-step routine for "Practice this drill"."""
    step = RoutineStep(drill.slug, drill.dose, drill.default_seconds, 0)
    return Routine(
        slug="practice", name=drill.name, purpose="", when_to_offer="",
        positions=(drill.position,), total_seconds=drill.default_seconds, steps=(step,),
    )  # fmt: skip
