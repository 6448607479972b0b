"""Not a trial: shared set-up for the bench/reliability scripts (run alone, it does nothing)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for extra in (ROOT, Path(__file__).resolve().parent / "relkit"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))


def verdict(ok: bool, line: str) -> int:
    print(("PASS " if ok else "FAIL ") + line, flush=True)
    return 0 if ok else 1
