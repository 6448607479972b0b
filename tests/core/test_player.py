"""The routine timeline state machine, driven by a FakeClock through every catalogue routine."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.player import (
    Event,
    Player,
    TempoPart,
    build_timeline,
    parse_tempo,
    single_drill_routine,
)

CAT = load_catalogue()


def make(slug: str, clock: FakeClock, **kw: float) -> Player:
    return Player(build_timeline(CAT.routine(slug), CAT.drills, **kw), clock)


def run_to_end(player: Player, clock: FakeClock, limit: int = 100_000) -> list[Event]:
    """Advance exactly to each deadline, as the Qt adapter does."""
    events = player.start()
    for _ in range(limit):
        deadline = player.next_deadline()
        if deadline is None:
            return events
        clock.advance(max(0.0, deadline - clock.monotonic()))
        events += player.poll()
    raise AssertionError("the player never finished")


@pytest.mark.parametrize("slug", list(CAT.routines))
def test_every_routine_runs_for_exactly_its_duration(slug: str) -> None:
    routine = CAT.routine(slug)
    clock = FakeClock()
    t0 = clock.monotonic()
    player = make(slug, clock)
    assert player.total_seconds == routine.total_seconds
    events = run_to_end(player, clock)
    done = [e for e in events if e.kind == "routine_done"]
    assert len(done) == 1 and done[0].completed
    # Active time (every phase: get-ready, work, set rests, switch sides, rests) = the brief's
    # total_seconds: the step budgets of rule 2.2 plus rest_after_seconds.
    assert done[0].active_seconds == pytest.approx(routine.total_seconds)
    assert clock.monotonic() - t0 == pytest.approx(routine.total_seconds)
    assert done[0].drills_done == tuple(s.drill for s in routine.steps)
    assert [e.drill for e in events if e.kind == "drill_done"] == [s.drill for s in routine.steps]
    # Exactly one "second" event (tick, phase start or the end) per whole second: no skipped
    # and no duplicated second.
    seconds = [e.at - t0 for e in events if e.kind in ("tick", "phase", "routine_done")]
    assert seconds == pytest.approx(list(range(routine.total_seconds + 1)))
    # Every work phase has its whole dose.
    for step, _ in enumerate(routine.steps):
        work = sum(s.seconds for s in player.timeline if s.step == step and s.phase == "work")
        sides = 2 if CAT.drill(routine.steps[step].drill).sided else 1
        assert work == pytest.approx(routine.steps[step].dose.work_seconds * sides)


def test_late_polls_catch_up_without_drift() -> None:
    clock = FakeClock()
    t0 = clock.monotonic()
    player = make("desk_break", clock)
    player.start()
    clock.advance(37.3)  # the GUI was blocked
    events = player.poll()
    assert [e.at - t0 for e in events if e.kind == "tick"][:3] == pytest.approx([1, 2, 3])
    assert all(e.at <= clock.monotonic() for e in events)
    rest = run_to_end_from(player, clock)
    end = next(e for e in rest if e.kind == "routine_done")
    assert end.at - t0 == pytest.approx(150)


def run_to_end_from(player: Player, clock: FakeClock) -> list[Event]:
    events: list[Event] = []
    while (deadline := player.next_deadline()) is not None:
        clock.advance(max(0.0, deadline - clock.monotonic()))
        events += player.poll()
    return events


def test_pause_stops_time_and_resume_continues() -> None:
    clock = FakeClock()
    t0 = clock.monotonic()
    player = make("desk_break", clock)
    player.start()
    clock.advance(3.5)
    player.poll()
    assert player.remaining() == pytest.approx(player.duration() - 3.5)
    assert [e.kind for e in player.pause()] == ["paused"]
    assert player.next_deadline() is None
    clock.advance(100)
    assert player.poll() == []
    assert player.elapsed() == pytest.approx(3.5)
    assert [e.kind for e in player.resume()] == ["resumed"]
    events = run_to_end_from(player, clock)
    end = events[-1]
    assert end.kind == "routine_done" and end.active_seconds == pytest.approx(150)
    assert end.at - t0 == pytest.approx(250)  # the pause is not active time


def test_tick_last_seconds_halfway_and_reps() -> None:
    clock = FakeClock()
    player = make("starter_5", clock)
    events = run_to_end(player, clock)
    # The first phase is the first drill's get-ready: 10 s (5 s + the budget's spare seconds).
    first = events[0]
    assert first.kind == "phase" and first.segment is not None
    assert first.segment.phase == "get_ready" and first.segment.seconds == 10
    last3 = [e.remaining for e in events if e.kind == "last_seconds"][:3]
    assert last3 == [3, 2, 1]
    # crook_breathing: 5 breaths of in 4 s / out 6 s.
    reps = [e for e in events if e.kind == "rep"][:10]
    assert [(e.rep, e.part.label if e.part else "") for e in reps[:4]] == [
        (1, "in"), (1, "out"), (2, "in"), (2, "out"),
    ]  # fmt: skip
    assert reps[1].at - reps[0].at == pytest.approx(4)
    assert all(e.reps == 5 for e in reps[:10])
    # One halfway per work phase.
    work_phases = [e for e in events if e.segment is not None and e.segment.phase == "work"]
    assert sum(e.kind == "halfway" for e in events) == len(work_phases)


def test_alternating_reps_alternate_sides() -> None:
    clock = FakeClock()
    player = make("daily_hip_10", clock)
    events = run_to_end(player, clock)
    work = next(i for i, s in enumerate(player.timeline) if s.drill == "ninety_ninety_switch"
                and s.phase == "work")  # fmt: skip
    seg = player.timeline[work]
    assert seg.alternating and seg.reps == 12
    starts = [e for e in events if e.kind == "rep" and e.part_index == 0 and e.reps == 12]
    assert [e.side for e in starts[:4]] == ["left", "right", "left", "right"]


def test_current_rep_follows_the_tempo() -> None:
    clock = FakeClock()
    player = make("starter_5", clock)
    player.start()
    while player.segment.phase != "work":
        clock.advance(player.remaining())
        player.poll()
    assert player.current_rep() == (1, 5, 0)
    clock.advance(4.5)
    player.poll()
    assert player.current_rep() == (1, 5, 1)
    clock.advance(6)
    assert player.current_rep() == (2, 5, 0)  # 10.5 s: breathing in again


def test_skip_and_previous() -> None:
    clock = FakeClock()
    player = make("daily_hip_10", clock)
    player.start()
    assert player.segment.step == 0 and player.phase == "get_ready"
    clock.advance(30)  # into the first side of hip CARs
    player.poll()
    assert player.phase == "work"
    player.previous()  # inside a drill: restart it
    assert (player.segment.step, player.phase) == (0, "get_ready")
    player.skip()  # skip hip CARs: its work never finished, so it is not done
    assert player.segment.step == 1 and player.phase == "get_ready"
    player.previous()  # before a drill: back to the previous drill
    assert (player.segment.step, player.phase) == (0, "get_ready")
    run = 0
    while player.segment.step == 0:
        clock.advance(player.remaining())
        run += len(player.poll())
    assert player.phase == "rest" and player.segment.step == 1  # rest previews the next drill
    player.skip()  # skip the rest only
    assert (player.segment.step, player.phase) == (1, "get_ready")
    assert player.drills_done == ("hip_cars_standing",)
    for _ in range(len(CAT.routine("daily_hip_10").steps) - 1):
        events = player.skip()
    assert events[-1].kind == "routine_done" and events[-1].completed
    assert player.drills_done == ("hip_cars_standing",)
    assert player.skip() == [] and player.stop() == []


def test_adjust_plus_and_minus_ten_seconds() -> None:
    clock = FakeClock()
    player = make("desk_break", clock)
    player.start()
    before = player.remaining()
    player.adjust(+10)
    assert player.remaining() == pytest.approx(before + 10)
    clock.advance(2)
    player.poll()
    player.adjust(-10)
    assert player.remaining() == pytest.approx(before - 2)
    index = player.index
    events = player.adjust(-1000)  # past zero: the phase ends now
    assert [e.kind for e in events] == ["phase"] and player.index == index + 1
    # Adjusting while paused keeps the player paused.
    player.pause()
    events = player.adjust(-1000)
    assert player.paused and player.elapsed() == 0


def test_stop_records_partial_progress() -> None:
    clock = FakeClock()
    player = make("starter_5", clock)
    player.start()
    while len(player.drills_done) < 2:
        clock.advance(player.remaining())
        player.poll()
    clock.advance(3)
    events = player.stop()
    assert events[-1].kind == "routine_done" and not events[-1].completed
    assert events[-1].drills_done == ("crook_breathing", "pelvic_tilt")
    assert player.done and player.phase == "done" and player.next_deadline() is None
    assert player.stop() == [] and player.pause() == [] and player.poll() == []


def test_parse_tempo() -> None:
    assert parse_tempo("2 s up, 2 s hold, 2 s down", 6) == (
        TempoPart("up", 2), TempoPart("hold", 2), TempoPart("down", 2),
    )  # fmt: skip
    assert parse_tempo("in 4 s, out 6 s", 10) == (TempoPart("in", 4), TempoPart("out", 6))
    assert parse_tempo("3 slow circles each way, about 8 s each", 8) == (TempoPart("rep", 8),)
    assert parse_tempo("2 s up, 2 s down", 5) == (TempoPart("rep", 5),)  # does not add up


def test_single_drill_routine_runs_the_drill_once() -> None:
    drill = CAT.drill("clamshell")
    clock = FakeClock()
    routine = single_drill_routine(drill)
    player = Player(build_timeline(routine, CAT.drills), clock)
    events = run_to_end(player, clock)
    assert events[-1].drills_done == ("clamshell",)
    assert events[-1].active_seconds == pytest.approx(drill.default_seconds)


def test_long_get_ready_lengthens_the_routine() -> None:
    clock = FakeClock()
    player = make("desk_break", clock, get_ready=20)
    assert player.total_seconds > 150


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["wait", "pause", "resume", "skip", "previous", "plus", "minus", "stop"]),
        st.floats(min_value=0, max_value=40, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(slug=st.sampled_from(list(CAT.routines)), actions=ACTIONS)
def test_random_controls_keep_the_invariants(slug: str, actions: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    player = make(slug, clock)
    events = player.start()
    active, position = 0.0, 0.0
    for action, wait in actions:
        clock.advance(wait)
        events += player.poll()
        if action != "wait":
            events += {
                "pause": player.pause, "resume": player.resume, "skip": player.skip,
                "previous": player.previous, "plus": lambda: player.adjust(10),
                "minus": lambda: player.adjust(-10), "stop": player.stop,
            }[action]()  # fmt: skip
        assert player.remaining() >= 0
        assert player.active_seconds() >= active - 1e-9
        active = player.active_seconds()
        if action == "previous":
            position = player.position()
        assert player.position() >= position - 1e-9  # only ← moves backwards
        position = player.position()
        assert 0 <= player.progress() <= 1
        times = [e.at for e in events]
        assert times == sorted(times)
    events += run_to_end_from(player, clock) if not player.paused else player.stop()
    assert sum(e.kind == "routine_done" for e in events) == 1
    assert player.done
