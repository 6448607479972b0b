"""Schema migrations with sqlite-utils' ``Migrations`` (recorded in ``_sqlite_migrations``).

Rules: append new migrations at the end, never edit or rename an applied one, and add each
name to ``schema.MIGRATION_NAMES``. Each runs in ``db.atomic()`` together with its record.
This module is imported only when schema.py finds pending migrations (it owns the checks,
the backup first and the refusal of a newer journal), so a current journal never loads
sqlite-utils.
"""

from __future__ import annotations

import sqlite3

from hipdesk.store.schema import MIGRATION_SET
from hipdesk.store.sqlite_utils_quiet import Database, Migrations

migrations = Migrations(MIGRATION_SET)

_STAMP = "local_date TEXT NOT NULL, utc_offset_min INTEGER NOT NULL"
_SCORE = "INTEGER NOT NULL CHECK ({0} BETWEEN 0 AND 10)"


# Sitting spans carry two columns SQLite derives at write time (never written by us), so
# 10 years of per-day sitting sums need no date parsing at read time:
# duration_seconds = ended_at − started_at; spill_seconds = the part after the local midnight
# that ends the start day (in the span's own utc_offset_min). Both NULL while a span is open.
_MIDNIGHT = "julianday(local_date, '+1 day', printf('%d minutes', -utc_offset_min))"


def _seconds(since: str) -> str:
    return f"CAST(round((julianday(ended_at) - {since}) * 86400) AS INTEGER)"


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"CHECK ({column} IN ({', '.join(repr(v) for v in values)}))"


@migrations()
def m001_initial(db: Database) -> None:
    from hipdesk.core import models as m

    # CHECK constraints repeat the model rules so a bug elsewhere cannot store nonsense.
    db.executescript(f"""
    CREATE TABLE routine_sessions (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        routine_slug TEXT NOT NULL, started_at TEXT NOT NULL, {_STAMP},
        ended_at TEXT, completed INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
        drills_done TEXT NOT NULL DEFAULT '[]', active_seconds INTEGER NOT NULL DEFAULT 0,
        "trigger" TEXT NOT NULL {_in('"trigger"', m.ROUTINE_TRIGGERS)});
    CREATE TABLE psfs_activities (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL, created_at TEXT NOT NULL, {_STAMP}, archived_at TEXT);
    CREATE TABLE pain_entries (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        recorded_at TEXT NOT NULL, {_STAMP},
        back {_SCORE.format("back")},
        leg INTEGER CHECK (leg IS NULL OR leg BETWEEN 0 AND 10),
        hip_groin INTEGER NOT NULL DEFAULT 0 CHECK (hip_groin IN (0, 1)),
        regions TEXT NOT NULL DEFAULT '[]', note TEXT CHECK (length(note) <= {m.NOTE_MAX}),
        context TEXT NOT NULL {_in("context", m.PAIN_CONTEXTS)},
        routine_session_uuid TEXT REFERENCES routine_sessions(uuid) ON DELETE SET NULL);
    CREATE TABLE sitting_spans (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        started_at TEXT NOT NULL, {_STAMP}, ended_at TEXT,
        source TEXT NOT NULL {_in("source", m.SITTING_SOURCES)},
        ended_by TEXT {_in("ended_by", m.ENDED_BY)},
        duration_seconds INTEGER GENERATED ALWAYS AS ({_seconds("julianday(started_at)")}) STORED,
        spill_seconds INTEGER GENERATED ALWAYS AS (max(0, {_seconds(_MIDNIGHT)})) STORED);
    CREATE TABLE break_prompts (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        prompted_at TEXT NOT NULL, {_STAMP},
        sitting_seconds INTEGER NOT NULL CHECK (sitting_seconds >= 0),
        outcome TEXT NOT NULL {_in("outcome", m.BREAK_OUTCOMES)}, responded_at TEXT,
        routine_session_uuid TEXT REFERENCES routine_sessions(uuid) ON DELETE SET NULL);
    CREATE TABLE psfs_scores (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        activity_uuid TEXT NOT NULL REFERENCES psfs_activities(uuid) ON DELETE CASCADE,
        recorded_at TEXT NOT NULL, {_STAMP}, score {_SCORE.format("score")});
    CREATE TABLE self_checks (
        id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL {_in("kind", m.SELF_CHECK_KINDS)},
        side TEXT {_in("side", m.SIDES)}, value REAL NOT NULL,
        recorded_at TEXT NOT NULL, {_STAMP}, note TEXT);
    CREATE TABLE settings (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL);
    -- Stats scan by local day; covering indexes keep 10 years of dashboard figures fast.
    CREATE INDEX sitting_spans_day ON sitting_spans (local_date, duration_seconds, spill_seconds);
    CREATE INDEX sitting_spans_spill ON sitting_spans (local_date, spill_seconds)
        WHERE spill_seconds > 0;
    CREATE INDEX sitting_spans_time ON sitting_spans (started_at);
    CREATE INDEX break_prompts_day ON break_prompts (local_date, outcome);
    CREATE INDEX routine_sessions_day ON routine_sessions (local_date, active_seconds);
    CREATE INDEX pain_entries_day ON pain_entries (local_date, back);
    CREATE INDEX pain_entries_time ON pain_entries (recorded_at);
    CREATE INDEX pain_entries_session ON pain_entries (routine_session_uuid);
    CREATE INDEX break_prompts_session ON break_prompts (routine_session_uuid);
    CREATE INDEX psfs_scores_activity ON psfs_scores (activity_uuid, recorded_at);
    CREATE INDEX self_checks_time ON self_checks (kind, recorded_at);
    """)


def known_names() -> list[str]:
    return [mig.name for mig in migrations.pending(Database(memory=True, execute_plugins=False))]


def apply(conn: sqlite3.Connection) -> None:
    """Apply every pending migration (schema.migrate decides whether there are any)."""
    migrations.apply(Database(conn, execute_plugins=False))
