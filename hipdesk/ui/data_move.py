"""Moving the data folder: copy → verify → switch, leaving the old folder untouched.

1. **Check the target** (:func:`target_problem`, on the GUI thread, before anything is copied):
   an empty or new folder, writable, not the current folder nor inside it, with room to spare.
2. **Copy** (:class:`MoveWorker`, off the GUI thread): the journal with the SQLite backup API from
   a read snapshot (the row counts are taken in the same snapshot), then every other file in the
   folder (backups/, and config/state when ``--data-dir`` keeps them there) by plain copy.
3. **Verify**: ``integrity_check`` on the copy, row counts per table equal to the snapshot's,
   and each other file read back from the target equal to its source (size and CRC-32).
4. **Switch** is the composition root's job (the card emits ``data_folder_moved``). Just before
   that the card compares the snapshot's counts with the open journal's on the GUI thread (the
   only thread that writes): if an entry was saved during the copy, the copy is removed and
   nothing switches.

A failure or cancel at any step removes what was copied (the folder itself when it was created
here) and leaves the current folder as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from hipdesk.paths import JOURNAL_FILE
from hipdesk.store.db import snapshot_copy, verify_copy
from hipdesk.ui.exchange_worker import BackgroundTask, Cancelled

SPARE_SPACE = 1.1  # ask for 10 % more free space than the folder uses
SKIP_SUFFIXES = ("-wal", "-shm", "-journal")  # the journal's side files: the copy has none


class MoveError(Exception):
    """The copy could not be made or did not verify; ``str()`` is one line for the user."""


@dataclass(frozen=True)
class MoveOutcome:
    ok: bool
    message: str
    target: Path
    cancelled: bool = False
    counts: dict[str, int] = field(default_factory=dict)  # rows per table, in the copy
    files: int = 0  # other files copied (backups, config)


# Messages for the user go through QCoreApplication.translate, which is thread-safe: the
# worker runs off the GUI thread.


# ---- checks -------------------------------------------------------------------------------


def folder_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            if path.is_file() and not path.is_symlink():
                total += path.stat().st_size
    return total


def target_problem(current: Path, target: Path) -> str | None:
    """Why ``target`` cannot receive the data folder (one sentence), or None if it can.

    Creates nothing (a probe file is made and removed again to prove it is writable)."""
    try:
        current = current.expanduser().resolve()
        target = target.expanduser().resolve()
    except (OSError, RuntimeError) as exc:
        return QCoreApplication.translate(
            "DataMove", "That folder cannot be used ({error})."
        ).format(error=exc)
    if target == current:
        return QCoreApplication.translate(
            "DataMove", "That is the current data folder; choose another one."
        )
    if current in target.parents:
        return QCoreApplication.translate(
            "DataMove", "That folder is inside the current data folder; choose one outside it."
        )
    if target.exists():
        if not target.is_dir():
            return QCoreApplication.translate(
                "DataMove", "{target} is a file, not a folder."
            ).format(target=target)
        try:
            if any(target.iterdir()):
                return QCoreApplication.translate(
                    "DataMove", "{target} is not empty; choose an empty or new folder."
                ).format(target=target)
        except OSError as exc:
            return QCoreApplication.translate(
                "DataMove", "{target} cannot be read ({error})."
            ).format(target=target, error=exc.strerror or exc)
        probe_dir = target
    else:
        probe_dir = next((p for p in target.parents if p.exists()), Path(target.anchor))
        if not probe_dir.is_dir():
            return QCoreApplication.translate(
                "DataMove", "{target} cannot be created: {folder} is not a folder."
            ).format(target=target, folder=probe_dir)
    try:
        fd, name = tempfile.mkstemp(prefix=".hipdesk-probe-", dir=probe_dir)
        os.close(fd)
        Path(name).unlink()
    except OSError as exc:
        return QCoreApplication.translate("DataMove", "{folder} is not writable ({error}).").format(
            folder=probe_dir, error=exc.strerror or exc
        )
    try:
        needed = folder_size(current) * SPARE_SPACE
        free = shutil.disk_usage(probe_dir).free
    except OSError:
        return None  # the copy will say what went wrong
    if free < needed:
        return QCoreApplication.translate(
            "DataMove", "Not enough free space at {folder}: {free} MB free, {needed} MB needed."
        ).format(folder=probe_dir, free=f"{free / 1e6:,.0f}", needed=f"{needed / 1e6:,.0f}")
    return None


# ---- copy and verify ----------------------------------------------------------------------


def copy_journal(source: Path, dest: Path) -> dict[str, int]:
    """Copy with the backup API; return the row counts of the snapshot that was copied."""
    return snapshot_copy(source, dest)


def verify_journal(copy: Path, expected: dict[str, int]) -> None:
    problems = verify_copy(copy, expected)
    if problems and problems[0].startswith("integrity_check: "):
        raise MoveError(
            QCoreApplication.translate(
                "DataMove", "the copied journal failed its integrity check ({result})"
            ).format(result=problems[0].removeprefix("integrity_check: "))
        )
    if problems:
        raise MoveError(
            QCoreApplication.translate(
                "DataMove", "the copied journal has different row counts ({tables})"
            ).format(tables=", ".join(problems))
        )


def _skip(rel: Path, name: str) -> bool:
    if name.endswith(".tmp"):  # a backup or export being written right now
        return True
    return rel == Path() and (
        name == JOURNAL_FILE or any(name == JOURNAL_FILE + s for s in SKIP_SUFFIXES)
    )


def _crc32(path: Path, checkpoint: object = None) -> int:
    crc = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            if callable(checkpoint):
                checkpoint()  # a cancel is honoured within a megabyte
            crc = zlib.crc32(chunk, crc)
    return crc


def copy_other_files(source: Path, target: Path, checkpoint: object = None) -> int:
    """Copy every other regular file (backups, config, ...) and read each copy back to check
    it (size and CRC-32: a failing drive can write the right length of wrong bytes); returns
    how many. Symlinks and special files are left out."""
    copied = 0
    for root, dirs, files in os.walk(source):
        here = Path(root)
        rel = here.relative_to(source)
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
        for d in dirs:
            (target / rel / d).mkdir(mode=0o700, exist_ok=True)
        for name in sorted(files):
            src = here / name
            if _skip(rel, name) or src.is_symlink() or not src.is_file():
                continue
            if callable(checkpoint):
                checkpoint()
            dst = target / rel / name
            shutil.copy2(src, dst)
            if dst.stat().st_size != src.stat().st_size or _crc32(dst, checkpoint) != _crc32(
                src, checkpoint
            ):
                raise MoveError(
                    QCoreApplication.translate(
                        "DataMove", "{file} was not copied correctly"
                    ).format(file=rel / name)
                )
            copied += 1
    return copied


def remove_copy(target: Path, created: Path | None) -> None:
    """Undo a copy: remove the folder made here, or empty the (formerly empty) target."""
    if created is not None:
        shutil.rmtree(created, ignore_errors=True)
        return
    if target.is_dir():
        for child in target.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)


def first_missing(target: Path) -> Path | None:
    """The top-most folder that ``mkdir(parents=True)`` would create (None if it exists)."""
    if target.exists():
        return None
    missing = target
    for parent in target.parents:
        if parent.exists():
            break
        missing = parent
    return missing


class MoveWorker(BackgroundTask):
    """Copies and verifies the data folder; ``outcome`` is a :class:`MoveOutcome`."""

    def __init__(self, source: Path, target: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source.resolve()
        self.target = target.expanduser().resolve()
        self.created: Path | None = None

    def run(self) -> None:
        try:
            self.outcome = self._work()
        except Cancelled:
            remove_copy(self.target, self.created)
            self.outcome = MoveOutcome(
                False,
                QCoreApplication.translate("DataMove", "Move cancelled; nothing was changed."),
                self.target,
                cancelled=True,
            )
        except BaseException as exc:
            remove_copy(self.target, self.created)
            detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
            message = QCoreApplication.translate(
                "DataMove", "Not moved: {error}. The current folder is unchanged."
            )
            self.outcome = MoveOutcome(False, message.format(error=f"{detail}{where}"), self.target)
        finally:
            self.phase = "done"

    def _work(self) -> MoveOutcome:
        self._enter(
            "preparing",
            QCoreApplication.translate("DataMove", "Preparing {target}…").format(
                target=self.target
            ),
        )
        self.created = first_missing(self.target)
        self.target.mkdir(parents=True, exist_ok=True, mode=0o700)
        counts: dict[str, int] = {}
        journal = self.source / JOURNAL_FILE
        if journal.is_file():
            self._enter("journal", QCoreApplication.translate("DataMove", "Copying the journal…"))
            try:
                counts = copy_journal(journal, self.target / JOURNAL_FILE)
            except sqlite3.Error as exc:
                raise MoveError(
                    QCoreApplication.translate(
                        "DataMove", "the journal could not be copied ({error})"
                    ).format(error=exc)
                ) from exc
            self._enter("verifying", QCoreApplication.translate("DataMove", "Checking the copy…"))
            verify_journal(self.target / JOURNAL_FILE, counts)
        self._enter(
            "files", QCoreApplication.translate("DataMove", "Copying backups and settings…")
        )
        files = copy_other_files(self.source, self.target, self._checkpoint)
        self.phase = "copied"
        rows = sum(counts.values())
        return MoveOutcome(
            True,
            QCoreApplication.translate(
                "DataMove", "Copied and checked {rows} journal rows and {files} other files."
            ).format(rows=f"{rows:,}", files=files),
            self.target,
            counts=counts,
            files=files,
        )
