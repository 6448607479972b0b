"""Import fuzzing (200 generated + mutated documents here; bench/reliability/import_fuzz.py runs
thousands plus the 100 MB, deeply nested, wrong-encoding and CSV-injection inputs)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_fuzz import check_all_or_nothing, documents, seed_document

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.store import exchange
from hipdesk.store.journal import Journal


def test_fuzzed_imports_are_all_or_nothing(tmp_path: Path) -> None:
    seed = seed_document(tmp_path / "seed.sqlite3")
    journal = Journal.open(tmp_path / "target.sqlite3", FakeClock(), daily_backup=False)
    outcomes: list[str] = []

    @settings(max_examples=200, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(documents(seed))
    def run(doc: object) -> None:
        outcomes.append(check_all_or_nothing(journal, doc))

    try:
        run()
    finally:
        journal.close()
    assert outcomes.count("refused") > 20 and outcomes.count("imported") > 20


@pytest.mark.parametrize(
    "content, words",
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        ('{"note": "été"}'.encode("latin-1"), None),  # not UTF-8
        ('{"format": "hipdesk-journal"}'.encode("utf-16"), None),
        (b'{"format": "hipdesk-journal", "version": NaN, "tables": {}}', "NaN"),
        (b'{"format": "hipdesk-journal", "format": "x", "version": 1, "tables": {}}', "twice"),
        (b"1" * 5000, "not a hipdesk export"),
    ],
)
def test_hostile_files_are_refused_cleanly(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises((exchange.ExchangeError, UnicodeDecodeError)) as info:
        exchange.read_document(path)
    if words:
        assert words in str(info.value)


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:
        fh.truncate(2_000_000)
    with pytest.raises(exchange.ExchangeError, match="larger than an import can be"):
        exchange.read_document(path, max_bytes=1_000_000)


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": "hipdesk-journal"}).encode())
    assert exchange.read_document(path) == {"format": "hipdesk-journal"}


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(min_size=1, max_size=60))
def test_csv_export_neutralises_formula_prefixes(note: str) -> None:
    cell = exchange.neutralise(note)
    assert isinstance(cell, str)
    assert not cell.startswith(exchange.FORMULA_PREFIXES)
    assert cell == note or cell == "'" + note


def test_csv_export_of_injection_notes(tmp_path: Path) -> None:
    journal = Journal.open(tmp_path / "j.sqlite3", FakeClock(), daily_backup=False)
    attacks = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1", "=HYPERLINK(x)"]
    try:
        for note in attacks:
            journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=1, note=note))
        out = io.StringIO()
        exchange.write_csv_table(journal, "pain_entries", out)
    finally:
        journal.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["note"] for r in rows] == ["'" + a for a in attacks]
    for row in rows:
        for key, value in row.items():
            if key not in ("id", "utc_offset_min", "back", "leg"):  # numbers stay numbers
                assert not value.startswith(exchange.FORMULA_PREFIXES), (key, value)
