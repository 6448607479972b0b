"""A 10-year synthetic journal: how fast are the dashboard stats and the JSON export?

Budgets (issue 4): in-process 10-year daily stats ≤ 100 ms; JSON export ≤ 2 s.
Run: .venv/bin/python bench/journal_scale.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hipdesk.core import models as m  # noqa: E402
from hipdesk.core.clock import SystemClock  # noqa: E402
from hipdesk.store import exchange  # noqa: E402
from hipdesk.store.journal import Journal  # noqa: E402

DAYS = 3650


def synthetic_day(
    day: date, rng: random.Random
) -> list[m.BreakPrompt | m.PainEntry | m.RoutineSession | m.SittingSpan]:
    offset = 120 if 4 <= day.month <= 9 else 60  # a European DST-ish pattern
    tz = timezone(timedelta(minutes=offset))
    t = datetime(day.year, day.month, day.day, 8, 30, tzinfo=tz)
    out: list = []
    for _ in range(25):  # ~25 sitting spans over the working day
        length = timedelta(minutes=rng.randint(8, 30))
        out.append(
            m.SittingSpan(
                m.new_uuid(),
                *m.stamp(t),
                m.utc_text(t + length),
                "input",
                rng.choice(("break", "natural_break", "idle")),
            )
        )
        t += length + timedelta(minutes=rng.randint(1, 6))
    if rng.random() < 0.05:  # an evening span across local midnight
        late = datetime(day.year, day.month, day.day, 23, 30, tzinfo=tz)
        out.append(
            m.SittingSpan(
                m.new_uuid(),
                *m.stamp(late),
                m.utc_text(late + timedelta(minutes=75)),
                "input",
                "lock",
            )
        )
    for h in range(12):  # ~12 prompts
        at = datetime(day.year, day.month, day.day, 9, 0, tzinfo=tz) + timedelta(minutes=40 * h)
        outcome = rng.choice(
            ("taken", "taken", "snoozed", "skipped", "ignored", "suppressed_quiet")
        )
        out.append(m.BreakPrompt(m.new_uuid(), *m.stamp(at), 1800, outcome))
    session = None
    if rng.random() < 0.9:  # ~1 routine session
        at = datetime(day.year, day.month, day.day, 12, 30, tzinfo=tz)
        session = m.RoutineSession(
            m.new_uuid(),
            "daily-hips",
            *m.stamp(at),
            ended_at=m.utc_text(at + timedelta(minutes=10)),
            completed=True,
            drills_done=("cat-cow", "90-90"),
            active_seconds=rng.randint(300, 700),
        )
        out.insert(0, session)
    for k in range(rng.randint(1, 3)):  # 1–3 pain entries
        at = datetime(day.year, day.month, day.day, 9 + 4 * k, 5, tzinfo=tz)
        out.append(
            m.PainEntry(
                m.new_uuid(),
                *m.stamp(at),
                back=rng.randint(0, 8),
                leg=rng.choice((None, 1, 2)),
                regions=("lower_back",),
                context="daily",
            )
        )
    return out


def timed(fn, repeat: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", metavar="DIR", help="build the journal in DIR and keep it")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    data_dir = Path(args.keep or tmp.name)
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "journal.sqlite3"
    clock = SystemClock()
    today = clock.now().astimezone().date()
    rng = random.Random(10)
    journal = Journal.open(path, clock, daily_backup=False)
    if journal.count(m.PainEntry) == 0:
        t0 = time.perf_counter()
        for i in range(DAYS - 1, -1, -1):  # a year per transaction keeps memory flat
            batch = synthetic_day(today - timedelta(days=i), rng)
            journal.add_many(batch)
        print(f"generated {DAYS} days in {time.perf_counter() - t0:.1f} s")
    counts = {name: journal.count(cls) for name, cls in exchange.TABLES.items()}
    print(
        "rows:",
        ", ".join(f"{k} {v}" for k, v in counts.items()),
        f"(total {sum(counts.values())}); file {path.stat().st_size / 1e6:.1f} MB",
    )

    t10, rows = timed(lambda: journal.daily_stats(DAYS, today))
    t14, _ = timed(lambda: journal.daily_stats(14, today), repeat=20)
    sitting = sum(r.sitting_minutes for r in rows)  # type: ignore[attr-defined]
    print(
        f"in-process daily_stats 10 years: {t10 * 1000:.1f} ms (budget 100 ms) "
        f"{'OK' if t10 <= 0.1 else 'OVER'}; {len(rows)} days, {sitting / 60:.0f} h sitting"
    )  # type: ignore[arg-type]
    print(f"in-process daily_stats 14 days: {t14 * 1000:.2f} ms")

    def export() -> int:
        buf = io.StringIO()
        exchange.write_json(exchange.export_document(journal, app_version="bench"), buf)
        return len(buf.getvalue())

    texp, size = timed(export, repeat=3)
    print(
        f"in-process JSON export: {texp:.2f} s, {size / 1e6:.1f} MB (budget 2 s) "  # type: ignore[operator]
        f"{'OK' if texp <= 2 else 'OVER'}"
    )
    journal.close()

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    base = [sys.executable, "-m", "hipdesk", "--data-dir", str(data_dir)]
    for label, argv, budget in (
        ("stats --days 3650 --json", ["stats", "--days", "3650", "--json"], None),
        (
            "export --format json --output F",
            ["export", "--format", "json", "--output", str(data_dir / "x.json")],
            2.0,
        ),
    ):
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([*base, *argv], check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
            runs.append(time.perf_counter() - t0)
        verdict = "" if budget is None else (" OK" if min(runs) <= budget else " OVER")
        print(
            f"end-to-end `hipdesk {label}`: {statistics.median(runs) * 1000:.0f} ms "
            f"(median of 3, includes Python start-up){verdict}"
        )
    t0 = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", "import hipdesk.cli as c; c.build_parser()"],
        check=True,
        env=env,
        cwd=ROOT,
    )
    t1 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sqlite_utils"], check=True, env=env, cwd=ROOT)
    t2 = time.perf_counter()
    print(
        f"process start + build CLI parser: {(t1 - t0) * 1000:.0f} ms; "
        f"process start + import sqlite_utils: {(t2 - t1) * 1000:.0f} ms"
    )
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
