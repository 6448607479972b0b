from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from hipdesk.core import trends as tr
from hipdesk.core.models import (
    BreakPrompt,
    PainEntry,
    PsfsScore,
    RoutineSession,
    SittingSpan,
    new_uuid,
    stamp,
    utc_text,
)

BERLIN = timezone(timedelta(hours=1))
D0 = date(2026, 1, 5)  # a Monday


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN)


def span(start: datetime, minutes: float) -> SittingSpan:
    end = start + timedelta(minutes=minutes)
    return SittingSpan(new_uuid(), *stamp(start), utc_text(end), "input", "break")


def day(i: int, pain: float | None = None, **kw: object) -> tr.TrendDay:
    return tr.TrendDay(D0 + timedelta(days=i), pain_mean=pain, pain_count=pain is not None, **kw)  # type: ignore[arg-type]


def test_span_across_midnight_is_split_and_longest_is_per_day() -> None:
    late = span(at(D0, 23, 30), 90)  # 30 min on day 0, 60 min on day 1
    short = span(at(D0, 9), 20)
    days = tr.aggregate_days(D0, D0 + timedelta(days=1), spans=[late, short])
    assert [d.sitting_minutes for d in days] == [50.0, 60.0]
    assert [d.longest_minutes for d in days] == [30.0, 60.0]


def test_open_span_does_not_count() -> None:
    open_span = SittingSpan(new_uuid(), *stamp(at(D0, 9)), None, "input", None)
    assert tr.aggregate_days(D0, D0, spans=[open_span])[0].sitting_minutes == 0


def test_breaks_routines_pain_and_leg_per_day() -> None:
    prompts = [
        BreakPrompt(new_uuid(), *stamp(at(D0, 10)), 1800, outcome)
        for outcome in ("taken", "taken", "skipped", "snoozed", "suppressed_quiet")
    ]
    session = RoutineSession(new_uuid(), "daily-hips", *stamp(at(D0, 12)), active_seconds=600)
    pains = [
        PainEntry(new_uuid(), *stamp(at(D0, 9)), back=4, leg=2),
        PainEntry(new_uuid(), *stamp(at(D0, 20)), back=6),
    ]
    (d,) = tr.aggregate_days(D0, D0, prompts=prompts, sessions=[session], pains=pains)
    assert (d.breaks_prompted, d.breaks_taken, d.breaks_skipped) == (4, 2, 1)
    assert (d.routine_minutes, d.routine_sessions) == (10.0, 1)
    assert (d.pain_mean, d.pain_max, d.pain_count, d.leg_mean) == (5.0, 6, 2, 2.0)


def test_psfs_weeks_group_by_monday() -> None:
    activity = new_uuid()
    scores = [
        PsfsScore(new_uuid(), activity, *stamp(at(D0 + timedelta(days=k), 19)), score)
        for k, score in ((0, 4), (6, 6), (7, 8))  # Mon, Sun of week 1; Mon of week 2
    ]
    weeks = tr.psfs_weeks(scores)
    assert weeks == [tr.WeekScore(D0, 5.0, 2), tr.WeekScore(D0 + timedelta(days=7), 8.0, 1)]


def test_rolling_mean_skips_gaps_and_is_none_without_values() -> None:
    values: list[float | None] = [None, 2.0, None, 4.0] + [None] * 7
    rolled = tr.rolling_mean(values)
    assert rolled[:4] == [None, 2.0, 2.0, 3.0]
    assert rolled[-1] is None  # nothing in the last 7 days


def test_baseline_first_seven_days_band_and_relief_line() -> None:
    means = [(D0 + timedelta(days=i), float(v)) for i, v in enumerate([4, 6, 5, 5, 4, 6, 5, 0])]
    b = tr.baseline_from(means)
    assert b is not None and (b.mean, b.days, b.provisional) == (5.0, 7, False)
    assert (b.low, b.high, round(b.relief_line, 2)) == (3.0, 7.0, 3.5)
    chosen = tr.baseline_from(means, first=D0 + timedelta(days=6), last=D0 + timedelta(days=7))
    assert chosen is not None and chosen.mean == 2.5 and chosen.provisional
    assert tr.baseline_from([]) is None
    edge = tr.baseline_from([(D0, 9.0)])
    assert edge is not None and edge.high == 10.0  # the band stays on the 0–10 scale


def test_comparisons_need_five_days_each_side() -> None:
    many = [day(i, 3.0, breaks_taken=5, sitting_minutes=300) for i in range(5)]
    few = [day(5 + i, 5.0, breaks_taken=1, sitting_minutes=300) for i in range(4)]
    assert tr.compare_breaks(many + few) is None
    few.append(day(9, 5.0, breaks_taken=0, sitting_minutes=300))
    c = tr.compare_breaks(many + few)
    assert c is not None and (c.mean_with, c.n_with, c.mean_without, c.n_without) == (3, 5, 5, 5)
    assert c.sentence == (
        "On days with 4 or more breaks your pain averaged 3.0 (5 days); "
        "on other days 5.0 (5 days) — a pattern, not proof."
    )


def test_next_day_after_long_sitting_pairs_consecutive_days() -> None:
    days = [day(i, float(i % 2) * 4, sitting_minutes=420 if i % 2 == 0 else 120) for i in range(22)]
    c = tr.compare_long_sitting(days)
    assert c is not None
    assert c.mean_with == 4.0 and c.mean_without == 0.0  # the day after a long day hurts more here
    assert c.n_with == 11 and c.n_without == 10


def test_summary_and_sparse_hint() -> None:
    days = [day(0, 4.0, sitting_minutes=300, longest_minutes=50, breaks_prompted=4, breaks_taken=2)]
    t = tr.build(days, [], tr.baseline_from([(D0, 4.0)]))
    assert t.summary[0] == "You logged pain on 1 of 1 day; it averaged 4.0 out of 10."
    assert any("from 1 day so far" in s for s in t.summary)
    assert any("at least 5 days" in s for s in t.summary)
    assert tr.build([day(0)], [], None).summary == []


# ---- properties ---------------------------------------------------------------------------

scores = st.one_of(st.none(), st.floats(0, 10, allow_nan=False))


@settings(max_examples=200, deadline=None)
@given(st.lists(scores, max_size=60), st.integers(1, 14))
def test_rolling_mean_is_bounded_by_its_window(values: list[float | None], window: int) -> None:
    for i, mean in enumerate(tr.rolling_mean(values, window)):
        seen = [v for v in values[max(0, i - window + 1) : i + 1] if v is not None]
        if not seen:
            assert mean is None
        else:
            assert mean is not None and min(seen) - 1e-9 <= mean <= max(seen) + 1e-9


day_strategy = st.builds(
    lambda pain, taken, sitting, sessions: (pain, taken, sitting, sessions),
    scores,
    st.integers(0, 12),
    st.sampled_from([0.0, 120.0, 300.0, 480.0]),
    st.integers(0, 2),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(day_strategy, max_size=40))
def test_comparisons_hidden_under_five_days_and_never_claim_causes(rows: list) -> None:  # type: ignore[type-arg]
    days = [
        day(i, p, breaks_taken=t, sitting_minutes=s, routine_sessions=n)
        for i, (p, t, s, n) in enumerate(rows)
    ]
    found = tr.comparisons(days)
    for c in found:
        assert c.n_with >= tr.MIN_DAYS and c.n_without >= tr.MIN_DAYS
        assert c.sentence.endswith("a pattern, not proof.")
    pain_days = sum(1 for d in days if d.pain_mean is not None)
    if pain_days < 2 * tr.MIN_DAYS:
        assert found == []
    baseline = tr.baseline_from([(d.day, d.pain_mean) for d in days if d.pain_mean is not None])
    text = " ".join(tr.build(days, [], baseline).summary).lower()
    assert not re.search(r"\b(causes?|caused|because|due to|leads? to|helps?|reduces?)\b", text)
