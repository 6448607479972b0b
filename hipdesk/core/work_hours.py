"""When reminders may appear: working hours (local time), quiet-mode inputs, user pauses.

Instants arrive as aware UTC datetimes and are converted with :mod:`zoneinfo`, so DST changes and
travel are handled by the tz database rather than by arithmetic on offsets.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_SECONDS = 24 * 3600

# A range is (start, end) in minutes after local midnight; end is exclusive and may be 1440
# ("24:00") so a night shift is written as two ranges on consecutive days.
MinuteRange = tuple[int, int]
RangeSpec = str | tuple[str | time, str | time]
DaySpec = str | Sequence[RangeSpec]
# {"mon": "09:00-17:30"}, {0: [("09:00", "12:00")]}; Mapping keys are invariant, hence three.
HoursSpec = Mapping[str, DaySpec] | Mapping[int, DaySpec] | Mapping[str | int, DaySpec]
QuietMode = Literal["fullscreen", "do_not_disturb", "meeting_app", "screen_shared"]
QUIET_MODES: frozenset[QuietMode] = frozenset(
    ("fullscreen", "do_not_disturb", "meeting_app", "screen_shared")
)


@dataclass(frozen=True)
class QuietState:
    """Quiet-mode inputs sampled by the services on each tick (True = that condition holds)."""

    fullscreen: bool = False
    do_not_disturb: bool = False
    meeting_app: bool = False
    screen_shared: bool = False

    def active(self, enabled: Collection[QuietMode] = QUIET_MODES) -> bool:
        """Whether any condition the user enabled as a quiet mode holds."""
        return any(getattr(self, mode) for mode in enabled)


def resolve_tz(tz: str | tzinfo) -> tzinfo:
    """Turn an IANA name ("Europe/Berlin") or a tzinfo into a tzinfo; ValueError names ``tz``."""
    if isinstance(tz, tzinfo):
        return tz
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"tz: unknown time zone {tz!r}") from exc


def _minutes(value: str | time, field: str) -> int:
    if isinstance(value, time):
        return value.hour * 60 + value.minute
    text = value.strip()
    if text == "24:00":
        return 24 * 60
    try:
        parsed = time.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{field}: {value!r} is not HH:MM") from exc
    return parsed.hour * 60 + parsed.minute


def _parse_range(spec: RangeSpec, field: str) -> MinuteRange:
    if isinstance(spec, str):
        start_text, sep, end_text = spec.partition("-")
        if not sep:
            raise ValueError(f"{field}: {spec!r} is not a range like 09:00-17:30")
        start, end = _minutes(start_text, field), _minutes(end_text, field)
    else:
        start, end = _minutes(spec[0], field), _minutes(spec[1], field)
    if not 0 <= start < end <= 24 * 60:
        raise ValueError(f"{field}: range {spec!r} must have start < end within one day")
    return (start, end)


def _normalise_day(ranges: Iterable[MinuteRange], field: str) -> tuple[MinuteRange, ...]:
    ordered = sorted(ranges)
    for (_, end), (start, _) in itertools.pairwise(ordered):
        if start < end:
            raise ValueError(f"{field}: ranges overlap")
    return tuple(ordered)


def _day_index(key: str | int) -> int:
    if isinstance(key, int):
        if 0 <= key <= 6:
            return key
    else:
        name = key.strip().lower()[:3]
        if name in WEEKDAYS:
            return WEEKDAYS.index(name)
    raise ValueError(f"working_hours: unknown weekday {key!r}")


@dataclass(frozen=True)
class WorkHours:
    """Local working hours: for each weekday (Monday = 0) a sorted tuple of minute ranges."""

    days: tuple[tuple[MinuteRange, ...], ...]
    tz: tzinfo

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("working_hours: need exactly 7 weekdays")
        for index, day in enumerate(self.days):
            field = f"working_hours.{WEEKDAYS[index]}"
            for start, end in day:
                if not 0 <= start < end <= 24 * 60:
                    raise ValueError(f"{field}: bad range {(start, end)!r}")
            if _normalise_day(day, field) != day:
                raise ValueError(f"{field}: ranges must be sorted")

    @classmethod
    def from_spec(
        cls,
        spec: HoursSpec,
        tz: str | tzinfo,
    ) -> WorkHours:
        """Build from e.g. ``{"mon": "09:00-12:00, 13:00-17:30"}``; missing days have no hours."""
        days: list[list[MinuteRange]] = [[] for _ in WEEKDAYS]
        for key, value in spec.items():
            index = _day_index(key)
            field = f"working_hours.{WEEKDAYS[index]}"
            items: Sequence[RangeSpec]
            if isinstance(value, str):
                items = [part for part in value.split(",") if part.strip()]
            else:
                items = value
            days[index].extend(_parse_range(item, field) for item in items)
        normalised = tuple(
            _normalise_day(day, f"working_hours.{WEEKDAYS[i]}") for i, day in enumerate(days)
        )
        return cls(normalised, resolve_tz(tz))

    @classmethod
    def default(cls, tz: str | tzinfo) -> WorkHours:
        """Monday to Friday, 09:00-17:30 local time (the product default)."""
        return cls.from_spec({day: "09:00-17:30" for day in WEEKDAYS[:5]}, tz)

    @classmethod
    def always(cls, tz: str | tzinfo = UTC) -> WorkHours:
        """Every day, all day: for users who want reminders whenever they sit."""
        return cls.from_spec({day: "00:00-24:00" for day in WEEKDAYS}, tz)

    def local(self, wall: datetime) -> datetime:
        """The instant in the working-hours time zone (wall must be aware)."""
        if wall.tzinfo is None:
            raise ValueError("wall: need an aware datetime")
        return wall.astimezone(self.tz)

    def contains(self, wall: datetime) -> bool:
        """Whether the instant falls inside working hours, judged on the local clock."""
        local = self.local(wall)
        second = local.hour * 3600 + local.minute * 60 + local.second
        return any(start * 60 <= second < end * 60 for start, end in self.days[local.weekday()])

    def local_date(self, wall: datetime) -> date:
        """The local calendar date of an instant (used for per-day budgets)."""
        return self.local(wall).date()

    def next_local_midnight(self, wall: datetime) -> datetime:
        """Start of the next local day, as aware UTC (for "pause until tomorrow")."""
        tomorrow = self.local_date(wall) + timedelta(days=1)
        midnight = datetime.combine(tomorrow, time(0), tzinfo=self.tz).astimezone(UTC)
        # A zone whose DST switch happens at midnight can map that instant back before `wall`.
        if midnight <= wall:
            midnight = wall + timedelta(seconds=_DAY_SECONDS)
        return midnight


class ReminderPause:
    """ "Pause reminders" (30 min, 1 h, until tomorrow) from the tray menu.

    Both clocks bound the pause and it ends when either passes: monotonic time stops during
    suspend (an overnight sleep must still end "until tomorrow"), wall time can be set back.
    """

    def __init__(self) -> None:
        self.until_mono: float | None = None
        self.until_wall: datetime | None = None

    def start(self, mono: float, wall: datetime, seconds: float) -> None:
        """Pause for ``seconds`` from now (replaces any running pause)."""
        if not (math.isfinite(seconds) and 0 < seconds <= 7 * _DAY_SECONDS):
            raise ValueError(f"seconds: pause length out of range: {seconds!r}")
        self.until_mono = mono + seconds
        self.until_wall = wall + timedelta(seconds=seconds)

    def active(self, mono: float, wall: datetime) -> bool:
        """Whether reminders are paused at this instant."""
        if self.until_mono is None or self.until_wall is None:
            return False
        return mono < self.until_mono and wall < self.until_wall

    def until(self, mono: float, wall: datetime) -> datetime | None:
        """The wall time the running pause ends, or None when not paused."""
        return self.until_wall if self.active(mono, wall) else None

    def expire(self, mono: float, wall: datetime) -> bool:
        """Drop a pause that has run out; True exactly once, when it does."""
        if self.until_mono is None or self.active(mono, wall):
            return False
        return self.clear()

    def clear(self) -> bool:
        """End the pause now; True when one was running."""
        running = self.until_mono is not None
        self.until_mono = self.until_wall = None
        return running
