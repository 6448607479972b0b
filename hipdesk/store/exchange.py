"""Export and import of the journal (format described in docs/data-format.md).

JSON import is all-or-nothing: the whole document is validated first (format, version, types,
ranges, vocabularies, duplicate uuids, references), then new rows are inserted in one
transaction. Rows whose uuid is already in the journal are skipped, so re-importing adds nothing.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from hipdesk.core.models import ValidationError, check_instant
from hipdesk.store import settings as settings_mod
from hipdesk.store.journal import Journal
from hipdesk.store.records import REFERENCES, TABLES, Record, field_names, from_dict

FORMAT = "hipdesk-journal"
VERSION = 1
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Ten years of heavy use export to ~30 MB; parsing costs ~5x the file size in memory, so
# the cap keeps an import (CLI or GUI worker) near 300 MB whatever file is chosen. A larger
# export can be imported table by table (`hipdesk export --table T`).
MAX_IMPORT_BYTES = 64 * 1024 * 1024


class ExchangeError(ValidationError):
    """The document cannot be imported; ``str()`` names the first problem."""


@dataclass
class ImportResult:
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # uuid already in the journal
    settings: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_skipped(self) -> int:
        return sum(self.skipped.values())


def _tables(selected: Iterable[str] | None) -> list[str]:
    names = list(TABLES) if selected is None else list(selected)
    for name in names:
        if name not in TABLES:
            raise ValueError(f"unknown table {name!r} (one of {', '.join(TABLES)})")
    return names


# ---- JSON ---------------------------------------------------------------------------------


def export_document(
    journal: Journal,
    *,
    app_version: str,
    include_settings: bool = False,
    tables: Iterable[str] | None = None,
) -> dict[str, Any]:
    from hipdesk.core.models import utc_text

    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": utc_text(journal.clock.now()),
        "app_version": app_version,
        "tables": {name: journal.plain_rows(TABLES[name]) for name in _tables(tables)},
    }
    if include_settings:
        doc["settings"] = settings_mod.Settings(journal).stored()
    return doc


def write_json(doc: dict[str, Any], out: IO[str]) -> None:
    """Pretty enough to read and diff (one row per line), fast enough for 10 years of data.

    ``json.dump(indent=...)`` runs the pure-Python encoder; one compact ``dumps`` per row
    uses the C encoder (≈ 5× faster on a 40 MB journal).
    """
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    out.write("{\n")
    for key, value in doc.items():
        if key != "tables":
            out.write(f" {dumps(key)}: {dumps(value)},\n")
    out.write(' "tables": {')
    for i, (name, rows) in enumerate(doc["tables"].items()):
        out.write(f"{',' if i else ''}\n  {dumps(name)}: [")
        if rows:
            out.write("\n   " + ",\n   ".join(map(dumps, rows)) + "\n  ")
        out.write("]")
    out.write("\n }\n}\n")


def validate_document(
    journal: Journal, doc: object
) -> tuple[dict[str, list[Record]], dict[str, Any]]:
    """Check everything; return (records per table, settings). Raises ExchangeError."""
    if not isinstance(doc, dict):
        raise ExchangeError("document", "expected a JSON object")
    if doc.get("format") != FORMAT:
        raise ExchangeError("format", f"expected {FORMAT!r}, got {doc.get('format')!r}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeError("version", f"expected a whole number, got {version!r}")
    if version > VERSION:
        raise ExchangeError("version", f"{version} is newer than this hipdesk reads ({VERSION})")
    for key in doc:
        if key not in ("format", "version", "exported_at", "app_version", "tables", "settings"):
            raise ExchangeError(str(key), "unknown field")
    if "exported_at" in doc:
        _wrap("", lambda: check_instant("exported_at", doc["exported_at"]))
    if not isinstance(doc.get("app_version", ""), str):
        raise ExchangeError("app_version", "expected text")
    tables = doc.get("tables")
    if not isinstance(tables, dict):
        raise ExchangeError("tables", f"expected an object of tables, got {tables!r}")
    for name in tables:
        if name not in TABLES:
            raise ExchangeError(f"tables.{name}", f"unknown table (one of {', '.join(TABLES)})")
    parsed: dict[str, list[Record]] = {}
    for name, cls in TABLES.items():  # referenced tables first
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            raise ExchangeError(name, f"expected a list of rows, got {type(rows).__name__}")
        seen: dict[str, int] = {}
        records: list[Record] = []
        for i, row in enumerate(rows):
            record = _wrap(f"{name}[{i}]", lambda row=row, cls=cls: from_dict(cls, row))
            if record.uuid in seen:
                raise ExchangeError(
                    f"{name}[{i}].uuid", f"duplicate of {name}[{seen[record.uuid]}]"
                )
            seen[record.uuid] = i
            records.append(record)
        parsed[name] = records
        _check_references(journal, name, records, parsed)
    return parsed, _validate_settings(doc.get("settings", {}))


def _wrap(path: str, make: Any) -> Any:
    try:
        return make()
    except ValidationError as exc:
        located = exc.within(path) if path else exc
        raise ExchangeError(located.field, located.detail) from None


def _check_references(
    journal: Journal, name: str, records: list[Record], parsed: dict[str, list[Record]]
) -> None:
    refs = REFERENCES.get(TABLES[name], ())
    in_file = {target: {r.uuid for r in parsed[target]} for _, target in refs}
    for i, record in enumerate(records):
        for ref_field, target in refs:
            value = getattr(record, ref_field)
            if value is None or value in in_file[target]:
                continue
            if not journal.exists(TABLES[target], value):
                raise ExchangeError(
                    f"{name}[{i}].{ref_field}", f"{value} is not in {target} (file or journal)"
                )


def _validate_settings(values: object) -> dict[str, Any]:
    if not isinstance(values, dict):
        raise ExchangeError("settings", f"expected an object, got {values!r}")
    out: dict[str, Any] = {}
    for key, value in values.items():
        out[key] = _wrap("settings", lambda k=key, v=value: settings_mod.validate(k, v))
    return out


def import_document(journal: Journal, doc: object) -> ImportResult:
    """Validate, then insert everything new in one transaction (or nothing at all)."""
    parsed, settings = validate_document(journal, doc)
    result = ImportResult()
    with journal.transaction():
        for name, records in parsed.items():
            existing = journal.uuids(TABLES[name])
            new = [r for r in records if r.uuid not in existing]
            result.added[name] = journal.add_many(new)
            result.skipped[name] = len(records) - len(new)
        store = settings_mod.Settings(journal)
        for key, value in settings.items():
            store.set(key, value)
        result.settings = len(settings)
    return result


def read_document(path: Path, max_bytes: int = MAX_IMPORT_BYTES) -> object:
    """Parse a JSON export strictly; OSError / UnicodeDecodeError / ValueError are bad input.

    A file over ``max_bytes``, nesting deeper than the parser can follow, numbers with
    thousands of digits, ``NaN``/``Infinity`` and repeated keys raise :class:`ExchangeError`
    (``json.JSONDecodeError`` for broken syntax); a UTF-8 byte-order mark is accepted.
    """
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > max_bytes:
            raise ExchangeError(
                "file",
                f"{size / 1e6:.0f} MB is larger than an import can be "
                f"({max_bytes / 1e6:.0f} MB); export and import it table by table (--table)",
            )
        data = fh.read(max_bytes + 1)  # a file that grew meanwhile is cut, then fails to parse
    text = data.decode("utf-8-sig")
    del data
    try:
        return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_unique_keys)
    except RecursionError:
        raise ExchangeError("file", "nested too deeply to be a hipdesk export") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # e.g. an integer with more than 4300 digits
        if isinstance(exc, ExchangeError):
            raise
        raise ExchangeError("file", f"not a hipdesk export ({exc})") from None


def _no_constant(name: str) -> object:
    raise ExchangeError("file", f"{name} is not a number JSON allows")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ExchangeError(key, "appears twice in the same object")
            seen.add(key)
    return out


# ---- CSV ----------------------------------------------------------------------------------


def neutralise(value: object) -> object:
    """Keep spreadsheets from running cell text as a formula (CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv_table(journal: Journal, table: str, out: IO[str]) -> int:
    """One table with a header row; returns the number of rows."""
    cls = TABLES[_tables([table])[0]]
    writer = csv.writer(out)
    writer.writerow(field_names(cls, with_id=True))
    rows = journal.plain_rows(cls, with_id=True)
    for row in rows:
        writer.writerow([neutralise(v) for v in row.values()])
    return len(rows)


def export_csv(
    journal: Journal, folder: Path, tables: Iterable[str] | None = None
) -> dict[str, int]:
    """One ``<table>.csv`` per table into ``folder`` (created private); rows per table."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    counts: dict[str, int] = {}
    for name in _tables(tables):
        target = folder / f"{name}.csv"
        tmp = target.with_name(target.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            tmp.chmod(0o600)
            counts[name] = write_csv_table(journal, name, fh)
        tmp.replace(target)
    return counts
