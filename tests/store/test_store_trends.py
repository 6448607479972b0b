from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

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
from hipdesk.store import trends_queries as q
from hipdesk.store.journal import Journal


def local(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> datetime:
    # Own helper rather than `from conftest import`: that name is ambiguous across test folders.
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(hours=1)))


def pain(at: datetime, back: int, **kw: Any) -> PainEntry:
    return PainEntry(new_uuid(), *stamp(at), back=back, **kw)


ROOT = Path(__file__).resolve().parents[2]
END = date(2026, 1, 5)


def generator() -> ModuleType:
    import tools.generate_journal

    return tools.generate_journal


@pytest.fixture
def filled(journal: Journal) -> Journal:
    generator().generate(journal, 60, END, seed=3)
    return journal


def test_sql_figures_equal_the_core_reference(filled: Journal) -> None:
    first = END - timedelta(days=59)
    lo, hi = (first - timedelta(days=1)).isoformat(), END.isoformat()
    reference = tr.aggregate_days(
        first,
        END,
        spans=filled.records(SittingSpan, since=lo, until=hi),
        prompts=filled.records(BreakPrompt, since=lo, until=hi),
        sessions=filled.records(RoutineSession, since=lo, until=hi),
        pains=filled.records(PainEntry, since=lo, until=hi),
    )
    found = q.trend_days(filled.conn, first, END)
    assert len(found) == len(reference) == 60
    for sql, ref in zip(found, reference, strict=True):
        # Both round to 0.1 min, from integer seconds summed in a different order.
        assert sql.sitting_minutes == pytest.approx(ref.sitting_minutes, abs=0.11)
        assert replace(sql, sitting_minutes=0.0) == replace(ref, sitting_minutes=0.0)
    assert q.psfs_weeks(filled.conn, first, END) == tr.psfs_weeks(filled.records(PsfsScore))


def test_midnight_span_longest_stretch_on_the_next_day(journal: Journal) -> None:
    start = local(2026, 1, 5, 23, 0)
    end = start + timedelta(minutes=150)
    journal.add(SittingSpan(new_uuid(), *stamp(start), utc_text(end), "input", "lock"))
    days = q.trend_days(journal.conn, date(2026, 1, 6), date(2026, 1, 6))
    assert (days[0].sitting_minutes, days[0].longest_minutes) == (90.0, 90.0)


def test_leg_mean_sessions_and_baseline_from_the_whole_journal(journal: Journal) -> None:
    for i, back in enumerate([6, 6, 6, 6, 6, 6, 6, 2]):
        journal.add(pain(local(2026, 1, 1 + i), back, leg=back - 1 if i % 2 else None))
    journal.add(RoutineSession(new_uuid(), "daily-hips", *stamp(local(2026, 1, 8, 9))))
    t = q.load_trends(journal, date(2026, 1, 8), date(2026, 1, 8))
    (d,) = t.days
    assert (d.pain_mean, d.leg_mean, d.routine_sessions) == (2.0, 1.0, 1)
    assert t.baseline is not None and t.baseline.mean == 6.0  # not just the range shown
    assert q.load_bounds(journal) == (date(2026, 1, 1), date(2026, 1, 8))


def test_empty_journal(journal: Journal) -> None:
    assert q.load_bounds(journal) is None
    t = q.load_trends(journal, END - timedelta(days=13), END)
    assert not t.has_data and t.baseline is None and t.summary == []
    report = q.load_report(journal, END, END)
    assert report.routines == report.activities == report.self_checks == []


def test_report_tables(filled: Journal) -> None:
    report = q.load_report(filled, END - timedelta(days=59), END)
    assert report.routines and report.routines[0].slug == "daily-hips"
    assert [a.name for a in report.activities] == list(generator().ACTIVITIES)
    assert all(a.scores == sorted(a.scores) for a in report.activities)
    assert {c.kind for c in report.self_checks} >= {"hip_rotation_ir", "chair_stand_30s"}
