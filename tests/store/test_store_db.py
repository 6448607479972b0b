"""Opening, known errors, migrations, backups and recovery."""

from __future__ import annotations

import errno
import sqlite3
import stat
from pathlib import Path

import pytest
from conftest import local, pain
from sqlite_utils import Database

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry
from hipdesk.paths import AppPaths
from hipdesk.store import db as dbmod
from hipdesk.store import migrations as migmod
from hipdesk.store import schema
from hipdesk.store.journal import Journal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_journal_is_private_wal_and_durable(journal: Journal, app_paths: AppPaths) -> None:
    conn = journal.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    journal.add(pain(local(2026, 1, 5)))
    assert mode(app_paths.journal) == 0o600
    assert mode(app_paths.data_dir) == 0o700
    wal = app_paths.journal.with_name("journal.sqlite3-wal")
    assert wal.exists() and mode(wal) == 0o600
    names = [a.name for a in migmod.migrations.applied(Database(journal.conn))]
    assert names == migmod.known_names() == list(schema.MIGRATION_NAMES)
    assert schema.applied_names(journal.conn) == names and not schema.pending_names(journal.conn)


def test_a_current_journal_opens_without_loading_sqlite_utils(
    app_paths: AppPaths, fake_clock: FakeClock
) -> None:
    """sqlite-utils costs the tray process ~17 MB: only a pending migration may load it."""
    import subprocess
    import sys

    Journal.open(app_paths.journal, fake_clock).close()  # the first open migrates
    code = (
        "import sys; from pathlib import Path; from hipdesk.core.clock import SystemClock; "
        "from hipdesk.store.journal import Journal; from hipdesk.store.settings import Settings; "
        "from hipdesk.core.models import PainEntry, new_uuid; "
        f"j = Journal.open(Path({str(app_paths.journal)!r}), SystemClock()); "
        "j.add(PainEntry(new_uuid(), *j.stamp_now(), back=3)); "
        "Settings(j).set('breaks.threshold_minutes', 40); j.daily_stats(); j.close(); "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'click'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_not_a_database(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    app_paths.journal.write_bytes(b"this is a text file, not SQLite " * 200)
    with pytest.raises(dbmod.NotADatabaseError) as err:
        Journal.open(app_paths.journal, fake_clock)
    assert "not a hipdesk journal" in err.value.one_line()
    assert "hipdesk restore" in err.value.one_line()


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(4096, len(data), 7):  # scribble over every page after the header page
        data[i] = 0x5A
    path.write_bytes(bytes(data))


def test_corrupt_file_is_a_known_error_and_restore_recovers(
    app_paths: AppPaths, fake_clock: FakeClock
) -> None:
    with Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir) as j:
        kept = j.add(pain(local(2026, 1, 4)))
        fake_clock.advance(86400)
    with Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir) as j:
        j.add(pain(local(2026, 1, 5)))  # today's backup was taken before this write
    corrupt(app_paths.journal)
    with pytest.raises((dbmod.JournalCorruptError, dbmod.NotADatabaseError)):
        Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    aside, restored = dbmod.restore_from_backup(
        app_paths.journal, app_paths.backup_dir, fake_clock.now()
    )
    assert aside is not None and aside.name.startswith("journal.sqlite3.corrupt-2026")
    assert aside.exists() and restored is not None
    with Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir) as j:
        assert kept.uuid in j.uuids(PainEntry)
        j.check_integrity()


def test_restore_without_backups_starts_fresh(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    app_paths.journal.write_bytes(b"garbage" * 1000)
    aside, restored = dbmod.restore_from_backup(
        app_paths.journal, app_paths.backup_dir, fake_clock.now()
    )
    assert restored is None and aside is not None and aside.read_bytes().startswith(b"garbage")
    with Journal.open(app_paths.journal, fake_clock) as j:
        assert j.count(PainEntry) == 0


def test_newer_journal_is_refused_and_untouched(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    with Journal.open(app_paths.journal, fake_clock) as j:
        j.add(pain(local(2026, 1, 5)))
        j.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('hipdesk', 'm999_from_the_future', 'x')"
        )
        j.conn.commit()
        j.conn.execute("PRAGMA journal_mode = DELETE")  # so the file is self-contained
    before = app_paths.journal.read_bytes()
    with pytest.raises(dbmod.NewerJournalError, match=r"newer hipdesk .*m999_from_the_future"):
        Journal.open(app_paths.journal, fake_clock)
    assert app_paths.journal.read_bytes() == before
    assert not app_paths.journal.with_name("journal.sqlite3-wal").exists()


def test_pending_migration_runs_after_a_backup(
    app_paths: AppPaths, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(app_paths.journal, fake_clock, daily_backup=False) as j:
        j.add(pain(local(2026, 1, 5)))

    def m002_add_mood(db: Database) -> None:
        db.execute("ALTER TABLE pain_entries ADD COLUMN mood INTEGER")

    extra = [*migmod.migrations._migrations, migmod.Migrations._Migration("m002", m002_add_mood)]
    monkeypatch.setattr(migmod.migrations, "_migrations", extra)
    monkeypatch.setattr(schema, "MIGRATION_NAMES", (*schema.MIGRATION_NAMES, "m002"))
    with Journal.open(app_paths.journal, fake_clock, daily_backup=False) as j:
        assert "mood" in [r[1] for r in j.conn.execute("PRAGMA table_info(pain_entries)")]
        assert schema.applied_names(j.conn)[-1] == "m002"
    backups = list(app_paths.backup_dir.glob("journal-pre-migration-*.sqlite3"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    old = sqlite3.connect(backups[0])
    cols = [r[1] for r in old.execute("PRAGMA table_info(pain_entries)")]
    assert "mood" not in cols and old.execute("SELECT count(*) FROM pain_entries").fetchone()[0]
    old.close()


def test_failed_migration_rolls_back(
    app_paths: AppPaths, fake_clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    Journal.open(app_paths.journal, fake_clock, daily_backup=False).close()

    def m002_broken(db: Database) -> None:
        db.execute("ALTER TABLE pain_entries ADD COLUMN mood INTEGER")
        raise RuntimeError("bug in migration")

    extra = [*migmod.migrations._migrations, migmod.Migrations._Migration("m002", m002_broken)]
    monkeypatch.setattr(migmod.migrations, "_migrations", extra)
    monkeypatch.setattr(schema, "MIGRATION_NAMES", (*schema.MIGRATION_NAMES, "m002"))
    with pytest.raises(RuntimeError):
        Journal.open(app_paths.journal, fake_clock, daily_backup=False)
    conn = sqlite3.connect(app_paths.journal)
    assert "mood" not in [r[1] for r in conn.execute("PRAGMA table_info(pain_entries)")]
    conn.close()


def test_daily_backups_roll_and_keep_seven(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    for _ in range(10):
        with Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir) as j:
            j.add(pain(fake_clock.now().astimezone()))
        Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir).close()
        fake_clock.advance(86400)
    backups = dbmod.daily_backups(app_paths.backup_dir)
    assert len(backups) == 7
    assert all(mode(b) == 0o600 and dbmod.is_good_backup(b) for b in backups)
    assert not list(app_paths.backup_dir.glob("*-wal"))


def test_locked_journal_is_a_known_error(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    with Journal.open(app_paths.journal, fake_clock) as j:
        holder = sqlite3.connect(app_paths.journal)
        holder.execute("BEGIN EXCLUSIVE")
        j.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(dbmod.JournalLockedError, match="locked"):
            j.add(pain(local(2026, 1, 5)))
        holder.rollback()
        holder.close()
        assert j.add(pain(local(2026, 1, 5))).id == 1  # the failed write left nothing behind


def test_two_processes_writing_wait_for_each_other(
    app_paths: AppPaths, fake_clock: FakeClock
) -> None:
    a = Journal.open(app_paths.journal, fake_clock)
    b = Journal.open(app_paths.journal, fake_clock)
    with a.transaction():
        a.add(pain(local(2026, 1, 5)))
    for i in range(20):
        (a if i % 2 else b).add(pain(local(2026, 1, 5)))
    assert a.count(PainEntry) == b.count(PainEntry) == 21
    a.close()
    b.close()


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), dbmod.DiskFullError),
        (OSError(errno.EROFS, "Read-only file system"), dbmod.JournalReadOnlyError),
        (PermissionError(errno.EACCES, "Permission denied"), dbmod.JournalReadOnlyError),
    ],
)
def test_os_errors_are_classified(exc: OSError, kind: type[dbmod.JournalError]) -> None:
    assert isinstance(dbmod.classify(exc, Path("j")), kind)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SQLITE_FULL", dbmod.DiskFullError),
        ("SQLITE_READONLY", dbmod.JournalReadOnlyError),
        ("SQLITE_READONLY_DIRECTORY", dbmod.JournalReadOnlyError),
        ("SQLITE_CORRUPT", dbmod.JournalCorruptError),
        ("SQLITE_NOTADB", dbmod.NotADatabaseError),
        ("SQLITE_BUSY", dbmod.JournalLockedError),
        ("SQLITE_CANTOPEN", dbmod.CannotOpenError),
        ("SQLITE_IOERR_WRITE", dbmod.JournalIOError),
    ],
)
def test_sqlite_errors_are_classified(name: str, kind: type[dbmod.JournalError]) -> None:
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorname = name
    known = dbmod.classify(exc, Path("j"))
    assert isinstance(known, kind)
    assert "\n" not in known.one_line()


def test_unknown_errors_stay_bugs() -> None:
    exc = sqlite3.OperationalError("no such column: x")
    exc.sqlite_errorname = "SQLITE_ERROR"
    assert dbmod.classify(exc, Path("j")) is None
    assert dbmod.classify(ValueError("x"), Path("j")) is None


def test_move_aside_never_overwrites(app_paths: AppPaths, fake_clock: FakeClock) -> None:
    first = second = None
    for _ in range(2):
        app_paths.journal.write_bytes(b"bad")
        app_paths.journal.with_name("journal.sqlite3-wal").write_bytes(b"wal")
        moved = dbmod.move_aside(app_paths.journal, fake_clock.now())
        first, second = second, moved
    assert first is not None and second is not None and first != second
    assert second.with_name(second.name + "-wal").exists()
    assert not app_paths.journal.exists()


def test_disk_full_during_write_is_known(journal: Journal) -> None:
    # A hard page limit makes SQLite report SQLITE_FULL, exactly as a full disk does.
    pages = journal.conn.execute("PRAGMA page_count").fetchone()[0]
    journal.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    saved = 0
    with pytest.raises(dbmod.DiskFullError, match="full") as err:
        for _ in range(50):
            journal.add(pain(local(2026, 1, 5), note="n" * 2000))
            saved += 1
    assert "free some disk space" in err.value.one_line()
    assert journal.count(PainEntry) == saved  # the failed write left no trace
