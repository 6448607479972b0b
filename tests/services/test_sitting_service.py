"""The sitting service end to end on a FakeClock: hours of sitting in milliseconds."""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fakes import FlakyJournal, Rig
from pytestqt.qtbot import QtBot

from hipdesk.core.breaks import Prompt
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import BreakPrompt, RoutineSession, SittingSpan, new_uuid, stamp
from hipdesk.core.work_hours import QuietState
from hipdesk.paths import AppPaths
from hipdesk.services.idle import FallbackIdleSource
from hipdesk.services.pending_writes import PENDING_FILE, PendingWrites
from hipdesk.services.sitting_service import SittingService
from hipdesk.services.ticker import SittingSettings
from hipdesk.store.journal import Journal
from hipdesk.store.settings import Settings


@pytest.fixture
def journal(app_paths: AppPaths, fake_clock: FakeClock) -> Iterator[Journal]:
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


@pytest.fixture
def rig(qapp: object, fake_clock: FakeClock, journal: Journal, app_paths: AppPaths) -> Rig:
    return Rig(fake_clock, journal, app_paths.state_dir)


def spans(journal: Journal) -> list[SittingSpan]:
    return journal.records(SittingSpan)


def prompts(journal: Journal) -> list[BreakPrompt]:
    return journal.records(BreakPrompt)


def duration(span: SittingSpan) -> float:
    from datetime import datetime

    assert span.ended_at is not None
    end = datetime.fromisoformat(span.ended_at)
    return (end - datetime.fromisoformat(span.started_at)).total_seconds()


def test_prompt_arrives_on_time_after_prewarning(rig: Rig) -> None:
    start = rig.clock.monotonic()
    warned: list[float] = []
    rig.service.pre_warning.connect(lambda w: warned.append(rig.clock.monotonic() - start))
    rig.clock.advance(0)
    assert rig.run_until(3600, lambda: bool(rig.prompts))
    waited = rig.clock.monotonic() - start
    assert 1800 <= waited <= 1805  # on time, +-5 s
    prompt = rig.prompts[0]
    assert isinstance(prompt, Prompt) and not prompt.escalated
    assert len(warned) == 1 and 1740 <= warned[0] <= 1745  # "break in 1 minute"


def test_unanswered_prompt_escalates_once_then_is_ignored(rig: Rig, qtbot: QtBot) -> None:
    withdrawn: list[int] = []
    rig.service.prompt_withdrawn.connect(withdrawn.append)
    rig.run_until(3600, lambda: bool(rig.prompts))
    rig.run(10 * 60)
    assert [p.escalated for p in rig.prompts] == [False, True]  # type: ignore[attr-defined]
    assert withdrawn == [rig.prompts[0].prompt_id]  # type: ignore[attr-defined]
    assert [p.outcome for p in prompts(rig.journal)] == ["ignored"]


def test_far_from_threshold_ticks_once_a_minute_then_sooner(rig: Rig) -> None:
    rig.run(25 * 60 + 17)  # off the minute grid, so the threshold falls between ticks
    assert all(i == 60 for i in rig.intervals[:25])
    rig.intervals.clear()
    rig.run_until(10 * 60, lambda: bool(rig.prompts))
    assert min(rig.intervals) < 50  # woke early to be on time
    assert all(i >= 1 for i in rig.intervals)  # never a busy loop


def test_hours_of_sitting_land_in_the_journal(rig: Rig) -> None:
    rig.run_until(3600, lambda: bool(rig.prompts))
    prompt = rig.prompts[-1]
    assert isinstance(prompt, Prompt)
    assert rig.service.respond(prompt.prompt_id, "skip")
    rig.run(20 * 60)
    rig.run(10 * 60, active=False)  # natural break: idle past 3 min
    [span] = spans(rig.journal)
    assert span.ended_by == "natural_break" and span.source == "input"
    assert 50 * 60 - 61 <= duration(span) <= 50 * 60 + 1
    [row] = prompts(rig.journal)
    assert row.outcome == "skipped" and 1800 <= row.sitting_seconds <= 1805
    assert row.responded_at is not None
    snap = rig.service.snapshot()
    assert snap.breaks_skipped_today == 1 and not snap.in_stretch
    assert snap.sitting_today_seconds == pytest.approx(duration(span), abs=6)


def test_snooze_then_start_links_the_routine(rig: Rig) -> None:
    rig.run_until(3600, lambda: bool(rig.prompts))
    first = rig.prompts[-1]
    assert isinstance(first, Prompt)
    assert rig.service.respond(first.prompt_id, "snooze", 5)
    rig.prompts.clear()
    start = rig.clock.monotonic()
    assert rig.run_until(3600, lambda: bool(rig.prompts))
    assert 300 <= rig.clock.monotonic() - start <= 305
    second = rig.prompts[-1]
    assert isinstance(second, Prompt)
    assert rig.service.respond(second.prompt_id, "start")
    assert rig.service.snapshot().on_break
    session = RoutineSession(new_uuid(), "desk_break", *stamp(rig.clock.now()))
    rig.journal.add(session)
    rig.clock.advance(120)
    rig.service.break_finished(session.uuid)
    outcomes = [(p.outcome, p.routine_session_uuid) for p in prompts(rig.journal)]
    assert outcomes == [("snoozed", None), ("taken", session.uuid)]
    [span] = spans(rig.journal)
    assert span.ended_by == "break"
    assert rig.service.snapshot().breaks_taken_today == 1


def test_break_from_tray_counts_when_the_routine_is_done(rig: Rig) -> None:
    rig.run(10 * 60)
    rig.service.break_started()
    session = RoutineSession(new_uuid(), "desk_break", *stamp(rig.clock.now()))
    rig.journal.add(session)
    rig.clock.advance(90)
    rig.service.break_finished(session.uuid)
    [row] = prompts(rig.journal)
    assert row.outcome == "taken" and row.routine_session_uuid == session.uuid
    assert 590 <= row.sitting_seconds <= 600
    rig.service.break_started()
    rig.service.break_finished(None)  # abandoned: nothing more recorded
    rig.service.break_finished("0d8a6b5e-5ad8-4a55-9b5e-2f2b0e0e0e0e")  # unknown: not linked
    assert [p.routine_session_uuid for p in prompts(rig.journal)] == [session.uuid, None]


def test_stale_or_refused_answers_return_false(rig: Rig) -> None:
    assert not rig.service.respond(99, "skip")
    with pytest.raises(ValueError, match="action"):
        rig.service.respond(1, "later")  # type: ignore[arg-type]


def test_checkpoint_heartbeat_and_crash_recovery(rig: Rig) -> None:
    rig.run(5 * 60 + 30)
    data = json.loads(rig.checkpoint.read_text())
    assert data["source"] == "input" and 5 * 60 - 60 <= data["sitting_seconds"] <= 5 * 60 + 30
    # The process is killed here (no shutdown); the next start closes the stretch.
    rig.clock.advance(3 * 3600)
    again = rig.build()
    [span] = spans(rig.journal)
    assert span.ended_by == "crash_recovered"
    assert 5 * 60 + 30 - 60 <= duration(span) <= 5 * 60 + 30  # at most a minute lost
    assert not rig.checkpoint.exists()
    again.shutdown()
    assert len(spans(rig.journal)) == 1  # nothing double-counted


def test_heartbeat_writes_at_most_once_a_minute(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[float] = []
    save = rig.service._checkpoints.save
    monkeypatch.setattr(
        rig.service._checkpoints, "save", lambda s: (writes.append(rig.clock.monotonic()), save(s))
    )
    rig.run(40 * 60)  # includes the on-time ticks around the threshold
    gaps = [b - a for a, b in itertools.pairwise(writes)]
    assert gaps and min(gaps) >= 55 and max(gaps) <= 61


def test_recovery_is_idempotent_and_survives_garbage(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    rig.run(3 * 60)
    saved = rig.checkpoint.read_text()
    rig.build()
    rig.checkpoint.write_text(saved)  # crash after writing the span, before removing the file
    rig.build()
    assert [s.ended_by for s in spans(rig.journal)] == ["crash_recovered"]
    rig.checkpoint.write_text("{not json")
    rig.build()
    assert "unreadable sitting checkpoint" in caplog.text and not rig.checkpoint.exists()


def test_quit_records_the_stretch(rig: Rig) -> None:
    rig.run(12 * 60)
    rig.service.shutdown()
    rig.service.shutdown()  # idempotent
    [span] = spans(rig.journal)
    assert span.ended_by == "quit" and 12 * 60 - 1 <= duration(span) <= 12 * 60 + 1
    assert not rig.checkpoint.exists()


def test_open_prompt_at_quit_is_ignored(rig: Rig) -> None:
    rig.run_until(3600, lambda: bool(rig.prompts))
    rig.service.shutdown()
    assert [p.outcome for p in prompts(rig.journal)] == ["ignored"]


def test_lock_and_sleep_end_the_stretch(rig: Rig) -> None:
    rig.run(10 * 60)
    rig.power.set_locked(True)  # the power signal ticks at once
    rig.run(5 * 60, active=False)
    rig.power.set_locked(False)
    rig.run(10 * 60)
    rig.power.set_asleep(True)
    assert [s.ended_by for s in spans(rig.journal)] == ["lock", "sleep"]


def test_estimated_source_and_broken_source(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    rig.idle.broken = True
    rig.run(10 * 60)
    snap = rig.service.snapshot()
    assert snap.estimated and snap.idle_source_name == "estimated"
    assert "failed" in caplog.text
    rig.service.shutdown()
    assert [s.source for s in spans(rig.journal)] == ["estimated"]


def test_fallback_source_counts_while_unlocked(
    qapp: object, fake_clock: FakeClock, journal: Journal, tmp_path: Path
) -> None:
    rig = Rig(fake_clock, journal, tmp_path)
    rig.idle = FallbackIdleSource()  # type: ignore[assignment]
    rig.service = rig.build()
    for _ in range(10):
        rig.service.tick()
        fake_clock.advance(60)
    rig.service.shutdown()
    [span] = spans(journal)
    assert span.source == "estimated" and duration(span) == pytest.approx(600, abs=1)


def test_pause_holds_prompts_and_is_reported(rig: Rig, qtbot: QtBot) -> None:
    with qtbot.waitSignal(rig.service.pause_changed) as blocker:
        rig.service.pause_for(3600)
    assert blocker.args[0] == rig.clock.now() + timedelta(hours=1)
    rig.run(50 * 60)
    assert not rig.prompts and rig.service.snapshot().paused_until is not None
    rig.run_until(15 * 60, lambda: bool(rig.prompts))
    assert rig.prompts  # appears after the pause
    rig.service.pause_until_tomorrow()
    assert [p.outcome for p in prompts(rig.journal)] == ["snoozed"]
    with qtbot.waitSignal(rig.service.pause_changed) as blocker:
        rig.service.resume()
    assert blocker.args == [None]


def test_quiet_holds_prompt_and_records_suppression(rig: Rig) -> None:
    rig.quiet.state = QuietState(meeting_app=True)
    rig.run(45 * 60)
    assert not rig.prompts and rig.service.snapshot().quiet
    rig.run(10 * 60, active=False)
    assert [p.outcome for p in prompts(rig.journal)] == ["suppressed_quiet"]


def test_quiet_probe_only_asked_near_a_prompt(rig: Rig) -> None:
    rig.run(20 * 60)
    assert rig.quiet.samples == 0
    rig.run(10 * 60)
    assert rig.quiet.samples > 0


def test_outside_working_hours_no_prompt(qapp: object, journal: Journal, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    clock = FakeClock(datetime(2026, 1, 5, 18, 0, tzinfo=UTC))  # Monday evening
    rig = Rig(clock, journal, tmp_path)
    rig.run(40 * 60)
    rig.run(5 * 60, active=False)
    assert not rig.prompts
    assert [p.outcome for p in prompts(journal)] == ["suppressed_hours"]
    assert not rig.service.snapshot().in_working_hours


def test_settings_from_store_and_reload(rig: Rig, journal: Journal) -> None:
    settings = Settings(journal)
    settings.set("breaks.threshold_minutes", 20)
    settings.set("work_hours", {"sat": ["08:00-12:00"]})
    settings.set("reminders.paused_until", "2026-01-05T10:00:00+00:00")
    values = SittingSettings.from_settings(settings)
    assert values.threshold_minutes == 20 and values.paused_until is not None
    rig.service.reload_settings(SittingSettings(threshold_minutes=20))
    assert rig.run_until(3600, lambda: bool(rig.prompts))
    restored = SittingService(
        rig.clock, rig.idle, rig.power, journal, values, rig.checkpoint, tz="UTC"
    )
    snap = restored.snapshot()
    assert snap.paused_until is not None and not snap.in_working_hours  # Monday: no hours


def test_status_signal_carries_a_snapshot(rig: Rig, qtbot: QtBot) -> None:
    rig.run(5 * 60)
    with qtbot.waitSignal(rig.service.status_changed) as blocker:
        rig.service.tick_now()
    snap = blocker.args[0]
    assert snap.in_stretch and snap.current_stretch_seconds == pytest.approx(300, abs=1)
    assert snap.threshold_seconds == 1800 and snap.next_break_in_seconds == pytest.approx(
        1500, abs=1
    )
    assert snap.idle_source_name == "fake" and not snap.estimated


# -- journal write failures (full disk, locked journal): nothing lost, nothing doubled ---------


@pytest.fixture
def flaky(journal: Journal) -> FlakyJournal:
    return FlakyJournal(journal)


@pytest.fixture
def frig(qapp: object, fake_clock: FakeClock, flaky: FlakyJournal, app_paths: AppPaths) -> Rig:
    return Rig(fake_clock, flaky, app_paths.state_dir)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


def test_failed_writes_wait_in_order_then_are_saved(
    frig: Rig, flaky: FlakyJournal, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "hipdesk.services.pending_writes")
    flaky.failures = 10**6  # the disk is full from now on
    frig.run_until(3600, lambda: bool(frig.prompts))
    prompt = frig.prompts[-1]
    assert isinstance(prompt, Prompt) and frig.service.respond(prompt.prompt_id, "skip")
    frig.run(10 * 60)
    frig.run(5 * 60, active=False)  # natural break: span 1
    for _ in range(3):  # three more stretches, each ended by a natural break
        frig.run(4 * 60)
        frig.run(5 * 60, active=False)
    assert spans(journal) == [] and prompts(journal) == []
    snap = frig.service.snapshot()
    assert snap.pending_writes == 5 and snap.in_stretch is False
    assert (frig.checkpoint.parent / PENDING_FILE).exists()
    warnings = _warnings(caplog)  # one warning for the whole episode, no exception
    assert len(warnings) == 1 and "could not save sitting data" in warnings[0], warnings
    flaky.failures = 3  # the disk gets space back after three more attempts
    frig.run(3 * 60, active=False)
    assert frig.service.snapshot().pending_writes == 0
    assert not (frig.checkpoint.parent / PENDING_FILE).exists()
    stored = spans(journal)
    assert [s.ended_by for s in stored] == ["natural_break"] * 4
    by_id = sorted(stored, key=lambda s: s.id or 0)
    assert [s.started_at for s in by_id] == sorted(s.started_at for s in stored)  # order kept
    assert len({s.uuid for s in stored}) == 4
    assert [p.outcome for p in prompts(journal)] == ["skipped"]
    assert "saved the sitting rows that were waiting (5)" in caplog.text


def test_error_after_commit_is_not_written_twice(
    frig: Rig, flaky: FlakyJournal, journal: Journal
) -> None:
    frig.run(10 * 60)
    flaky.failures, flaky.after_commit = 1, True  # stored, but reported as failed
    frig.run(5 * 60, active=False)
    frig.run(2 * 60)
    [span] = spans(journal)
    assert span.ended_by == "natural_break" and frig.service.snapshot().pending_writes == 0


def test_routine_link_waits_behind_its_prompt_row(
    frig: Rig, flaky: FlakyJournal, journal: Journal
) -> None:
    frig.run_until(3600, lambda: bool(frig.prompts))
    prompt = frig.prompts[-1]
    assert isinstance(prompt, Prompt)
    flaky.failures = 10**6
    assert frig.service.respond(prompt.prompt_id, "start")
    session = RoutineSession(new_uuid(), "desk_break", *stamp(frig.clock.now()))
    journal.add(session)  # the player saved it just before the disk filled up
    frig.clock.advance(120)
    frig.service.break_finished(session.uuid)
    assert frig.service.snapshot().pending_writes == 3  # span, taken row, then its link
    flaky.failures = 0
    frig.run(60)
    [row] = prompts(journal)
    assert row.outcome == "taken" and row.routine_session_uuid == session.uuid
    assert [s.ended_by for s in spans(journal)] == ["break"]


def test_unsaved_rows_survive_a_crash(
    frig: Rig, flaky: FlakyJournal, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "hipdesk.services.pending_writes")
    flaky.failures = 10**6
    frig.run(10 * 60)
    frig.run(5 * 60, active=False)  # span 1 ends, not saved
    frig.run(3 * 60)  # stretch 2 is open and checkpointed
    assert frig.checkpoint.exists() and frig.service.snapshot().pending_writes == 1
    # Killed here. The next start finds the disk fine again.
    flaky.failures = 0
    frig.clock.advance(3600)
    again = frig.build()
    assert "retrying 1 sitting row(s) left unsaved" in caplog.text
    assert [s.ended_by for s in spans(journal)] == ["natural_break", "crash_recovered"]
    assert again.snapshot().pending_writes == 0
    assert not frig.checkpoint.exists()
    assert not (frig.checkpoint.parent / PENDING_FILE).exists()
    frig.build()  # nothing is recovered twice
    assert len(spans(journal)) == 2


def test_failing_reads_do_not_stop_the_tick(
    frig: Rig, flaky: FlakyJournal, journal: Journal
) -> None:
    frig.run(5 * 60)
    flaky.reads_fail, flaky.failures = True, 10**6
    frig.run(10 * 60, active=False)  # span pending; today's figures unreadable: kept
    assert frig.service.snapshot().pending_writes == 1
    flaky.reads_fail, flaky.failures = False, 0
    frig.run(60, active=False)
    assert len(spans(journal)) == 1 and frig.service.snapshot().pending_writes == 0


def test_checkpoint_write_failure_keeps_measuring(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def full(_saved: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(rig.service._checkpoints, "save", full)
    rig.run(5 * 60)
    assert rig.service.snapshot().current_stretch_seconds == pytest.approx(300, abs=1)
    assert _warnings(caplog) == [
        "cannot write the sitting checkpoint: [Errno 28] No space left on device"
    ]


def test_pending_queue_is_bounded_and_drops_the_oldest(
    flaky: FlakyJournal, journal: Journal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from datetime import UTC, datetime

    from hipdesk.services.pending_writes import span_row

    flaky.failures = 10**6
    pending = PendingWrites(flaky, tmp_path / PENDING_FILE, limit=3)  # type: ignore[arg-type]
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    rows = [span_row(new_uuid(), "input", t0 + timedelta(hours=i),
                     t0 + timedelta(hours=i, minutes=20), "natural_break", UTC)
            for i in range(5)]  # fmt: skip
    for row in rows:
        pending.add(row)
    assert len(pending) == 3 and pending.dropped == 2
    assert sum("dropped the oldest" in w for w in _warnings(caplog)) == 2
    flaky.failures = 0
    assert pending.flush() == 0
    assert [s.uuid for s in spans(journal)] == [r.uuid for r in rows[2:]]


def test_pending_file_garbage_is_ignored(
    journal: Journal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / PENDING_FILE
    path.write_text("{not json")
    assert len(PendingWrites(journal, path)) == 0
    assert "unreadable pending sitting rows" in caplog.text and not path.exists()


def test_checkpoint_stays_when_the_pending_file_cannot_be_written(
    frig: Rig, flaky: FlakyJournal, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hipdesk.services.pending_writes as pw

    frig.run(6 * 60)
    flaky.failures = 10**6

    def full(_path: Path, _data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pw, "write_atomic", full)
    frig.run(5 * 60, active=False)  # the span is only in memory: the checkpoint still covers it
    assert frig.service.snapshot().pending_writes == 1 and frig.checkpoint.exists()
    monkeypatch.undo()
    flaky.failures = 0
    frig.build()  # killed, restarted: recovered at the last heartbeat
    [span] = spans(journal)
    # As after any crash: the last heartbeat still counted the idle minutes before the break.
    assert span.ended_by == "crash_recovered" and 6 * 60 - 60 <= duration(span) <= 9 * 60
