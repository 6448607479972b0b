"""Routines adapted to what the user said in the onboarding self-screen (brief sections 3 and 6).

* "Is kneeling comfortable?" — no: drills with weight on a knee are swapped.
* "Can you get down to the floor and up again?" — no: floor drills are swapped unless they have
  a bed version (``props`` lists ``bed``: the same drill on the bed).
* "Hip replacement in the last 6 months?" — yes: drills with the ``hip_replacement_6m`` caution
  are swapped, or left out when nothing in their swap group suits.

Swap partners come from the catalogue's ``swaps.groups`` (same group, similar time). A partner's
dose is fitted so the routine's total changes by at most ``max_total_change_seconds`` (30 s).
A drill with no suitable partner stays (the player's Skip is always there), except after a hip
replacement, where the brief says to leave it out. Pure Python.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from hipdesk.core.catalogue import Catalogue, Dose, Drill, Routine, RoutineStep
from hipdesk.core.catalogue.model import timed_seconds

Reason = Literal["kneeling", "floor", "hip_replacement"]
FLOOR_POSITIONS = frozenset({"supine", "prone", "kneeling", "quadruped", "side_lying",
                             "floor_sitting"})  # fmt: skip
# Weight on a knee (half-kneeling, hands and knees, side plank from the knees). Shins on the
# floor while lying face down are not kneeling.
KNEE_CONTACTS = frozenset({"knees", "knee_l", "knee_r"})
HIP_REPLACEMENT_CAUTION = "hip_replacement_6m"


@dataclass(frozen=True)
class Limits:
    no_kneeling: bool = False
    no_floor: bool = False
    hip_replacement: bool = False

    @classmethod
    def from_answers(cls, answers: Mapping[str, Any] | None) -> Limits:
        """From the stored self-screen answers (``onboarding.self_screen``).

        An unanswered question sets no limit."""
        a = answers or {}
        return cls(
            no_kneeling=a.get("kneel_ok") is False,
            no_floor=a.get("floor_ok") is False,
            hip_replacement=a.get("hip_replacement_recent") is True,
        )

    def __bool__(self) -> bool:
        return self.no_kneeling or self.no_floor or self.hip_replacement


@dataclass(frozen=True)
class Change:
    original: str  # drill slug
    replacement: str | None  # None: left out, or kept when ``kept`` (no suitable partner)
    reason: Reason
    kept: bool = False


def kneels(drill: Drill) -> bool:
    """A knee rests on the ground (or a prop) in any keyframe."""
    return any(c.part in KNEE_CONTACTS for kf in drill.keyframes for c in kf.ground)


def unsuitable(drill: Drill, limits: Limits) -> Reason | None:
    if limits.hip_replacement and HIP_REPLACEMENT_CAUTION in drill.cautions:
        return "hip_replacement"
    if limits.no_kneeling and kneels(drill):
        return "kneeling"
    if limits.no_floor and drill.position in FLOOR_POSITIONS and "bed" not in drill.props:
        return "floor"
    return None


def fit_dose(dose: Dose, sides: str, target_seconds: int) -> Dose:
    """The dose whose timed length (brief 2.2) is nearest ``target_seconds``, by changing
    reps (reps, breaths) or seconds (hold, timed); sets, tempo and rests stay."""
    if dose.type in ("reps", "breaths"):
        assert dose.reps is not None
        options = [dataclasses.replace(dose, reps=n) for n in range(1, 2 * dose.reps + 2)]
    else:
        assert dose.seconds is not None
        options = [dataclasses.replace(dose, seconds=n) for n in range(5, 2 * dose.seconds + 6, 5)]
    size = dose.reps or dose.seconds or 0

    def distance(d: Dose) -> tuple[int, int]:  # nearest time first, then nearest dose
        return abs(timed_seconds(d, sides) - target_seconds), abs((d.reps or d.seconds or 0) - size)

    return min(options, key=distance)


def adapt(
    routine: Routine, catalogue: Catalogue, limits: Limits
) -> tuple[Routine, tuple[Change, ...]]:
    """``routine`` with unsuitable drills swapped (or left out), and what changed."""
    if not limits:
        return routine, ()
    block = catalogue.texts.block("swaps")
    groups: Sequence[Sequence[str]] = block["groups"]
    max_change = int(block.get("max_total_change_seconds", 30))
    steps: list[RoutineStep] = []
    changes: list[Change] = []
    for step in routine.steps:
        drill = catalogue.drill(step.drill)
        reason = unsuitable(drill, limits)
        if reason is None:
            steps.append(step)
            continue
        partner = _partner(drill.slug, groups, catalogue, limits)
        if partner is not None:
            dose = partner.dose
            if abs(partner.default_seconds - step.seconds) > max_change:
                dose = fit_dose(partner.dose, partner.sides, step.seconds)
            seconds = timed_seconds(dose, partner.sides)
            steps.append(RoutineStep(partner.slug, dose, seconds, step.rest_after_seconds))
            changes.append(Change(drill.slug, partner.slug, reason))
        elif reason == "hip_replacement":
            changes.append(Change(drill.slug, None, reason))
        else:
            steps.append(step)
            changes.append(Change(drill.slug, None, reason, kept=True))
    if not steps:  # nothing suits: offer the routine as it is rather than an empty one
        return routine, tuple(changes)
    if steps[-1].rest_after_seconds:  # the last step never rests (brief section 3)
        steps[-1] = dataclasses.replace(steps[-1], rest_after_seconds=0)
    total = sum(s.seconds + s.rest_after_seconds for s in steps)
    positions = tuple(dict.fromkeys(catalogue.drill(s.drill).position for s in steps))
    adapted = dataclasses.replace(
        routine, steps=tuple(steps), total_seconds=total, positions=positions
    )
    return adapted, tuple(changes)


def _partner(
    slug: str, groups: Iterable[Sequence[str]], catalogue: Catalogue, limits: Limits
) -> Drill | None:
    for group in groups:
        if slug in group:
            for other in group:
                if other != slug and unsuitable(catalogue.drill(other), limits) is None:
                    return catalogue.drill(other)
    return None


def fit_length(routine: Routine, catalogue: Catalogue, seconds: int) -> Routine:
    """``routine`` re-dosed to last about ``seconds`` (the desk break's chosen length): each
    step keeps its share of the time and gets the dose nearest to it (:func:`fit_dose`); rests
    stay. Very short targets end at each step's shortest dose, so "about"."""
    rests = sum(s.rest_after_seconds for s in routine.steps)
    work = sum(s.seconds for s in routine.steps)
    scale = max(0.0, seconds - rests) / work if work else 1.0
    steps = []
    for step in routine.steps:
        drill = catalogue.drill(step.drill)
        dose = fit_dose(step.dose, drill.sides, round(step.seconds * scale))
        steps.append(dataclasses.replace(step, dose=dose, seconds=timed_seconds(dose, drill.sides)))
    total = sum(s.seconds + s.rest_after_seconds for s in steps)
    return dataclasses.replace(routine, steps=tuple(steps), total_seconds=total)
