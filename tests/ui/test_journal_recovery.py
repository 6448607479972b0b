"""The GUI opens the journal after the first paint and offers recovery for known problems."""

from __future__ import annotations

import sqlite3

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.app import HipdeskApp
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.store import db as dbmod
from hipdesk.store.journal import Journal
from hipdesk.ui.recovery_dialog import Recovery, RecoveryDialog


def _seed(hip_app: HipdeskApp, n: int) -> None:
    with Journal.open(
        hip_app.paths.journal, hip_app.clock, backup_dir=hip_app.paths.backup_dir
    ) as j:
        for _ in range(n):
            j.add(PainEntry(new_uuid(), *j.stamp_now(), back=3))
    # The daily backup is taken at the first open of a day: open again tomorrow.
    hip_app.clock.advance(86_400)  # type: ignore[attr-defined]
    Journal.open(hip_app.paths.journal, hip_app.clock, backup_dir=hip_app.paths.backup_dir).close()


def test_opens_after_first_paint(hip_app: HipdeskApp, qtbot: QtBot) -> None:
    with qtbot.waitSignal(hip_app.journal.opened, timeout=5000):
        hip_app.start()
    assert hip_app.journal.journal is not None
    assert hip_app.paths.journal.exists()
    hip_app.journal.journal.close()


def test_corrupt_journal_restore_choice(hip_app: HipdeskApp) -> None:
    _seed(hip_app, 3)  # also writes today's daily backup
    hip_app.paths.journal.write_bytes(b"this is not a database" * 100)
    asked: list[type] = []

    def ask(exc: dbmod.JournalError) -> Recovery:
        asked.append(type(exc))
        return Recovery.RESTORE

    assert hip_app.open_journal(ask)
    assert asked == [dbmod.NotADatabaseError]
    j = hip_app.journal.journal
    assert j is not None and j.count(PainEntry) == 3
    j.close()
    kept = list(hip_app.paths.data_dir.glob("journal.sqlite3.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")


def test_start_fresh_keeps_the_damaged_file(hip_app: HipdeskApp) -> None:
    hip_app.paths.journal.write_bytes(b"\x00garbage" * 1000)
    assert hip_app.open_journal(lambda _e: Recovery.START_FRESH)
    j = hip_app.journal.journal
    assert j is not None and j.count(PainEntry) == 0
    j.close()
    assert list(hip_app.paths.data_dir.glob("journal.sqlite3.corrupt-*"))


def test_quit_changes_nothing(hip_app: HipdeskApp) -> None:
    hip_app.paths.journal.write_bytes(b"junk" * 100)
    assert not hip_app.open_journal(lambda _e: Recovery.QUIT)
    assert hip_app.paths.journal.read_bytes() == b"junk" * 100
    assert not list(hip_app.paths.data_dir.glob("journal.sqlite3.corrupt-*"))


def test_newer_journal_offers_no_change(hip_app: HipdeskApp) -> None:
    _seed(hip_app, 1)
    conn = sqlite3.connect(hip_app.paths.journal)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('hipdesk', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = hip_app.paths.journal.read_bytes()
    seen: list[dbmod.JournalError] = []
    assert not hip_app.open_journal(lambda e: (seen.append(e), Recovery.QUIT)[1])
    assert isinstance(seen[0], dbmod.NewerJournalError)
    assert hip_app.paths.journal.read_bytes() == before


@pytest.mark.parametrize("damaged", [True, False])
def test_dialog_offers_the_right_choices(qtbot: QtBot, screenshot, damaged: bool) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryDialog(
        "the journal file is damaged",
        "run hipdesk restore",
        damaged=damaged,
        backup_label="29 Nov 2026, 09:00" if damaged else None,
        can_retry=not damaged,
    )
    qtbot.addWidget(dialog)
    expected = (
        {Recovery.RESTORE, Recovery.START_FRESH, Recovery.QUIT}
        if damaged
        else {Recovery.RETRY, Recovery.QUIT}
    )
    assert set(dialog.buttons) == expected
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"recovery_dialog_{'damaged' if damaged else 'locked'}")
    dialog.buttons[Recovery.QUIT].click()
    assert dialog.choice is Recovery.QUIT
