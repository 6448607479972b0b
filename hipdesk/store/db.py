"""Opening the journal file safely: pragmas, permissions, integrity, known errors, backups.

Known problems (not a database, corrupt, disk full, read-only, locked, newer schema) become a
:class:`JournalError` with a one-line message and a recovery hint; any other exception is a bug
and propagates unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

BUSY_TIMEOUT_S = 5.0  # a CLI write while the GUI writes waits instead of failing
KEEP_DAILY = 7
KEEP_PRE_MIGRATION = 3
DAILY_PREFIX = "journal-"
PRE_MIGRATION_PREFIX = "journal-pre-migration-"
RESTORE_HINT = "run `hipdesk restore` to set it aside and restore the newest backup"


class JournalError(Exception):
    """A known journal problem: ``str()`` is one line for the user; ``hint`` says what to do."""

    hint = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def one_line(self) -> str:
        return f"{self} — {self.hint}" if self.hint else str(self)


class NotADatabaseError(JournalError):
    hint = RESTORE_HINT


class JournalCorruptError(JournalError):
    hint = RESTORE_HINT


class ForeignJournalError(NotADatabaseError):
    """An SQLite file that hipdesk did not create: it is never modified."""

    hint = (
        "hipdesk did not change it; move it elsewhere or pass --data-dir "
        "(`hipdesk restore` sets it aside and keeps it)"
    )


class DiskFullError(JournalError):
    hint = "free some disk space and try again; nothing was saved"


class JournalReadOnlyError(JournalError):
    hint = "check the permissions of the data folder (or pass --data-dir)"


class CannotOpenError(JournalError):
    hint = "check that the data folder exists and is writable (or pass --data-dir)"


class JournalLockedError(JournalError):
    hint = "another program holds the journal; close it and try again"


class JournalIOError(JournalError):
    hint = "the disk reported an error; check it, then try again"


class NewerJournalError(JournalError):
    hint = "update hipdesk to open it (the file was left untouched)"


def classify(exc: BaseException, path: Path) -> JournalError | None:
    """Map a low-level error to a known journal problem, or None if it is a bug."""
    if isinstance(exc, JournalError):
        return exc
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        table: list[tuple[str, type[JournalError], str]] = [
            ("SQLITE_NOTADB", NotADatabaseError, f"{path} is not a hipdesk journal (not SQLite)"),
            ("SQLITE_CORRUPT", JournalCorruptError, f"the journal {path} is damaged"),
            ("SQLITE_FULL", DiskFullError, f"the disk holding {path} is full"),
            ("SQLITE_READONLY", JournalReadOnlyError, f"the journal {path} is read-only"),
            ("SQLITE_BUSY", JournalLockedError, f"the journal {path} is locked"),
            ("SQLITE_LOCKED", JournalLockedError, f"the journal {path} is locked"),
            ("SQLITE_CANTOPEN", CannotOpenError, f"cannot open the journal {path}"),
            ("SQLITE_IOERR", JournalIOError, f"disk I/O error on {path}"),
        ]
        for prefix, cls, message in table:
            if name.startswith(prefix):
                return cls(message)
        return None
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(f"the disk holding {path} is full")
        if exc.errno == errno.EROFS:
            return JournalReadOnlyError(f"the filesystem holding {path} is read-only")
        if exc.errno in (errno.EACCES, errno.EPERM):
            return JournalReadOnlyError(f"no permission to write {exc.filename or path}")
        if exc.errno in _CANNOT_OPEN:  # e.g. a folder where the journal file should be
            return CannotOpenError(
                f"cannot open the journal {exc.filename or path}: {exc.strerror}"
            )
        if exc.errno == errno.EIO:
            return JournalIOError(f"disk I/O error on {exc.filename or path}")
    return None


_CANNOT_OPEN = (errno.EISDIR, errno.ENOTDIR, errno.ENOENT, errno.ELOOP, errno.ENAMETOOLONG)


@contextlib.contextmanager
def known_errors(path: Path) -> Iterator[None]:
    """Turn known sqlite/OS errors raised inside the block into JournalError."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        known = classify(exc, path)
        if known is None:
            raise
        raise known from exc


def _private_file(path: Path) -> None:
    """Create the file 0600 (or tighten it): SQLite copies these permissions to -wal/-shm."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def connect(path: Path) -> sqlite3.Connection:
    """Open (or create) the file with durable pragmas and run ``quick_check``.

    Does not change the file: WAL and migrations come later, after the schema check.
    A plain ``sqlite3`` connection: sqlite-utils is only loaded to migrate (see schema.py).
    """
    with known_errors(path):
        _private_file(path)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA synchronous = FULL")  # a commit survives power loss too
            conn.execute("PRAGMA foreign_keys = ON")
            check_integrity(conn, path, quick=True)
        except BaseException:
            conn.close()
            raise
    return conn


def check_integrity(conn: sqlite3.Connection, path: Path, *, quick: bool) -> None:
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    if rows != ["ok"]:
        raise JournalCorruptError(f"the journal {path} is damaged ({pragma}: {rows[0]})")


def enable_wal(conn: sqlite3.Connection, path: Path) -> None:
    with known_errors(path):
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise JournalReadOnlyError(f"cannot switch {path} to WAL mode (got {mode})")


# ---- backups ------------------------------------------------------------------------------


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Online copy with the SQLite backup API into a private, self-contained file."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.unlink(missing_ok=True)
    try:
        _private_file(tmp)
        target = sqlite3.connect(tmp)
        try:
            conn.backup(target)
            # One file, no -wal beside it: a backup must be copyable on its own.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        tmp.replace(dest)
    except BaseException:  # disk full half-way: no half backup left taking space
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return dest


def table_names(conn: sqlite3.Connection) -> list[str]:
    """Every table (``sqlite_*`` internals excluded), by name."""
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [r[0] for r in conn.execute(sql)]


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Row count of every table, for copy verification."""
    names = table_names(conn)
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def snapshot_copy(source: Path, dest: Path) -> dict[str, int]:
    """Copy ``source`` to a new ``dest`` with :func:`backup_to`, from one read snapshot, and
    return that snapshot's row counts (so a verify compares like with like)."""
    if dest.exists():
        raise FileExistsError(f"{dest} already exists")
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        src.execute("BEGIN")  # deferred: the first read below fixes the snapshot
        counts = table_counts(src)  # ... and the backup reads the same snapshot
        backup_to(src, dest)
        src.execute("COMMIT")
    finally:
        src.close()
    return counts


def verify_copy(copy: Path, expected: dict[str, int]) -> list[str]:
    """Problems with a copied journal: a failed ``integrity_check`` or tables whose row
    counts differ from ``expected``. Empty when the copy is good."""
    conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            return [f"integrity_check: {result[0]}"]
        got = table_counts(conn)
    finally:
        conn.close()
    return sorted(k for k in set(got) | set(expected) if got.get(k) != expected.get(k))


def daily_backup(
    conn: sqlite3.Connection, backup_dir: Path, today: date, keep: int = KEEP_DAILY
) -> Path | None:
    """Take today's backup if there is none yet, then keep only the newest ``keep``."""
    dest = backup_dir / f"{DAILY_PREFIX}{today.isoformat()}.sqlite3"
    made = None
    if not dest.exists():
        made = backup_to(conn, dest)
    _prune(daily_backups(backup_dir), keep)
    return made


def pre_migration_backup(conn: sqlite3.Connection, backup_dir: Path, now: datetime) -> Path:
    dest = backup_dir / f"{PRE_MIGRATION_PREFIX}{now.strftime('%Y%m%dT%H%M%S%fZ')}.sqlite3"
    made = backup_to(conn, dest)
    _prune(sorted(backup_dir.glob(f"{PRE_MIGRATION_PREFIX}*.sqlite3")), KEEP_PRE_MIGRATION)
    return made


def daily_backups(backup_dir: Path) -> list[Path]:
    """Oldest first (the date in the name sorts)."""
    return sorted(p for p in backup_dir.glob(f"{DAILY_PREFIX}????-??-??.sqlite3"))


def all_backups(backup_dir: Path) -> list[Path]:
    """Every backup, newest first by modification time."""
    if not backup_dir.is_dir():
        return []
    found = list(backup_dir.glob(f"{DAILY_PREFIX}*.sqlite3"))
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def _prune(oldest_first: list[Path], keep: int) -> None:
    for old in oldest_first[: max(0, len(oldest_first) - keep)]:
        old.unlink(missing_ok=True)


def is_good_backup(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.Error:
        return False


# ---- recovery -----------------------------------------------------------------------------


def move_aside(path: Path, now: datetime) -> Path:
    """Rename a bad journal (and its -wal/-shm) to ``journal.sqlite3.corrupt-<timestamp>``."""
    aside = path.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%dT%H%M%SZ')}")
    n = 1
    while aside.exists():  # two recoveries in the same second: never overwrite evidence
        aside = aside.with_name(f"{path.name}.corrupt-{now.strftime('%Y%m%dT%H%M%SZ')}-{n}")
        n += 1
    with known_errors(path):
        for suffix in ("-wal", "-shm"):  # a stale WAL must not be replayed onto a restored file
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(aside.with_name(aside.name + suffix))
        if path.exists():
            path.replace(aside)
    return aside


def restore_from_backup(
    path: Path, backup_dir: Path, now: datetime, backup: Path | None = None
) -> tuple[Path | None, Path | None]:
    """Set the current journal aside and put the chosen (or newest good) backup in its place.

    Returns ``(moved_aside_to, restored_from)``; ``restored_from`` is None when no good
    backup exists, which leaves no journal file: the next open starts a fresh one.
    """
    if backup is None:
        backup = next((b for b in all_backups(backup_dir) if is_good_backup(b)), None)
    elif not is_good_backup(backup):
        raise JournalCorruptError(f"the backup {backup} is damaged or not a journal", hint="")
    aside = move_aside(path, now) if path.exists() else None
    if backup is not None:
        with known_errors(path):
            source = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
            try:
                backup_to(source, path)
            finally:
                source.close()
    return aside, backup
