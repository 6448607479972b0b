"""Trends: per-day figures, rolling means, the personal baseline and descriptive comparisons.

Pure Python over plain records (no Qt, no sqlite). The store computes the same per-day figures in
SQL for speed (:mod:`hipdesk.store.trends_queries`); :func:`aggregate_days` is the reference the
store tests compare against. Everything here describes what was logged; comparisons are worded
as patterns, never as causes, and are hidden when either side has fewer than ``MIN_DAYS`` days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise

from hipdesk.core.models import BreakPrompt, PainEntry, PsfsScore, RoutineSession, SittingSpan

MIN_DAYS = 5  # a comparison needs at least this many days on each side
BASELINE_DAYS = 7  # the personal baseline is the mean of the first 7 days with pain entries
BAND_POINTS = 2.0  # ±2 points: the change on a 0–10 scale commonly taken as meaningful
RELIEF_FRACTION = 0.30  # a 30 % reduction from the baseline, the other common threshold
MAX_SPAN_DAYS = 7  # as in store.stats: longer spans are data errors, clipped
CAVEAT = "a pattern, not proof"
SHOWN_OUTCOMES = frozenset({"taken", "snoozed", "skipped", "ignored"})  # not suppressed


@dataclass(slots=True)
class TrendDay:
    day: date  # local date
    sitting_minutes: float = 0.0
    longest_minutes: float = 0.0  # longest stretch within this local day
    breaks_prompted: int = 0
    breaks_taken: int = 0
    breaks_skipped: int = 0
    routine_minutes: float = 0.0
    routine_sessions: int = 0
    pain_mean: float | None = None  # back pain 0–10
    pain_max: int | None = None
    pain_count: int = 0
    leg_mean: float | None = None


@dataclass(frozen=True, slots=True)
class WeekScore:
    week: date  # Monday of the ISO week
    mean: float  # PSFS mean over all activities scored that week
    count: int


@dataclass(frozen=True, slots=True)
class Baseline:
    mean: float
    first: date
    last: date
    days: int  # days with entries it was computed from (< BASELINE_DAYS: provisional)

    @property
    def low(self) -> float:
        return max(0.0, self.mean - BAND_POINTS)

    @property
    def high(self) -> float:
        return min(10.0, self.mean + BAND_POINTS)

    @property
    def relief_line(self) -> float:
        return self.mean * (1 - RELIEF_FRACTION)

    @property
    def provisional(self) -> bool:
        return self.days < BASELINE_DAYS


@dataclass(frozen=True, slots=True)
class Comparison:
    key: str  # "breaks" | "routine" | "long_sitting"
    mean_with: float
    n_with: int
    mean_without: float
    n_without: int
    sentence: str


@dataclass(frozen=True, slots=True)
class Trends:
    days: list[TrendDay]
    rolling: list[float | None]  # 7-day trailing mean of daily pain
    weeks: list[WeekScore]
    baseline: Baseline | None
    comparisons: list[Comparison] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)

    @property
    def pain_days(self) -> int:
        return sum(1 for d in self.days if d.pain_count)

    @property
    def has_data(self) -> bool:
        return any(
            d.pain_count or d.sitting_minutes or d.breaks_prompted or d.routine_sessions
            for d in self.days
        ) or bool(self.weeks)


# ---- aggregation from records (the reference for the SQL in the store) -----------------------


def date_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def split_span(span: SittingSpan) -> list[tuple[date, float]]:
    """Seconds of a closed span per local day, split at local midnights in its own offset.

    Seconds are rounded like the store's generated columns, so both paths agree exactly.
    """
    if span.ended_at is None:
        return []  # open spans count once they end (as in the store)
    start = datetime.fromisoformat(span.started_at)
    end = datetime.fromisoformat(span.ended_at)
    day = date.fromisoformat(span.local_date)
    total = round((end - start).total_seconds())
    midnight = datetime(day.year, day.month, day.day) - timedelta(minutes=span.utc_offset_min)
    spill = max(0, round((end - midnight.replace(tzinfo=start.tzinfo)).total_seconds()) - 86400)
    parts = [(day, float(total - spill))]
    for k in range(1, MAX_SPAN_DAYS + 1):
        part = min(spill - 86400 * (k - 1), 86400)
        if part <= 0:
            break
        parts.append((day + timedelta(days=k), float(part)))
    return parts


def aggregate_days(
    first: date,
    last: date,
    *,
    spans: Iterable[SittingSpan] = (),
    prompts: Iterable[BreakPrompt] = (),
    sessions: Iterable[RoutineSession] = (),
    pains: Iterable[PainEntry] = (),
) -> list[TrendDay]:
    days = {d: TrendDay(d) for d in date_range(first, last)}
    for span in spans:
        for day, seconds in split_span(span):
            if day in days:
                t = days[day]
                t.sitting_minutes += seconds / 60
                t.longest_minutes = max(t.longest_minutes, seconds / 60)
    for p in prompts:
        t_ = days.get(date.fromisoformat(p.local_date))
        if t_ is not None and p.outcome in SHOWN_OUTCOMES:
            t_.breaks_prompted += 1
            t_.breaks_taken += p.outcome == "taken"
            t_.breaks_skipped += p.outcome == "skipped"
    for s in sessions:
        t_ = days.get(date.fromisoformat(s.local_date))
        if t_ is not None:
            t_.routine_minutes += s.active_seconds / 60
            t_.routine_sessions += 1
    backs: dict[date, list[int]] = {}
    legs: dict[date, list[int]] = {}
    for e in pains:
        day = date.fromisoformat(e.local_date)
        if day in days:
            backs.setdefault(day, []).append(e.back)
            if e.leg is not None:
                legs.setdefault(day, []).append(e.leg)
    for day, values in backs.items():
        t = days[day]
        t.pain_mean, t.pain_max, t.pain_count = _mean(values), max(values), len(values)
    for day, values in legs.items():
        days[day].leg_mean = _mean(values)
    for t in days.values():
        t.sitting_minutes = round(t.sitting_minutes, 1)
        t.longest_minutes = round(t.longest_minutes, 1)
        t.routine_minutes = round(t.routine_minutes, 1)
    return list(days.values())


def week_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def psfs_weeks(scores: Iterable[PsfsScore]) -> list[WeekScore]:
    weeks: dict[date, list[int]] = {}
    for s in scores:
        weeks.setdefault(week_of(date.fromisoformat(s.local_date)), []).append(s.score)
    return [WeekScore(w, _mean(v), len(v)) for w, v in sorted(weeks.items())]


def _mean(values: Sequence[float]) -> float:
    return round(sum(values) / len(values), 2)


# ---- series -----------------------------------------------------------------------------------


def rolling_mean(values: Sequence[float | None], window: int = 7) -> list[float | None]:
    """Trailing mean over ``window`` consecutive days, of the days that have a value.

    None where the window holds no value, so a gap in logging shows as a gap, not a zero.
    """
    out: list[float | None] = []
    for i in range(len(values)):
        seen = [v for v in values[max(0, i - window + 1) : i + 1] if v is not None]
        out.append(sum(seen) / len(seen) if seen else None)
    return out


def baseline_from(
    day_means: Iterable[tuple[date, float]],
    *,
    first: date | None = None,
    last: date | None = None,
) -> Baseline | None:
    """Mean of daily pain means: the first 7 days with entries, or every day in first…last."""
    rows = sorted(day_means)
    if first is not None or last is not None:
        rows = [
            (d, v) for d, v in rows if (first is None or d >= first) and (last is None or d <= last)
        ]
    else:
        rows = rows[:BASELINE_DAYS]
    if not rows:
        return None
    return Baseline(_mean([v for _, v in rows]), rows[0][0], rows[-1][0], len(rows))


# ---- comparisons ------------------------------------------------------------------------------


def _compare(
    key: str, with_: list[float], without: list[float], describe: str, other: str, min_days: int
) -> Comparison | None:
    if len(with_) < min_days or len(without) < min_days:
        return None
    a, b = _mean(with_), _mean(without)
    sentence = (
        f"{describe} your pain averaged {a:.1f} ({_days(len(with_))}); "
        f"{other} {b:.1f} ({_days(len(without))}) — {CAVEAT}."
    )
    return Comparison(key, a, len(with_), b, len(without), sentence)


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def compare_breaks(
    days: Sequence[TrendDay], min_breaks: int = 4, min_days: int = MIN_DAYS
) -> Comparison | None:
    """Pain on days with at least ``min_breaks`` breaks taken vs fewer (days the app measured)."""
    measured = [
        d for d in days if d.pain_mean is not None and (d.sitting_minutes or d.breaks_prompted)
    ]
    many = [
        d.pain_mean for d in measured if d.breaks_taken >= min_breaks and d.pain_mean is not None
    ]
    few = [d.pain_mean for d in measured if d.breaks_taken < min_breaks and d.pain_mean is not None]
    return _compare(
        "breaks", many, few, f"On days with {min_breaks} or more breaks", "on other days", min_days
    )


def compare_routine(days: Sequence[TrendDay], min_days: int = MIN_DAYS) -> Comparison | None:
    done = [d.pain_mean for d in days if d.pain_mean is not None and d.routine_sessions]
    not_done = [d.pain_mean for d in days if d.pain_mean is not None and not d.routine_sessions]
    return _compare(
        "routine", done, not_done, "On days with a routine", "on days without", min_days
    )


def compare_long_sitting(
    days: Sequence[TrendDay], long_hours: float = 6.0, min_days: int = MIN_DAYS
) -> Comparison | None:
    """Pain on the day after a long-sitting day vs after a shorter (but measured) one."""
    after_long: list[float] = []
    after_short: list[float] = []
    for today, tomorrow in pairwise(days):  # days are consecutive dates
        if tomorrow.pain_mean is None or not today.sitting_minutes:
            continue
        long = today.sitting_minutes >= long_hours * 60
        (after_long if long else after_short).append(tomorrow.pain_mean)
    hours = f"{long_hours:g}"
    return _compare(
        "long_sitting",
        after_long,
        after_short,
        f"On days after sitting {hours} hours or more",
        "after shorter days",
        min_days,
    )


def comparisons(
    days: Sequence[TrendDay],
    *,
    min_breaks: int = 4,
    long_hours: float = 6.0,
    min_days: int = MIN_DAYS,
) -> list[Comparison]:
    found = (
        compare_breaks(days, min_breaks, min_days),
        compare_routine(days, min_days),
        compare_long_sitting(days, long_hours, min_days),
    )
    return [c for c in found if c is not None]


# ---- summary ----------------------------------------------------------------------------------


def summarise(
    days: Sequence[TrendDay],
    rolling: Sequence[float | None],
    weeks: Sequence[WeekScore],
    baseline: Baseline | None,
    found: Sequence[Comparison],
) -> list[str]:
    """Plain-language sentences for the top of the page and the report; descriptive only."""
    out: list[str] = []
    pain = [d.pain_mean for d in days if d.pain_mean is not None]
    if pain:
        out.append(
            f"You logged pain on {len(pain)} of {_days(len(days))}; "
            f"it averaged {_mean(pain):.1f} out of 10."
        )
    latest = next((v for v in reversed(rolling) if v is not None), None)
    if baseline is not None and latest is not None:
        out.append(_versus_baseline(latest, baseline))
    measured = [d for d in days if d.sitting_minutes]
    if measured:
        hours = sum(d.sitting_minutes for d in measured) / len(measured) / 60
        top = max(measured, key=lambda d: d.longest_minutes)
        out.append(
            f"On measured days you sat {hours:.1f} h a day; the longest stretch was "
            f"{top.longest_minutes:.0f} min ({top.day:%d %b})."
        )
    prompted = sum(d.breaks_prompted for d in days)
    if prompted:
        taken = sum(d.breaks_taken for d in days)
        out.append(
            f"You took {taken} of {prompted} break prompts ({100 * taken / prompted:.0f} %)."
        )
    routine_days = sum(1 for d in days if d.routine_sessions)
    if routine_days:
        minutes = sum(d.routine_minutes for d in days)
        out.append(f"Routines on {_days(routine_days)}, {minutes:.0f} min in total.")
    if weeks:
        last_week = weeks[-1]
        text = f"Function scores (PSFS) averaged {last_week.mean:.1f} in the latest week"
        if len(weeks) > 1:
            text += f", {weeks[0].mean:.1f} in the first week shown"
        out.append(text + ".")
    out.extend(c.sentence for c in found)
    if pain and len(found) < 3:
        out.append(f"Comparisons appear once both sides have at least {_days(MIN_DAYS)}.")
    return out


def _versus_baseline(latest: float, baseline: Baseline) -> str:
    start = f"your starting level of {baseline.mean:.1f}"
    if baseline.provisional:
        start += f" (from {_days(baseline.days)} so far)"
    diff = latest - baseline.mean
    if abs(diff) < 0.05:
        text = f"Your 7-day mean is {latest:.1f}, the same as {start}"
    else:
        way = "below" if diff < 0 else "above"
        text = f"Your 7-day mean is {latest:.1f}, {abs(diff):.1f} points {way} {start}"
    if diff <= -BAND_POINTS:
        text += "; outside the ±2-point band"
    if baseline.mean > 0 and latest <= baseline.relief_line:
        text += f" and at least {RELIEF_FRACTION * 100:.0f} % lower"
    return text + "."


def build(
    days: list[TrendDay],
    weeks: list[WeekScore],
    baseline: Baseline | None,
    *,
    min_breaks: int = 4,
    long_hours: float = 6.0,
) -> Trends:
    rolling = rolling_mean([d.pain_mean for d in days])
    found = comparisons(days, min_breaks=min_breaks, long_hours=long_hours)
    summary = summarise(days, rolling, weeks, baseline, found)
    return Trends(days, rolling, weeks, baseline, found, summary)
