"""Typed settings with defaults and validation, stored as JSON in the ``settings`` table.

Only keys listed in :data:`SPECS` exist. ``get`` returns the stored value or the default;
``set`` validates first and raises :class:`SettingError` (a ValueError) with a message such as
``breaks.threshold_minutes: 95 is out of range 20–90``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hipdesk.core.models import ValidationError, check_bool, check_choice, check_int, check_text
from hipdesk.core.work_hours import WEEKDAYS
from hipdesk.store.db import known_errors
from hipdesk.store.journal import Journal


class SettingError(ValidationError):
    """Unknown key or invalid value."""


_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


def _int(lo: int, hi: int) -> Callable[[str, Any], Any]:
    return lambda key, v: check_int(key, v, lo, hi)


def _choice(*values: str) -> Callable[[str, Any], Any]:
    return lambda key, v: check_choice(key, v, values)


def _int_choice(*values: int) -> Callable[[str, Any], Any]:
    def check(key: str, v: Any) -> int:
        check_int(key, v)
        if v not in values:
            raise ValidationError(key, f"{v} is not one of {' | '.join(map(str, values))}")
        return int(v)

    return check


def _string_list(key: str, v: Any) -> list[str]:
    if not isinstance(v, list):
        raise ValidationError(key, f"expected a list of names, got {v!r}")
    return [check_text(f"{key}[{i}]", s, 200, empty_ok=False) for i, s in enumerate(v)]


def _language(key: str, v: Any) -> str:
    check_text(key, v, 20)
    if v != "system" and not re.fullmatch(r"[a-z]{2,3}([_-][A-Za-z]{2,4})?", v):
        raise ValidationError(key, f"{v!r} is not 'system' or a language code such as 'de'")
    return str(v)


def _optional_date(key: str, v: Any) -> str | None:
    if v is None:
        return None
    text = check_text(key, v, max_len=10)
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise SettingError(key, f"{v!r} is not a date (YYYY-MM-DD)")
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        raise SettingError(key, f"{v!r} is not a real date") from None
    return text


def _optional_answers(key: str, v: Any) -> dict[str, int | bool] | None:
    """Self-screen answers: question id -> 0–2 or yes/no."""
    if v is None:
        return None
    if not isinstance(v, dict) or len(v) > 30:
        raise SettingError(key, "expected a mapping of question ids to answers")
    out: dict[str, int | bool] = {}
    for qid, answer in v.items():
        if not isinstance(qid, str) or not re.fullmatch(r"[a-z0-9_]{1,40}", qid):
            raise SettingError(key, f"{qid!r} is not a question id")
        if isinstance(answer, bool) or (isinstance(answer, int) and 0 <= answer <= 2):
            out[qid] = answer
        else:
            raise SettingError(key, f"{qid}: {answer!r} is not 0–2 or true/false")
    return out


def _optional_text(key: str, v: Any) -> str | None:
    return None if v is None else check_text(key, v, max_len=100)


def _weekday_list(key: str, v: Any) -> list[str]:
    days = _string_list(key, v)
    bad = [d for d in days if d not in WEEKDAYS]
    if bad:
        raise SettingError(key, f"{bad[0]!r} is not one of {', '.join(WEEKDAYS)}")
    return sorted(set(days), key=WEEKDAYS.index)


def _minutes(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def _work_hours(key: str, v: Any) -> dict[str, list[str]]:
    """``{"mon": ["09:00-12:00", "13:00-17:30"], ...}``: sorted, non-overlapping ranges."""
    if not isinstance(v, dict):
        raise ValidationError(key, f"expected an object of weekday → ranges, got {v!r}")
    out: dict[str, list[str]] = {}
    for day in v:
        if day not in WEEKDAYS:
            raise ValidationError(f"{key}.{day}", f"is not one of {' | '.join(WEEKDAYS)}")
    for day in WEEKDAYS:
        ranges = v.get(day, [])
        if not isinstance(ranges, list):
            raise ValidationError(f"{key}.{day}", f"expected a list of ranges, got {ranges!r}")
        previous_end = -1
        for i, r in enumerate(ranges):
            field = f"{key}.{day}[{i}]"
            if not isinstance(r, str) or not _RANGE.match(r):
                raise ValidationError(field, f"{r!r} is not a range like '09:00-17:30'")
            start, end = (_minutes(t) for t in r.split("-"))
            if end <= start or end > 24 * 60:
                raise ValidationError(field, f"{r} ends before it starts")
            if start < previous_end:
                raise ValidationError(field, f"{r} overlaps or precedes the previous range")
            previous_end = end
        out[day] = list(ranges)
    return out


@dataclass(frozen=True)
class Spec:
    default: Any
    check: Callable[[str, Any], Any]
    help: str


_WORKDAY = ["09:00-17:30"]
SPECS: dict[str, Spec] = {
    "breaks.threshold_minutes": Spec(30, _int(20, 90), "sitting minutes before a break prompt"),
    "breaks.break_minutes": Spec(2, _int(1, 3), "length of a desk break"),
    "breaks.prewarn_seconds": Spec(60, _int(0, 300), "pre-warning before the prompt"),
    "breaks.snooze_minutes": Spec(10, _int_choice(5, 10), "snooze length"),
    "breaks.max_snoozes": Spec(3, _int(0, 5), "snoozes in a row before Snooze is hidden"),
    "breaks.natural_break_minutes": Spec(3, _int(1, 15), "idle minutes that count as a break"),
    "breaks.daily_skip_budget": Spec(3, _int(0, 20), "skips a day before prompts get gentler"),
    "work_hours": Spec(
        {d: (list(_WORKDAY) if d not in ("sat", "sun") else []) for d in WEEKDAYS},
        _work_hours,
        "per weekday, ranges when prompts may appear",
    ),
    "quiet.fullscreen": Spec(True, check_bool, "no prompts over fullscreen apps"),
    "quiet.dnd": Spec(True, check_bool, "no prompts in Do Not Disturb"),
    "quiet.meeting_apps": Spec(
        ["zoom", "teams", "webex", "skype"], _string_list, "no prompts while these apps run"
    ),
    "sound.enabled": Spec(False, check_bool, "beeps in the player and prompts"),
    "voice.enabled": Spec(False, check_bool, "spoken cues in the player"),
    "autostart": Spec(False, check_bool, "start with the desktop session"),
    "ui.theme": Spec("system", _choice("system", "light", "dark"), "colour theme"),
    "ui.language": Spec("system", _language, "interface language"),
    "ui.reduce_motion": Spec(False, check_bool, "fewer animations"),
    "player.get_ready_seconds": Spec(5, _int(0, 30), "'Get ready' interval before a drill"),
    "player.rest_seconds": Spec(10, _int(0, 60), "rest between drills"),
    "plan.start_date": Spec(None, _optional_date, "first day of the 6-week plan (YYYY-MM-DD)"),
    "plan.core_days": Spec(
        ["mon", "wed", "fri"], _weekday_list, "weekdays for the core routine (weeks 2–6)"
    ),
    "plan.seated_breaks_only": Spec(False, check_bool, "offer the seated desk break"),
    "onboarding.completed": Spec(False, check_bool, "first-run set-up finished"),
    "onboarding.step": Spec(0, _int(0, 20), "where first-run set-up was left"),
    "safety.acknowledged_at": Spec(None, _optional_text, "when the safety page was acknowledged"),
    "reminders.paused_until": Spec(None, _optional_text, "break prompts paused until (UTC ISO)"),
    "onboarding.self_screen": Spec(None, _optional_answers, "hip–back self-screen answers"),
    "plan.label": Spec(
        "general", _choice("general", "hip_focused"), "plan wording from the screen"
    ),
    "safety.red_flags_last_shown_at": Spec(
        None, _optional_text, "when the red-flag guidance was last shown (UTC ISO)"
    ),
    "tray.close_hint_shown": Spec(
        False, check_bool, "told once that closing keeps hipdesk running"
    ),
}


def validate(key: str, value: Any) -> Any:
    """The normalised value, or SettingError."""
    _known(key)
    try:
        return SPECS[key].check(key, value)
    except SettingError:
        raise
    except ValidationError as exc:
        raise SettingError(exc.field, exc.detail) from None


def _known(key: str) -> None:
    if key not in SPECS:
        raise SettingError(key, "unknown setting (see `hipdesk config list`)")


def parse_text(key: str, text: str) -> Any:
    """A value typed on the command line: JSON, or a bare word for strings/booleans."""
    _known(key)
    lowered = text.strip().lower()
    if isinstance(SPECS[key].default, bool) and lowered in ("on", "yes", "off", "no"):
        return lowered in ("on", "yes")
    try:
        value = json.loads(text)
    except ValueError:
        value = text  # a bare word such as `dark`
    return validate(key, value)


class Settings:
    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def get(self, key: str) -> Any:
        """The stored value of one key (``key`` is unique, so one indexed row), else its
        default. Reading many keys: :meth:`items` reads the table once."""
        _known(key)
        with known_errors(self._journal.path):
            row = self._journal.conn.execute(
                "SELECT value FROM settings WHERE key = ?", (key,)
            ).fetchone()
        parsed = _parse(key, row[0]) if row else _BAD
        return SPECS[key].default if parsed is _BAD else parsed

    def set(self, key: str, value: Any) -> Any:
        value = validate(key, value)
        with known_errors(self._journal.path), self._journal.transaction():
            self._journal.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )
        return value

    def reset(self, key: str) -> None:
        _known(key)
        with known_errors(self._journal.path), self._journal.transaction():
            self._journal.conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def items(self) -> Iterator[tuple[str, Any]]:
        """Every known key with its current value (default when unset), in SPECS order."""
        stored = self._stored()
        for key, spec in SPECS.items():
            yield key, stored.get(key, spec.default)

    def stored(self) -> dict[str, Any]:
        """Only the keys the user changed (export)."""
        return self._stored()

    def _stored(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        with known_errors(self._journal.path):
            rows = self._journal.conn.execute("SELECT key, value FROM settings").fetchall()
        for key, text in rows:
            if key not in SPECS:
                continue  # written by a newer version or removed: ignore, keep the row
            parsed = _parse(key, text)
            if parsed is not _BAD:
                out[key] = parsed
        return out


_BAD = object()  # a stored value that does not validate


def _parse(key: str, text: str) -> Any:
    try:
        return validate(key, json.loads(text))
    except (ValueError, SettingError):
        return _BAD  # a hand-edited bad value falls back to the default
