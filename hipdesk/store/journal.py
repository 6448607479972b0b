"""The journal repository: the only code that reads and writes the journal tables.

Usage::

    journal = Journal.open(paths.journal, clock, backup_dir=paths.backup_dir)
    entry = journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=4))
    journal.daily_stats(days=14)

A write returns only after COMMIT with ``synchronous=FULL``: when ``add`` returns, it is saved.
Known failures raise :class:`hipdesk.store.db.JournalError`.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from hipdesk.core.clock import Clock
from hipdesk.core.models import Stamp, stamp
from hipdesk.store import db as dbmod
from hipdesk.store import stats as statsmod
from hipdesk.store.records import (
    BOOL_FIELDS,
    INSTANT_FIELD,
    JSON_FIELDS,
    TABLE_OF,
    R,
    Record,
    field_names,
    from_row,
    plain,
    to_row,
)
from hipdesk.store.schema import check_not_newer, migrate

log = logging.getLogger(__name__)
P = ParamSpec("P")
T = TypeVar("T")


# Savepoint names only need to differ while nested (not `secrets`: hashlib loads OpenSSL, ~4 MB).
_savepoint_ids = itertools.count(1)


class NotFoundError(LookupError):
    """No record with that uuid (it may have been deleted meanwhile)."""


def _guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Run a repository method with known sqlite/OS errors turned into JournalError."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        self = args[0]
        assert isinstance(self, Journal)
        with dbmod.known_errors(self.path):
            return method(*args, **kwargs)

    return wrapper


def _q(name: str) -> str:
    return f'"{name}"'  # some columns ("trigger") are SQL keywords


class Journal:
    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock) -> None:
        self.conn = conn
        self.path = path
        self.clock = clock

    @classmethod
    def open(
        cls, path: Path, clock: Clock, *, backup_dir: Path | None = None, daily_backup: bool = True
    ) -> Journal:
        """Open or create the journal: check it, migrate it (after a backup), back it up daily.

        ``backup_dir`` defaults to ``<folder of path>/backups`` (what AppPaths uses).
        """
        backup_dir = backup_dir or path.parent / "backups"
        conn = dbmod.connect(path)
        try:
            with dbmod.known_errors(path):
                check_not_newer(conn, path)  # before WAL: a newer file is never modified
                dbmod.enable_wal(conn, path)
                migrate(conn, path, backup_dir, clock.now())
                if daily_backup:
                    _daily_backup(conn, backup_dir, clock.now().astimezone().date())
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, clock)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stamp_now(self) -> Stamp:
        """(recorded_at, local_date, utc_offset_min) for now, in the system's local zone."""
        return stamp(self.clock.now().astimezone())

    # ---- transactions ---------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing block. Nested blocks become savepoints.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a concurrent writer waits
        (busy timeout) instead of failing when a read turns into a write.
        """
        if self.conn.in_transaction:
            with self._savepoint():
                yield
            return
        with dbmod.known_errors(self.path):
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            with dbmod.known_errors(self.path):
                self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"sp_{next(_savepoint_ids)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # Some errors (disk full, RAISE(ROLLBACK)) end the whole transaction, savepoints
            # included: rolling back to a savepoint that is gone would hide the real error.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    # ---- records --------------------------------------------------------------------------

    def _insert(self, record: Record) -> int:
        row: dict[str, Any] = to_row(record)
        cols = ", ".join(_q(c) for c in row)
        marks = ", ".join("?" for _ in row)
        sql = f"INSERT INTO {TABLE_OF[type(record)]} ({cols}) VALUES ({marks})"
        cursor = self.conn.execute(sql, list(row.values()))
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    @_guarded
    def add(self, record: R) -> R:
        """Store a new record; returns it with its ``id``. Saved when this returns."""
        with self.transaction():
            new_id = self._insert(record)
        return _with_id(record, new_id)

    @_guarded
    def add_many(self, records: Iterable[Record]) -> int:
        """Store several records in one transaction (all or none); returns how many."""
        n = 0
        with self.transaction():
            for record in records:
                self._insert(record)
                n += 1
        return n

    @_guarded
    def get(self, cls: type[R], uuid: str) -> R | None:
        return self._one(cls, "uuid = ?", uuid)

    @_guarded
    def exists(self, cls: type[Record], uuid: str) -> bool:
        sql = f"SELECT 1 FROM {TABLE_OF[cls]} WHERE uuid = ?"
        return self.conn.execute(sql, [uuid]).fetchone() is not None

    @_guarded
    def get_by_id(self, cls: type[R], id_: int) -> R | None:
        return self._one(cls, "id = ?", id_)

    def _one(self, cls: type[R], where: str, value: object) -> R | None:
        cols = ", ".join(_q(c) for c in field_names(cls, with_id=True))
        sql = f"SELECT {cols} FROM {TABLE_OF[cls]} WHERE {where}"
        rows = self._dicts(sql, [value])
        return from_row(cls, rows[0]) if rows else None

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor]

    @_guarded
    def update(self, record: R) -> R:
        """Replace the stored record with the same uuid; raises NotFoundError if there is none."""
        row: dict[str, Any] = to_row(record)
        uuid = row.pop("uuid")
        assign = ", ".join(f"{_q(c)} = ?" for c in row)
        table = TABLE_OF[type(record)]
        with self.transaction():
            cursor = self.conn.execute(
                f"UPDATE {table} SET {assign} WHERE uuid = ?", [*row.values(), uuid]
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no {table} row with uuid {uuid}")
        found = self._one(type(record), "uuid = ?", uuid)
        assert found is not None
        return found

    @_guarded
    def delete(self, cls: type[Record], uuid: str) -> bool:
        """Delete by uuid; True if a row went. References to it are cleared (or cascade)."""
        with self.transaction():
            cursor = self.conn.execute(f"DELETE FROM {TABLE_OF[cls]} WHERE uuid = ?", [uuid])
        return cursor.rowcount > 0

    @_guarded
    def records(
        self,
        cls: type[R],
        *,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        newest_first: bool = False,
    ) -> list[R]:
        """Records in time order, optionally only local dates ``since``…``until`` (inclusive)."""
        cols = ", ".join(_q(c) for c in field_names(cls, with_id=True))
        where: list[str] = []
        params: list[str] = []
        if since is not None:
            where.append("local_date >= ?")
            params.append(since)
        if until is not None:
            where.append("local_date <= ?")
            params.append(until)
        sql = f"SELECT {cols} FROM {TABLE_OF[cls]}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        order = "DESC" if newest_first else "ASC"
        sql += f" ORDER BY {INSTANT_FIELD[cls]} {order}, id {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [from_row(cls, row) for row in self._dicts(sql, list(params))]

    @_guarded
    def plain_rows(self, cls: type[Record], *, with_id: bool = False) -> list[dict[str, Any]]:
        """Every row as a JSON-ready dict in time order, without building records (export)."""
        names = field_names(cls, with_id=with_id)
        cols = ", ".join(_q(c) for c in names)
        order = f"{INSTANT_FIELD[cls]}, id"
        cursor = self.conn.execute(f"SELECT {cols} FROM {TABLE_OF[cls]} ORDER BY {order}")
        if not JSON_FIELDS.intersection(names) and not BOOL_FIELDS.intersection(names):
            return [dict(zip(names, values, strict=True)) for values in cursor]
        return [plain(dict(zip(names, values, strict=True))) for values in cursor]

    @_guarded
    def count(self, cls: type[Record]) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {TABLE_OF[cls]}").fetchone()[0])

    @_guarded
    def uuids(self, cls: type[Record]) -> set[str]:
        return {r[0] for r in self.conn.execute(f"SELECT uuid FROM {TABLE_OF[cls]}")}

    # ---- figures --------------------------------------------------------------------------

    @_guarded
    def daily_stats(self, days: int = 14, today: date | None = None) -> list[statsmod.DayStats]:
        """Per local day, oldest first, for the ``days`` days ending ``today`` (local)."""
        if days < 1:
            raise ValueError("days must be 1 or more")
        last = today or self.clock.now().astimezone().date()
        first = last - timedelta(days=days - 1)
        return statsmod.daily_stats(self.conn, first, last)

    @_guarded
    def check_integrity(self) -> None:
        """Full ``integrity_check`` (slow on big files; quick_check runs at every open)."""
        dbmod.check_integrity(self.conn, self.path, quick=False)


def _daily_backup(conn: sqlite3.Connection, backup_dir: Path, today: date) -> None:
    """Take the day's backup; a failure (disk full, read-only backups folder) is logged and the
    journal still opens: refusing to start would stop the user saving anything at all."""
    try:
        with dbmod.known_errors(backup_dir):
            dbmod.daily_backup(conn, backup_dir, today)
    except dbmod.JournalError as exc:
        log.warning("daily backup skipped: %s", exc)


def _with_id(record: R, new_id: int) -> R:
    import dataclasses

    changes: dict[str, Any] = {"id": new_id}
    return dataclasses.replace(record, **changes)
