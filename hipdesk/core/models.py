"""Journal records: plain frozen dataclasses, their vocabularies and validation.

Every record validates itself on construction, so an invalid record cannot exist anywhere in the
app (UI, CLI, import). Errors are :class:`ValidationError` naming the field, e.g.
``back: 11 is out of range 0–10``; callers add a prefix such as ``pain_entries[12].``.
Pure Python: no Qt, no sqlite.
"""

from __future__ import annotations

import math
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple


class ValidationError(ValueError):
    """A field has a bad value. ``str(err)`` is ``"<field>: <detail>"``."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.detail = detail

    def within(self, path: str) -> ValidationError:
        """The same problem located inside a document: ``within("pain_entries[3]")``."""
        sep = "" if not self.field or self.field.startswith("[") else "."
        return ValidationError(f"{path}{sep}{self.field}" if self.field else path, self.detail)


# Vocabularies: stored as these exact strings.
PAIN_CONTEXTS = ("daily", "before_routine", "after_routine", "manual")
SITTING_SOURCES = ("input", "estimated", "manual")
ENDED_BY = ("break", "natural_break", "idle", "lock", "sleep", "quit", "crash_recovered", "manual")
BREAK_OUTCOMES = ("taken", "snoozed", "skipped", "ignored", "suppressed_quiet", "suppressed_hours")
ROUTINE_TRIGGERS = ("prompt", "plan", "manual")
SELF_CHECK_KINDS = ("hip_rotation_ir", "hip_rotation_er", "ninety_ninety", "deep_squat",
                    "chair_stand_30s", "five_sts_seconds")  # fmt: skip
SIDES = ("left", "right")

# Fixed so trends can group by region; the UI shows translated labels for these keys.
BODY_REGIONS: tuple[str, ...] = (
    "lower_back", "mid_back", "sacroiliac_left", "sacroiliac_right",
    "buttock_left", "buttock_right", "hip_left", "hip_right", "groin_left", "groin_right",
    "thigh_left", "thigh_right", "knee_left", "knee_right",
    "lower_leg_left", "lower_leg_right", "foot_left", "foot_right",
)  # fmt: skip
NOTE_MAX = 2000
NAME_MAX = 200
SLUG_MAX = 100
SCORE_RANGE = (0, 10)
OFFSET_RANGE = (-14 * 60, 14 * 60)  # real UTC offsets are −12:00 … +14:00


# ---- pure helpers -------------------------------------------------------------------------


def _dash(lo: object, hi: object) -> str:
    return f"{lo}–{hi}"


def check_int(field: str, value: object, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, f"expected a whole number, got {value!r}")
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        rng = _dash(lo, hi) if hi is not None else f"{lo} or more"
        raise ValidationError(field, f"{value} is out of range {rng}")
    return value


def check_score(field: str, value: object) -> int:
    return check_int(field, value, *SCORE_RANGE)


def check_bool(field: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(field, f"expected true or false, got {value!r}")
    return value


def check_text(field: str, value: object, max_len: int, *, empty_ok: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"expected text, got {value!r}")
    if len(value) > max_len:
        raise ValidationError(field, f"is {len(value)} characters long (at most {max_len})")
    if not empty_ok and not value.strip():
        raise ValidationError(field, "must not be empty")
    return value


def check_choice(field: str, value: object, vocab: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in vocab:
        raise ValidationError(field, f"{value!r} is not one of {' | '.join(vocab)}")
    return value


def check_uuid(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a UUID string, got {value!r}")
    try:
        return str(uuid_mod.UUID(value))
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a UUID") from None


def parse_instant(field: str, value: object) -> datetime:
    """An ISO-8601 instant with a UTC offset (``Z`` or ``+02:00``) → aware datetime."""
    if not isinstance(value, str):
        raise ValidationError(field, f"expected an ISO-8601 time, got {value!r}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not an ISO-8601 time") from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(field, f"{value!r} has no UTC offset")
    return moment


def utc_text(moment: datetime) -> str:
    """Canonical stored form: fixed-width UTC with milliseconds, so text order = time order."""
    u = moment.astimezone(UTC)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def check_instant(field: str, value: object) -> str:
    return utc_text(parse_instant(field, value))


def check_date(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a YYYY-MM-DD date, got {value!r}")
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a YYYY-MM-DD date") from None


class Stamp(NamedTuple):
    recorded_at: str  # canonical UTC text
    local_date: str  # YYYY-MM-DD where the user was
    utc_offset_min: int


def stamp(moment: datetime) -> Stamp:
    """Split an aware datetime (in the user's local zone) into the three stored columns.

    Pass ``clock.now().astimezone()`` for "now, here"; keep an explicit offset for ``--at``.
    """
    if moment.tzinfo is None:
        raise ValueError("stamp() needs an aware datetime")
    offset = moment.utcoffset()
    assert offset is not None
    return Stamp(utc_text(moment), moment.date().isoformat(), round(offset.total_seconds() / 60))


def local_date_of(instant_text: str, offset_min: int) -> str:
    """The local calendar date of a stored UTC instant, given the offset in force then."""
    moment = datetime.fromisoformat(instant_text) + timedelta(minutes=offset_min)
    return moment.date().isoformat()


def _check_stamp(obj: Any, instant_field: str) -> None:
    """Validate (and canonicalise) an instant + local_date + utc_offset_min triple."""
    _set(obj, instant_field, check_instant(instant_field, getattr(obj, instant_field)))
    _set(obj, "utc_offset_min", check_int("utc_offset_min", obj.utc_offset_min, *OFFSET_RANGE))
    _set(obj, "local_date", check_date("local_date", obj.local_date))
    expected = local_date_of(getattr(obj, instant_field), obj.utc_offset_min)
    if obj.local_date != expected:
        raise ValidationError(
            "local_date", f"{obj.local_date} does not match {instant_field} (expected {expected})"
        )


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)  # frozen dataclasses normalise in __post_init__


def _optional(obj: Any, name: str, check: Any, *args: Any) -> None:
    value = getattr(obj, name)
    if value is not None:
        _set(obj, name, check(name, value, *args))


def _check_after(obj: Any, start: str, end: str) -> None:
    if getattr(obj, end) is not None and getattr(obj, end) < getattr(obj, start):
        raise ValidationError(end, f"{getattr(obj, end)} is before {start}")


def _check_common(obj: Any) -> None:
    _set(obj, "uuid", check_uuid("uuid", obj.uuid))
    if obj.id is not None:
        check_int("id", obj.id, 1)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


# ---- records ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PainEntry:
    uuid: str
    recorded_at: str
    local_date: str
    utc_offset_min: int
    back: int
    leg: int | None = None
    hip_groin: bool = False
    regions: tuple[str, ...] = ()
    note: str | None = None
    context: str = "manual"
    routine_session_uuid: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        _check_stamp(self, "recorded_at")
        check_score("back", self.back)
        _optional(self, "leg", check_score)
        check_bool("hip_groin", self.hip_groin)
        _set(self, "regions", check_regions("regions", self.regions))
        _optional(self, "note", check_text, NOTE_MAX)
        _set(self, "context", check_choice("context", self.context, PAIN_CONTEXTS))
        _optional(self, "routine_session_uuid", check_uuid)


def check_regions(field: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise ValidationError(field, f"expected a list of body regions, got {value!r}")
    seen: list[str] = []
    for i, region in enumerate(value):
        if region not in BODY_REGIONS:
            raise ValidationError(f"{field}[{i}]", f"{region!r} is not a known body region")
        if region in seen:
            raise ValidationError(f"{field}[{i}]", f"{region!r} is listed twice")
        seen.append(region)
    return tuple(seen)


def check_slugs(field: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list | tuple):
        raise ValidationError(field, f"expected a list of drill slugs, got {value!r}")
    return tuple(check_text(f"{field}[{i}]", s, SLUG_MAX, empty_ok=False)
                 for i, s in enumerate(value))  # fmt: skip


@dataclass(frozen=True, slots=True)
class SittingSpan:
    """A stretch of sitting; ``ended_at``/``ended_by`` are None while it is still open."""

    uuid: str
    started_at: str
    local_date: str  # of the start; stats split spans at local midnight
    utc_offset_min: int
    ended_at: str | None
    source: str
    ended_by: str | None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        _check_stamp(self, "started_at")
        _optional(self, "ended_at", check_instant)
        _check_after(self, "started_at", "ended_at")
        _set(self, "source", check_choice("source", self.source, SITTING_SOURCES))
        _optional(self, "ended_by", check_choice, ENDED_BY)
        if (self.ended_at is None) != (self.ended_by is None):
            raise ValidationError("ended_by", "must be set exactly when ended_at is set")


@dataclass(frozen=True, slots=True)
class BreakPrompt:
    uuid: str
    prompted_at: str
    local_date: str
    utc_offset_min: int
    sitting_seconds: int
    outcome: str
    responded_at: str | None = None
    routine_session_uuid: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        _check_stamp(self, "prompted_at")
        check_int("sitting_seconds", self.sitting_seconds, 0, 7 * 24 * 3600)
        _set(self, "outcome", check_choice("outcome", self.outcome, BREAK_OUTCOMES))
        _optional(self, "responded_at", check_instant)
        _check_after(self, "prompted_at", "responded_at")
        _optional(self, "routine_session_uuid", check_uuid)


@dataclass(frozen=True, slots=True)
class RoutineSession:
    uuid: str
    routine_slug: str
    started_at: str
    local_date: str
    utc_offset_min: int
    ended_at: str | None = None
    completed: bool = False
    drills_done: tuple[str, ...] = ()
    active_seconds: int = 0
    trigger: str = "manual"
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        check_text("routine_slug", self.routine_slug, SLUG_MAX, empty_ok=False)
        _check_stamp(self, "started_at")
        _optional(self, "ended_at", check_instant)
        _check_after(self, "started_at", "ended_at")
        check_bool("completed", self.completed)
        _set(self, "drills_done", check_slugs("drills_done", self.drills_done))
        check_int("active_seconds", self.active_seconds, 0, 24 * 3600)
        _set(self, "trigger", check_choice("trigger", self.trigger, ROUTINE_TRIGGERS))


@dataclass(frozen=True, slots=True)
class PsfsActivity:
    """An activity the user rates weekly (Patient-Specific Functional Scale)."""

    uuid: str
    name: str
    created_at: str
    local_date: str
    utc_offset_min: int
    archived_at: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        check_text("name", self.name, NAME_MAX, empty_ok=False)
        _check_stamp(self, "created_at")
        _optional(self, "archived_at", check_instant)
        _check_after(self, "created_at", "archived_at")


@dataclass(frozen=True, slots=True)
class PsfsScore:
    uuid: str
    activity_uuid: str
    recorded_at: str
    local_date: str
    utc_offset_min: int
    score: int
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        _set(self, "activity_uuid", check_uuid("activity_uuid", self.activity_uuid))
        _check_stamp(self, "recorded_at")
        check_score("score", self.score)


@dataclass(frozen=True, slots=True)
class SelfCheck:
    uuid: str
    kind: str
    value: float
    recorded_at: str
    local_date: str
    utc_offset_min: int
    side: str | None = None
    note: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        _check_common(self)
        _set(self, "kind", check_choice("kind", self.kind, SELF_CHECK_KINDS))
        _optional(self, "side", check_choice, SIDES)
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise ValidationError("value", f"expected a number, got {self.value!r}")
        if not math.isfinite(self.value) or not 0 <= self.value <= 10_000:
            raise ValidationError("value", f"{self.value} is out of range 0–10000")
        _set(self, "value", float(self.value))
        _check_stamp(self, "recorded_at")
        _optional(self, "note", check_text, NOTE_MAX)
