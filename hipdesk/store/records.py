"""Which record type lives in which table, and the record ⇄ dict/row conversions."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any, TypeVar

from hipdesk.core.models import (
    BreakPrompt,
    PainEntry,
    PsfsActivity,
    PsfsScore,
    RoutineSession,
    SelfCheck,
    SittingSpan,
    ValidationError,
)

Record = (
    PainEntry | SittingSpan | BreakPrompt | RoutineSession | PsfsActivity | PsfsScore | SelfCheck
)
R = TypeVar(
    "R", PainEntry, SittingSpan, BreakPrompt, RoutineSession, PsfsActivity, PsfsScore, SelfCheck
)

# Table name → record type, ordered so referenced rows come before rows referring to them.
TABLES: dict[str, type[Record]] = {
    "routine_sessions": RoutineSession,
    "psfs_activities": PsfsActivity,
    "pain_entries": PainEntry,
    "sitting_spans": SittingSpan,
    "break_prompts": BreakPrompt,
    "psfs_scores": PsfsScore,
    "self_checks": SelfCheck,
}
TABLE_OF: dict[type[Record], str] = {cls: name for name, cls in TABLES.items()}
# The main instant of each record: list order and "when" in the UI.
INSTANT_FIELD: dict[type[Record], str] = {
    PainEntry: "recorded_at",
    SittingSpan: "started_at",
    BreakPrompt: "prompted_at",
    RoutineSession: "started_at",
    PsfsActivity: "created_at",
    PsfsScore: "recorded_at",
    SelfCheck: "recorded_at",
}
# (field, referenced table): checked on import, enforced by foreign keys in the schema.
REFERENCES: dict[type[Record], tuple[tuple[str, str], ...]] = {
    PainEntry: (("routine_session_uuid", "routine_sessions"),),
    BreakPrompt: (("routine_session_uuid", "routine_sessions"),),
    PsfsScore: (("activity_uuid", "psfs_activities"),),
}
JSON_FIELDS = frozenset({"regions", "drills_done"})  # stored as JSON text
BOOL_FIELDS = frozenset({"hip_groin", "completed"})  # stored as 0/1


def field_names(cls: type[Record], *, with_id: bool = False) -> tuple[str, ...]:
    """Column names in schema order; ``id`` first when asked for."""
    names = tuple(f.name for f in dataclasses.fields(cls) if f.name != "id")
    return ("id", *names) if with_id else names


def from_dict(cls: type[R], data: object) -> R:
    """Build a record from a JSON object, rejecting missing and unknown fields."""
    if not isinstance(data, Mapping):
        raise ValidationError("", f"expected an object, got {type(data).__name__}")
    known = field_names(cls)
    for key in data:
        if key not in known:
            raise ValidationError(str(key), "unknown field")
    for f in dataclasses.fields(cls):
        if f.name not in data and f.name != "id" and f.default is dataclasses.MISSING:
            raise ValidationError(f.name, "is missing")
    return cls(**data)


def to_dict(obj: Record, *, with_id: bool = False) -> dict[str, Any]:
    """JSON-ready dict (tuples become lists)."""
    return {
        name: list(v) if isinstance(v := getattr(obj, name), tuple) else v
        for name in field_names(type(obj), with_id=with_id)
    }


def to_row(obj: Record) -> dict[str, Any]:
    """Column values for SQLite (no id: the database assigns it)."""
    row = to_dict(obj)
    for name in JSON_FIELDS.intersection(row):
        row[name] = json.dumps(row[name])
    for name in BOOL_FIELDS.intersection(row):
        row[name] = int(row[name])
    return row


def plain(row: dict[str, Any]) -> dict[str, Any]:
    """A stored row made JSON-ready in place: JSON text decoded, 0/1 as booleans."""
    for name in JSON_FIELDS.intersection(row):
        row[name] = json.loads(row[name])
    for name in BOOL_FIELDS.intersection(row):
        row[name] = bool(row[name])
    return row


def from_row(cls: type[R], row: Mapping[str, Any]) -> R:
    return cls(**plain(dict(row)))
