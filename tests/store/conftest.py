"""Fixtures for store tests: a fresh journal per test on a FakeClock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid, stamp
from hipdesk.paths import AppPaths
from hipdesk.store.journal import Journal


@pytest.fixture
def journal(app_paths: AppPaths, fake_clock: FakeClock) -> Iterator[Journal]:
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def local(
    year: int, month: int, day: int, hour: int = 12, minute: int = 0, offset_min: int = 60
) -> datetime:
    """An aware local time (default UTC+01:00, like Berlin in winter)."""
    return datetime(year, month, day, hour, minute, tzinfo=timezone(timedelta(minutes=offset_min)))


def pain(at: datetime, back: int = 3, **kw: Any) -> PainEntry:
    return PainEntry(new_uuid(), *stamp(at), back=back, **kw)
