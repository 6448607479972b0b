from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from hipdesk.core.clock import Clock, FakeClock, SystemClock


def test_system_clock_is_a_clock_with_aware_utc() -> None:
    clock = SystemClock()
    assert isinstance(clock, Clock)
    now = clock.now()
    assert now.tzinfo is not None and now.utcoffset() == timedelta(0)
    a = clock.monotonic()
    assert clock.monotonic() >= a


def test_fake_clock_advances_both_clocks() -> None:
    clock = FakeClock(datetime(2026, 3, 29, 0, 30, tzinfo=UTC))
    assert isinstance(clock, Clock)
    m0, w0 = clock.monotonic(), clock.now()
    clock.advance(3 * 3600)
    assert clock.monotonic() - m0 == 3 * 3600
    assert clock.now() - w0 == timedelta(hours=3)


def test_fake_clock_wall_jump_leaves_monotonic_alone() -> None:
    clock = FakeClock()
    m0 = clock.monotonic()
    clock.jump_wall(-3600)
    assert clock.monotonic() == m0


def test_fake_clock_suspend_moves_wall_only() -> None:
    clock = FakeClock()
    m0, w0 = clock.monotonic(), clock.now()
    clock.suspend(8 * 3600)
    assert clock.monotonic() == m0
    assert clock.now() - w0 == timedelta(hours=8)


def test_fake_clock_refuses_naive_and_backwards() -> None:
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        FakeClock().advance(-1)


def test_fake_clock_normalises_to_utc() -> None:
    clock = FakeClock(datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    assert clock.now().utcoffset() == timedelta(0)
