"""Sitting state machine: one example per rule, then property tests over random activity traces."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hipdesk.core.clock import FakeClock
from hipdesk.core.sitting import (
    Checkpoint,
    NaturalBreak,
    SittingConfig,
    SittingEvent,
    SittingTracker,
    StretchEnded,
    StretchStarted,
    ThresholdReached,
    TickGap,
    recover_stretch,
)


@dataclass
class Sim:
    """A user at a desk: FakeClock time, the last input, and the tracker being fed."""

    clock: FakeClock = field(default_factory=FakeClock)
    config: SittingConfig = field(default_factory=SittingConfig)
    tracker: SittingTracker = field(init=False)
    last_input: float = field(init=False)
    events: list[SittingEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.tracker = SittingTracker(self.config)
        self.last_input = self.clock.monotonic()

    def idle(self) -> float:
        return self.clock.monotonic() - self.last_input

    def observe(self, *, locked: bool = False, asleep: bool = False) -> list[SittingEvent]:
        got = self.tracker.observe(
            self.clock.monotonic(), self.clock.now(), self.idle(), locked, asleep
        )
        self.events += got
        return got

    def work(self, seconds: float, tick: float = 30.0) -> list[SittingEvent]:
        """Type continuously for ``seconds``, observed every ``tick``."""
        got: list[SittingEvent] = []
        while seconds > 0:
            step = min(tick, seconds)
            self.clock.advance(step)
            self.last_input = self.clock.monotonic()
            got += self.observe()
            seconds -= step
        return got

    def rest(self, seconds: float, tick: float = 30.0, **flags: bool) -> list[SittingEvent]:
        """No input for ``seconds``, observed every ``tick``."""
        got: list[SittingEvent] = []
        while seconds > 0:
            step = min(tick, seconds)
            self.clock.advance(step)
            got += self.observe(**flags)
            seconds -= step
        return got

    def ended(self) -> list[StretchEnded]:
        return [e for e in self.events if isinstance(e, StretchEnded)]


def only(events: list[SittingEvent], kind: type) -> list[SittingEvent]:
    return [e for e in events if isinstance(e, kind)]


# -- examples, one per rule --------------------------------------------------------------------


def test_first_active_observation_starts_a_stretch_now() -> None:
    sim = Sim()
    (started,) = sim.observe()
    assert isinstance(started, StretchStarted)
    assert started.start_wall == sim.clock.now()
    assert sim.tracker.status().in_stretch


def test_short_idle_does_not_end_the_stretch_and_counts_as_sitting() -> None:
    sim = Sim()
    sim.observe()
    sim.work(600)
    assert sim.rest(170, tick=10) == []
    status = sim.tracker.status()
    assert status.sitting_seconds == pytest.approx(770)
    assert status.idle_seconds == pytest.approx(170)


def test_natural_break_ends_at_last_input_and_idle_is_not_sitting() -> None:
    sim = Sim()
    start_wall = sim.clock.now()
    sim.observe()
    sim.work(600)
    got = sim.rest(240, tick=30)
    (ended,) = only(got, StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "natural_break"
    assert ended.sitting_seconds == pytest.approx(600)
    assert ended.end_wall == start_wall + timedelta(seconds=600)
    (natural,) = only(got, NaturalBreak)
    assert isinstance(natural, NaturalBreak)
    assert natural.idle_since_wall == start_wall + timedelta(seconds=600)
    assert not sim.tracker.status().in_stretch
    # Staying away does not start anything; the next input does, at that input.
    assert sim.rest(600) == []
    sim.clock.advance(20)
    sim.last_input = sim.clock.monotonic()
    sim.clock.advance(10)
    (started,) = sim.observe()
    assert isinstance(started, StretchStarted)
    assert started.start_mono == sim.last_input


def test_lock_ends_the_stretch_at_the_last_observation_before_it() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    lock_prev_wall = sim.clock.now()
    sim.clock.advance(40)
    sim.last_input = sim.clock.monotonic()
    (ended,) = only(sim.observe(locked=True), StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "lock"
    assert ended.sitting_seconds == pytest.approx(300)
    assert ended.end_wall == lock_prev_wall
    # While locked nothing starts, even if the idle source reports activity.
    sim.last_input = sim.clock.monotonic() + 50
    assert sim.rest(50, locked=True) == []
    # Unlocking (typing the password) starts a new stretch at that input.
    sim.clock.advance(30)
    sim.last_input = sim.clock.monotonic() - 5
    (started,) = sim.observe()
    assert isinstance(started, StretchStarted)


def test_auto_lock_after_idle_ends_at_the_last_input() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.rest(120)
    (ended,) = only(sim.rest(10, locked=True), StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.sitting_seconds == pytest.approx(300)


def test_sleep_flag_ends_the_stretch() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.clock.advance(5)
    (ended,) = only(sim.observe(asleep=True), StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "sleep"
    assert ended.sitting_seconds == pytest.approx(300)


def test_suspend_seen_as_wall_gap_ends_the_stretch_and_creates_no_sitting() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.clock.advance(10)
    sim.clock.suspend(3600)  # Linux: monotonic stops, wall time runs on
    sim.clock.advance(10)
    sim.last_input = sim.clock.monotonic()
    got = sim.observe()
    gap, ended, started = got
    assert isinstance(gap, TickGap) and gap.kind == "wall_ahead"
    assert isinstance(ended, StretchEnded) and ended.ended_by == "sleep"
    assert ended.sitting_seconds == pytest.approx(300)
    assert isinstance(started, StretchStarted)
    assert started.start_mono == sim.clock.monotonic()


def test_stalled_process_gap_never_counts_as_sitting() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.clock.advance(900)  # no tick for 15 min (process stopped, or Windows sleep)
    sim.last_input = sim.clock.monotonic() - 100  # input happened during the gap
    gap, ended, started = sim.observe()
    assert isinstance(gap, TickGap) and gap.kind == "stall"
    assert isinstance(ended, StretchEnded) and ended.sitting_seconds == pytest.approx(300)
    assert isinstance(started, StretchStarted)
    assert started.start_mono == sim.clock.monotonic()


def test_forward_wall_jump_is_ignored_when_a_real_sleep_signal_exists() -> None:
    sim = Sim(config=SittingConfig(wall_gap_means_sleep=False))
    start_wall = sim.clock.now()
    sim.observe()
    sim.work(300)
    sim.clock.jump_wall(3600)
    sim.work(300)
    got = sim.rest(240)
    (ended,) = only(got, StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.sitting_seconds == pytest.approx(600)
    # The journal span is start + measured duration, not the jumped wall clock.
    assert ended.end_wall == start_wall + timedelta(seconds=600)


@pytest.mark.parametrize("jump", [-3600, -86400])
def test_backward_wall_jump_changes_nothing(jump: int) -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.clock.jump_wall(jump)
    sim.work(300)
    (ended,) = only(sim.rest(240), StretchEnded)
    assert isinstance(ended, StretchEnded)
    assert ended.sitting_seconds == pytest.approx(600)
    assert ended.end_wall >= ended.start_wall


def test_threshold_reached_once_per_stretch() -> None:
    sim = Sim(config=SittingConfig(threshold_seconds=1200))
    sim.observe()
    got = sim.work(1500, tick=60)
    (reached,) = only(got, ThresholdReached)
    assert isinstance(reached, ThresholdReached)
    assert reached.sitting_seconds == pytest.approx(1200)


def test_checkpoint_and_crash_recovery() -> None:
    sim = Sim()
    assert sim.tracker.checkpoint() is None
    start_wall = sim.clock.now()
    sim.observe()
    sim.work(600, tick=60)
    cp = sim.tracker.checkpoint()
    assert cp == Checkpoint(start_wall, 600.0, sim.clock.now())
    ended = recover_stretch(cp, stretch_id=7)
    assert ended.ended_by == "crash_recovered"
    assert ended.sitting_seconds == 600.0
    assert ended.end_wall == sim.clock.now()
    assert ended.stretch_id == 7


def test_quit_ends_the_stretch_now_and_forgets_the_session() -> None:
    sim = Sim()
    sim.observe()
    sim.work(300)
    sim.clock.advance(10)
    (ended,) = sim.tracker.end_session(sim.clock.monotonic(), sim.clock.now())
    assert isinstance(ended, StretchEnded)
    assert ended.ended_by == "quit"
    assert ended.sitting_seconds == pytest.approx(310)
    assert sim.tracker.checkpoint() is None
    assert sim.tracker.end_session(sim.clock.monotonic(), sim.clock.now()) == []


def test_break_ends_the_stretch_and_nothing_starts_until_it_is_over() -> None:
    sim = Sim()
    sim.observe()
    sim.work(1800, tick=60)
    (ended,) = sim.tracker.break_started(sim.clock.monotonic(), sim.clock.now())
    assert isinstance(ended, StretchEnded) and ended.ended_by == "break"
    assert ended.sitting_seconds == pytest.approx(1800)
    assert sim.work(150, tick=30) == []  # clicking through the routine is not sitting
    assert sim.tracker.status().on_break
    sim.clock.advance(5)
    sim.tracker.break_finished(sim.clock.monotonic(), sim.clock.now())
    assert sim.rest(30) == []  # no input since the break ended
    (started,) = sim.work(30)
    assert isinstance(started, StretchStarted)


def test_a_break_never_finished_ends_by_itself() -> None:
    sim = Sim(config=SittingConfig(max_break_seconds=300))
    sim.observe()
    sim.work(60)
    sim.tracker.break_started(sim.clock.monotonic(), sim.clock.now())
    assert sim.work(240) == []
    assert only(sim.work(120), StretchStarted)


def test_bad_inputs() -> None:
    sim = Sim()
    sim.observe()
    with pytest.raises(ValueError, match="mono"):
        sim.tracker.observe(sim.clock.monotonic() - 1, sim.clock.now(), 0)
    with pytest.raises(ValueError, match="wall"):
        sim.tracker.observe(sim.clock.monotonic(), datetime(2026, 1, 5, 9), 0)
    sim.clock.advance(10)
    # A broken idle source reads as "active", never as a crash.
    assert sim.tracker.observe(sim.clock.monotonic(), sim.clock.now(), float("nan")) == []
    assert sim.tracker.observe(sim.clock.monotonic(), sim.clock.now(), -5) == []


@pytest.mark.parametrize(
    ("field_name", "value"),
    [
        ("natural_break_seconds", 5),
        ("threshold_seconds", 0),
        ("tick_gap_seconds", float("inf")),
        ("max_break_seconds", -1),
    ],
)
def test_config_validation_names_the_field(field_name: str, value: float) -> None:
    with pytest.raises(ValueError, match=field_name):
        SittingConfig(**{field_name: value})  # type: ignore[arg-type]


# -- property tests ----------------------------------------------------------------------------

Step = tuple[str, float, bool]

steps = st.one_of(
    st.tuples(st.just("tick"), st.floats(1, 60), st.booleans()),  # (dt, typed during the tick)
    st.tuples(st.just("work"), st.floats(60, 2400), st.booleans()),  # (length, fast ticks)
    st.tuples(st.just("idle"), st.floats(60, 900), st.just(False)),
    st.tuples(st.just("lock"), st.floats(10, 1800), st.booleans()),  # (length, lock observed)
    st.tuples(st.just("sleep"), st.floats(60, 20000), st.booleans()),  # (length, flag sent)
    st.tuples(st.just("stall"), st.floats(200, 5000), st.booleans()),
    st.tuples(
        st.just("jump"), st.sampled_from([3600.0, -3600.0, 86400.0, -86400.0]), st.just(False)
    ),
)
traces = st.lists(st.one_of(steps, steps.filter(lambda s: s[0] == "tick")), max_size=120)

# Wall-clock starts just before DST changes (and a plain winter Monday).
STARTS = [
    datetime(2026, 1, 5, 8, 0, tzinfo=UTC),
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # Europe/Berlin springs forward at 01:00 UTC
    datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # Europe/Berlin falls back at 01:00 UTC
    datetime(2026, 3, 8, 6, 30, tzinfo=UTC),  # America/New_York springs forward at 07:00 UTC
    datetime(2026, 11, 1, 5, 30, tzinfo=UTC),  # America/New_York falls back at 06:00 UTC
]


@dataclass
class Run:
    sim: Sim
    gaps: list[tuple[float, float]]  # (prev mono, mono) intervals that must hold no sitting
    idles: list[tuple[float, float]]  # (last input, observed) spans of idle >= natural break


def run(trace: list[Step], start: datetime, config: SittingConfig, jumps: bool = True) -> Run:
    """Play a trace; ``jumps=False`` replays it with the wall-clock jumps left out."""
    sim = Sim(FakeClock(start), config)
    gaps: list[tuple[float, float]] = []
    idles: list[tuple[float, float]] = []
    mono = sim.clock.monotonic

    def obs(**flags: bool) -> None:
        sim.observe(**flags)
        if sim.idle() >= config.natural_break_seconds:
            idles.append((sim.last_input, mono()))

    obs()
    for kind, amount, flag in trace:
        before = mono()
        if kind == "tick":
            sim.clock.advance(amount)
            if flag:
                sim.last_input = mono() - amount / 2
            obs()
        elif kind == "work":
            tick = 7.0 if flag else 55.0
            for _ in range(int(amount // tick) + 1):
                sim.clock.advance(tick)
                sim.last_input = mono() - 1
                obs()
        elif kind == "idle":
            for _ in range(int(amount // 45) + 1):
                sim.clock.advance(45)
                obs()
        elif kind == "lock":
            sim.clock.advance(5)
            if flag:  # otherwise the lock is first seen one tick later
                obs(locked=True)
            for _ in range(int(amount // 50) + 1):
                sim.clock.advance(50)
                obs(locked=True)
            gaps.append((before, mono()))
            sim.last_input = mono()  # typing the password
        elif kind == "sleep":
            if flag:
                obs(asleep=True)
            sim.clock.suspend(amount)
            # Without a sleep signal, only a suspend longer than the tick gap is visible; a shorter
            # one goes unnoticed but adds nothing either (monotonic time stood still).
            if flag or (config.wall_gap_means_sleep and amount > config.tick_gap_seconds):
                gaps.append((before, mono()))
        elif kind == "stall":
            sim.clock.advance(amount)
            if flag:
                sim.last_input = mono() - amount / 3
            gaps.append((before, mono()))
        elif kind == "jump" and jumps:
            sim.clock.jump_wall(amount)
    sim.clock.advance(1)
    obs()
    return Run(sim, gaps, idles)


def spans(sim: Sim) -> list[tuple[float, float]]:
    """Every stretch as (start mono, end mono), including the open one."""
    out = [(e.start_mono or 0.0, e.end_mono or 0.0) for e in sim.ended()]
    status = sim.tracker.status()
    if status.in_stretch:
        start = sim.clock.monotonic() - status.sitting_seconds
        out.append((start, sim.clock.monotonic()))
    return out


def total(sim: Sim) -> float:
    return sum(e.sitting_seconds for e in sim.ended()) + sim.tracker.status().sitting_seconds


FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EPS = 1e-6


@FAST
@given(trace=traces, start=st.sampled_from(STARTS), wall_sleep=st.booleans())
def test_sitting_is_never_negative_and_never_exceeds_awake_time(
    trace: list[Step], start: datetime, wall_sleep: bool
) -> None:
    result = run(trace, start, SittingConfig(wall_gap_means_sleep=wall_sleep))
    sim = result.sim
    first = FakeClock(start).monotonic()
    awake = sim.clock.monotonic() - first - sum(b - a for a, b in result.gaps)
    assert all(e.sitting_seconds >= 0 for e in sim.ended())
    assert sim.tracker.status().sitting_seconds >= 0
    assert total(sim) <= awake + EPS
    intervals = spans(sim)
    # Stretches are ordered, disjoint, inside the observed time...
    for (s1, e1), (s2, _) in itertools.pairwise(intervals):
        assert s1 <= e1 <= s2 + EPS
    assert all(first - EPS <= s and e <= sim.clock.monotonic() + EPS for s, e in intervals)
    # ...and never cover a sleep, lock, stall, or an idle span of a natural break.
    for a, b in [*result.gaps, *result.idles]:
        if b - a <= EPS:
            continue  # a suspend stops CLOCK_MONOTONIC: zero length, nothing to cover
        for s, e in intervals:
            assert e - s <= EPS or not (s < b - EPS and e > a + EPS), (a, b, s, e)


@FAST
@given(trace=traces, start=st.sampled_from(STARTS))
def test_wall_clock_jumps_never_create_or_remove_sitting_with_a_sleep_signal(
    trace: list[Step], start: datetime
) -> None:
    config = SittingConfig(wall_gap_means_sleep=False)
    with_jumps = run(trace, start, config).sim
    without = run(trace, start, config, jumps=False).sim
    assert [e.sitting_seconds for e in with_jumps.ended()] == pytest.approx(
        [e.sitting_seconds for e in without.ended()]
    )
    assert total(with_jumps) == pytest.approx(total(without))
    for ended in with_jumps.ended():
        span = (ended.end_wall - ended.start_wall).total_seconds()
        assert span == pytest.approx(ended.sitting_seconds, abs=1e-3)


@FAST
@given(trace=traces, start=st.sampled_from(STARTS))
def test_wall_clock_jumps_never_create_sitting_in_tick_gap_mode(
    trace: list[Step], start: datetime
) -> None:
    # A forward jump looks exactly like a Linux suspend, so it may split a stretch (losing at
    # most the tick before it), but no jump can ever add sitting time. Suspends are left out:
    # a clock set back during a suspend hides it from tick-gap detection (inherent; what can
    # then count is at most one tick of awake time, see the awake-time property above).
    trace = [step for step in trace if step[0] != "sleep"]
    config = SittingConfig(wall_gap_means_sleep=True)
    with_jumps = run(trace, start, config).sim
    without = run(trace, start, config, jumps=False).sim
    assert total(with_jumps) <= total(without) + EPS
    backward_only = [s for s in trace if not (s[0] == "jump" and s[1] > 0)]
    assert total(run(backward_only, start, config).sim) == pytest.approx(
        total(run(backward_only, start, config, jumps=False).sim)
    )


@FAST
@given(trace=traces)
def test_dst_and_start_instant_do_not_change_sitting(trace: list[Step]) -> None:
    totals = [total(run(trace, start, SittingConfig()).sim) for start in STARTS]
    assert totals == pytest.approx([totals[0]] * len(totals))
