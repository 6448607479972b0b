"""Trial 8: long run. Eight simulated working days (sitting, prompts answered every way,
breaks with routine sessions, lunch, screen locks, overnight suspend) through the real
SittingService and journal on a FakeClock, as fast as the CPU goes. After a warm-up day:
RSS growth <= 5 MB, no growth in live Qt objects, timer count stable.

Run: .venv/bin/python bench/reliability/long_run.py [--days 8]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import _common


def rss_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as fh:
        kb = next(int(x.split()[1]) for x in fh if x.startswith("VmRSS"))
    return kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=8)
    args = parser.parse_args()
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import rel_sitting as rs

    from hipdesk.core.breaks import Prompt
    from hipdesk.core.clock import FakeClock
    from hipdesk.core.models import BreakPrompt, RoutineSession, SittingSpan, new_uuid, stamp
    from hipdesk.store.journal import Journal

    rng = random.Random(8)
    snaps: list[object] = []
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(datetime(2026, 1, 5, 7, 0, tzinfo=UTC))  # Monday 08:00 Berlin
        journal = Journal.open(Path(tmp) / "j.sqlite3", clock, daily_backup=False)
        rig = rs.ZoneRig(clock, journal, Path(tmp), "Europe/Berlin")
        rig.service.status_changed.connect(lambda s: snaps.append(s) if len(snaps) < 1 else None)

        def qt_objects() -> int:
            gc.collect()
            return sum(isinstance(o, QObject) for o in gc.get_objects())

        def timers() -> int:
            return len(rig.service.findChildren(QTimer)) + len(app.findChildren(QTimer))

        def day() -> None:
            end = clock.monotonic() + 9 * 3600
            lunch_done = False
            while clock.monotonic() < end:
                rig.run(rng.uniform(10, 55) * 60, active=True)
                for p in list(rig.prompts):
                    if isinstance(p, Prompt) and not p.escalated:
                        action = rng.choice(["start", "snooze", "skip", "ignore"])
                        if action == "start" and rig.service.respond(p.prompt_id, "start"):
                            session = journal.add(RoutineSession(
                                new_uuid(), "desk_break", *stamp(clock.now()), trigger="prompt",
                                completed=True, active_seconds=300))  # fmt: skip
                            clock.advance(300)
                            rig.service.break_finished(session.uuid)
                        elif action in ("snooze", "skip"):
                            rig.service.respond(p.prompt_id, action, 5)
                rig.prompts.clear()
                if rng.random() < 0.3:
                    rig.power.set_locked(True)
                    rig.run(rng.uniform(5, 20) * 60, active=False)
                    rig.power.set_locked(False)
                if not lunch_done and clock.monotonic() > end - 5 * 3600:
                    rig.run(45 * 60, active=False)
                    lunch_done = True
            rig.run(10 * 60, active=False)
            clock.suspend(15 * 3600)  # overnight

        t0 = time.perf_counter()
        day()  # warm-up: caches, first queries, lazy imports
        base = (rss_mb(), qt_objects(), timers())
        per_day = []
        for _ in range(args.days - 1):
            day()
            per_day.append((rss_mb(), qt_objects(), timers()))
        took = time.perf_counter() - t0
        spans, prompts = journal.count(SittingSpan), journal.count(BreakPrompt)
        rig.service.shutdown()
        journal.close()
    growth = per_day[-1][0] - base[0]
    objects = [o for _, o, _ in per_day]
    timer_counts = {base[2], *(t for *_, t in per_day)}
    print(f"days: {args.days} ({took:.1f} s wall); spans {spans}, prompt rows {prompts}; "
          f"RSS after day 1 {base[0]:.1f} MB, after day {args.days} {per_day[-1][0]:.1f} MB "
          f"(growth {growth:+.1f} MB); live QObjects day 1 {base[1]} -> {objects}; "
          f"timers {sorted(timer_counts)}")  # fmt: skip
    ok = growth <= 5.0 and max(objects) <= base[1] and len(timer_counts) == 1
    return _common.verdict(ok, "RSS growth <= 5 MB, no Qt object growth, timer count stable")


if __name__ == "__main__":
    sys.exit(main())
