"""The 6-week plan: weeks, core days, the flare-day rule and the week strip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.plan import (
    PlanConfig,
    day_plan,
    flare_day,
    flare_days,
    suggest,
    week_of,
    week_strip,
)

CAT = load_catalogue()
CONFIG = PlanConfig.from_block(CAT.texts.block("plan_6_weeks"))
START = date(2026, 1, 5)  # a Monday


@dataclass(frozen=True)
class S:
    routine_slug: str
    local_date: str
    completed: bool = True


def test_config_comes_from_the_catalogue() -> None:
    assert PlanConfig(after_week_6=CONFIG.after_week_6) == CONFIG
    assert CONFIG.after_week_6.startswith("Offer to repeat")
    for slug in (*CONFIG.week_1_daily, *CONFIG.daily, *CONFIG.three_days, *CONFIG.optional):
        assert slug in CAT.routines


def test_weeks_count_calendar_days() -> None:
    assert week_of(START, START - timedelta(days=1)) == 0
    assert week_of(START, START) == 1
    assert week_of(START, START + timedelta(days=6)) == 1
    assert week_of(START, START + timedelta(days=7)) == 2
    assert week_of(START, START + timedelta(days=41)) == 6
    assert week_of(START, START + timedelta(days=42)) == 7


def test_week_one_is_starter_daily_then_daily_hip_and_core_days() -> None:
    for n in range(7):
        plan = day_plan(CONFIG, START, START + timedelta(days=n))
        assert plan.routines == ("starter_5",) and plan.optional == ()
    monday, tuesday = START + timedelta(days=7), START + timedelta(days=8)
    assert day_plan(CONFIG, START, monday).routines == ("daily_hip_10", "core_hip_12")
    assert day_plan(CONFIG, START, tuesday).routines == ("daily_hip_10",)
    assert day_plan(CONFIG, START, tuesday).optional == ("bedtime_8",)
    assert day_plan(CONFIG, START, tuesday, core_days=["tue", "thu", "sat"]).core_day
    cores = [day_plan(CONFIG, START, START + timedelta(days=n)).core_day for n in range(14, 21)]
    assert sum(cores) == 3


def test_flare_rule() -> None:
    assert flare_day(7, [4, 4, 4])
    assert not flare_day(6, [4, 4, 3.5, 4])  # 2.125 above
    assert not flare_day(9, [2, 2])  # needs 3 ratings
    assert not flare_day(None, [1, 1, 1])
    assert flare_day(5, [2, 2, 2, 2, 2, 2, 2])


def test_suggestion_follows_what_is_done_today() -> None:
    monday = START + timedelta(days=14)
    s = suggest(CONFIG, START, monday)
    assert (s.week, s.routine, s.flare, s.finished) == (3, "daily_hip_10", False, False)
    s = suggest(CONFIG, START, monday, [S("daily_hip_10", monday.isoformat())])
    assert s.routine == "core_hip_12"
    done = [S("daily_hip_10", monday.isoformat()), S("core_hip_12", monday.isoformat())]
    assert suggest(CONFIG, START, monday, done).routine is None
    partial = [S("daily_hip_10", monday.isoformat(), completed=False)]
    assert suggest(CONFIG, START, monday, partial).routine == "daily_hip_10"


def test_flare_day_replaces_the_plan() -> None:
    day = START + timedelta(days=9)
    s = suggest(CONFIG, START, day, today_back=8, previous_7_days=[3, 4, 5])
    assert s.flare and s.routine == "flare_day_4"
    s = suggest(CONFIG, START, day, [S("flare_day_4", day.isoformat())], today_back=8,
                previous_7_days=[3, 4, 5])  # fmt: skip
    assert s.flare and s.routine is None  # rest is fine too


def test_before_start_and_after_six_weeks() -> None:
    s = suggest(CONFIG, START, START - timedelta(days=2))
    assert s.week == 0 and s.routine is None
    s = suggest(CONFIG, START, START + timedelta(days=50))
    assert s.finished and s.week == 8 and s.routine == "daily_hip_10"


def test_week_strip() -> None:
    today = START + timedelta(days=9)  # Wednesday of week 2
    sessions = [
        S("daily_hip_10", (START + timedelta(days=7)).isoformat()),
        S("core_hip_12", (START + timedelta(days=7)).isoformat()),
        S("daily_hip_10", (START + timedelta(days=8)).isoformat(), completed=False),
        S("bedtime_8", (START + timedelta(days=8)).isoformat()),
        S("daily_hip_10", START.isoformat()),  # week 1: not in this strip
    ]
    assert suggest(CONFIG, START, today, sessions).active_days == 2  # Tue: bedtime_8 completed
    strip = week_strip(CONFIG, START, today, sessions)
    assert [d.day for d in strip] == [START + timedelta(days=7 + n) for n in range(7)]
    assert strip[0].all_done and strip[0].done == ("daily_hip_10", "core_hip_12")
    assert strip[1].partial == ("daily_hip_10",) and strip[1].done == ("bedtime_8",)
    assert not strip[1].all_done
    assert strip[2].today and not strip[2].future and strip[3].future
    assert strip[2].planned == ("daily_hip_10", "core_hip_12")


def test_flare_days_come_from_the_rating_history() -> None:
    d = [START + timedelta(days=n) for n in range(12)]
    ratings = [(d[0], 2.0), (d[1], 3.0), (d[2], 2.0), (d[3], 3.0), (d[3], 7.0),  # last counts
               (d[4], 5.0), (d[11], 9.0)]  # fmt: skip
    # d3: 7 - mean(2, 3, 2) >= 3. d4: 5 - mean(2, 3, 2, 3, 7) < 3. d11: only d4 in its week.
    assert flare_days(ratings, CONFIG) == {d[3]}
    assert flare_days([], CONFIG) == frozenset()


def test_a_flare_day_does_not_move_the_plan_on() -> None:
    flare = START + timedelta(days=6)  # the last day of week 1
    monday = START + timedelta(days=7)
    assert week_of(START, monday) == 2
    assert week_of(START, monday, {flare}) == 1  # week 1 still has a day to go
    assert day_plan(CONFIG, START, monday, flares={flare}).routines == ("starter_5",)
    assert day_plan(CONFIG, START, flare, flares={flare}).routines == ("flare_day_4",)
    tuesday = monday + timedelta(days=1)
    assert day_plan(CONFIG, START, tuesday, flares={flare}).routines[0] == "daily_hip_10"
    # Today's own flare holds the plan too, and the strip still shows today.
    s = suggest(CONFIG, START, monday, today_back=8, previous_7_days=[2, 2, 3], flares={flare})
    assert s.flare and s.week == 1 and s.routine == "flare_day_4"
    s = suggest(CONFIG, START, tuesday, flares={flare, monday})
    assert s.week == 1 and s.routine == "starter_5"
    assert s.strip[-1].day == tuesday and s.strip[-1].today
    assert [x.planned for x in s.strip if x.day in (flare, monday)] == [("flare_day_4",)] * 2
    # Six weeks become six weeks and two days with two flare days.
    assert not suggest(CONFIG, START, START + timedelta(days=42), flares={flare, monday}).finished
    assert suggest(CONFIG, START, START + timedelta(days=44), flares={flare, monday}).finished
