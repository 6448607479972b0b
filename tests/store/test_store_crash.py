"""SIGKILL a writing process at random moments: nothing acknowledged may be lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from crash_writer import run_trials


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_entry(tmp_path: Path) -> None:
    outcome = run_trials(tmp_path / "journal.sqlite3", trials=30, rng=random.Random(4))
    assert outcome.trials == 30
    assert outcome.acknowledged > 100  # the trials really wrote something
    assert outcome.lost == 0
    assert outcome.integrity_ok == 30
