"""Disk full and read-only, injected at the SQLite layer (bench/reliability/disk_full.py uses a
real size-limited tmpfs): the pain form says "Not saved" and keeps every value, nothing stored
is damaged, and the same form saves once space returns."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

import hipdesk.ui.rc_resources  # noqa: F401  (icons)
from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.paths import AppPaths
from hipdesk.store import db as dbmod
from hipdesk.store.journal import Journal
from hipdesk.ui.pain_form import PainForm

NOTE = "€" * 1500  # 4500 bytes of UTF-8: needs an overflow page, i.e. a new page


@pytest.fixture
def journal(app_paths: AppPaths, fake_clock: FakeClock) -> Iterator[Journal]:
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    for back in (1, 2, 3):
        j.add(PainEntry(new_uuid(), *j.stamp_now(), back=back, note=f"before {back}"))
    yield j
    j.close()


def _disk_full(journal: Journal) -> None:
    """SQLITE_FULL for any write that needs one more page (what a full disk gives)."""
    conn = journal.conn
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def _space_returns(journal: Journal) -> None:
    journal.conn.execute("PRAGMA max_page_count = 1073741823")


def _form(qtbot: QtBot, journal: Journal, clock: FakeClock) -> PainForm:
    form = PainForm(journal, clock, load_catalogue().texts)
    qtbot.addWidget(form)
    form.back.scale.set_value(6)
    form.leg.scale.set_value(2)
    form.hip_groin.setChecked(True)
    form.note.setPlainText(NOTE)
    return form


def _stored(journal: Journal) -> list[tuple[int, str | None]]:
    return [(e.back, e.note) for e in journal.records(PainEntry)]


def test_disk_full_keeps_the_form_and_the_journal(
    qtbot: QtBot, journal: Journal, fake_clock: FakeClock
) -> None:
    before = _stored(journal)
    form = _form(qtbot, journal, fake_clock)
    _disk_full(journal)
    saved: list[object] = []
    form.saved.connect(saved.append)
    assert form.save() is None
    message = form.error.text()
    assert saved == []
    assert "Not saved" in message and "full" in message, message
    # every typed value is still in the form
    assert form.back.scale.value() == 6 and form.leg.scale.value() == 2
    assert form.hip_groin.isChecked() and form.note.toPlainText() == NOTE
    # nothing stored was damaged or half-written
    assert _stored(journal) == before
    journal.check_integrity()
    _space_returns(journal)
    entry = form.save()
    assert entry is not None and entry.back == 6 and entry.note == NOTE
    assert _stored(journal) == [*before, (6, NOTE)]
    journal.check_integrity()


def test_store_reports_disk_full_as_a_known_error(journal: Journal) -> None:
    _disk_full(journal)
    with pytest.raises(dbmod.DiskFullError) as info:
        journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=5, note=NOTE))
    assert "full" in info.value.one_line() and "nothing was saved" in info.value.one_line()
    assert journal.count(PainEntry) == 3
    # a multi-row write is all or nothing
    with pytest.raises(dbmod.DiskFullError):
        journal.add_many(
            PainEntry(new_uuid(), *journal.stamp_now(), back=4, note=NOTE) for _ in range(5)
        )
    assert journal.count(PainEntry) == 3
    _space_returns(journal)
    journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=5, note=NOTE))
    assert journal.count(PainEntry) == 4


def test_read_only_journal_keeps_the_form(
    qtbot: QtBot, journal: Journal, fake_clock: FakeClock
) -> None:
    before = _stored(journal)
    form = _form(qtbot, journal, fake_clock)
    journal.conn.execute("PRAGMA query_only = ON")  # SQLITE_READONLY on every write
    assert form.save() is None
    assert "Not saved" in form.error.text() and "read-only" in form.error.text()
    assert form.back.scale.value() == 6 and form.note.toPlainText() == NOTE
    assert _stored(journal) == before
    journal.conn.execute("PRAGMA query_only = OFF")
    assert form.save() is not None
    assert len(_stored(journal)) == 4
