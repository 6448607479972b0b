"""Working hours in local time (DST-safe), quiet inputs and reminder pauses."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from hipdesk.core.work_hours import DaySpec, QuietState, ReminderPause, WorkHours


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_default_hours_are_monday_to_friday_nine_to_half_past_five() -> None:
    hours = WorkHours.default("UTC")
    assert not hours.contains(utc(2026, 1, 5, 8, 59, 59))
    assert hours.contains(utc(2026, 1, 5, 9, 0))
    assert hours.contains(utc(2026, 1, 9, 17, 29, 59))
    assert not hours.contains(utc(2026, 1, 9, 17, 30))
    assert not hours.contains(utc(2026, 1, 10, 12, 0))  # Saturday


@pytest.mark.parametrize(
    ("tz", "before", "after"),
    [
        # 09:00 local is 08:00 UTC in winter and 07:00 UTC in summer.
        ("Europe/Berlin", utc(2026, 3, 27, 7, 30), utc(2026, 3, 30, 7, 30)),
        # 09:00 local is 14:00 UTC in winter and 13:00 UTC in summer.
        ("America/New_York", utc(2026, 3, 6, 13, 30), utc(2026, 3, 9, 13, 30)),
    ],
)
def test_hours_follow_local_time_across_dst(tz: str, before: datetime, after: datetime) -> None:
    hours = WorkHours.default(tz)
    assert not hours.contains(before)  # 08:30 local, the Friday before the change
    assert hours.contains(after)  # 09:30 local, the Monday after


def test_hours_inside_a_skipped_and_a_repeated_hour() -> None:
    hours = WorkHours.from_spec({"sun": "02:00-03:00"}, "Europe/Berlin")
    # 2026-03-29 02:00-03:00 does not exist in Berlin: no instant is inside it.
    assert not any(
        hours.contains(utc(2026, 3, 29, 0, 0) + timedelta(minutes=m)) for m in range(180)
    )
    # 2026-10-25 02:00-03:00 happens twice: both are inside.
    assert hours.contains(utc(2026, 10, 25, 0, 30))  # 02:30 CEST
    assert hours.contains(utc(2026, 10, 25, 1, 30))  # 02:30 CET


def test_several_ranges_and_spec_forms() -> None:
    spec: dict[str | int, DaySpec] = {
        "mon": "09:00-12:00, 13:00-17:30",
        1: [("08:00", "24:00")],
        "Wednesday": [(time(7), time(9))],
    }
    hours = WorkHours.from_spec(spec, "UTC")
    assert hours.contains(utc(2026, 1, 5, 11, 59)) and not hours.contains(utc(2026, 1, 5, 12, 30))
    assert hours.contains(utc(2026, 1, 6, 23, 59))
    assert hours.contains(utc(2026, 1, 7, 8, 0)) and not hours.contains(utc(2026, 1, 7, 9, 0))
    assert WorkHours.always().contains(utc(2026, 1, 10, 3, 0))


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"mon": "09:00"}, "working_hours.mon"),
        ({"mon": "9am-5pm"}, "working_hours.mon"),
        ({"tue": "17:00-09:00"}, "working_hours.tue"),
        ({"wed": "09:00-12:00, 11:00-13:00"}, "working_hours.wed: ranges overlap"),
        ({"funday": "09:00-10:00"}, "working_hours: unknown weekday"),
        ({9: "09:00-10:00"}, "working_hours: unknown weekday"),
    ],
)
def test_bad_specs_name_the_field(spec: dict[str | int, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        WorkHours.from_spec(spec, "UTC")


def test_time_zone_by_name_or_tzinfo() -> None:
    with pytest.raises(ValueError, match="tz"):
        WorkHours.default("Mars/Olympus_Mons")
    fixed = WorkHours.default(timezone(timedelta(hours=2)))
    assert fixed.contains(utc(2026, 1, 5, 7, 0))
    with pytest.raises(ValueError, match="wall"):
        fixed.contains(datetime(2026, 1, 5, 9, 0))


@pytest.mark.parametrize(
    ("tz", "wall", "midnight"),
    [
        ("Europe/Berlin", utc(2026, 3, 28, 12, 0), utc(2026, 3, 28, 23, 0)),
        ("Europe/Berlin", utc(2026, 3, 29, 12, 0), utc(2026, 3, 29, 22, 0)),  # 23-hour day
        ("America/New_York", utc(2026, 11, 1, 12, 0), utc(2026, 11, 2, 5, 0)),  # 25-hour day
    ],
)
def test_next_local_midnight(tz: str, wall: datetime, midnight: datetime) -> None:
    assert WorkHours.default(tz).next_local_midnight(wall) == midnight


def test_quiet_state_respects_the_modes_the_user_enabled() -> None:
    assert not QuietState().active()
    assert QuietState(fullscreen=True).active()
    assert not QuietState(fullscreen=True).active({"do_not_disturb"})
    assert QuietState(screen_shared=True).active({"screen_shared"})


def test_pause_ends_when_either_clock_passes() -> None:
    pause = ReminderPause()
    wall = utc(2026, 1, 5, 9, 0)
    assert not pause.active(0, wall) and not pause.expire(0, wall)
    pause.start(100.0, wall, 1800)
    assert pause.active(1000, wall + timedelta(seconds=900))
    assert pause.until(1000, wall) == wall + timedelta(minutes=30)
    assert not pause.active(1900, wall + timedelta(seconds=900))  # monotonic passed
    assert not pause.active(200, wall + timedelta(hours=8))  # slept: wall passed
    assert pause.expire(200, wall + timedelta(hours=8))
    assert not pause.expire(200, wall + timedelta(hours=8))  # only once
    with pytest.raises(ValueError, match="seconds"):
        pause.start(0, wall, 0)
