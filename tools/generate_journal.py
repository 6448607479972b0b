"""Write a realistic synthetic journal through the store API (tests, screenshots, demos).

Per day: sitting spans on most workdays and a few weekend days (some crossing midnight), break
prompts when a stretch reaches 30 min with outcomes that depend on the day's diligence, routine
sessions, pain entries that drift down over the weeks and run lower on days with more breaks
and a routine (so the comparisons have something to show), weekly PSFS scores and monthly
self-checks. Deterministic for a given seed.

Run: .venv/bin/python tools/generate_journal.py DATA_DIR [--days 90] [--end 2026-01-05] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from hipdesk.core import models as m  # noqa: E402
from hipdesk.core.clock import FakeClock  # noqa: E402
from hipdesk.paths import resolve  # noqa: E402
from hipdesk.store.journal import Journal  # noqa: E402

THRESHOLD_MIN = 30
ACTIVITIES = ("Sitting through a 1-hour meeting", "Putting on socks", "Walking 30 minutes")
Record = m.SittingSpan | m.BreakPrompt | m.RoutineSession | m.PainEntry | m.PsfsScore | m.SelfCheck


def _zone(day: date) -> timezone:
    # European-style DST so local dates and offsets move like a real user's.
    return timezone(timedelta(minutes=120 if 4 <= day.month <= 9 else 60))


def _at(day: date, hour: float) -> datetime:
    start = datetime(day.year, day.month, day.day, tzinfo=_zone(day))
    return start + timedelta(minutes=round(hour * 60))


def _span(start: datetime, end: datetime, ended_by: str) -> m.SittingSpan:
    return m.SittingSpan(m.new_uuid(), *m.stamp(start), m.utc_text(end), "input", ended_by)


def _workday(day: date, rng: random.Random, diligence: float) -> tuple[list[Record], int, float]:
    """Sitting spans and prompts for one measured day → (records, breaks taken, hours)."""
    out: list[Record] = []
    t = _at(day, rng.uniform(8.0, 9.5))
    target = rng.uniform(4.0, 8.5) if day.weekday() < 5 else rng.uniform(1.0, 3.0)
    sat = 0.0
    taken = 0
    while sat < target * 60:
        length = rng.uniform(8, 28) if rng.random() < 0.4 else rng.uniform(30, 95)
        if length > THRESHOLD_MIN:
            due = t + timedelta(minutes=THRESHOLD_MIN)
            roll = rng.random()
            if roll < diligence:
                outcome = "taken"
                length = THRESHOLD_MIN + rng.uniform(0, 2)
                taken += 1
            else:
                outcome = rng.choice(("skipped", "skipped", "snoozed", "ignored"))
            out.append(m.BreakPrompt(m.new_uuid(), *m.stamp(due), THRESHOLD_MIN * 60, outcome))
            ended_by = "break" if outcome == "taken" else "natural_break"
        else:
            ended_by = rng.choice(("natural_break", "idle"))
        end = t + timedelta(minutes=length)
        out.append(_span(t, end, ended_by))
        sat += length
        t = end + timedelta(minutes=rng.uniform(3, 20))
    if rng.random() < 0.05:  # a late session that runs past local midnight
        late = _at(day, 23.3)
        out.append(_span(late, late + timedelta(minutes=rng.uniform(45, 90)), "lock"))
    return out, taken, sat / 60


def generate(journal: Journal, days: int, end: date, *, seed: int = 7) -> int:
    """Add ``days`` days of data ending ``end`` (local); returns how many records were written."""
    rng = random.Random(seed)
    first = end - timedelta(days=days - 1)
    records: list[Record] = []
    created = _at(first, 8.0)
    activities = [m.PsfsActivity(m.new_uuid(), name, *m.stamp(created)) for name in ACTIVITIES]
    written = journal.add_many(activities)
    for i in range(days):
        day = first + timedelta(days=i)
        progress = i / max(days - 1, 1)
        flare = 1.5 if (i // 9) % 5 == 3 else 0.0  # an occasional few-day flare
        diligence = rng.uniform(0.15, 0.95)
        taken, hours = 0, 0.0
        measured = rng.random() < (0.9 if day.weekday() < 5 else 0.3)
        if measured:
            spans, taken, hours = _workday(day, rng, diligence)
            records.extend(spans)
        session = None
        if rng.random() < 0.3 + 0.4 * diligence:
            at = _at(day, rng.uniform(12.0, 13.5))
            active = rng.randint(240, 720)
            session = m.RoutineSession(
                m.new_uuid(),
                "daily-hips",
                *m.stamp(at),
                m.utc_text(at + timedelta(seconds=active + 60)),
                completed=rng.random() < 0.85,
                drills_done=("cat-cow", "90-90-switch"),
                active_seconds=active,
                trigger=rng.choice(("plan", "prompt", "manual")),
            )
            records.append(session)
        if rng.random() < 0.85:
            level = 5.8 - 2.4 * progress + flare - 0.3 * min(taken, 6) + 0.25 * max(hours - 6, 0)
            level += (-0.6 if session else 0.3) + rng.gauss(0, 0.7)
            back = max(0, min(10, round(level)))
            leg = max(0, min(10, back - 2 + rng.randint(-1, 1))) if rng.random() < 0.4 else None
            records.append(
                m.PainEntry(
                    m.new_uuid(),
                    *m.stamp(_at(day, 20.5)),
                    back=back,
                    leg=leg,
                    regions=("lower_back", "hip_right"),
                    context="daily",
                )
            )
            if session is not None and rng.random() < 0.5:  # a before/after pair
                records.append(
                    m.PainEntry(
                        m.new_uuid(),
                        *m.stamp(_at(day, 12.0)),
                        back=min(10, back + 1),
                        context="before_routine",
                        routine_session_uuid=session.uuid,
                    )
                )
        if day.weekday() == 6 or i == 0:
            for j, activity in enumerate(activities):
                score = round(3 + j + 3.5 * progress + rng.gauss(0, 0.6))
                at = _at(day, 19.0 + j / 60)
                records.append(
                    m.PsfsScore(m.new_uuid(), activity.uuid, *m.stamp(at), max(0, min(10, score)))
                )
        if i % 30 == 0:
            records.extend(_self_checks(day, progress, rng))
    written += journal.add_many(records)
    return written


def _self_checks(day: date, progress: float, rng: random.Random) -> list[Record]:
    at = m.stamp(_at(day, 18.0))
    out: list[Record] = []
    for side in ("left", "right"):
        value = round(28 + 10 * progress + rng.uniform(-2, 2))
        out.append(m.SelfCheck(m.new_uuid(), "hip_rotation_ir", value, *at, side=side))
    out.append(m.SelfCheck(m.new_uuid(), "chair_stand_30s", 11 + round(4 * progress), *at))
    out.append(m.SelfCheck(m.new_uuid(), "five_sts_seconds", round(14 - 3 * progress, 1), *at))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--end", type=date.fromisoformat, default=date.today())
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    paths = resolve(args.data_dir).ensure()
    clock = FakeClock(datetime(args.end.year, args.end.month, args.end.day, 21, tzinfo=UTC))
    with Journal.open(paths.journal, clock, backup_dir=paths.backup_dir) as journal:
        n = generate(journal, args.days, args.end, seed=args.seed)
    print(f"wrote {n} records for {args.days} days ending {args.end} to {paths.journal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
