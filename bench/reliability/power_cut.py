"""Trial 2: power cut. While the real GUI process writes, its journal + WAL + SHM are copied
at random moments (writer frozen with SIGSTOP for the copy: one point-in-time image); each copy
is opened through Journal.open: it must open, pass integrity_check and hold every entry
acknowledged before the copy started.

Run: .venv/bin/python bench/reliability/power_cut.py [--snapshots 100]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

import _common
from rel_kit import run_power_cut_trials


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--snapshots", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = run_power_cut_trials(Path(tmp), args.snapshots, random.Random(args.seed))
    print(
        f"snapshots: {out.snapshots} ({out.with_wal} with a -wal); opened: {out.opened}; "
        f"integrity ok: {out.integrity_ok}; acknowledged before the last copy: "
        f"{out.acknowledged_checked}; missing from copies: {out.missing}; {out.seconds:.0f} s"
    )
    ok = out.opened == out.integrity_ok == out.snapshots and out.missing == 0
    return _common.verdict(ok, "every copy opens, integrity ok, nothing acknowledged missing")


if __name__ == "__main__":
    sys.exit(main())
