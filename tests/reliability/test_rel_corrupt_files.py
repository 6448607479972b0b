"""Corrupt and foreign journal files, through the CLI and the GUI's open path: a clear one-line
message, no traceback, the file left byte-for-byte as it was (or kept aside when the user
chooses to start fresh), never silently overwritten."""

from __future__ import annotations

import hashlib
import io
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import hipdesk.ui.rc_resources  # noqa: F401  (icons)
from hipdesk import cli
from hipdesk.app import HipdeskApp, Options
from hipdesk.core.clock import FakeClock
from hipdesk.paths import resolve
from hipdesk.store import db as dbmod
from hipdesk.ui.recovery_dialog import Recovery


def _journal_with_entries(path: Path) -> None:
    from hipdesk.core.models import PainEntry, new_uuid
    from hipdesk.store.journal import Journal

    with Journal.open(path, FakeClock(), daily_backup=False) as j:
        for i in range(200):
            j.add(PainEntry(new_uuid(), *j.stamp_now(), back=i % 11, note="n" * 300))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL in: one file to damage
    conn.close()


def truncated(path: Path) -> None:
    _journal_with_entries(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(64 * 1024))


def text_file(path: Path) -> None:
    path.write_text("these are my notes, not a database\n", encoding="utf-8")


def damaged_page(path: Path) -> None:
    _journal_with_entries(path)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 2000] = random.Random(9).randbytes(2000)  # a b-tree page
    path.write_bytes(bytes(data))


def foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
    conn.execute("INSERT INTO recipes VALUES ('soup', 30)")
    conn.commit()
    conn.close()


def foreign_with_settings(path: Path) -> None:  # clashed with hipdesk's own table name
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (k TEXT, v TEXT)")
    conn.execute("INSERT INTO settings VALUES ('theme', 'dark')")
    conn.commit()
    conn.close()


def newer_schema(path: Path) -> None:
    _journal_with_entries(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('hipdesk', 'm999_from_the_future', '2031-01-01')"
    )
    conn.commit()
    conn.close()


CASES: dict[str, tuple[Callable[[Path], None], type[dbmod.JournalError], str]] = {
    "truncated": (truncated, dbmod.JournalCorruptError, "damaged"),
    "random bytes": (random_bytes, dbmod.NotADatabaseError, "not a hipdesk journal"),
    "text file": (text_file, dbmod.NotADatabaseError, "not a hipdesk journal"),
    "damaged page": (damaged_page, dbmod.JournalError, "journal"),
    "foreign sqlite": (foreign_sqlite, dbmod.ForeignJournalError, "not a hipdesk journal"),
    "foreign settings": (foreign_with_settings, dbmod.ForeignJournalError, "not a hipdesk"),
    "newer schema": (newer_schema, dbmod.NewerJournalError, "newer hipdesk"),
}


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.glob("journal.sqlite3*")
        if p.is_file()
    }


@pytest.mark.parametrize("case", list(CASES))
def test_cli_says_what_is_wrong_and_leaves_the_file(case: str, tmp_path: Path) -> None:
    make, _, words = CASES[case]
    paths = resolve(tmp_path / "data").ensure()
    make(paths.journal)
    before = _digest(paths.data_dir)
    for argv in (["log", "pain", "4", "--note", "x"], ["stats", "--days", "2"], ["export"]):
        out, err = io.StringIO(), io.StringIO()
        rc = cli.run(cli.parse(["--data-dir", str(paths.data_dir), *argv]), out, err)
        line = err.getvalue()
        assert rc == 1, (argv, line)
        assert line.count("\n") == 1 and words in line and "Traceback" not in line, line
        assert _digest(paths.data_dir) == before, f"{case}: {argv} changed the file"
    assert not list(paths.backup_dir.glob("*")) if paths.backup_dir.exists() else True


@pytest.fixture
def gui(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[], HipdeskApp]]:
    made: list[HipdeskApp] = []

    def build() -> HipdeskApp:
        paths = resolve(tmp_path / "data").ensure()
        app = HipdeskApp(qapp, paths, FakeClock(), Options(companion=False), tmp_path / "t.log")
        made.append(app)
        return app

    yield build
    for app in made:
        app.dispose()


@pytest.mark.parametrize("case", list(CASES))
def test_gui_offers_recovery_and_keeps_the_file_aside(
    case: str, gui: Callable[[], HipdeskApp]
) -> None:
    make, kind, words = CASES[case]
    app = gui()
    make(app.paths.journal)
    original = app.paths.journal.read_bytes()
    asked: list[dbmod.JournalError] = []
    # The user first quits: nothing is touched.
    assert not app.open_journal(lambda exc: asked.append(exc) or Recovery.QUIT)
    assert len(asked) == 1 and isinstance(asked[0], kind) and words in str(asked[0])
    assert app.paths.journal.read_bytes() == original
    # Then starts fresh: the old file is kept aside byte for byte, a new journal opens.
    answers = iter([Recovery.START_FRESH])
    assert app.open_journal(lambda exc: next(answers))
    [aside] = app.paths.data_dir.glob("journal.sqlite3.corrupt-*[0-9TZ]")
    assert aside.read_bytes() == original
    fresh = app.journal.journal
    assert fresh is not None
    from hipdesk.store.records import TABLES

    assert sum(fresh.count(cls) for cls in TABLES.values()) == 0


def _locker(path: Path) -> subprocess.Popen[str]:
    code = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA locking_mode = EXCLUSIVE')\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "c.execute('CREATE TABLE IF NOT EXISTS t (x)')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_journal_locked_by_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui: Callable[[], HipdeskApp]
) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_S", 0.2)
    app = gui()
    _journal_with_entries(app.paths.journal)
    proc = _locker(app.paths.journal)
    try:
        out, err = io.StringIO(), io.StringIO()
        argv = ["--data-dir", str(app.paths.data_dir), "log", "pain", "3"]
        assert cli.run(cli.parse(argv), out, err) == 1
        assert "locked" in err.getvalue() and "another program" in err.getvalue()
        answers = iter([Recovery.QUIT])
        asked: list[dbmod.JournalError] = []
        assert not app.open_journal(lambda exc: asked.append(exc) or next(answers))
        assert isinstance(asked[0], dbmod.JournalLockedError)
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.close()
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
    # the lock is gone: retrying opens the same journal with everything in it
    assert app.open_journal(lambda exc: pytest.fail(str(exc)))
    from hipdesk.core.models import PainEntry

    assert app.journal.journal is not None and app.journal.journal.count(PainEntry) == 200
