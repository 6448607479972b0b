"""Test doubles for the sitting services: idle time, power state and quiet inputs on a FakeClock.

Imported by the tests in this folder (pytest puts the folder on sys.path; there is no package).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from hipdesk.core.clock import FakeClock
from hipdesk.core.work_hours import QuietState
from hipdesk.services.idle import IdleUnavailableError
from hipdesk.services.sitting_service import SittingService
from hipdesk.services.ticker import SittingSettings, clamp_interval
from hipdesk.store.db import DiskFullError
from hipdesk.store.journal import Journal


class FakeIdleSource:
    """Idle time = monotonic time since the last :meth:`touch` (keyboard/mouse input)."""

    name = "fake"

    def __init__(self, clock: FakeClock, estimated: bool = False) -> None:
        self.clock = clock
        self.estimated = estimated
        self.last_input = clock.monotonic()
        self.broken = False
        self.closed = False

    def touch(self) -> None:
        self.last_input = self.clock.monotonic()

    def idle_seconds(self) -> float:
        if self.broken:
            raise IdleUnavailableError("display went away")
        return max(0.0, self.clock.monotonic() - self.last_input)

    def close(self) -> None:
        self.closed = True


class FakePower(QObject):
    changed = Signal()

    def __init__(self, sleep_signal: bool = False) -> None:
        super().__init__()
        self.asleep = False
        self.locked = False
        self.sleep_signal = sleep_signal

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.changed.emit()

    def set_asleep(self, asleep: bool) -> None:
        self.asleep = asleep
        self.changed.emit()


class FakeQuiet:
    def __init__(self) -> None:
        self.state = QuietState()
        self.samples = 0

    def sample(self, mono: float) -> QuietState:
        self.samples += 1
        return self.state


class FlakyJournal:
    """A real journal whose next ``failures`` writes (add/update) raise DiskFullError.

    With ``after_commit`` the failing write is stored first, like an error reported after the
    COMMIT went through; with ``reads_fail`` ``exists``/``daily_stats`` fail too. Everything
    else passes through to the real journal, so tests read back what really got stored.
    """

    def __init__(self, journal: Journal, failures: int = 0, *, after_commit: bool = False):
        self.journal = journal
        self.failures = failures
        self.after_commit = after_commit
        self.reads_fail = False
        self.attempts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.journal, name)

    def _write(self, method: str, record: Any) -> Any:
        self.attempts += 1
        if self.failures > 0:
            self.failures -= 1
            if self.after_commit:
                getattr(self.journal, method)(record)
            raise DiskFullError("the disk holding journal.sqlite3 is full")
        return getattr(self.journal, method)(record)

    def add(self, record: Any) -> Any:
        return self._write("add", record)

    def update(self, record: Any) -> Any:
        return self._write("update", record)

    def _read(self, method: str, *args: Any, **kwargs: Any) -> Any:
        if self.reads_fail:
            raise DiskFullError("the disk holding journal.sqlite3 is full")
        return getattr(self.journal, method)(*args, **kwargs)

    def exists(self, *args: Any) -> bool:
        return bool(self._read("exists", *args))

    def daily_stats(self, *args: Any, **kwargs: Any) -> Any:
        return self._read("daily_stats", *args, **kwargs)


class Rig:
    """A service wired to fakes and a real journal, plus a driver that skips the event loop."""

    def __init__(
        self, clock: FakeClock, journal: Journal | FlakyJournal, state_dir: Path, **settings: object
    ) -> None:
        self.clock, self.journal = clock, journal
        self.idle = FakeIdleSource(clock)
        self.power = FakePower()
        self.quiet = FakeQuiet()
        self.checkpoint = state_dir / "sitting-checkpoint.json"
        self.settings = SittingSettings(**settings)  # type: ignore[arg-type]
        self.service = self.build()
        self.intervals: list[float] = []
        self.prompts: list[object] = []
        self.service.prompt_requested.connect(self.prompts.append)

    def build(self) -> SittingService:
        return SittingService(
            self.clock, self.idle, self.power, self.journal, self.settings, self.checkpoint,
            quiet=self.quiet, tz="UTC",
        )  # fmt: skip

    def run(self, seconds: float, active: bool = True) -> None:
        """Let ``seconds`` pass tick by tick, as the AdaptiveTicker would schedule them."""
        end = self.clock.monotonic() + seconds
        for _ in self._steps(end, active):
            pass

    def run_until(self, seconds: float, predicate: Callable[[], bool], active: bool = True) -> bool:
        end = self.clock.monotonic() + seconds
        return any(predicate() for _ in self._steps(end, active))

    def _steps(self, end: float, active: bool) -> Iterator[None]:
        while True:
            if active:
                self.idle.touch()
            interval = clamp_interval(self.service.tick())
            self.intervals.append(interval)
            yield
            left = end - self.clock.monotonic()
            if left <= 0:
                return
            self.clock.advance(min(interval, left))
