"""Sitting rows the journal could not take yet: kept in order, retried on the next ticks.

A full disk, a journal locked by another program or an I/O error must not lose a finished
stretch or a prompt outcome, and must not raise out of a tick into the exception dialog once a
minute. :class:`PendingWrites` tries each write at once; on a known journal error the row joins
a small bounded queue (oldest dropped beyond :data:`MAX_PENDING`, with a warning) that
:meth:`flush` retries in order on every tick, stopping at the first failure so order is kept.
One warning is logged when saving starts failing and one info line when everything is saved.

Retries never duplicate: a retried ``add`` first asks whether the uuid is already stored (the
failure may have come after the commit). Rows the journal can never take (an integrity error, an
update of a row that is gone) are logged and dropped instead of blocking the queue.

The queue is mirrored to a small JSON file next to the sitting checkpoint whenever it changes,
so a crash while rows are waiting loses nothing either; the next start loads and retries them.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from collections import deque
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from hipdesk.core.models import BreakPrompt, SittingSpan, new_uuid, stamp, utc_text
from hipdesk.paths import write_atomic
from hipdesk.store.db import JournalError

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal
    from hipdesk.store.records import Record

log = logging.getLogger(__name__)

MAX_PENDING = 500
PENDING_FILE = "sitting-pending.json"
Row = SittingSpan | BreakPrompt
_KINDS: dict[str, type[Row]] = {"sitting_span": SittingSpan, "break_prompt": BreakPrompt}
RETRYABLE = (JournalError, sqlite3.Error, OSError)


@dataclass(frozen=True)
class PendingOp:
    kind: Literal["add", "update"]
    record: Row


def _permanent(exc: BaseException) -> bool:
    from hipdesk.store.journal import NotFoundError

    return isinstance(exc, sqlite3.IntegrityError | NotFoundError)


class PendingWrites:
    """Writes rows through to the journal, keeping the ones it refuses for later."""

    def __init__(self, journal: Journal, path: Path | None = None, limit: int = MAX_PENDING):
        self._journal = journal
        self._path = path
        self._limit = limit
        self._ops: deque[PendingOp] = deque()
        self._file_warned = False
        self.durable = True  # every queued row is also in the file (or nothing is queued)
        self.dropped = 0
        self._load()

    def __len__(self) -> int:
        return len(self._ops)

    def holds(self, uuid: str) -> bool:
        return any(op.kind == "add" and op.record.uuid == uuid for op in self._ops)

    def stored(self, cls: type[Record], uuid: str, *, unknown: bool = False) -> bool:
        """Whether the journal has that row; ``unknown`` when it cannot be read right now."""
        try:
            return self._journal.exists(cls, uuid)
        except RETRYABLE as exc:  # a queued add re-checks before writing, so no duplicate
            log.warning("journal check failed: %s", exc)
            return unknown

    def add(self, record: Row) -> Row:
        """Store a new row now if possible; the stored row (with id) or the row as queued."""
        return self._submit(PendingOp("add", record))

    def update(self, record: Row) -> Row:
        return self._submit(PendingOp("update", record))

    def flush(self) -> int:
        """Retry queued rows in order until one fails; returns how many are still waiting."""
        if not self._ops:
            return 0
        saved = 0
        while self._ops:
            try:
                self._apply(self._ops[0], retry=True)
            except RETRYABLE as exc:
                if not _permanent(exc):
                    log.debug("sitting rows still not saved: %s", exc)
                    break
                log.warning("dropping a sitting row the journal refuses for good: %s", exc)
            self._ops.popleft()
            saved += 1
        if saved:
            self._mirror()
            if not self._ops:
                log.info("saved the sitting rows that were waiting (%d)", saved)
        return len(self._ops)

    # -- internals ---------------------------------------------------------------------------

    def _submit(self, op: PendingOp) -> Row:
        if self.flush() == 0:  # keep order: anything older goes first
            try:
                return self._apply(op, retry=False)
            except RETRYABLE as exc:
                if _permanent(exc):
                    raise
                log.warning(
                    "could not save sitting data to the journal (%s); keeping it and retrying",
                    exc.one_line() if isinstance(exc, JournalError) else exc,
                )
        self._ops.append(op)
        while len(self._ops) > self._limit:
            lost = self._ops.popleft()
            self.dropped += 1
            log.warning("too many unsaved sitting rows: dropped the oldest (%s)", lost.record.uuid)
        self._mirror()
        return op.record

    def _apply(self, op: PendingOp, *, retry: bool) -> Row:
        record = op.record
        if op.kind == "update":
            return self._journal.update(record)
        if retry and self._journal.exists(type(record), record.uuid):
            return record  # the earlier attempt did commit before it failed
        return self._journal.add(record)

    def _mirror(self) -> None:
        """Keep the file in step with the queue (removed when empty)."""
        self.durable = not self._ops
        if self._path is None:
            return
        try:
            if not self._ops:
                self._path.unlink(missing_ok=True)
                return
            data = [
                {"op": op.kind, "kind": _kind_name(op.record), "row": dataclasses.asdict(op.record)}
                for op in self._ops
            ]
            write_atomic(self._path, json.dumps({"version": 1, "pending": data}).encode())
            self._file_warned, self.durable = False, True
        except OSError as exc:
            if not self._file_warned:
                log.warning("cannot keep unsaved sitting rows in %s: %s", self._path, exc)
                self._file_warned = True

    def _load(self) -> None:
        if self._path is None:
            return
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
            for item in data["pending"]:
                cls = _KINDS[item["kind"]]
                kind = "update" if item["op"] == "update" else "add"
                self._ops.append(PendingOp(kind, cls(**item["row"])))
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("ignoring unreadable pending sitting rows %s: %s", self._path, exc)
            self._ops.clear()
            self._path.unlink(missing_ok=True)
            return
        log.info("retrying %d sitting row(s) left unsaved by the last run", len(self._ops))


def span_row(
    uuid: str, source: str, start: datetime, end: datetime, ended_by: str, zone: tzinfo
) -> SittingSpan:
    return SittingSpan(uuid, *stamp(start.astimezone(zone)), ended_at=utc_text(end),
                       source=source, ended_by=ended_by)  # fmt: skip


def prompt_row(
    zone: tzinfo, shown: datetime, sitting: float, outcome: str, responded: datetime | None,
    link: str | None = None,
) -> BreakPrompt:  # fmt: skip
    return BreakPrompt(
        new_uuid(), *stamp(shown.astimezone(zone)),
        sitting_seconds=max(0, round(sitting)), outcome=outcome,
        responded_at=None if responded is None else utc_text(max(responded, shown)),
        routine_session_uuid=link,
    )  # fmt: skip


def _kind_name(record: Row) -> str:
    return "sitting_span" if isinstance(record, SittingSpan) else "break_prompt"
