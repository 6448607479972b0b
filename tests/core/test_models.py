"""Journal records validate themselves and name the field in every error."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone

import pytest

from hipdesk.core.models import (
    BreakPrompt,
    PainEntry,
    PsfsScore,
    RoutineSession,
    SelfCheck,
    SittingSpan,
    ValidationError,
    check_instant,
    local_date_of,
    new_uuid,
    stamp,
    utc_text,
)

CET = timezone(timedelta(hours=1))


def entry(**kw: object) -> PainEntry:
    base: dict[str, object] = dict(
        uuid=new_uuid(),
        recorded_at="2026-01-05T08:00:00.000Z",
        local_date="2026-01-05",
        utc_offset_min=60,
        back=3,
    )
    base.update(kw)
    return PainEntry(**base)  # type: ignore[arg-type]


def test_stamp_keeps_local_date_and_offset() -> None:
    s = stamp(datetime(2026, 1, 5, 0, 30, tzinfo=CET))
    assert s == ("2026-01-04T23:30:00.000Z", "2026-01-05", 60)
    assert stamp(datetime(2026, 7, 1, 9, tzinfo=UTC)).utc_offset_min == 0


def test_stamp_needs_aware_datetime() -> None:
    with pytest.raises(ValueError, match="aware"):
        stamp(datetime(2026, 1, 5))


def test_utc_text_is_fixed_width_and_sortable() -> None:
    a = utc_text(datetime(2026, 1, 5, 9, 0, 0, 1500, tzinfo=UTC))
    assert a == "2026-01-05T09:00:00.001Z"
    assert check_instant("t", "2026-01-05T10:00:00+01:00") == "2026-01-05T09:00:00.000Z"
    assert local_date_of("2026-01-05T23:30:00.000Z", 60) == "2026-01-06"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"back": 11}, "back: 11 is out of range 0–10"),
        ({"back": -1}, "back: -1 is out of range 0–10"),
        ({"back": True}, "back: expected a whole number, got True"),
        ({"back": "4"}, "back: expected a whole number, got '4'"),
        ({"leg": 12}, "leg: 12 is out of range 0–10"),
        ({"hip_groin": 1}, "hip_groin: expected true or false, got 1"),
        ({"regions": ["elbow"]}, "regions[0]: 'elbow' is not a known body region"),
        ({"regions": ["hip_left", "hip_left"]}, "regions[1]: 'hip_left' is listed twice"),
        ({"note": "x" * 2001}, "note: is 2001 characters long (at most 2000)"),
        ({"context": "later"}, "context: 'later' is not one of daily | before_routine"),
        ({"uuid": "nope"}, "uuid: 'nope' is not a UUID"),
        ({"recorded_at": "yesterday"}, "recorded_at: 'yesterday' is not an ISO-8601 time"),
        ({"recorded_at": "2026-01-05T08:00:00"}, "has no UTC offset"),
        ({"local_date": "2026-01-06"}, "local_date: 2026-01-06 does not match recorded_at"),
        ({"local_date": "5.1.2026"}, "local_date: '5.1.2026' is not a YYYY-MM-DD date"),
        ({"utc_offset_min": 900}, "utc_offset_min: 900 is out of range -840–840"),
    ],
)
def test_pain_entry_rejects_bad_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        entry(**changes)
    assert message in str(err.value)
    assert isinstance(err.value, ValueError)


def test_records_are_frozen_and_normalised() -> None:
    e = entry(regions=["hip_left"], recorded_at="2026-01-05T09:00:00+01:00")
    assert e.regions == ("hip_left",)
    assert e.recorded_at == "2026-01-05T08:00:00.000Z"
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.back = 5  # type: ignore[misc]


def test_validation_error_within_document() -> None:
    err = ValidationError("back", "11 is out of range 0–10").within("pain_entries[12]")
    assert str(err) == "pain_entries[12].back: 11 is out of range 0–10"
    nested = ValidationError("[1]", "bad").within("regions")
    assert nested.field == "regions[1]"


def test_other_records_validate() -> None:
    u = new_uuid()
    start = "2026-01-05T08:00:00.000Z"
    with pytest.raises(ValidationError, match=r"ended_at: .* is before started_at"):
        SittingSpan(u, start, "2026-01-05", 60, "2026-01-05T07:00:00.000Z", "input", "idle")
    with pytest.raises(ValidationError, match="ended_by: must be set exactly when ended_at"):
        SittingSpan(u, start, "2026-01-05", 60, None, "input", "idle")
    with pytest.raises(ValidationError, match="outcome: 'maybe'"):
        BreakPrompt(u, start, "2026-01-05", 60, 1800, "maybe")
    with pytest.raises(ValidationError, match="sitting_seconds: -1 is out of range"):
        BreakPrompt(u, start, "2026-01-05", 60, -1, "taken")
    with pytest.raises(ValidationError, match="trigger: 'timer'"):
        RoutineSession(u, "daily-hips", start, "2026-01-05", 60, trigger="timer")
    with pytest.raises(ValidationError, match="routine_slug: must not be empty"):
        RoutineSession(u, " ", start, "2026-01-05", 60)
    with pytest.raises(ValidationError, match="score: 11 is out of range 0–10"):
        PsfsScore(u, new_uuid(), start, "2026-01-05", 60, 11)
    with pytest.raises(ValidationError, match="side: 'middle'"):
        SelfCheck(u, "deep_squat", 2.0, start, "2026-01-05", 60, side="middle")
    with pytest.raises(ValidationError, match="value: nan is out of range"):
        SelfCheck(u, "deep_squat", float("nan"), start, "2026-01-05", 60)
    ok = SelfCheck(u, "chair_stand_30s", 12, start, "2026-01-05", 60)
    assert ok.value == 12.0
