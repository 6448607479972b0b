"""Trial 4: disk full and read-only on a real size-limited tmpfs (as root; otherwise the
SQLite-level fault injection of tests/reliability/test_rel_disk_full.py runs instead).

The CLI and the GUI pain form (in-process, offscreen) write to a journal on a 2 MB tmpfs that
is then filled: the CLI says so in one line, the form says "Not saved" and keeps its values,
nothing stored is damaged; after space returns both save again. Then the same with the
filesystem remounted read-only.

Run (root): .venv/bin/python bench/reliability/disk_full.py
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import _common


def _mount(point: Path) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(point)],
                          capture_output=True, text=True)  # fmt: skip
    return done.returncode == 0


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    for size in (4096, 512, 1):  # the last scraps too
        try:
            with filler.open("ab") as fh:
                while True:
                    fh.write(b"\0" * size)
                    fh.flush()
        except OSError:
            pass
    return filler


def _cli(data: Path, *argv: str) -> tuple[int, str]:
    from hipdesk import cli

    out, err = io.StringIO(), io.StringIO()
    rc = cli.run(cli.parse(["--data-dir", str(data), *argv]), out, err)
    return rc, (out.getvalue() + err.getvalue()).strip()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841
    import hipdesk.ui.rc_resources  # noqa: F401
    from hipdesk.core.catalogue import load_catalogue
    from hipdesk.core.clock import SystemClock
    from hipdesk.core.models import PainEntry
    from hipdesk.store.journal import Journal
    from hipdesk.ui.pain_form import PainForm

    with tempfile.TemporaryDirectory() as tmp:
        point = Path(tmp) / "mnt"
        point.mkdir()
        if not _mount(point):
            print("tmpfs not mountable here (not root?): running the fault-injection tests")
            tests = _common.ROOT / "tests" / "reliability" / "test_rel_disk_full.py"
            rc = subprocess.call([sys.executable, "-m", "pytest", "-q", str(tests)],
                                 cwd=_common.ROOT)  # fmt: skip
            return _common.verdict(rc == 0, "disk full / read-only by fault injection")
        problems: list[str] = []
        try:
            data = point / "data"
            for n in range(5):
                assert _cli(data, "log", "pain", str(n), "--note", "before")[0] == 0
            journal_path = data / "journal.sqlite3"
            journal = Journal.open(journal_path, SystemClock(), backup_dir=data / "backups")
            filler = _fill(point)
            rc, line = _cli(data, "log", "pain", "6", "--note", "€" * 1500)
            print(f"  CLI on a full disk: exit {rc}: {line}")
            if rc != 1 or "full" not in line:
                problems.append(f"CLI disk full: {rc} {line}")
            form = PainForm(journal, SystemClock(), load_catalogue().texts)
            form.back.scale.set_value(6)
            form.note.setPlainText("€" * 1500)
            saved = form.save()
            kept = form.back.scale.value() == 6 and len(form.note.toPlainText()) == 1500
            print(f"  GUI form on a full disk: {form.error.text()!r}; values kept: {kept}")
            if saved is not None or "Not saved" not in form.error.text():
                problems.append("GUI form saved or said nothing on a full disk")
            if form.back.scale.value() != 6 or len(form.note.toPlainText()) != 1500:
                problems.append("GUI form lost its values")
            journal.check_integrity()
            if journal.count(PainEntry) != 5:
                problems.append(f"stored entries changed: {journal.count(PainEntry)}")
            filler.unlink()  # space returns
            if form.save() is None:
                problems.append(f"GUI form did not save after space returned: {form.error.text()}")
            rc, line = _cli(data, "log", "pain", "6", "--note", "after")
            if rc != 0:
                problems.append(f"CLI did not save after space returned: {line}")
            journal.check_integrity()
            total = journal.count(PainEntry)
            print(f"  after space returned: {total} entries, integrity ok")
            if total != 7:
                problems.append(f"expected 7 entries, found {total}")
            # read-only filesystem (the files must be closed for the remount)
            journal.close()
            form.deleteLater()
            subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
            rc, line = _cli(data, "log", "pain", "2")
            print(f"  CLI on a read-only filesystem: exit {rc}: {line}")
            if rc != 1 or not ("read-only" in line or "cannot open" in line):
                problems.append(f"CLI read-only: {rc} {line}")
            from hipdesk.store.db import JournalError

            try:
                Journal.open(journal_path, SystemClock(), backup_dir=data / "backups").close()
                problems.append("the GUI's open path opened a journal on a read-only fs")
            except JournalError as exc:
                print(
                    f"  GUI open on a read-only filesystem (recovery dialog text): {exc.one_line()}"
                )
            subprocess.run(["mount", "-o", "remount,rw", str(point)], check=True)
            journal = Journal.open(journal_path, SystemClock(), backup_dir=data / "backups")
            form = PainForm(journal, SystemClock(), load_catalogue().texts)
            form.back.scale.set_value(3)
            if form.save() is None:
                problems.append(f"GUI form did not save after rw: {form.error.text()}")
            journal.check_integrity()
            total = journal.count(PainEntry)
            journal.close()
            print(f"  after remount rw: {total} entries, integrity ok")
        finally:
            subprocess.run(["umount", "-l", str(point)], check=False)
    for p in problems:
        print("  PROBLEM:", p)
    return _common.verdict(not problems, "not saved + values kept, nothing damaged, recovery")


if __name__ == "__main__":
    sys.exit(main())
