"""The one time seam: every module asks a Clock, never `time` or `datetime.now()` directly.

Durations come from ``monotonic()``; instants for the journal come from ``now()`` (aware UTC).
Tests use :class:`FakeClock` to run hours of sitting in milliseconds.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes backwards, ignores wall-clock changes."""
        ...

    def now(self) -> datetime:
        """Current wall time as an aware UTC datetime."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that only moves when told to (tests, simulations, benchmarks)."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        if start is None:
            start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._wall = start.astimezone(UTC)
        self._mono = monotonic_start

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let time pass normally: both clocks move together."""
        if seconds < 0:
            raise ValueError("time only moves forward; use jump_wall() for clock changes")
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """Change the wall clock only (NTP correction, user edit, time-zone change)."""
        self._wall += timedelta(seconds=seconds)

    def suspend(self, seconds: float) -> None:
        """Simulate system sleep: wall time passes; CLOCK_MONOTONIC stops on Linux while asleep."""
        if seconds < 0:
            raise ValueError("cannot sleep for negative time")
        self._wall += timedelta(seconds=seconds)
