"""Trial 6: import fuzzing. Hypothesis runs >= 1,000 generated and mutated export documents
against a real journal (all-or-nothing), then hostile files go through `hipdesk import` as
separate processes with their peak RSS measured: 100 MB, deeply nested, wrong encodings,
NaN, duplicate keys, huge numbers; and CSV export of formula-like notes.

Run: .venv/bin/python bench/reliability/import_fuzz.py [--examples 1200]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common

# VmHWM (not ru_maxrss, which Linux carries across fork+exec from the parent) is this
# process's own peak resident set.
MEASURE = (
    "import runpy, sys\n"
    "sys.argv = ['hipdesk'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('hipdesk', run_name='__main__')\n"
    "except SystemExit as e:\n"
    "    code = e.code\n"
    "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1]\n"
    "print('peak-rss-kb', hwm, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def _import(data: Path, path: Path) -> tuple[int, str, float]:
    from rel_kit import child_env

    done = subprocess.run([sys.executable, "-c", MEASURE, "--data-dir", str(data), "import",
                           str(path)], capture_output=True, text=True, env=child_env(),
                          cwd=_common.ROOT, timeout=600)  # fmt: skip
    lines = done.stderr.strip().splitlines()
    rss = float(lines[-1].split()[-1]) / 1024 if lines and "peak-rss-kb" in lines[-1] else -1
    message = "\n".join(x for x in lines if "peak-rss-kb" not in x)
    return done.returncode, message, rss


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=1200)
    args = parser.parse_args()
    from hypothesis import HealthCheck, given, settings
    from rel_fuzz import check_all_or_nothing, documents, seed_document

    from hipdesk.core.clock import FakeClock
    from hipdesk.core.models import PainEntry, new_uuid
    from hipdesk.store import exchange
    from hipdesk.store.journal import Journal

    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seed = seed_document(work / "seed.sqlite3", rows=4)
        journal = Journal.open(work / "target.sqlite3", FakeClock(), daily_backup=False)
        outcomes: list[str] = []

        @settings(max_examples=args.examples, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))  # fmt: skip
        @given(documents(seed))
        def fuzz(doc: object) -> None:
            outcomes.append(check_all_or_nothing(journal, doc))

        t0 = time.perf_counter()
        try:
            fuzz()
        except Exception as exc:  # a counterexample: report it
            problems.append(f"fuzz: {type(exc).__name__}: {exc}")
        finally:
            journal.close()
        took = time.perf_counter() - t0
        print(f"  fuzzed documents: {len(outcomes)} ({outcomes.count('imported')} imported, "
              f"{outcomes.count('refused')} refused whole), {took:.0f} s")  # fmt: skip

        # hostile files through the real CLI, peak RSS per process
        data = work / "data"
        hostile = {
            "deeply nested": b"[" * 1_000_000 + b"]" * 1_000_000,
            "UTF-16": json.dumps(seed).encode("utf-16"),
            "latin-1": '{"format": "hipdesk-journal", "app_version": "été"}'.encode("latin-1"),
            "NaN": b'{"format": "hipdesk-journal", "version": NaN, "tables": {}}',
            "duplicate keys": b'{"format": "hipdesk-journal", "format": "x"}',
            "5000-digit number": b"1" * 5000,
        }
        for name, content in hostile.items():
            path = work / "in.json"
            path.write_bytes(content)
            rc, message, rss = _import(data, path)
            print(f"  {name:<18} exit {rc}, peak RSS {rss:5.0f} MB: {message[:110]}")
            if rc != 2 or "Traceback" in message:
                problems.append(f"{name}: exit {rc} {message[-300:]}")
        # 100 MB: a valid-looking document padded with rows
        big = work / "big.json"
        row = json.dumps(seed["tables"]["pain_entries"][0])
        with big.open("w", encoding="utf-8") as fh:
            fh.write('{"format": "hipdesk-journal", "version": 1, "tables": {"pain_entries": [')
            for i in range(100_000_000 // (len(row) + 2)):
                fh.write(",\n" + row if i else row)
            fh.write("]}}")
        rc, message, rss = _import(data, big)
        print(f"  100 MB document   exit {rc}, peak RSS {rss:5.0f} MB: {message[:110]}")
        if rc != 2 or rss > 300:
            problems.append(f"100 MB: exit {rc}, {rss:.0f} MB")
        # the largest accepted size still imports within bounded memory
        limit_doc = work / "limit.json"
        with limit_doc.open("w", encoding="utf-8") as fh:
            fh.write('{"format": "hipdesk-journal", "version": 1, "tables": {"pain_entries": [')
            for i in range((exchange.MAX_IMPORT_BYTES - 4096) // (len(row) + 2)):
                fh.write(",\n" + row if i else row)
            fh.write("]}}")
        rc, message, rss_max = _import(data, limit_doc)
        print(f"  {exchange.MAX_IMPORT_BYTES / 2**20:.0f} MiB (the cap) exit {rc}, peak RSS "
              f"{rss_max:5.0f} MB: {message[:80]}")  # fmt: skip
        if rc not in (0, 2) or "Traceback" in message or rss_max > 1500:
            problems.append(f"at the cap: exit {rc}, {rss_max:.0f} MB {message[-200:]}")
        # CSV injection
        j = Journal.open(work / "csv.sqlite3", FakeClock(), daily_backup=False)
        attacks = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"]
        for note in attacks:
            j.add(PainEntry(new_uuid(), *j.stamp_now(), back=1, note=note))
        exchange.export_csv(j, work / "csv")
        j.close()
        with (work / "csv" / "pain_entries.csv").open(encoding="utf-8", newline="") as fh:
            notes = [r["note"] for r in csv.DictReader(fh)]
        neutral = all(n.startswith("'") for n in notes) and len(notes) == len(attacks)
        print(f"  CSV export: {len(notes)} formula-like notes, all prefixed with ': {neutral}")
        if not neutral:
            problems.append(f"CSV: {notes}")
    for p in problems:
        print("  PROBLEM:", p[:500])
    ok = not problems and len(outcomes) >= 1000
    return _common.verdict(ok, ">= 1000 documents all-or-nothing, hostile files refused, "
                           "bounded memory, CSV neutralised")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
