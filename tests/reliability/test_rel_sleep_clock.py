"""Sleep, lock and clock changes through the real SittingService on a FakeClock
(bench/reliability/sleep_clock.py prints the figures)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import rel_sitting as rs
from PySide6.QtWidgets import QApplication

SCENARIOS = {name: rest for name, *rest in rs.scenarios()}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_no_phantom_or_negative_sitting_no_duplicate_prompts(
    name: str, qapp: QApplication, tmp_path: Path
) -> None:
    tz, start, body, signal = SCENARIOS[name]
    res = rs.run_scenario(tmp_path, "j", tz, start, body, sleep_signal=signal)
    assert res.problems == []
    assert res.spans >= 1 and res.sitting_seconds > 0


def test_time_zone_change_keeps_per_day_figures(qapp: QApplication, tmp_path: Path) -> None:
    assert rs.tz_change(tmp_path).problems == []


def test_crash_loses_at_most_a_minute_of_sitting(qapp: QApplication, tmp_path: Path) -> None:
    out = rs.crash_loss(tmp_path, crashes=40, rng=random.Random(5))
    assert out.crashes == 40
    assert max(out.losses) <= 60.0
