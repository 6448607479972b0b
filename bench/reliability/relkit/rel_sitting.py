"""Sleep / lock / clock scenarios through the real SittingService on a FakeClock.

Uses the service test doubles (tests/services/fakes.py: idle time, power state, quiet inputs)
and a real journal. Each scenario returns its problems (empty = passed) and its figures.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests" / "services"))

from fakes import Rig  # noqa: E402

from hipdesk.core.breaks import Prompt  # noqa: E402
from hipdesk.core.clock import FakeClock  # noqa: E402
from hipdesk.core.models import BreakPrompt, SittingSpan  # noqa: E402
from hipdesk.services.sitting_service import SittingService  # noqa: E402
from hipdesk.store.journal import Journal  # noqa: E402

ALL_DAY = {d: ["00:00-24:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}


class ZoneRig(Rig):
    def __init__(self, clock: FakeClock, journal: Journal, state: Path, tz: str, **kw: object):
        self.tz = tz
        super().__init__(clock, journal, state, **kw)

    def build(self) -> SittingService:
        return SittingService(
            self.clock, self.idle, self.power, self.journal, self.settings, self.checkpoint,
            quiet=self.quiet, tz=self.tz,
        )  # fmt: skip


@dataclass
class Result:
    name: str
    problems: list[str] = field(default_factory=list)
    active_seconds: float = 0.0
    sitting_seconds: float = 0.0
    prompts: int = 0
    spans: int = 0


def _dur(span: SittingSpan) -> float:
    assert span.ended_at is not None
    end = datetime.fromisoformat(span.ended_at)
    return (end - datetime.fromisoformat(span.started_at)).total_seconds()


def expected_per_day(spans: list[SittingSpan]) -> dict[str, float]:
    """Seconds per local day, split at the local midnight of each span's own offset."""
    out: Counter[str] = Counter()
    for s in spans:
        assert s.ended_at is not None
        offset = timedelta(minutes=s.utc_offset_min)
        start = datetime.fromisoformat(s.started_at) + offset
        end = datetime.fromisoformat(s.ended_at) + offset
        while start < end:
            midnight = datetime.combine(start.date() + timedelta(days=1), datetime.min.time(),
                                        tzinfo=start.tzinfo)  # fmt: skip
            cut = min(end, midnight)
            out[start.date().isoformat()] += (cut - start).total_seconds()
            start = cut
    return dict(out)


def check(rig: ZoneRig, res: Result, days: list[date]) -> Result:
    spans = rig.journal.records(SittingSpan)
    res.spans = len(spans)
    res.sitting_seconds = sum(_dur(s) for s in spans if s.ended_at)
    for s in spans:
        if s.ended_at is None:
            res.problems.append(f"open span left behind {s.uuid}")
        elif _dur(s) < 0:
            res.problems.append(f"negative span {s.started_at}..{s.ended_at}")
    # Phantom sitting: never more sitting than the time the user was really at the keyboard
    # (plus the natural-break allowance at each end, at most one tick each).
    if res.sitting_seconds > res.active_seconds + 120 * max(1, len(spans)):
        res.problems.append(
            f"phantom sitting: {res.sitting_seconds:.0f} s recorded, "
            f"{res.active_seconds:.0f} s active"
        )
    firsts = [p for p in rig.prompts if isinstance(p, Prompt) and not p.escalated]
    ids = Counter(p.prompt_id for p in firsts)
    dup = [i for i, n in ids.items() if n > 1]
    if dup:
        res.problems.append(f"duplicate prompts {dup}")
    res.prompts = len(firsts)
    rows = rig.journal.records(BreakPrompt)
    if len({r.uuid for r in rows}) != len(rows):
        res.problems.append("duplicate break_prompts rows")
    want = expected_per_day(spans)
    known = [*days, *(date.fromisoformat(d) for d in want)]
    first, last = min(known), max(known)
    n = (last - first).days + 1
    stats = {d.day: d.sitting_minutes * 60 for d in rig.journal.daily_stats(n, last)}
    for day in sorted(set(want) | {k for k, v in stats.items() if v}):
        if abs(stats.get(day, 0.0) - want.get(day, 0.0)) > 1.5:
            res.problems.append(
                f"{day}: stats {stats.get(day, 0):.0f} s, spans {want.get(day, 0):.0f} s"
            )
    return res


Scenario = Callable[[ZoneRig, Result], None]


def sit(rig: ZoneRig, res: Result, seconds: float) -> None:
    rig.run(seconds, active=True)
    res.active_seconds += seconds


def answer_prompts(rig: ZoneRig) -> None:
    done: set[int] = rig.__dict__.setdefault("answered", set())
    for p in list(rig.prompts):
        if isinstance(p, Prompt) and not p.escalated and p.prompt_id not in done:
            done.add(p.prompt_id)
            rig.service.respond(p.prompt_id, "skip" if p.prompt_id % 2 else "snooze", 5)


def away(rig: ZoneRig, seconds: float) -> None:
    rig.run(seconds, active=False)


def run_scenario(
    work: Path, name: str, tz: str, start: datetime, body: Scenario, *, sleep_signal: bool = False
) -> Result:
    work.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(start)
    journal = Journal.open(work / f"{name}.sqlite3", clock, daily_backup=False)
    try:
        rig = ZoneRig(clock, journal, work, tz, work_hours=ALL_DAY)
        rig.power.sleep_signal = sleep_signal
        res = Result(name)
        first_day = clock.now().astimezone(ZoneInfo(tz)).date()
        body(rig, res)
        away(rig, 15 * 60)  # natural break closes the last stretch
        rig.service.shutdown()
        last_day = clock.now().astimezone(ZoneInfo(tz)).date()
        return check(rig, res, [first_day, last_day])
    finally:
        journal.close()


def _suspend(seconds: float, signal: bool) -> Scenario:
    def body(rig: ZoneRig, res: Result) -> None:
        sit(rig, res, 40 * 60)
        answer_prompts(rig)
        if signal:
            rig.power.set_asleep(True)
            rig.service.tick()
        rig.clock.suspend(seconds)
        if signal:
            rig.power.set_asleep(False)
        sit(rig, res, 40 * 60)
        answer_prompts(rig)

    return body


def _lock(rig: ZoneRig, res: Result) -> None:
    sit(rig, res, 20 * 60)
    rig.power.set_locked(True)
    away(rig, 30 * 60)
    rig.power.set_locked(False)
    sit(rig, res, 20 * 60)
    answer_prompts(rig)


def _jump(seconds: float) -> Scenario:
    def body(rig: ZoneRig, res: Result) -> None:
        sit(rig, res, 20 * 60)
        rig.clock.jump_wall(seconds)
        sit(rig, res, 20 * 60)
        answer_prompts(rig)
        sit(rig, res, 10 * 60)

    return body


def _long_sit(hours: float) -> Scenario:
    def body(rig: ZoneRig, res: Result) -> None:
        end = rig.clock.monotonic() + hours * 3600
        while rig.clock.monotonic() < end:
            sit(rig, res, 10 * 60)
            answer_prompts(rig)

    return body


def scenarios() -> list[tuple[str, str, datetime, Scenario, bool]]:
    berlin_spring = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # 01:30 CET -> 03:00 CEST at 01:00Z
    berlin_autumn = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    ny_spring = datetime(2026, 3, 8, 6, 30, tzinfo=UTC)  # 02:00 EST -> 03:00 EDT at 07:00Z
    ny_autumn = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    monday = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    near_midnight = datetime(2026, 1, 5, 22, 30, tzinfo=UTC)  # 23:30 in Berlin
    return [
        ("suspend 8 h (tick gap)", "Europe/Berlin", monday, _suspend(8 * 3600, False), False),
        ("suspend 8 h (sleep signal)", "Europe/Berlin", monday, _suspend(8 * 3600, True), True),
        ("lock 30 min", "Europe/Berlin", monday, _lock, False),
        ("wall +1 h", "Europe/Berlin", monday, _jump(3600), False),
        ("wall -1 h", "Europe/Berlin", monday, _jump(-3600), False),
        ("wall +1 day", "Europe/Berlin", monday, _jump(86400), False),
        ("wall -1 day", "Europe/Berlin", monday, _jump(-86400), False),
        ("DST spring Europe/Berlin", "Europe/Berlin", berlin_spring, _long_sit(3), False),
        ("DST autumn Europe/Berlin", "Europe/Berlin", berlin_autumn, _long_sit(3), False),
        ("DST spring America/New_York", "America/New_York", ny_spring, _long_sit(3), False),
        ("DST autumn America/New_York", "America/New_York", ny_autumn, _long_sit(3), False),
        ("across local midnight", "Europe/Berlin", near_midnight, _long_sit(2), False),
    ]


def tz_change(work: Path) -> Result:
    """The user flies Berlin -> New York: the next start reads the new zone; stretches before
    keep their offset, after get the new one, per-day figures stay right."""
    work.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2026, 6, 1, 7, 0, tzinfo=UTC))
    journal = Journal.open(work / "tz.sqlite3", clock, daily_backup=False)
    res = Result("time-zone change Berlin -> New York")
    try:
        rig = ZoneRig(clock, journal, work, "Europe/Berlin", work_hours=ALL_DAY)
        sit(rig, res, 50 * 60)
        answer_prompts(rig)
        away(rig, 10 * 60)
        rig.service.shutdown()
        clock.suspend(9 * 3600)  # the flight
        rig2 = ZoneRig(clock, journal, work, "America/New_York", work_hours=ALL_DAY)
        sit(rig2, res, 50 * 60)
        answer_prompts(rig2)
        away(rig2, 10 * 60)
        rig2.service.shutdown()
        check(rig, res, [date(2026, 6, 1)])  # the first run's prompts
        offsets = sorted({s.utc_offset_min for s in journal.records(SittingSpan)})
        if offsets != [-240, 120]:
            res.problems.append(f"offsets {offsets}, expected New York -240 and Berlin 120")
        return check(rig2, res, [date(2026, 6, 1)])
    finally:
        journal.close()


@dataclass
class CrashLoss:
    crashes: int = 0
    losses: list[float] = field(default_factory=list)


def crash_loss(work: Path, crashes: int, rng: random.Random) -> CrashLoss:
    """Crash (no shutdown) at random moments with the real ~55 s heartbeat; the next start
    recovers the stretch. Loss = sitting the tracker had − sitting the recovered span holds."""
    work.mkdir(parents=True, exist_ok=True)
    clock = FakeClock(datetime(2026, 1, 5, 8, 0, tzinfo=UTC))
    journal = Journal.open(work / "crash.sqlite3", clock, daily_backup=False)
    out = CrashLoss()
    try:
        rig = ZoneRig(clock, journal, work, "Europe/Berlin", work_hours=ALL_DAY)
        for _ in range(crashes):
            rig.run(rng.uniform(30, 1800), active=True)
            answer_prompts(rig)
            rig.prompts.clear()
            had = rig.service.tracker.status().sitting_seconds
            rig.service.ticker.stop()
            before = {s.uuid for s in journal.records(SittingSpan)}
            rig.service.deleteLater()  # crash: no shutdown, the checkpoint stays
            rig.service = rig.build()  # next start recovers it
            rig.service.prompt_requested.connect(rig.prompts.append)
            new = [s for s in journal.records(SittingSpan) if s.uuid not in before]
            got = sum(_dur(s) for s in new if s.ended_by == "crash_recovered")
            out.losses.append(max(0.0, had - got))
            out.crashes += 1
            rig.clock.advance(5)
    finally:
        journal.close()
    return out
