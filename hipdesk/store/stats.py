"""Per-local-day figures for the dashboard, trends and ``hipdesk stats``.

Sitting spans are stored once, under the local date of their start; here a span that crosses
local midnight (in the offset in force when it started) is split between the days it touches.
Aggregation runs in SQL over covering indexes: 10 years of data take a few tens of ms.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

MAX_SPAN_DAYS = 7  # longer "sitting spans" are data errors; they still count, clipped to this

# duration_seconds and spill_seconds are generated columns (see migrations.m001_initial).
_SITTING = """
SELECT local_date, SUM(duration_seconds - spill_seconds) FROM sitting_spans
WHERE local_date BETWEEN ? AND ? GROUP BY local_date"""
_SPILL = """
SELECT local_date, spill_seconds FROM sitting_spans
WHERE spill_seconds > 0 AND local_date BETWEEN ? AND ?"""
_BREAKS = """
SELECT local_date, SUM(outcome NOT IN ('suppressed_quiet', 'suppressed_hours')),
       SUM(outcome = 'taken'), SUM(outcome = 'skipped')
FROM break_prompts WHERE local_date BETWEEN ? AND ? GROUP BY local_date"""
_ROUTINES = """
SELECT local_date, SUM(active_seconds) FROM routine_sessions
WHERE local_date BETWEEN ? AND ? GROUP BY local_date"""
_PAIN = """
SELECT local_date, AVG(back), MAX(back), COUNT(*) FROM pain_entries
WHERE local_date BETWEEN ? AND ? GROUP BY local_date"""


@dataclass(slots=True)
class DayStats:
    day: str  # local date, YYYY-MM-DD
    sitting_minutes: float = 0.0
    breaks_prompted: int = 0  # prompts actually shown (not suppressed by quiet mode or hours)
    breaks_taken: int = 0
    breaks_skipped: int = 0
    routine_minutes: float = 0.0
    pain_mean: float | None = None  # back pain, 0–10
    pain_max: int | None = None
    pain_count: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def daily_stats(conn: sqlite3.Connection, first: date, last: date) -> list[DayStats]:
    keys = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    days = {key: DayStats(key) for key in keys}
    lo, hi = first.isoformat(), last.isoformat()
    # One read transaction so the figures are consistent with each other.
    with _read(conn):
        for day, seconds in conn.execute(_SITTING, (lo, hi)):
            days[day].sitting_minutes += (seconds or 0) / 60
        early = (first - timedelta(days=MAX_SPAN_DAYS)).isoformat()
        for day, spill in conn.execute(_SPILL, (early, hi)):
            _spread(days, date.fromisoformat(day), spill)
        for day, prompted, taken, skipped in conn.execute(_BREAKS, (lo, hi)):
            s = days[day]
            s.breaks_prompted, s.breaks_taken, s.breaks_skipped = prompted, taken, skipped
        for day, seconds in conn.execute(_ROUTINES, (lo, hi)):
            days[day].routine_minutes = seconds / 60
        for day, mean, top, count in conn.execute(_PAIN, (lo, hi)):
            s = days[day]
            s.pain_mean, s.pain_max, s.pain_count = round(mean, 2), top, count
    for s in days.values():
        s.sitting_minutes = round(s.sitting_minutes, 1)
        s.routine_minutes = round(s.routine_minutes, 1)
    return list(days.values())


def _spread(days: dict[str, DayStats], start_day: date, spill_seconds: int) -> None:
    """Give the part of a span after its start day's local midnight to the following days.

    Each local day is 86400 s long here: a span keeps the UTC offset it started with.
    """
    for k in range(1, MAX_SPAN_DAYS + 1):
        part = min(spill_seconds - 86400 * (k - 1), 86400)
        if part <= 0:
            return
        key = (start_day + timedelta(days=k)).isoformat()
        if key in days:
            days[key].sitting_minutes += part / 60


@contextlib.contextmanager
def _read(conn: sqlite3.Connection) -> Iterator[None]:
    """A deferred read transaction (one snapshot), unless one is already open."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("COMMIT")  # nothing was written: this only ends the snapshot
