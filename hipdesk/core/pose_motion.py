"""When the drill figure moves: the tempo of a dose laid over the keyframe loop (pure Python).

Content brief 9: each transition takes the matching part of the tempo ("2 s up, 2 s down"),
eased in-out (cubic); holds show the pose still with a gentle breathing bob; the arrow fades in
during holds. A :class:`MotionPlan` is the loop as a list of moves and holds::

    plan = motion_plan(drill.dose, n_keyframes)
    state = plan.at(seconds)        # which transition, how far, hold progress, arrow alpha

* ``reps`` / ``breaths``: the tempo's parts in order; a part called ``hold`` or ``pause`` keeps
  the pose reached, every other part moves to the next keyframe ("up" over sit → lean →
  stand passes through every key pose and "down" returns). A tempo that does not split
  (one ``rep`` part) shares ``rep_seconds`` evenly between the keyframe transitions.
* ``hold``: move into the pose (through every keyframe, "ease in over 5 s" or 3 s), hold for the
  dose's seconds, then move back.
* ``timed``: 1 s per transition (stepping).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal

from hipdesk.core.catalogue import Dose
from hipdesk.core.player_timeline import parse_tempo

HOLD_WORDS = ("hold", "pause")
PROGRESSION_WORDS = ("up", "down")
DEFAULT_EASE_IN_S = 3.0
TIMED_STEP_S = 1.0
BREATH_PERIOD_S = 4.0
#: Breathing bob: a fraction of the figure's height (brief 9: no larger than 1 %).
BOB_FRACTION = 0.008
#: Share of a hold over which the arrow fades in (then it stays).
ARROW_FADE_SHARE = 0.6
_NUMBER_S = re.compile(r"(\d+(?:\.\d+)?)\s*s\b")


@dataclass(frozen=True)
class Step:
    kind: Literal["move", "hold"]
    index: int  # move: from keyframe ``index`` to the next; hold: at keyframe ``index``
    seconds: float


@dataclass(frozen=True)
class MotionState:
    index: int  # the keyframe the pose starts from
    frac: float  # 0…1 (uneased) of the way to the next keyframe
    holding: bool
    hold_progress: float  # 0…1 through the current hold (0 while moving)
    hold_seconds: float  # time spent in the current hold so far
    arrow_alpha: float  # 0…1


@dataclass(frozen=True)
class MotionPlan:
    steps: tuple[Step, ...]

    @property
    def period(self) -> float:
        return sum(s.seconds for s in self.steps)

    def at(self, seconds: float) -> MotionState:
        """The state ``seconds`` into the loop (wraps around)."""
        total = self.period
        t = seconds % total if total > 0 else 0.0
        for k, step in enumerate(self.steps):
            if t < step.seconds or k == len(self.steps) - 1:
                frac = min(1.0, max(0.0, t / step.seconds)) if step.seconds > 0 else 1.0
                if step.kind == "move":
                    return MotionState(step.index, frac, False, 0.0, 0.0, 1.0)
                fade = min(1.0, frac / ARROW_FADE_SHARE)
                return MotionState(step.index, 0.0, True, frac, t, fade)
            t -= step.seconds
        raise AssertionError("unreachable")  # pragma: no cover

    def capped(self, max_hold: float | None) -> MotionPlan:
        """The same loop with every hold cut to ``max_hold`` seconds (looping previews)."""
        if max_hold is None:
            return self
        return MotionPlan(
            tuple(
                Step(s.kind, s.index, min(s.seconds, max_hold) if s.kind == "hold" else s.seconds)
                for s in self.steps
            )
        )


def breathing_bob(hold_seconds: float, figure_height: float) -> float:
    """Vertical chest offset during a hold (world units; 0 at the start of the hold)."""
    amp = BOB_FRACTION * figure_height / 2
    return amp * (1 - math.cos(2 * math.pi * hold_seconds / BREATH_PERIOD_S))


def _hold_ease_times(tempo: str) -> tuple[float, float]:
    nums = [float(m) for m in _NUMBER_S.findall(tempo)]
    t_in = nums[0] if nums else DEFAULT_EASE_IN_S
    t_out = nums[-1] if len(nums) > 1 else t_in
    return t_in, t_out


def motion_plan(dose: Dose, n: int) -> MotionPlan:
    """The loop over ``n`` keyframes for ``dose`` (see the module docstring)."""
    if n < 2:
        return MotionPlan((Step("hold", 0, max(float(dose.seconds or 4), 1.0)),))
    if dose.type == "hold":
        t_in, t_out = _hold_ease_times(dose.tempo)
        steps = [Step("move", i, t_in / (n - 1)) for i in range(n - 1)]
        steps.append(Step("hold", n - 1, float(dose.seconds or 10)))
        steps.append(Step("move", n - 1, t_out))
        steps.append(Step("hold", 0, 1.0))
        return MotionPlan(tuple(steps))
    if dose.type == "timed" or not dose.rep_seconds:
        return MotionPlan(tuple(Step("move", i, TIMED_STEP_S) for i in range(n)))
    parts = parse_tempo(dose.tempo, dose.rep_seconds)
    moves = [p for p in parts if p.label not in HOLD_WORDS]
    if len(parts) == 1 or not moves:
        share = dose.rep_seconds / n
        return MotionPlan(tuple(Step("move", i, share) for i in range(n)))
    if len(moves) == 2 and n > 2 and moves[0].label in PROGRESSION_WORDS:
        # "2 s up, 3 s down" over sit → lean → stand: up passes through every key pose.
        steps = [Step("move", i, moves[0].seconds / (n - 1)) for i in range(n - 1)]
        steps += [Step("hold", n - 1, p.seconds) for p in parts if p.label in HOLD_WORDS]
        steps.append(Step("move", n - 1, moves[1].seconds))
        return MotionPlan(tuple(steps))
    # Walk the parts rep after rep until the keyframe loop closes at a rep boundary.
    steps = []
    index = 0
    for _rep in range(12):
        for part in parts:
            if part.label in HOLD_WORDS:
                steps.append(Step("hold", index, part.seconds))
            else:
                steps.append(Step("move", index, part.seconds))
                index = (index + 1) % n
        if index == 0:
            break
    return MotionPlan(tuple(steps))
