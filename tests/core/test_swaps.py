"""Routines adapted to the self-screen's kneeling, floor and hip-replacement answers."""

from __future__ import annotations

import pytest

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.catalogue.model import timed_seconds
from hipdesk.core.swaps import Limits, adapt, fit_dose, fit_length, kneels, unsuitable

CAT = load_catalogue()
MAX_CHANGE = CAT.texts.block("swaps")["max_total_change_seconds"]
ALL_LIMITS = [
    Limits(no_kneeling=True),
    Limits(no_floor=True),
    Limits(hip_replacement=True),
    Limits(True, True, True),
]


def test_limits_come_from_the_answers() -> None:
    assert not Limits.from_answers(None) and not Limits.from_answers({"sit_pain": 2})
    assert not Limits.from_answers({"kneel_ok": True, "floor_ok": True})
    got = Limits.from_answers(
        {"kneel_ok": False, "floor_ok": False, "hip_replacement_recent": True}
    )
    assert got == Limits(no_kneeling=True, no_floor=True, hip_replacement=True)


def test_which_drills_kneel_or_need_the_floor() -> None:
    kneeling = {slug for slug, d in CAT.drills.items() if kneels(d)}
    assert {"half_kneel_hip_flexor", "quadruped_hip_ext", "bird_dog", "childs_pose"} <= kneeling
    assert "prone_hip_rotation" not in kneeling  # shins down while lying is not kneeling
    floor = Limits(no_floor=True)
    assert unsuitable(CAT.drill("dead_bug"), floor) == "floor"
    assert unsuitable(CAT.drill("glute_bridge"), floor) is None  # it has a bed version
    assert unsuitable(CAT.drill("sit_to_stand"), Limits(True, True, True)) is None


def test_no_limits_change_nothing() -> None:
    for routine in CAT.routines.values():
        assert adapt(routine, CAT, Limits()) == (routine, ())


def test_kneeling_hip_flexor_stretch_becomes_the_standing_one() -> None:
    routine = CAT.routine("daily_hip_10")
    adapted, changes = adapt(routine, CAT, Limits(no_kneeling=True))
    slugs = [s.drill for s in adapted.steps]
    assert "half_kneel_hip_flexor" not in slugs and "standing_hip_flexor" in slugs
    assert [(c.original, c.replacement) for c in changes if not c.kept] == [
        ("half_kneel_hip_flexor", "standing_hip_flexor")
    ]


@pytest.mark.parametrize("limits", ALL_LIMITS, ids=str)
def test_every_adapted_routine_is_consistent(limits: Limits) -> None:
    for routine in CAT.routines.values():
        adapted, changes = adapt(routine, CAT, limits)
        assert adapted.total_seconds == sum(s.seconds + s.rest_after_seconds for s in adapted.steps)
        assert adapted.steps and adapted.steps[-1].rest_after_seconds == 0
        assert set(adapted.positions) == {CAT.drill(s.drill).position for s in adapted.steps}
        for step in adapted.steps:
            drill = CAT.drill(step.drill)
            assert step.seconds == timed_seconds(step.dose, drill.sides)
            reason = unsuitable(drill, limits)
            # Anything unsuitable that is still there was kept for want of a partner, and said so.
            assert reason is None or any(c.kept and c.original == drill.slug for c in changes)
        swaps = [c for c in changes if c.replacement is not None]
        if swaps and not any(c.replacement is None and not c.kept for c in changes):
            assert abs(adapted.total_seconds - routine.total_seconds) <= MAX_CHANGE, routine.slug


def test_a_swap_too_far_in_time_is_fitted() -> None:
    """glute_bridge and quadruped_hip_ext differ by more than the 30 s a swap may change."""
    bridge, quad = CAT.drill("glute_bridge"), CAT.drill("quadruped_hip_ext")
    assert abs(bridge.default_seconds - quad.default_seconds) > MAX_CHANGE
    fitted = fit_dose(quad.dose, quad.sides, bridge.default_seconds)
    assert abs(timed_seconds(fitted, quad.sides) - bridge.default_seconds) <= 5
    assert fitted.sets == quad.dose.sets and fitted.tempo == quad.dose.tempo


def test_hip_replacement_leaves_out_what_cannot_be_swapped() -> None:
    routine = CAT.routine("daily_hip_10")
    adapted, changes = adapt(routine, CAT, Limits(hip_replacement=True))
    slugs = [s.drill for s in adapted.steps]
    assert all("hip_replacement_6m" not in CAT.drill(s).cautions for s in slugs)
    assert ("supported_deep_squat", "sit_to_stand") in [
        (c.original, c.replacement) for c in changes
    ]
    assert any(c.replacement is None and not c.kept for c in changes)


@pytest.mark.parametrize("minutes", [1, 3])
def test_the_desk_break_follows_the_chosen_length(minutes: int) -> None:
    for slug in ("desk_break", "desk_break_seated"):
        routine = CAT.routine(slug)
        target = round(routine.total_seconds * minutes / 2)  # the brief's routine is "2 min"
        fitted = fit_length(routine, CAT, target)
        assert [s.drill for s in fitted.steps] == [s.drill for s in routine.steps]
        assert abs(fitted.total_seconds - target) <= 25, (slug, fitted.total_seconds, target)
        assert fitted.total_seconds == sum(s.seconds + s.rest_after_seconds for s in fitted.steps)
        for step in fitted.steps:
            assert step.seconds == timed_seconds(step.dose, CAT.drill(step.drill).sides)
