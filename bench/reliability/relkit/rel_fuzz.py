"""Import fuzzing: hypothesis strategies for export documents, generated and mutated, and the
all-or-nothing property checked against a real journal (tests and bench/reliability share it)."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import (
    BreakPrompt,
    PainEntry,
    PsfsActivity,
    PsfsScore,
    RoutineSession,
    SelfCheck,
    SittingSpan,
    new_uuid,
    stamp,
    utc_text,
)
from hipdesk.store import exchange
from hipdesk.store.journal import Journal
from hipdesk.store.records import TABLES


def seed_document(path: Path, rows: int = 3) -> dict[str, Any]:
    """A valid export with rows in every table (references included), from a real journal."""
    clock = FakeClock(datetime(2026, 3, 2, 8, 0, tzinfo=UTC))
    with Journal.open(path, clock, daily_backup=False) as j:
        for i in range(rows):
            at = datetime(2026, 3, 2, 8, 0, tzinfo=UTC) + timedelta(hours=i)
            s = stamp(at)
            session = j.add(RoutineSession(new_uuid(), "daily-hips", *s, trigger="prompt"))
            j.add(PainEntry(new_uuid(), *s, back=i % 11, regions=("lower_back",),
                            note=f"=cmd|' /C calc'!A{i}", context="after_routine",
                            routine_session_uuid=session.uuid))  # fmt: skip
            j.add(SittingSpan(new_uuid(), *s, ended_at=utc_text(at + timedelta(minutes=31)),
                              source="input", ended_by="break"))  # fmt: skip
            j.add(BreakPrompt(new_uuid(), *s, sitting_seconds=1800, outcome="taken",
                              routine_session_uuid=session.uuid))  # fmt: skip
            act = j.add(PsfsActivity(new_uuid(), f"+tie shoes {i}", *s))
            j.add(PsfsScore(new_uuid(), act.uuid, *s, score=5))
            j.add(SelfCheck(new_uuid(), "deep_squat", 2.0, *s, note="@sum(1)"))
        doc = exchange.export_document(j, app_version="0.1.0", include_settings=False)
    doc["settings"] = {"breaks.threshold_minutes": 45}
    return json.loads(json.dumps(doc))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=8,
)  # fmt: skip

# Values close to valid ones find boundary bugs faster than random JSON.
near_values = st.sampled_from([
    -1, 0, 10, 11, 1e308, 86400, 86401, "", " ", "x" * 2001, "2026-03-02", "2026-02-30",
    "2026-03-02T08:00:00.000Z", "2026-03-02T08:00:00Z", "2026-03-02T08:00:00.000+01:00",
    "9999-12-31T23:59:59.999Z", "lower_back", "manual", "=1+1", True, [], {}, None,
    "00000000-0000-0000-0000-000000000000", "3F1F0E7A-34C5-4B8C-9A43-0A4F0D1E2B3C",
])  # fmt: skip


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


@st.composite
def mutated(draw: st.DrawFn, seed: dict[str, Any]) -> Any:
    """The seed with 1–4 random edits: replace, delete, duplicate a row, add a key, swap rows."""
    doc: Any = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 4))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        op = draw(st.sampled_from(["replace", "near", "delete", "dup", "add", "uuid"]))
        if not path:
            if op in ("replace", "near"):
                doc = draw(json_values)
            continue
        parent, last = _get(doc, path[:-1]), path[-1]
        if op == "replace":
            parent[last] = draw(json_values)
        elif op == "near":
            parent[last] = draw(near_values)
        elif op == "delete":
            del parent[last]
        elif op == "dup" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values)
        elif op == "uuid" and isinstance(parent, dict) and "uuid" in parent:
            parent["uuid"] = new_uuid()  # a new row (references may now dangle)
    return doc


def generated(seed: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid documents built from subsets of the seed's rows, with fresh uuids or not."""

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        doc = copy.deepcopy(seed)
        for name in list(doc["tables"]):
            rows = doc["tables"][name]
            if draw(st.booleans()):
                del doc["tables"][name]
                continue
            if rows:
                subset = st.lists(st.sampled_from(rows), max_size=len(rows),
                                  unique_by=lambda r: r["uuid"])  # fmt: skip
                doc["tables"][name] = draw(subset)
        if draw(st.booleans()):
            doc.pop("settings", None)
        return doc

    return build()


def documents(seed: dict[str, Any]) -> st.SearchStrategy[Any]:
    return st.one_of(mutated(seed), generated(seed))


def snapshot(journal: Journal) -> dict[str, list[dict[str, Any]]]:
    state = {name: journal.plain_rows(cls, with_id=True) for name, cls in TABLES.items()}
    state["settings"] = [
        {"key": k, "value": v} for k, v in journal.conn.execute("SELECT key, value FROM settings")
    ]
    return state


def check_all_or_nothing(journal: Journal, doc: Any) -> str:
    """Import ``doc``; either every row in it is then present, or the journal is unchanged.

    Returns "imported" or "refused"; anything but ExchangeError escaping is a bug.
    """
    before = snapshot(journal)
    try:
        exchange.import_document(journal, doc)
    except exchange.ExchangeError:
        after = snapshot(journal)
        assert after == before, "a refused import changed the journal"
        return "refused"
    present = {name: journal.uuids(cls) for name, cls in TABLES.items()}
    for name, rows in doc["tables"].items():
        missing = {r["uuid"] for r in rows} - present[name]
        assert not missing, f"{name}: imported document rows missing {sorted(missing)[:3]}"
    journal.check_integrity()
    return "imported"
