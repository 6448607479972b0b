"""Trial 3: sleep, lock and clock changes through the real SittingService on a FakeClock:
suspend 8 h (with and without a sleep signal), lock 30 min, wall jumps of +-1 h and +-1 day,
DST in Europe/Berlin and America/New_York, a time-zone change, local midnight; plus random
crashes with the real 55 s heartbeat (sitting lost per crash).

Run: .venv/bin/python bench/reliability/sleep_clock.py
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import _common


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841  (QObjects need it)
    import rel_sitting as rs

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        results = [
            rs.run_scenario(Path(tmp) / f"s{i}", "j", tz, start, body, sleep_signal=sig)
            for i, (_, tz, start, body, sig) in enumerate(rs.scenarios())
        ]
        for res, (name, *_rest) in zip(results, rs.scenarios(), strict=True):
            res.name = name
        results.append(rs.tz_change(Path(tmp) / "tz"))
        for res in results:
            failures += bool(res.problems)
            print(
                f"  {res.name:<30} active {res.active_seconds / 60:5.0f} min, recorded "
                f"{res.sitting_seconds / 60:5.0f} min in {res.spans} spans, {res.prompts} prompts"
                + (f"  PROBLEMS: {res.problems}" if res.problems else "  ok")
            )
        crash = rs.crash_loss(Path(tmp) / "crash", 200, random.Random(3))
    worst = max(crash.losses)
    mean = sum(crash.losses) / len(crash.losses)
    print(f"scenarios: {len(results)}, with problems: {failures}; crashes: {crash.crashes}, "
          f"sitting lost per crash: max {worst:.1f} s, mean {mean:.1f} s")  # fmt: skip
    return _common.verdict(
        failures == 0 and worst <= 60,
        "no phantom sitting, no negative spans, no duplicate prompts, per-day stats right, "
        "crash loss <= 60 s",
    )


if __name__ == "__main__":
    sys.exit(main())
