"""Trial 5: corrupt and foreign journal files (truncated, random bytes, text, a damaged page,
non-hipdesk SQLite, newer schema, locked by another process) through the real CLI processes
and the GUI's open path (tests/reliability/test_rel_corrupt_files.py, run here too): one clear
line, no traceback, the file unchanged, kept aside on "start fresh".

Run: .venv/bin/python bench/reliability/corrupt_files.py
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

import _common

sys.path.insert(0, str(_common.ROOT / "tests" / "reliability"))


def main() -> int:
    from rel_kit import child_env
    from test_rel_corrupt_files import CASES

    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, _kind, words) in CASES.items():
            data = Path(tmp) / name.replace(" ", "_")
            data.mkdir(mode=0o700)
            journal = data / "journal.sqlite3"
            make(journal)
            digest = hashlib.sha256(journal.read_bytes()).hexdigest()
            done = subprocess.run(
                [sys.executable, "-m", "hipdesk", "--data-dir", str(data), "log", "pain", "3"],
                capture_output=True, text=True, env=child_env(), cwd=_common.ROOT, timeout=60,
            )  # fmt: skip
            line = done.stderr.strip()
            same = hashlib.sha256(journal.read_bytes()).hexdigest() == digest
            ok = done.returncode == 1 and words in line and "\n" not in line and same
            print(f"  {name:<17} exit {done.returncode}, unchanged {same}: {line[:150]}")
            if not ok:
                problems.append(name)
    tests = _common.ROOT / "tests" / "reliability" / "test_rel_corrupt_files.py"
    rc = subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          str(tests)], cwd=_common.ROOT)  # fmt: skip
    gui = "ok" if rc == 0 else "FAILED"
    clean = len(CASES) - len(problems)
    print(f"CLI processes: {clean}/{len(CASES)} clean; GUI open path + locked file: {gui}")
    return _common.verdict(not problems and rc == 0, "clear message, file kept, no crash")


if __name__ == "__main__":
    sys.exit(main())
