"""Export and import off the GUI thread, with cancel.

A :class:`ExchangeWorker` is a QThread that opens its OWN journal connection on the same file
(sqlite connections belong to the thread that made them; WAL lets a reader and a writer work
side by side and the busy timeout makes a second writer wait). It runs the same store code as
the CLI (``hipdesk.store.exchange``) and leaves the result in :attr:`outcome` before Qt's
``finished`` signal, which reaches slots on the GUI thread after ``run`` has returned.

Cancel (:meth:`cancel`, any thread) is safe at every point:

- export writes to a hidden temp file beside the target and renames it only when complete, so a
  cancelled or failed export leaves no file; CSV goes to a temp folder first, the same way;
- import validates, then inserts in one transaction; a SQLite progress handler aborts the running
  statement once cancel is asked, which rolls the whole transaction back. A cancel that arrives
  after COMMIT is too late: the outcome then says what was imported.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from hipdesk.core.clock import Clock

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

log = logging.getLogger(__name__)

PROGRESS_OPS = 200  # SQLite VM steps between cancel checks (cheap: one Event.is_set)


class Task(Enum):
    EXPORT_JSON = "export-json"
    EXPORT_CSV = "export-csv"
    IMPORT_JSON = "import-json"


class Cancelled(Exception):  # noqa: N818  (a request, not an error)
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class Outcome:
    task: Task
    ok: bool
    message: str  # one line for the user (result or problem)
    cancelled: bool = False
    path: Path | None = None
    rows: int = 0
    result: Any = None  # ImportResult for an import


class BackgroundTask(QThread):
    """A QThread that leaves an :class:`Outcome`-like value in ``outcome`` and can be cancelled.

    ``phase`` names the step running (read it for tests and progress text only).
    """

    progress = Signal(str)  # what is happening now, for the progress dialog

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.outcome: Any = None
        self.phase = "waiting"

    def cancel(self) -> None:
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _checkpoint(self) -> None:
        """Stop here if cancel was asked (called between steps and while writing)."""
        if self._cancel.is_set():
            raise Cancelled

    def _enter(self, phase: str, text: str) -> None:
        self.phase = phase
        self._checkpoint()
        self.progress.emit(text)


class _CheckedWriter:
    """A text stream that checks for cancel before every write (``write_json`` writes a table
    at a time, so cancel is noticed between tables)."""

    def __init__(self, out: IO[str], checkpoint: Any) -> None:
        self._out = out
        self._checkpoint = checkpoint

    def write(self, text: str) -> int:
        self._checkpoint()
        return self._out.write(text)


class ExchangeWorker(BackgroundTask):
    def __init__(
        self,
        task: Task,
        journal_path: Path,
        clock: Clock,
        target: Path,
        *,
        app_version: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.task = task
        self.journal_path = journal_path
        self.clock = clock
        self.target = target
        self.app_version = app_version
        self.journal: Journal | None = None  # the worker's own connection, while it runs

    # ---- the thread ---------------------------------------------------------------------

    def run(self) -> None:
        try:
            self.outcome = self._work()
        except Cancelled:
            self.outcome = self._cancelled()
        except BaseException as exc:
            if self.cancel_requested() and _is_interrupt(exc):
                self.outcome = self._cancelled()
            else:
                self.outcome = Outcome(self.task, False, self._problem(exc))
        finally:
            self.phase = "done"
            if self.journal is not None:
                self.journal.close()
                self.journal = None

    def _work(self) -> Outcome:
        if self.task is Task.IMPORT_JSON:
            return self._import()
        if self.task is Task.EXPORT_CSV:
            return self._export_csv()
        return self._export_json()

    def _open(self) -> Journal:
        from hipdesk.store.journal import Journal

        self._enter("opening", QCoreApplication.translate("ExchangeWorker", "Opening the journal…"))
        journal = Journal.open(self.journal_path, self.clock, daily_backup=False)
        self.journal = journal
        # Abort the running statement once cancel is asked (non-zero return = interrupt).
        journal.conn.set_progress_handler(self._tick, PROGRESS_OPS)
        return journal

    def _tick(self) -> bool:
        return self.cancel_requested()

    # ---- export -------------------------------------------------------------------------

    def _export_json(self) -> Outcome:
        from hipdesk.store import exchange

        journal = self._open()
        self._enter("reading", QCoreApplication.translate("ExchangeWorker", "Reading the journal…"))
        doc = exchange.export_document(journal, app_version=self.app_version, include_settings=True)
        rows = sum(len(v) for v in doc["tables"].values())
        self._enter(
            "writing",
            QCoreApplication.translate("ExchangeWorker", "Writing {name}…").format(
                name=self.target.name
            ),
        )
        fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp",
                                    dir=self.target.parent)  # fmt: skip
        tmp = Path(name)  # mkstemp makes it 0600: the export is health data
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                exchange.write_json(doc, cast(IO[str], _CheckedWriter(fh, self._checkpoint)))
                fh.flush()
                os.fsync(fh.fileno())
            self._enter("finishing", QCoreApplication.translate("ExchangeWorker", "Finishing…"))
            tmp.replace(self.target)
        finally:
            tmp.unlink(missing_ok=True)
        message = QCoreApplication.translate(
            "ExchangeWorker", "Exported {rows} entries to {target}"
        )
        return Outcome(
            self.task,
            True,
            message.format(rows=f"{rows:,}", target=self.target),
            path=self.target,
            rows=rows,
        )

    def _export_csv(self) -> Outcome:
        from hipdesk.store import exchange

        journal = self._open()
        folder = self.target
        self._enter(
            "writing",
            QCoreApplication.translate("ExchangeWorker", "Writing CSV files to {name}…").format(
                name=folder.name
            ),
        )
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        staging = Path(tempfile.mkdtemp(prefix=".hipdesk-csv-", dir=folder))
        try:
            counts = exchange.export_csv(journal, staging)
            self._enter("finishing", QCoreApplication.translate("ExchangeWorker", "Finishing…"))
            for name in counts:  # same folder: each rename is atomic
                (staging / f"{name}.csv").replace(folder / f"{name}.csv")
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        rows = sum(counts.values())
        message = QCoreApplication.translate(
            "ExchangeWorker", "Exported {rows} entries as {files} CSV files to {folder}"
        )
        return Outcome(
            self.task,
            True,
            message.format(rows=f"{rows:,}", files=len(counts), folder=folder),
            path=folder,
            rows=rows,
        )

    # ---- import -------------------------------------------------------------------------

    def _import(self) -> Outcome:
        from hipdesk.store import exchange

        self._enter(
            "reading",
            QCoreApplication.translate("ExchangeWorker", "Reading {name}…").format(
                name=self.target.name
            ),
        )
        doc = exchange.read_document(self.target)
        journal = self._open()
        self._enter(
            "importing", QCoreApplication.translate("ExchangeWorker", "Checking and importing…")
        )
        result = exchange.import_document(journal, doc)  # one transaction; cancel rolls back
        self.phase = "committed"
        added, skipped = result.total_added, result.total_skipped
        message = QCoreApplication.translate(
            "ExchangeWorker", "Imported {added} entries; {skipped} were already here."
        ).format(added=f"{added:,}", skipped=f"{skipped:,}")
        if result.settings:
            message += QCoreApplication.translate(
                "ExchangeWorker", " {count} settings were applied."
            ).format(count=result.settings)
        if self.cancel_requested():
            message += QCoreApplication.translate(
                "ExchangeWorker", " (Cancel came after the import was saved.)"
            )
        return Outcome(self.task, True, message, path=self.target, rows=added, result=result)

    # ---- messages -----------------------------------------------------------------------

    def _cancelled(self) -> Outcome:
        if self.task is Task.IMPORT_JSON:
            text = QCoreApplication.translate(
                "ExchangeWorker", "Import cancelled; nothing was imported."
            )
        else:
            text = QCoreApplication.translate(
                "ExchangeWorker", "Export cancelled; no file was written."
            )
        return Outcome(self.task, False, text, cancelled=True)

    def _problem(self, exc: BaseException) -> str:
        import json

        from hipdesk.core.models import ValidationError
        from hipdesk.store.db import JournalError

        lead = (
            QCoreApplication.translate("ExchangeWorker", "Nothing was imported")
            if self.task is Task.IMPORT_JSON
            else QCoreApplication.translate("ExchangeWorker", "Not exported")
        )
        if isinstance(exc, JournalError):
            detail = exc.one_line()
        elif isinstance(exc, json.JSONDecodeError):
            detail = QCoreApplication.translate(
                "ExchangeWorker", "{name} is not valid JSON (line {line})"
            ).format(name=self.target.name, line=exc.lineno)
        elif isinstance(exc, UnicodeDecodeError):
            detail = QCoreApplication.translate(
                "ExchangeWorker", "{name} is not UTF-8 text"
            ).format(name=self.target.name)
        elif isinstance(exc, OSError):
            where = exc.filename or self.target
            detail = f"{exc.strerror or exc} ({where})"
        elif isinstance(exc, ValidationError):
            detail = str(exc)
        else:
            log.error("%s failed", self.task.value, exc_info=exc)
            detail = QCoreApplication.translate(
                "ExchangeWorker", "unexpected error ({error}); details are in the log"
            ).format(error=f"{type(exc).__name__}: {exc}")
        return (
            QCoreApplication.translate("ExchangeWorker", "{lead}: {detail}")
            .format(lead=lead, detail=detail)
            .replace("\n", " ")
        )


def _is_interrupt(exc: BaseException) -> bool:
    import sqlite3

    seen: BaseException | None = exc
    while seen is not None:  # known_errors may have wrapped it
        if isinstance(seen, sqlite3.Error) and "interrupt" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False
