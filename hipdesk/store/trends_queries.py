"""What the Trends page and the clinician report read: per-day figures for a date range, PSFS
weekly means, the baseline days, and the report's tables.

Builds on :func:`hipdesk.store.stats.daily_stats` (sitting, breaks, routine minutes, back pain)
and adds the pieces trends need: longest stretch, routine sessions, leg pain, PSFS per week.
Every query groups by ``local_date`` over the indexes of migration m001, so a 10-year range
stays in the tens of milliseconds. The figures equal :func:`hipdesk.core.trends.aggregate_days`
over the same records (tests/store/test_store_trends.py checks that).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from hipdesk.core import trends as tr
from hipdesk.store import db as dbmod
from hipdesk.store import stats as statsmod

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

# The part of each span inside its start day (covered by the sitting_spans_day index).
_LONGEST = """
SELECT local_date, MAX(duration_seconds - spill_seconds) FROM sitting_spans
WHERE local_date BETWEEN ? AND ? AND duration_seconds IS NOT NULL GROUP BY local_date"""
_SPILL = """
SELECT local_date, spill_seconds FROM sitting_spans
WHERE spill_seconds > 0 AND local_date BETWEEN ? AND ?"""
_SESSIONS = """
SELECT local_date, COUNT(*) FROM routine_sessions
WHERE local_date BETWEEN ? AND ? GROUP BY local_date"""
# AVG skips NULL: days whose entries never asked about the leg have no leg mean.
_LEG = """
SELECT local_date, AVG(leg) FROM pain_entries
WHERE local_date BETWEEN ? AND ? AND leg IS NOT NULL GROUP BY local_date"""
# date(d, 'weekday 0', '-6 days') is the Monday of d's ISO week (Sunday maps back 6 days).
_PSFS_WEEKS = """
SELECT date(local_date, 'weekday 0', '-6 days') AS week, AVG(score), COUNT(*) FROM psfs_scores
WHERE local_date BETWEEN ? AND ? GROUP BY week ORDER BY week"""
_PAIN_DAYS = """
SELECT local_date, AVG(back) FROM pain_entries {where} GROUP BY local_date ORDER BY local_date"""
_BOUNDS = " UNION ALL ".join(
    f"SELECT MIN(local_date), MAX(local_date) FROM {t}"
    for t in ("pain_entries", "sitting_spans", "break_prompts", "routine_sessions", "psfs_scores")
)
_ROUTINES = """
SELECT routine_slug, COUNT(*), SUM(completed), SUM(active_seconds), MAX(local_date)
FROM routine_sessions WHERE local_date BETWEEN ? AND ?
GROUP BY routine_slug ORDER BY COUNT(*) DESC, routine_slug"""
_PSFS_SCORES = """
SELECT a.uuid, a.name, a.archived_at IS NOT NULL, s.local_date, s.score
FROM psfs_activities a JOIN psfs_scores s ON s.activity_uuid = a.uuid
WHERE s.local_date BETWEEN ? AND ? ORDER BY a.created_at, a.id, s.recorded_at, s.id"""
_SELF_CHECKS = """
SELECT kind, side, value, local_date FROM self_checks
WHERE local_date BETWEEN ? AND ? ORDER BY kind, side, recorded_at, id"""


def trend_days(conn: sqlite3.Connection, first: date, last: date) -> list[tr.TrendDay]:
    lo, hi = first.isoformat(), last.isoformat()
    with statsmod._read(conn):  # one snapshot for all figures (stats' own helper)
        base = statsmod.daily_stats(conn, first, last)
        days = {
            s.day: tr.TrendDay(
                date.fromisoformat(s.day),
                sitting_minutes=s.sitting_minutes,
                breaks_prompted=s.breaks_prompted,
                breaks_taken=s.breaks_taken,
                breaks_skipped=s.breaks_skipped,
                routine_minutes=s.routine_minutes,
                pain_mean=s.pain_mean,
                pain_max=s.pain_max,
                pain_count=s.pain_count,
            )
            for s in base
        }
        longest: dict[str, float] = {}
        for day, seconds in conn.execute(_LONGEST, (lo, hi)):
            longest[day] = float(seconds)
        early = (first - timedelta(days=tr.MAX_SPAN_DAYS)).isoformat()
        for day, spill in conn.execute(_SPILL, (early, hi)):
            start = date.fromisoformat(day)
            for k in range(1, tr.MAX_SPAN_DAYS + 1):  # same split as stats._spread
                part = min(spill - 86400 * (k - 1), 86400)
                if part <= 0:
                    break
                key = (start + timedelta(days=k)).isoformat()
                if key in days:
                    longest[key] = max(longest.get(key, 0.0), float(part))
        for day, count in conn.execute(_SESSIONS, (lo, hi)):
            days[day].routine_sessions = count
        for day, mean in conn.execute(_LEG, (lo, hi)):
            days[day].leg_mean = round(mean, 2)
    for day, seconds in longest.items():
        days[day].longest_minutes = round(seconds / 60, 1)
    return list(days.values())


def psfs_weeks(conn: sqlite3.Connection, first: date, last: date) -> list[tr.WeekScore]:
    rows = conn.execute(_PSFS_WEEKS, (first.isoformat(), last.isoformat()))
    return [tr.WeekScore(date.fromisoformat(w), round(m, 2), n) for w, m, n in rows]


def pain_day_means(
    conn: sqlite3.Connection, first: date | None = None, last: date | None = None, limit: int = 0
) -> list[tuple[date, float]]:
    """Daily back-pain means, oldest first (optionally a range, or only the first ``limit``)."""
    where, params = [], []
    if first is not None:
        where.append("local_date >= ?")
        params.append(first.isoformat())
    if last is not None:
        where.append("local_date <= ?")
        params.append(last.isoformat())
    sql = _PAIN_DAYS.format(where=("WHERE " + " AND ".join(where)) if where else "")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [(date.fromisoformat(d), round(m, 2)) for d, m in conn.execute(sql, params)]


def data_bounds(conn: sqlite3.Connection) -> tuple[date, date] | None:
    """First and last local date holding any trend data (for the "All" range)."""
    rows = [(a, b) for a, b in conn.execute(_BOUNDS) if a is not None]
    if not rows:
        return None
    return date.fromisoformat(min(a for a, _ in rows)), date.fromisoformat(max(b for _, b in rows))


# ---- the report's tables ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoutineTotal:
    slug: str
    sessions: int
    completed: int
    minutes: float
    last_day: date


@dataclass(slots=True)
class ActivityScores:
    name: str
    archived: bool
    scores: list[tuple[date, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class SelfCheckResult:
    kind: str
    side: str | None
    value: float
    day: date


@dataclass(slots=True)
class ReportData:
    first: date
    last: date
    trends: tr.Trends
    routines: list[RoutineTotal]
    activities: list[ActivityScores]
    self_checks: list[SelfCheckResult]


def routine_totals(conn: sqlite3.Connection, first: date, last: date) -> list[RoutineTotal]:
    rows = conn.execute(_ROUTINES, (first.isoformat(), last.isoformat()))
    return [
        RoutineTotal(slug, n, done, round(sec / 60, 1), date.fromisoformat(day))
        for slug, n, done, sec, day in rows
    ]


def activity_scores(conn: sqlite3.Connection, first: date, last: date) -> list[ActivityScores]:
    found: dict[str, ActivityScores] = {}
    for uuid, name, archived, day, score in conn.execute(
        _PSFS_SCORES, (first.isoformat(), last.isoformat())
    ):
        entry = found.setdefault(uuid, ActivityScores(name, bool(archived)))
        entry.scores.append((date.fromisoformat(day), score))
    return list(found.values())


def self_check_results(conn: sqlite3.Connection, first: date, last: date) -> list[SelfCheckResult]:
    rows = conn.execute(_SELF_CHECKS, (first.isoformat(), last.isoformat()))
    return [SelfCheckResult(k, s, v, date.fromisoformat(d)) for k, s, v, d in rows]


# ---- entry points for the UI and the CLI --------------------------------------------------


def load_trends(journal: Journal, first: date, last: date) -> tr.Trends:
    """Everything the Trends page shows for first…last; the baseline spans the whole journal."""
    conn = journal.conn
    with dbmod.known_errors(journal.path), statsmod._read(conn):
        days = trend_days(conn, first, last)
        weeks = psfs_weeks(conn, first, last)
        baseline = tr.baseline_from(pain_day_means(conn, limit=tr.BASELINE_DAYS))
    return tr.build(days, weeks, baseline)


def load_bounds(journal: Journal) -> tuple[date, date] | None:
    with dbmod.known_errors(journal.path):
        return data_bounds(journal.conn)


def load_report(journal: Journal, first: date, last: date) -> ReportData:
    conn = journal.conn
    with dbmod.known_errors(journal.path), statsmod._read(conn):
        trends = load_trends(journal, first, last)
        return ReportData(
            first,
            last,
            trends,
            routine_totals(conn, first, last),
            activity_scores(conn, first, last),
            self_check_results(conn, first, last),
        )
