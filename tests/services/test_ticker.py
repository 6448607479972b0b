"""The adaptive timer and the heartbeat file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hipdesk.core.sitting import Checkpoint
from hipdesk.services.ticker import (
    MAX_INTERVAL,
    MIN_INTERVAL,
    AdaptiveTicker,
    CheckpointFile,
    SavedStretch,
    SittingSettings,
    clamp_interval,
    write_atomic,
)


@pytest.mark.parametrize(
    ("wanted", "armed"),
    [(600.0, MAX_INTERVAL), (60.0, MAX_INTERVAL), (12.0, 12.05), (0.2, MIN_INTERVAL),
     (-3.0, MIN_INTERVAL), (float("nan"), MIN_INTERVAL), (float("inf"), MAX_INTERVAL)],
)  # fmt: skip
def test_clamp_interval(wanted: float, armed: float) -> None:
    assert clamp_interval(wanted) == pytest.approx(armed)


def test_ticker_rearms_with_what_the_tick_asks(qtbot: QtBot) -> None:
    asks = iter([45.0, 3.0])
    calls: list[int] = []

    def tick() -> float:
        calls.append(1)
        return next(asks)

    ticker = AdaptiveTicker(tick)
    ticker.start(0)
    qtbot.waitUntil(lambda: bool(calls))
    assert ticker.active and ticker.last_interval == pytest.approx(45.05)
    assert ticker._timer.interval() == 45050
    assert ticker._timer.timerType() == Qt.TimerType.CoarseTimer
    ticker.rearm(3.0)  # near the threshold: precise
    assert ticker._timer.timerType() == Qt.TimerType.PreciseTimer
    assert ticker._timer.interval() == 3050
    ticker.stop()
    assert not ticker.active


def test_ticker_keeps_running_after_a_failing_tick(qtbot: QtBot) -> None:
    def tick() -> float:
        raise RuntimeError("bug")

    ticker = AdaptiveTicker(tick)
    with qtbot.captureExceptions() as errors:
        ticker.start(0)
        qtbot.waitUntil(lambda: bool(errors))
    assert "bug" in str(errors[0][1])
    assert ticker.active and ticker.last_interval == MAX_INTERVAL
    ticker.stop()


def test_checkpoint_file_round_trip(tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    cp = Checkpoint(start, 300.0, start + timedelta(seconds=300))
    store = CheckpointFile(tmp_path / "state" / "sitting-checkpoint.json")
    assert store.load() is None
    store.save(SavedStretch("1a2b", "estimated", cp))
    assert store.load() == SavedStretch("1a2b", "estimated", cp)
    assert store.path.stat().st_mode & 0o077 == 0
    assert not list(store.path.parent.glob("*.tmp"))
    store.remove()
    store.remove()
    assert store.load() is None


@pytest.mark.parametrize(
    "text",
    ["{", "[]", json.dumps({"uuid": "x"}),
     json.dumps({"uuid": "x", "source": "input", "start": "2026-01-05T09:00:00",
                 "sitting_seconds": 5, "heartbeat": "2026-01-05T09:00:05"})],
)  # fmt: skip
def test_bad_checkpoint_is_dropped(
    tmp_path: Path, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    store = CheckpointFile(tmp_path / "cp.json")
    store.path.write_text(text)
    assert store.load() is None
    assert not store.path.exists() and "unreadable" in caplog.text


def test_write_atomic_replaces(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"


def test_settings_map_to_core_configs() -> None:
    s = SittingSettings(threshold_minutes=45, natural_break_minutes=5, snooze_minutes=5,
                        quiet_fullscreen=False, quiet_dnd=True, meeting_apps=())  # fmt: skip
    cfg = s.break_config()
    assert cfg.threshold_minutes == 45 and cfg.snooze_minutes == (5, 10)
    assert cfg.quiet_modes == {"do_not_disturb", "screen_shared"}
    sc = s.sitting_config(wall_gap_means_sleep=False)
    assert sc.natural_break_seconds == 300 and not sc.wall_gap_means_sleep
    hours = SittingSettings(work_hours={"mon": ["09:00-12:00", "13:00-17:00"], "sun": []}).hours(
        "Europe/Berlin"
    )
    assert hours.contains(datetime(2026, 1, 5, 10, 0, tzinfo=UTC))  # 11:00 in Berlin
    assert not hours.contains(datetime(2026, 1, 5, 11, 30, tzinfo=UTC))  # lunch
    assert SittingSettings().hours("UTC").contains(datetime(2026, 1, 6, 9, 0, tzinfo=UTC))


def test_break_length_setting_reaches_the_prompt() -> None:
    from hipdesk.store.settings import SPECS

    class Stored:
        def get(self, key: str) -> object:
            return 3 if key == "breaks.break_minutes" else SPECS[key].default

    s = SittingSettings.from_settings(Stored())
    assert s.break_minutes == 3 and s.break_config().break_minutes == 3
