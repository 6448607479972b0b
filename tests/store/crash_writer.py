"""Crash trials: a child adds pain entries forever, printing each uuid after commit; the parent
SIGKILLs it at random moments and checks that every printed uuid survived.

Child:  python tests/store/crash_writer.py JOURNAL_PATH
Parent: run_trials(path, trials, rng) (used by tests/store and bench/crash_trials.py)
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(path: str) -> None:
    from hipdesk.core.clock import SystemClock
    from hipdesk.core.models import PainEntry, new_uuid
    from hipdesk.store.journal import Journal

    journal = Journal.open(Path(path), SystemClock(), daily_backup=False)
    n = 0
    while True:
        n += 1
        entry = journal.add(
            PainEntry(new_uuid(), *journal.stamp_now(), back=n % 11, note="x" * (n % 50))
        )
        # Printed only after add() returned, i.e. after COMMIT: this is the acknowledgement.
        sys.stdout.write(entry.uuid + "\n")
        sys.stdout.flush()


@dataclass
class Outcome:
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_ok: int = 0


def run_trials(path: Path, trials: int, rng: random.Random) -> Outcome:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = Outcome()
    acked: set[str] = set()
    for _ in range(trials):
        proc = subprocess.Popen(
            [sys.executable, __file__, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert proc.stdout is not None and proc.stderr is not None
        # Kill after a random number of acknowledgements: the child keeps writing meanwhile,
        # so the signal lands at an arbitrary point of its loop (mid-transaction, mid-fsync...).
        wanted = rng.randint(0, 40)
        for _ in range(wanted):
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"writer died on its own: {proc.stderr.read()[-2000:]}")
            acked.add(line.strip())
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        acked.update(
            line.strip()
            for line in proc.stdout.read().splitlines(keepends=True)
            if line.endswith("\n")
        )
        proc.stdout.close()
        proc.stderr.close()
        out.trials += 1
        if path.exists():
            conn = sqlite3.connect(path)
            try:
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                stored = (
                    {r[0] for r in conn.execute("SELECT uuid FROM pain_entries")} if ok else set()
                )
            except sqlite3.OperationalError:  # killed before the first migration committed
                ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                stored = set()
            finally:
                conn.close()
            out.integrity_ok += ok
            out.lost = len(acked - stored)
        else:
            out.integrity_ok += 1  # killed before the file existed: nothing to check yet
            out.lost = len(acked)
    out.acknowledged = len(acked)
    return out


if __name__ == "__main__":
    child(sys.argv[1])
