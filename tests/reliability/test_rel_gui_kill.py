"""SIGKILL the real GUI process while it writes pain entries and checkpoints sitting, with a
CLI writing into the same journal at the same time (bench/reliability/gui_kill.py runs 100)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rel_kit import run_gui_kill_trials, run_power_cut_trials


@pytest.mark.slow
def test_killed_gui_loses_no_acknowledged_entry(tmp_path: Path) -> None:
    out = run_gui_kill_trials(tmp_path / "data", trials=5, rng=random.Random(11))
    assert out.trials == 5
    assert out.acknowledged > 50 and out.cli_acknowledged == 5  # both writers really wrote
    assert out.lost == 0
    assert out.integrity_ok == 5
    assert out.checkpoints_seen >= 3
    assert out.recover_missing == []  # every checkpoint became a crash_recovered span
    assert out.max_sitting_lost <= 60.0
    logs = "".join(p.read_text("utf-8") for p in (tmp_path / "data/state/logs").glob("*.log*"))
    assert "trial x" not in logs and "cli 0" not in logs  # notes never reach the log


@pytest.mark.slow
def test_power_cut_snapshot_opens_with_everything_acknowledged(tmp_path: Path) -> None:
    out = run_power_cut_trials(tmp_path, snapshots=15, rng=random.Random(5))
    assert out.snapshots == 15
    assert out.opened == 15 and out.integrity_ok == 15
    assert out.acknowledged_checked > 20
    assert out.missing == 0
