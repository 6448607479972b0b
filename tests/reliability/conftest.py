"""Reliability tests share the harness in bench/reliability/relkit (process-level trials)."""

from __future__ import annotations

import sys
from pathlib import Path

RELKIT = Path(__file__).resolve().parents[2] / "bench" / "reliability" / "relkit"
if str(RELKIT) not in sys.path:
    sys.path.insert(0, str(RELKIT))
