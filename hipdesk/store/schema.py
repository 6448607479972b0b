"""Is the journal file ours, current, or in need of migrations? Plain ``sqlite3``, read-only.

The migrations themselves are written with sqlite-utils (migrations.py). Importing it costs
the process ~17 MB for good (click, tabulate, dateutil, its plugin scan), which the tray
companion would carry all day for nothing: a journal that is already current — every start
but the first after an install or upgrade — is checked here and sqlite-utils is never loaded.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from hipdesk.store.db import (
    ForeignJournalError,
    NewerJournalError,
    pre_migration_backup,
    table_names,
)

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' own bookkeeping table
MIGRATION_SET = "hipdesk"
#: Every migration in migrations.py, in order (a test keeps the two lists equal).
MIGRATION_NAMES = ("m001_initial",)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Names of hipdesk migrations recorded in the file, in the order they were applied."""
    if MIGRATIONS_TABLE not in table_names(conn):
        return []
    sql = f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid"
    return [r[0] for r in conn.execute(sql, (MIGRATION_SET,))]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    done = set(applied_names(conn))
    return [name for name in MIGRATION_NAMES if name not in done]


def check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse an SQLite file another program made (tables, but no hipdesk migration).

    Migrating it would add hipdesk's tables to someone else's database (or crash on a clash
    such as an existing ``settings`` table). An empty file, or one holding only an empty
    ``_sqlite_migrations`` table (a first start killed before its first migration), is ours.
    """
    tables = [t for t in table_names(conn) if t != MIGRATIONS_TABLE]
    if tables and not applied_names(conn):
        raise ForeignJournalError(
            f"{path} is an SQLite database but not a hipdesk journal (it has a table {tables[0]!r})"
        )


def check_not_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a journal carrying migrations this version does not know (a newer hipdesk)."""
    check_ours(conn, path)
    unknown = [name for name in applied_names(conn) if name not in MIGRATION_NAMES]
    if unknown:
        raise NewerJournalError(
            f"the journal {path} was written by a newer hipdesk (unknown migration {unknown[0]})"
        )


def migrate(conn: sqlite3.Connection, path: Path, backup_dir: Path, now: datetime) -> list[str]:
    """Apply pending migrations, backing up first if the journal already holds a schema.
    The caller has run :func:`check_not_newer` (Journal.open does, before switching to WAL)."""
    pending = pending_names(conn)
    if not pending:
        return []
    if table_names(conn):
        pre_migration_backup(conn, backup_dir, now)
    from hipdesk.store import migrations  # sqlite-utils: only when there is work to do

    migrations.apply(conn)
    return pending
