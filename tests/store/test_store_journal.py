"""Repository: add/get/update/delete/list for every table, and daily stats."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import local, pain

from hipdesk.core.models import (
    BreakPrompt,
    PainEntry,
    PsfsActivity,
    PsfsScore,
    RoutineSession,
    SelfCheck,
    SittingSpan,
    new_uuid,
    stamp,
    utc_text,
)
from hipdesk.store.journal import Journal, NotFoundError
from hipdesk.store.records import TABLES, Record


def session(at: object = None, seconds: int = 600) -> RoutineSession:
    when = stamp(local(2026, 1, 5, 10))
    return RoutineSession(
        new_uuid(),
        "daily-hips",
        *when,
        ended_at=None,
        completed=True,
        drills_done=("cat-cow", "90-90"),
        active_seconds=seconds,
    )


def span(start: object, end: object, offset: int = 60) -> SittingSpan:
    s = local(*start, offset_min=offset)  # type: ignore[misc]
    e = local(*end, offset_min=offset)  # type: ignore[misc]
    return SittingSpan(new_uuid(), *stamp(s), utc_text(e), "input", "break")


def samples() -> list[Record]:
    rs = session()
    act = PsfsActivity(new_uuid(), "Putting on socks", *stamp(local(2026, 1, 5)))
    return [
        rs,
        act,
        pain(
            local(2026, 1, 5),
            4,
            leg=2,
            hip_groin=True,
            regions=("hip_left",),
            note="=ok",
            context="after_routine",
            routine_session_uuid=rs.uuid,
        ),
        span((2026, 1, 5, 9), (2026, 1, 5, 9, 40)),
        BreakPrompt(
            new_uuid(),
            *stamp(local(2026, 1, 5, 9, 40)),
            2400,
            "taken",
            responded_at=utc_text(local(2026, 1, 5, 9, 41)),
            routine_session_uuid=rs.uuid,
        ),
        PsfsScore(new_uuid(), act.uuid, *stamp(local(2026, 1, 5)), 6),
        SelfCheck(new_uuid(), "hip_rotation_ir", 31.5, *stamp(local(2026, 1, 5)), side="left"),
    ]


def test_add_get_update_delete_every_table(journal: Journal) -> None:
    records = samples()
    assert {type(r) for r in records} == set(TABLES.values())
    for record in records:
        saved = journal.add(record)
        assert saved.id is not None
        assert journal.get(type(record), record.uuid) == saved
        assert journal.get_by_id(type(record), saved.id) == saved
        assert journal.records(type(record)) == [saved]
    e = journal.records(PainEntry)[0]
    changed = journal.update(PainEntry(**{**_fields(e), "back": 7, "note": None}))
    assert changed.back == 7 and changed.note is None and changed.id == e.id
    assert journal.delete(PainEntry, e.uuid) is True
    assert journal.delete(PainEntry, e.uuid) is False
    assert journal.get(PainEntry, e.uuid) is None
    with pytest.raises(NotFoundError):
        journal.update(e)


def _fields(record: Record) -> dict[str, object]:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


def test_deleting_a_session_clears_references_and_activity_cascades(journal: Journal) -> None:
    records = samples()
    journal.add_many(records)
    rs = records[0]
    journal.delete(RoutineSession, rs.uuid)
    assert journal.records(PainEntry)[0].routine_session_uuid is None
    assert journal.records(BreakPrompt)[0].routine_session_uuid is None
    journal.delete(PsfsActivity, records[1].uuid)
    assert journal.count(PsfsScore) == 0


def test_dangling_reference_is_refused(journal: Journal) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        journal.add(pain(local(2026, 1, 5), routine_session_uuid=new_uuid()))
    assert journal.count(PainEntry) == 0


def test_add_many_is_all_or_nothing(journal: Journal) -> None:
    good = pain(local(2026, 1, 5))
    with pytest.raises(Exception, match="UNIQUE"):
        journal.add_many([good, pain(local(2026, 1, 6)), good])
    assert journal.count(PainEntry) == 0


def test_transaction_rolls_back_everything(journal: Journal) -> None:
    with pytest.raises(RuntimeError), journal.transaction():
        journal.add(pain(local(2026, 1, 5)))
        journal.add(pain(local(2026, 1, 6)))
        raise RuntimeError("user cancelled")
    assert journal.count(PainEntry) == 0


def test_records_filters_and_order(journal: Journal) -> None:
    for day in (7, 5, 6, 8):
        journal.add(pain(local(2026, 1, day)))
    days = [e.local_date[-2:] for e in journal.records(PainEntry)]
    assert days == ["05", "06", "07", "08"]
    some = journal.records(PainEntry, since="2026-01-06", until="2026-01-07")
    assert [e.local_date for e in some] == ["2026-01-06", "2026-01-07"]
    latest = journal.records(PainEntry, newest_first=True, limit=1)
    assert latest[0].local_date == "2026-01-08"


def test_stats_per_local_day(journal: Journal) -> None:
    journal.add_many(
        [
            pain(local(2026, 1, 5, 8), 2),
            pain(local(2026, 1, 5, 18), 5),
            span((2026, 1, 5, 9), (2026, 1, 5, 9, 30)),
            span((2026, 1, 5, 23, 30), (2026, 1, 6, 0, 45)),  # crosses local midnight
            span((2026, 1, 4, 10), (2026, 1, 4, 11)),  # outside the window
            *[
                BreakPrompt(new_uuid(), *stamp(local(2026, 1, 5, h)), 1800, o)
                for h, o in (
                    (10, "taken"),
                    (11, "skipped"),
                    (12, "snoozed"),
                    (13, "suppressed_quiet"),
                )
            ],
            session(seconds=450),
        ]
    )
    stats = journal.daily_stats(2, today=date(2026, 1, 6))
    d5, d6 = (s.as_dict() for s in stats)
    assert d5 == {
        "day": "2026-01-05",
        "sitting_minutes": 60.0,
        "breaks_prompted": 3,
        "breaks_taken": 1,
        "breaks_skipped": 1,
        "routine_minutes": 7.5,
        "pain_mean": 3.5,
        "pain_max": 5,
        "pain_count": 2,
    }
    assert d6["sitting_minutes"] == 45.0 and d6["pain_mean"] is None and d6["pain_count"] == 0


def test_stats_split_uses_each_spans_own_offset(journal: Journal) -> None:
    # 23:00–01:00 in UTC+2 (summer) and 23:00–01:00 in UTC−5 after travel.
    journal.add(span((2026, 7, 1, 23), (2026, 7, 2, 1), offset=120))
    journal.add(span((2026, 7, 2, 23), (2026, 7, 3, 1), offset=-300))
    stats = {s.day: s.sitting_minutes for s in journal.daily_stats(3, today=date(2026, 7, 3))}
    assert stats == {"2026-07-01": 60.0, "2026-07-02": 120.0, "2026-07-03": 60.0}


def test_stats_span_started_before_window_counts_its_overflow(journal: Journal) -> None:
    journal.add(span((2026, 1, 4, 22), (2026, 1, 5, 2)))
    stats = journal.daily_stats(1, today=date(2026, 1, 5))
    assert stats[0].sitting_minutes == 120.0


def test_open_spans_are_not_counted(journal: Journal) -> None:
    journal.add(SittingSpan(new_uuid(), *stamp(local(2026, 1, 5, 9)), None, "input", None))
    assert journal.daily_stats(1, today=date(2026, 1, 5))[0].sitting_minutes == 0.0


def test_stats_default_to_today_from_the_clock(journal: Journal) -> None:
    journal.add(pain(journal.clock.now().astimezone(), 6))
    stats = journal.daily_stats(1)
    assert stats[0].pain_max == 6
    with pytest.raises(ValueError):
        journal.daily_stats(0)
