"""100 SIGKILL trials against a writing process: lost acknowledged entries and integrity.

Run: .venv/bin/python bench/crash_trials.py [--trials N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "store"))

from crash_writer import run_trials  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        out = run_trials(Path(tmp) / "journal.sqlite3", args.trials, random.Random(args.seed))
        took = time.perf_counter() - t0
    print(
        f"trials: {out.trials}; acknowledged entries: {out.acknowledged}; "
        f"lost: {out.lost}; integrity_check ok: {out.integrity_ok}/{out.trials}; {took:.1f} s"
    )
    return 0 if out.lost == 0 and out.integrity_ok == out.trials else 1


if __name__ == "__main__":
    sys.exit(main())
