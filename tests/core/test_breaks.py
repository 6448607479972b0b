"""Break policy: one example per rule, then property tests over random days at the desk."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hipdesk.core.breaks import (
    BreakConfig,
    BreakEvent,
    BreakPolicy,
    PauseEnded,
    PreWarning,
    Prompt,
    PromptOutcome,
    PromptWithdrawn,
)
from hipdesk.core.clock import FakeClock
from hipdesk.core.sitting import SittingConfig, SittingStatus, SittingTracker
from hipdesk.core.work_hours import QuietState, WorkHours

MONDAY_9 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@dataclass
class Desk:
    """A user at a desk: FakeClock, sitting tracker and break policy driven together."""

    clock: FakeClock = field(default_factory=FakeClock)
    policy: BreakPolicy = field(default_factory=BreakPolicy)
    tracker: SittingTracker = field(default_factory=SittingTracker)
    quiet: QuietState = field(default_factory=QuietState)
    events: list[tuple[datetime, BreakEvent]] = field(default_factory=list)
    last_input: float = field(init=False)

    def __post_init__(self) -> None:
        self.last_input = self.clock.monotonic()

    @property
    def mono(self) -> float:
        return self.clock.monotonic()

    def tick(self, seconds: float = 0.0, *, typing: bool = True, **flags: bool) -> list[BreakEvent]:
        self.clock.advance(seconds)
        if typing:
            self.last_input = self.mono
        now = self.clock.now()
        self.tracker.observe(self.mono, now, self.mono - self.last_input, **flags)
        got = self.policy.update(self.mono, now, self.tracker.status(), self.quiet)
        self.events += [(now, e) for e in got]
        return got

    def run(self, seconds: float, *, step: float | None = None, typing: bool = True) -> list[Any]:
        """Tick for ``seconds``; by default as often as ``next_wakeup`` asks (adaptive ticker)."""
        end = self.mono + seconds
        got: list[BreakEvent] = []
        while self.mono < end - 1e-9:
            wait = step or self.policy.next_wakeup(self.mono, self.tracker.status())
            got += self.tick(min(max(wait, 0.5), end - self.mono), typing=typing)
        return got

    def answer(self, method: str, *args: Any) -> list[Any]:
        got: list[BreakEvent] = getattr(self.policy, method)(self.mono, self.clock.now(), *args)
        self.events += [(self.clock.now(), e) for e in got]
        return got


def of(events: list[Any], kind: type) -> list[Any]:
    return [e for e in events if isinstance(e, kind)]


def prompted_desk(**kwargs: Any) -> tuple[Desk, Prompt]:
    desk = Desk(**kwargs)
    desk.tick()
    (prompt,) = of(desk.run(1800 + 5), Prompt)
    return desk, prompt


# -- configuration -----------------------------------------------------------------------------


def test_defaults_match_the_content_brief() -> None:
    cfg = BreakConfig()
    assert cfg.threshold_seconds == 1800
    assert cfg.pre_warning_seconds == 60
    assert cfg.snooze_minutes == (5, 10)
    assert cfg.max_snoozes_in_a_row == 3
    assert cfg.break_minutes == 2


def test_the_prompt_offers_the_chosen_break_length() -> None:
    policy = BreakPolicy(BreakConfig(break_minutes=3), working_hours=WorkHours.always())
    _desk, prompt = prompted_desk(policy=policy)
    assert prompt.break_minutes == 3


@pytest.mark.parametrize(
    ("field_name", "value"),
    [
        ("threshold_minutes", 19),
        ("threshold_minutes", 91),
        ("threshold_minutes", True),
        ("pre_warning_seconds", -1),
        ("snooze_minutes", ()),
        ("snooze_minutes", (0,)),
        ("snooze_minutes", (5, 5)),
        ("max_snoozes_in_a_row", -1),
        ("daily_skip_budget", -1),
        ("escalate_after_seconds", 5),
        ("ignore_after_seconds", 5),
        ("quiet_modes", frozenset({"bogus"})),
        ("break_minutes", 4),
    ],
)
def test_config_validation_names_the_field(field_name: str, value: object) -> None:
    with pytest.raises(ValueError, match=field_name):
        BreakConfig(**{field_name: value})  # type: ignore[arg-type]


# -- prompting ---------------------------------------------------------------------------------


def test_pre_warning_then_prompt_on_time_with_an_adaptive_ticker() -> None:
    desk = Desk()
    start = desk.mono
    desk.tick()
    got = desk.run(1800 + 5)
    warning, prompt = [e for e in got if isinstance(e, PreWarning | Prompt)]
    assert isinstance(warning, PreWarning) and isinstance(prompt, Prompt)
    assert warning.seconds_left == pytest.approx(60, abs=5)
    assert prompt.sitting_seconds == pytest.approx(1800, abs=5)
    assert (prompt.wall - MONDAY_9).total_seconds() == pytest.approx(1800, abs=5)
    assert not prompt.escalated and prompt.can_snooze and prompt.can_skip
    # The adaptive ticker slept most of the time: few wake-ups far from the threshold.
    assert desk.mono - start == pytest.approx(1805)


def test_next_wakeup_is_at_most_a_minute_and_hits_the_pre_warning() -> None:
    desk = Desk()
    desk.tick()
    assert desk.policy.next_wakeup(desk.mono, desk.tracker.status()) == 60
    desk.run(1700, step=50)
    assert desk.policy.next_wakeup(desk.mono, desk.tracker.status()) == pytest.approx(40)
    idle = SittingStatus(None, 0.0, None, 0.0, False)
    assert desk.policy.next_wakeup(desk.mono, idle) == 60


def test_no_prompt_outside_working_hours_and_suppressed_hours_is_recorded() -> None:
    saturday = datetime(2026, 1, 10, 10, 0, tzinfo=UTC)
    desk = Desk(clock=FakeClock(saturday))
    desk.tick()
    got = desk.run(3600, step=30)
    assert not of(got, Prompt) and not of(got, PreWarning)
    got = desk.run(400, step=30, typing=False)  # natural break ends the stretch
    (outcome,) = of(got, PromptOutcome)
    assert outcome.outcome == "suppressed_hours"
    assert outcome.shown_wall is None
    assert outcome.sitting_seconds == pytest.approx(1800, abs=30)


def test_prompt_waits_for_working_hours_to_begin() -> None:
    desk = Desk(clock=FakeClock(datetime(2026, 1, 5, 8, 20, tzinfo=UTC)))
    desk.tick()
    got = desk.run(3000, step=30)
    prompt = of(got, Prompt)[0]
    assert prompt.wall == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert not prompt.escalated


def test_several_ranges_per_day_and_local_time_zone() -> None:
    hours = {"mon": "09:00-12:00, 13:00-17:30"}
    # 11:45 local in Berlin (UTC+1 in January): due at 12:15, lunch, prompt at 13:00 local.
    desk = Desk(
        clock=FakeClock(datetime(2026, 1, 5, 10, 45, tzinfo=UTC)),
        policy=BreakPolicy(tz="Europe/Berlin", working_hours=hours),
    )
    desk.tick()
    prompt = of(desk.run(5000, step=30), Prompt)[0]
    assert prompt.wall == datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def test_quiet_mode_holds_the_prompt_until_it_ends() -> None:
    desk = Desk()
    desk.tick()
    desk.quiet = QuietState(screen_shared=True)
    got = desk.run(2400, step=30)
    assert not of(got, Prompt) and not of(got, PreWarning)
    desk.quiet = QuietState()
    (prompt,) = of(desk.tick(10), Prompt)
    assert prompt.sitting_seconds == pytest.approx(2410)


def test_stretch_ending_during_quiet_is_recorded_as_suppressed_quiet() -> None:
    desk = Desk()
    desk.tick()
    desk.quiet = QuietState(meeting_app=True)
    desk.run(2000, step=30)
    (outcome,) = of(desk.tick(30, locked=True), PromptOutcome)
    assert outcome.outcome == "suppressed_quiet"


def test_quiet_inputs_the_user_turned_off_do_not_hold_prompts() -> None:
    config = BreakConfig(quiet_modes=frozenset({"do_not_disturb"}))
    desk = Desk(policy=BreakPolicy(config), quiet=QuietState(fullscreen=True))
    desk.tick()
    assert of(desk.run(1805), Prompt)


def test_snooze_reprompts_after_the_snooze_and_at_most_three_in_a_row() -> None:
    desk, prompt = prompted_desk()
    with pytest.raises(ValueError, match="snooze_minutes"):
        desk.answer("snooze", 7)
    for n in range(3):
        (outcome,) = desk.answer("snooze", 5 if n % 2 else 10, prompt.prompt_id)
        assert outcome.outcome == "snoozed"
        assert not of(desk.run(60 * (5 if n % 2 else 10) - 10, step=20), Prompt)
        (prompt,) = of(desk.run(15), Prompt)
    assert not prompt.can_snooze and prompt.can_skip
    with pytest.raises(ValueError, match="max_snoozes_in_a_row"):
        desk.answer("snooze", 5)
    (outcome,) = desk.answer("skip")
    assert outcome.outcome == "skipped"


def test_skip_budget_is_per_local_day() -> None:
    policy = BreakPolicy(BreakConfig(daily_skip_budget=2), working_hours=WorkHours.always())
    desk = Desk(policy=policy)
    for n in range(3):
        desk.tick(1)
        prompt = of(desk.run(1805), Prompt)[-1]
        if n < 2:
            assert prompt.can_skip
            assert desk.answer("skip")[0].outcome == "skipped"
        else:
            assert not prompt.can_skip
            with pytest.raises(ValueError, match="daily_skip_budget"):
                desk.answer("skip")
        desk.run(300, step=60, typing=False)  # natural break: next stretch
    assert desk.policy.status(desk.mono, desk.clock.now(), desk.tracker.status()).skips_left == 0
    desk.clock.suspend(24 * 3600)  # next day
    desk.tick(1)
    assert of(desk.run(1805), Prompt)[-1].can_skip


def test_ignored_prompt_escalates_once_then_is_recorded_as_ignored() -> None:
    desk, prompt = prompted_desk()
    got = desk.run(3600, step=10)
    escalation, outcome, withdrawn = got
    assert isinstance(escalation, Prompt) and escalation.escalated
    assert escalation.prompt_id == prompt.prompt_id
    assert (escalation.wall - prompt.wall).total_seconds() == pytest.approx(120, abs=10)
    assert isinstance(outcome, PromptOutcome) and outcome.outcome == "ignored"
    assert outcome.escalated
    assert isinstance(withdrawn, PromptWithdrawn)


def test_escalation_waits_while_quiet() -> None:
    desk, _ = prompted_desk()
    desk.quiet = QuietState(fullscreen=True)
    assert desk.run(600, step=10) == []
    desk.quiet = QuietState()
    (escalation,) = desk.tick(5)
    assert isinstance(escalation, Prompt) and escalation.escalated


def test_stretch_ending_with_an_open_prompt_records_ignored() -> None:
    desk, prompt = prompted_desk()
    got = desk.tick(10, locked=True)
    outcome, withdrawn = got
    assert isinstance(outcome, PromptOutcome) and outcome.outcome == "ignored"
    assert withdrawn == PromptWithdrawn(prompt.prompt_id, desk.clock.now())


def test_start_records_taken_and_stale_answers_are_ignored() -> None:
    desk, prompt = prompted_desk()
    assert desk.answer("start", prompt.prompt_id + 1) == []
    (outcome,) = desk.answer("start", prompt.prompt_id)
    assert outcome.outcome == "taken"
    assert outcome.decided_wall >= outcome.shown_wall
    assert desk.answer("skip", prompt.prompt_id) == []
    assert desk.run(3600, step=30) == []  # no second prompt for this stretch


def test_break_from_the_tray_silences_the_rest_of_the_stretch() -> None:
    desk = Desk()
    desk.tick()
    desk.run(600)
    assert desk.answer("start") == []
    assert not of(desk.run(1800, step=30), Prompt)


def test_pause_holds_prompts_and_ends_by_itself() -> None:
    desk = Desk()
    desk.tick()
    desk.answer("pause_for", 3600)
    status = desk.policy.status(desk.mono, desk.clock.now(), desk.tracker.status())
    assert status.paused_until == MONDAY_9 + timedelta(hours=1)
    got = desk.run(3600 - 10, step=30)
    assert not of(got, Prompt) and not of(got, PreWarning)
    got = desk.run(20, step=10)
    assert of(got, PauseEnded) and of(got, Prompt)


def test_pausing_with_an_open_prompt_counts_as_a_snooze() -> None:
    desk, prompt = prompted_desk()
    outcome, withdrawn = desk.answer("pause_for", 1800)
    assert outcome.outcome == "snoozed" and withdrawn.prompt_id == prompt.prompt_id
    assert not of(desk.run(1790, step=30), Prompt)
    (again,) = of(desk.run(20), Prompt)
    assert again.prompt_id != prompt.prompt_id


def test_pause_until_tomorrow_ends_after_an_overnight_suspend() -> None:
    desk = Desk(policy=BreakPolicy(tz="Europe/Berlin"))
    desk.tick()
    desk.answer("pause_until_tomorrow")
    status = desk.policy.status(desk.mono, desk.clock.now(), desk.tracker.status())
    assert status.paused_until == datetime(2026, 1, 5, 23, 0, tzinfo=UTC)  # Berlin midnight
    desk.clock.suspend(23 * 3600)  # monotonic time stands still while asleep
    got = desk.tick()
    assert of(got, PauseEnded)
    assert desk.answer("resume") == []


def test_resume_ends_a_pause_early() -> None:
    desk = Desk()
    desk.tick()
    desk.answer("pause_for", 1800)
    assert of(desk.answer("resume"), PauseEnded)
    assert of(desk.run(1805), Prompt)


def test_status_for_the_tray() -> None:
    desk = Desk()
    desk.tick()
    desk.run(600)
    status = desk.policy.status(desk.mono, desk.clock.now(), desk.tracker.status())
    assert status.next_prompt_at_sitting == 1800
    assert status.in_working_hours and status.paused_until is None
    assert status.snoozes_left == 3 and status.skips_left == 3
    assert of(desk.run(1205), Prompt)
    desk.answer("snooze", 10)
    status = desk.policy.status(desk.mono, desk.clock.now(), desk.tracker.status())
    assert status.next_prompt_at_sitting == pytest.approx(
        desk.tracker.status().sitting_seconds + 600
    )
    assert status.snoozes_left == 2 and status.open_prompt_id is None


def test_bad_times_are_rejected() -> None:
    desk = Desk()
    desk.tick(10)
    with pytest.raises(ValueError, match="mono"):
        desk.policy.update(desk.mono - 1, desk.clock.now(), desk.tracker.status())
    with pytest.raises(ValueError, match="wall"):
        desk.policy.update(desk.mono, datetime(2026, 1, 5, 9), desk.tracker.status())


# -- property tests ----------------------------------------------------------------------------

QUIET_FIELDS = ("fullscreen", "do_not_disturb", "meeting_app", "screen_shared")
ANSWERS = ("start", "snooze5", "snooze10", "skip", "pause30", "pause60", "tomorrow", "resume")

QUIET_CHOICES = (*QUIET_FIELDS, "", "", "", "")  # mostly not quiet
JUMPS = (3600.0, -3600.0, 86400.0, -86400.0, 3600.0, -3600.0, 86400.0, -86400.0)
# A step is (kind, fraction of the kind's range, choice 0-7, flag); repeated kinds weigh more.
KINDS: tuple[str, ...] = ("work",) * 4 + ("answer",) * 3 + ("tick", "tick", "quiet", "quiet")
KINDS += ("idle", "lock", "sleep", "stall", "jump")
RANGES = {
    "work": (60, 2400), "tick": (1, 60), "idle": (60, 900), "lock": (10, 1800),
    "sleep": (60, 20000), "stall": (200, 5000),
}  # fmt: skip
Step = tuple[str, float, int, bool]
steps = st.tuples(
    st.sampled_from(KINDS), st.floats(0, 1), st.integers(0, 7), st.booleans()
)  # fmt: skip
traces = st.lists(steps, min_size=5, max_size=50)

# Near DST changes, at both ends of the working day, and on a weekend.
STARTS = [
    datetime(2026, 3, 27, 7, 0, tzinfo=UTC),  # Friday before Europe's spring change
    datetime(2026, 10, 23, 15, 0, tzinfo=UTC),  # Friday before Europe's autumn change
    datetime(2026, 3, 6, 13, 0, tzinfo=UTC),  # Friday before New York's spring change
    datetime(2026, 10, 30, 20, 0, tzinfo=UTC),  # Friday before New York's autumn change
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # Sunday, during Europe's spring change
]
HOURS = [
    None,  # default Mon-Fri 09:00-17:30
    {"sun": "00:00-04:00, 09:00-17:00", "mon": "08:00-12:00, 13:00-17:00", "fri": "07:00-24:00"},
    {day: "00:00-24:00" for day in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
]


def play(trace: list[Step], start: datetime, tz: str, hours: Any) -> Desk:
    config = BreakConfig(threshold_minutes=20, daily_skip_budget=2)
    desk = Desk(
        clock=FakeClock(start),
        policy=BreakPolicy(config, tz=tz, working_hours=hours),
        tracker=SittingTracker(SittingConfig(threshold_seconds=1200)),
    )
    open_prompt: list[Prompt] = []
    pending: list[str] = []  # answers the user will give to the next prompt

    def tick(seconds: float, **kw: Any) -> None:
        got = desk.tick(seconds, **kw)
        mono, now = desk.mono, desk.clock.now()
        for event in got:
            if isinstance(event, Prompt | PreWarning):
                # Never outside working hours, never in quiet mode, never while paused.
                assert desk.policy.hours.contains(now), event
                assert not desk.quiet.active(), event
                assert not desk.policy.pause.active(mono, now), event
            if isinstance(event, Prompt):
                open_prompt[:] = [event]
            if isinstance(event, PromptOutcome | PromptWithdrawn):
                open_prompt.clear()
        if open_prompt and pending:
            answer(pending.pop(0))

    def answer(name: str) -> None:
        prompt = open_prompt[0] if open_prompt else None
        if prompt is not None and name != "resume":
            open_prompt.clear()
        if name == "start":
            desk.answer("start")
            desk.tracker.break_started(desk.mono, desk.clock.now())
            for _ in range(5):  # the routine
                tick(30)
            desk.tracker.break_finished(desk.mono, desk.clock.now())
        elif name.startswith("snooze") and prompt and prompt.can_snooze:
            desk.answer("snooze", int(name[6:]))
        elif name == "skip" and prompt and prompt.can_skip:
            desk.answer("skip")
        elif name.startswith("pause"):
            desk.answer("pause_for", int(name[5:]) * 60)
        elif name in ("tomorrow", "resume"):
            desk.answer("pause_until_tomorrow" if name == "tomorrow" else "resume")
        elif prompt is not None:
            open_prompt[:] = [prompt]  # not allowed: the prompt stays open (and may be ignored)

    tick(0)
    for kind, fraction, choice, flag in trace:
        low, high = RANGES.get(kind, (0, 0))
        amount = low + fraction * (high - low)
        if kind == "work":  # typing, ticked fast or at the slow adaptive rate
            for _ in range(int(amount // (7 if flag else 55)) + 1):
                tick(7 if flag else 55)
        elif kind == "tick":
            tick(amount, typing=flag)
        elif kind == "idle":
            for _ in range(int(amount // 45) + 1):
                tick(45, typing=False)
        elif kind == "lock":
            for _ in range(int(amount // 50) + 1):
                tick(50, typing=False, locked=True)
        elif kind == "sleep":
            if flag:  # the power service saw it coming; otherwise only the tick gap tells
                tick(1, asleep=True)
            desk.clock.suspend(amount)
        elif kind == "stall":
            desk.clock.advance(amount)
        elif kind == "jump":
            desk.clock.jump_wall(JUMPS[choice])
        elif kind == "quiet":
            desk.quiet = QuietState(
                **{QUIET_CHOICES[choice]: True} if QUIET_CHOICES[choice] else {}
            )
        elif flag or open_prompt:  # answer now, or to the next prompt
            answer(ANSWERS[choice])
        else:
            pending[:] = [*pending[-2:], ANSWERS[choice]]
    tick(1)
    return desk


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    trace=traces,
    start=st.sampled_from(STARTS),
    tz=st.sampled_from(["Europe/Berlin", "America/New_York"]),
    hours=st.sampled_from(HOURS),
)
def test_random_days_keep_every_promise(
    trace: list[Step], start: datetime, tz: str, hours: Any
) -> None:
    desk = play(trace, start, tz, hours)
    events = [e for _, e in desk.events]
    prompts: Counter[int] = Counter()  # first prompts per stretch
    snoozed: Counter[int] = Counter()
    real_snoozes: Counter[int] = Counter()
    escalations: Counter[int] = Counter()  # per prompt id
    shown: set[int] = set()
    finals: Counter[int] = Counter()
    skips_per_day: defaultdict[object, int] = defaultdict(int)
    for event in events:
        if isinstance(event, Prompt) and not event.escalated:
            prompts[event.stretch_id] += 1
            shown.add(event.prompt_id)
        elif isinstance(event, Prompt):
            assert event.prompt_id in shown  # escalation only of a prompt that was shown
            escalations[event.prompt_id] += 1
        elif isinstance(event, PromptOutcome):
            assert event.decided_wall >= event.due_wall
            if event.outcome == "snoozed":
                snoozed[event.stretch_id] += 1
                real_snoozes[event.stretch_id] += event.snooze_minutes is not None
            else:
                finals[event.stretch_id] += 1
            if event.outcome == "skipped":
                skips_per_day[desk.policy.hours.local_date(event.decided_wall)] += 1
            if event.outcome.startswith("suppressed"):
                assert event.shown_wall is None
    for stretch, count in prompts.items():
        # Never two prompts for one stretch except after snoozes.
        assert count <= 1 + snoozed[stretch]
    assert all(n == 1 for n in escalations.values())  # escalate once, never more
    assert all(n <= 3 for n in real_snoozes.values())
    assert all(n <= 1 for n in finals.values())
    assert all(n <= 2 for n in skips_per_day.values())
