"""Countdown drift: run the real Qt player (offscreen) in real time and time every second.

Every second of a routine produces exactly one "second" event (a tick, a phase start or the
end). This records the wall time each one is delivered by the Qt timer adapter and compares it
with its ideal time (start + n s): max drift, skipped or duplicated seconds, total error at the
end, and the CPU time of the process per minute of routine (timeline + countdown widget, no
figure animation). Default: a 60-s synthetic routine; ``--minutes 10`` runs the full figure.
Budgets (issue 6): max drift ≤ 20 ms, no skipped or duplicated second, end error ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from hipdesk.core.catalogue import Dose, Routine, RoutineStep, load_catalogue
from hipdesk.core.clock import SystemClock
from hipdesk.core.player import Event, Player, build_timeline
from hipdesk.ui.player.countdown import CountdownRing
from hipdesk.ui.player.driver import PlayerDriver


def synthetic(seconds: int) -> Routine:
    """Steps of 60 s (a 50-s timed walk + 10 s get-ready) — phases of every kind of length."""
    steps = []
    for _ in range(max(1, seconds // 60)):
        dose = Dose(type="timed", seconds=50, tempo="easy, relaxed pace")
        steps.append(RoutineStep("stand_walk", dose, 60, 0))
    total = sum(s.seconds for s in steps)
    return Routine("synthetic", "Synthetic", "", "", ("standing",), total, tuple(steps))


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=1.0)
    args = ap.parse_args()
    app = QApplication(sys.argv[:1])
    cat = load_catalogue()
    routine = synthetic(round(args.minutes * 60))
    player = Player(build_timeline(routine, cat.drills), SystemClock())
    driver = PlayerDriver(player)
    ring = CountdownRing()
    ring.resize(400, 400)
    ring.show()
    seen: list[tuple[float, float]] = []  # (ideal, actual) monotonic

    def on_event(e: Event) -> None:
        if e.kind in ("tick", "phase", "routine_done"):
            seen.append((e.at, time.monotonic()))
            ring.set_state(int(player.remaining() + 0.999), 0.5, "", False)
            ring.repaint()
        if e.kind == "routine_done":
            app.quit()

    driver.event.connect(on_event)
    print(f"running {routine.total_seconds} s in real time…", flush=True)
    cpu0 = cpu()
    driver.start()
    app.exec()
    used = cpu() - cpu0
    t0 = seen[0][0]
    ideal_seconds = [round(ideal - t0) for ideal, _ in seen]
    expected = list(range(routine.total_seconds + 1))
    skipped = sorted(set(expected) - set(ideal_seconds))
    duplicated = len(ideal_seconds) - len(set(ideal_seconds))
    start_wall = seen[0][1]
    drift = [(actual - start_wall) - n for n, (_, actual) in zip(ideal_seconds, seen, strict=True)]
    max_drift = max(abs(d) for d in drift) * 1000
    end_error = drift[-1] * 1000
    minutes = routine.total_seconds / 60
    print(f"seconds recorded   {len(seen)} (expected {len(expected)})")
    print(f"skipped seconds    {len(skipped)} {skipped[:10]}")
    print(f"duplicated seconds {duplicated}")
    print(f"max drift          {max_drift:.2f} ms (budget 20)")
    print(f"mean lateness      {sum(drift) / len(drift) * 1000:.2f} ms")
    print(f"total error at end {end_error:.2f} ms (budget 20)")
    print(f"timer wake-ups     {driver.wakeups} ({driver.wakeups / minutes:.0f}/min)")
    print(f"CPU                {used * 1000 / minutes:.1f} ms per minute of routine")
    ok = max_drift <= 20 and not skipped and not duplicated and abs(end_error) <= 20
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
