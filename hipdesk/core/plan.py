"""The default 6-week plan (content brief section 3, ``plan_6_weeks``): what to do today.

Week 1: ``starter_5`` daily. Weeks 2–6: ``daily_hip_10`` daily, ``core_hip_12`` on the user's
three core days (default Mon, Wed, Fri), ``bedtime_8`` optional. Weeks count calendar days from
the plan's start date, so a missed day is never a failure and never holds the plan back. On a
flare day (the day's back pain ≥ 3 above the mean of the previous 7 days, with at least 3
ratings) ``flare_day_4`` is offered *instead of* the day's plan, and the plan does not move on:
flare days are left out of the count (:func:`flare_days` finds them in the rating history).
After week 6 the weeks 2–6 pattern repeats (``finished`` is true so the screen can say so).
Pure Python; numbers come in as arguments, nothing here reads the journal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from hipdesk.core.work_hours import WEEKDAYS

WEEKS = 6


@dataclass(frozen=True)
class PlanConfig:
    week_1_daily: tuple[str, ...] = ("starter_5",)
    daily: tuple[str, ...] = ("daily_hip_10",)
    three_days: tuple[str, ...] = ("core_hip_12",)
    optional: tuple[str, ...] = ("bedtime_8",)
    core_days_default: tuple[str, ...] = ("mon", "wed", "fri")
    flare_routine: str = "flare_day_4"
    flare_points: float = 3.0
    flare_min_entries: int = 3
    after_week_6: str = ""

    @classmethod
    def from_block(cls, block: Mapping[str, Any]) -> PlanConfig:
        """From ``catalogue.texts.block("plan_6_weeks")``."""
        later = block["weeks_2_to_6"]
        flare = block["flare_rule"]
        return cls(
            week_1_daily=tuple(block["week_1"]["daily"]),
            daily=tuple(later.get("daily", ())),
            three_days=tuple(later.get("three_days_a_week", ())),
            optional=tuple(later.get("optional", ())),
            core_days_default=tuple(block.get("core_days_default", ("mon", "wed", "fri"))),
            flare_routine=str(flare["offer"]),
            flare_min_entries=int(flare.get("min_entries", 3)),
            after_week_6=str(block.get("after_week_6", "")),
        )


class SessionLike(Protocol):
    """What the plan needs of a routine session (``RoutineSession`` fits)."""

    @property
    def routine_slug(self) -> str: ...
    @property
    def local_date(self) -> str: ...
    @property
    def completed(self) -> bool: ...


@dataclass(frozen=True)
class DayPlan:
    day: date
    week: int  # 1-based plan week (7+ after the six weeks); 0 before the start
    routines: tuple[str, ...]  # what the plan suggests for the day, in order
    optional: tuple[str, ...]
    core_day: bool


@dataclass(frozen=True)
class StripDay:
    day: date
    planned: tuple[str, ...]
    done: tuple[str, ...]  # completed that day (any routine)
    partial: tuple[str, ...]  # started, not finished
    today: bool
    future: bool

    @property
    def all_done(self) -> bool:
        return bool(self.planned) and all(r in self.done for r in self.planned)


@dataclass(frozen=True)
class Suggestion:
    week: int  # 1…6 (7+ after the plan: ``finished``)
    routine: str | None  # the one to start now; None when today's plan is done
    today: DayPlan
    flare: bool  # flare_day_4 is offered instead of today's plan
    finished: bool
    strip: tuple[StripDay, ...]

    @property
    def active_days(self) -> int:
        """Days of this plan week (up to today) with a completed routine: counted up, never
        shown as days missed."""
        return sum(1 for d in self.strip if d.done and not d.future)


NO_FLARES: frozenset[date] = frozenset()


def plan_index(start: date, day: date, flares: Set[date] = NO_FLARES) -> int:
    """How many plan days lie before ``day``: calendar days since the start, less the flare
    days among them (a flare day does not move the plan on). −1 before the start."""
    if day < start:
        return -1
    return (day - start).days - sum(1 for f in flares if start <= f < day)


def week_of(start: date, day: date, flares: Set[date] = NO_FLARES) -> int:
    """Plan week of ``day`` (1-based); 0 before the start."""
    index = plan_index(start, day, flares)
    return 0 if index < 0 else index // 7 + 1


def flare_days(
    back_ratings: Iterable[tuple[date, float]], config: PlanConfig | None = None
) -> frozenset[date]:
    """The days that were flare days, from back ratings ``(local date, value)`` in time order:
    each day's last rating against every rating of the 7 days before it (:func:`flare_day`)."""
    by_day: dict[date, list[float]] = {}
    for day, value in back_ratings:
        by_day.setdefault(day, []).append(value)
    found = set()
    for day, values in by_day.items():
        week_before = (day - timedelta(days=n) for n in range(1, 8))
        previous = [v for d in week_before for v in by_day.get(d, ())]
        if flare_day(values[-1], previous, config):
            found.add(day)
    return frozenset(found)


def day_plan(
    config: PlanConfig,
    start: date,
    day: date,
    core_days: Sequence[str] | None = None,
    flares: Set[date] = NO_FLARES,
) -> DayPlan:
    week = week_of(start, day, flares)
    cores = tuple(core_days) if core_days is not None else config.core_days_default
    core_day = WEEKDAYS[day.weekday()] in cores
    if week == 0:
        return DayPlan(day, 0, (), (), False)
    if day in flares:
        return DayPlan(day, week, (config.flare_routine,), (), False)
    if week == 1:
        return DayPlan(day, 1, config.week_1_daily, (), False)
    extra = config.three_days if core_day else ()
    return DayPlan(day, week, config.daily + extra, config.optional, core_day)


def flare_day(
    today_back: float | None, previous_7_days: Sequence[float], config: PlanConfig | None = None
) -> bool:
    """Today's back pain ≥ 3 points above the mean of the previous 7 days' ratings (needs
    ``min_entries`` ratings; one value per rating, the caller picks the window)."""
    cfg = config or PlanConfig()
    if today_back is None or len(previous_7_days) < cfg.flare_min_entries:
        return False
    mean = sum(previous_7_days) / len(previous_7_days)
    return today_back - mean >= cfg.flare_points - 1e-9


def week_strip(
    config: PlanConfig,
    start: date,
    today: date,
    sessions: Iterable[SessionLike],
    core_days: Sequence[str] | None = None,
    flares: Set[date] = NO_FLARES,
) -> tuple[StripDay, ...]:
    """7 days of the plan week that holds ``today`` (before the start: the next 7 days). A week
    with flare days spans more calendar days; the strip then ends with today."""
    week = max(1, week_of(start, today, flares))
    first = start + timedelta(days=7 * (week - 1))
    while plan_index(start, first, flares) < 7 * (week - 1):
        first += timedelta(days=1)
    first = max(first, today - timedelta(days=6))
    by_day: dict[str, list[SessionLike]] = {}
    for s in sessions:
        by_day.setdefault(s.local_date, []).append(s)
    out = []
    for n in range(7):
        day = first + timedelta(days=n)
        todays = by_day.get(day.isoformat(), [])
        done = tuple(dict.fromkeys(s.routine_slug for s in todays if s.completed))
        partial = tuple(
            dict.fromkeys(
                s.routine_slug for s in todays if not s.completed and s.routine_slug not in done
            )
        )
        plan = day_plan(config, start, day, core_days, flares)
        out.append(StripDay(day, plan.routines, done, partial, day == today, day > today))
    return tuple(out)


def suggest(
    config: PlanConfig,
    start: date,
    today: date,
    sessions: Iterable[SessionLike] = (),
    core_days: Sequence[str] | None = None,
    today_back: float | None = None,
    previous_7_days: Sequence[float] = (),
    flares: Set[date] = NO_FLARES,
) -> Suggestion:
    """Today's suggestion: the first planned routine not yet completed today, or the flare-day
    routine instead of the whole plan when :func:`flare_day` says so. ``flares``: the earlier
    flare days (:func:`flare_days`), which do not count as plan days."""
    sessions = list(sessions)
    flare = flare_day(today_back, previous_7_days, config)
    flares = (flares | {today}) if flare else (flares - {today})
    plan = day_plan(config, start, today, core_days, flares)
    strip = week_strip(config, start, today, sessions, core_days, flares)
    done_today = {s.routine_slug for s in sessions if s.local_date == today.isoformat()
                  and s.completed}  # fmt: skip
    if flare:
        routine = None if config.flare_routine in done_today else config.flare_routine
    else:
        routine = next((r for r in plan.routines if r not in done_today), None)
    return Suggestion(
        week=plan.week,
        routine=routine,
        today=plan,
        flare=flare,
        finished=plan.week > WEEKS,
        strip=strip,
    )
