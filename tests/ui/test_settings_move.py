"""Moving the data folder: copy → verify → switch, by keyboard; bad targets copy nothing; the
old folder is left untouched; an entry saved during the copy stops the switch."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.store.journal import Journal
from hipdesk.ui.data_move import (
    MoveError,
    MoveOutcome,
    MoveWorker,
    copy_journal,
    copy_other_files,
    target_problem,
    verify_journal,
)
from hipdesk.ui.settings import SettingsBody

WAIT_MS = 20_000


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    j.add_many(PainEntry(new_uuid(), *j.stamp_now(), back=i % 11) for i in range(50))
    (app_paths.config_dir / "window.ini").write_text("[window]\ngeometry=1\n")
    yield j
    j.close()


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its size and modification time (not SQLite's -shm and
    -wal, which any reader may touch)."""
    out = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.endswith(("-shm", "-wal")):
                continue
            p = Path(root) / name
            st = p.stat()
            out[str(p.relative_to(folder))] = (st.st_size, st.st_mtime_ns)
    return out


def _body(qtbot, app_paths, journal, target: Path | None, **kw) -> SettingsBody:  # type: ignore[no-untyped-def]
    body = SettingsBody(
        app_paths.data_dir,
        journal,
        backup_dir=app_paths.backup_dir,
        confirm=lambda _t, _q: True,
        choose_move_target=lambda: target,
        **kw,
    )
    qtbot.addWidget(body)
    body.resize(900, 1600)
    body.show()
    qtbot.waitExposed(body)
    return body


def _press_move(qtbot, body: SettingsBody) -> None:  # type: ignore[no-untyped-def]
    body.data.move_button.setFocus()
    qtbot.keyClick(body.data.move_button, Qt.Key.Key_Space)


def test_move_copies_verifies_and_switches(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "new place" / "hipdesk"  # a new folder, two levels deep
    body = _body(qtbot, app_paths, journal, target)
    old_dir = app_paths.data_dir
    journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _tree(old_dir)
    with qtbot.waitSignal(body.data_folder_moved, timeout=WAIT_MS) as got:
        _press_move(qtbot, body)
    assert got.args == [target]
    # The copy opens as a journal with the same entries, backups and config beside it.
    with Journal.open(target / "journal.sqlite3", FakeClock(), daily_backup=False) as moved:
        assert moved.count(PainEntry) == 50
        moved.check_integrity()
    backups = sorted(p.name for p in (target / "backups").iterdir())
    assert backups and backups == sorted(p.name for p in app_paths.backup_dir.iterdir())
    assert (target / "config" / "window.ini").read_text().startswith("[window]")
    assert not (target / "journal.sqlite3-wal").exists()
    assert (target / "journal.sqlite3").stat().st_mode & 0o777 == 0o600
    # The old folder is untouched and the user is told it can go once checked.
    assert _tree(old_dir) == before
    status = body.data.status.text()
    assert "Moved 5" in status and str(target) in status and "can delete it" in status
    assert str(old_dir) in status
    assert body.data.path_label.text() == str(target)
    assert not body.data.move_button.isEnabled()
    assert not body.data.error.text()
    body.set_data_dir(target)  # the app switched: backups listed from the new folder
    assert body.data.move_button.isEnabled()
    assert str(target / "backups") in str(body.data.selected_backup())


def test_into_an_existing_empty_folder(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "empty"
    target.mkdir()
    body = _body(qtbot, app_paths, journal, target)
    with qtbot.waitSignal(body.data_folder_moved, timeout=WAIT_MS):
        _press_move(qtbot, body)
    assert (target / "journal.sqlite3").is_file()


def test_bad_targets_are_inline_and_copy_nothing(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    a_file = tmp_path / "a file"
    a_file.write_text("x")
    cases = {
        full: "is not empty",
        app_paths.data_dir: "current data folder",
        app_paths.data_dir / "sub": "inside the current data folder",
        a_file: "is a file",
        a_file / "below": "is not a folder",
    }
    chosen: list[Path] = []
    body = _body(qtbot, app_paths, journal, None)
    body.data._move_target = lambda: chosen[-1]
    moved: list[object] = []
    body.data_folder_moved.connect(moved.append)
    for target, words in cases.items():
        chosen.append(target)
        _press_move(qtbot, body)
        assert words in body.data.error.text(), (target, body.data.error.text())
        assert body.data.worker is None
    assert moved == []
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
    assert not (app_paths.data_dir / "sub").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_target(app_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        assert "not writable" in (target_problem(app_paths.data_dir, locked) or "")
        assert "not writable" in (target_problem(app_paths.data_dir, locked / "new") or "")
    finally:
        locked.chmod(0o700)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_unwritable_target_even_for_root(app_paths) -> None:  # type: ignore[no-untyped-def]
    problem = target_problem(app_paths.data_dir, Path("/proc/hipdesk-cannot-be-here"))
    assert problem is not None and "not writable" in problem


def test_target_check_creates_nothing(app_paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert target_problem(app_paths.data_dir, tmp_path / "a" / "b") is None
    assert not (tmp_path / "a").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_verify_catches_a_copy_that_differs(journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "copy.sqlite3"
    counts = copy_journal(journal.path, copy)
    assert counts["pain_entries"] == 50
    verify_journal(copy, counts)
    with pytest.raises(MoveError, match="different row counts"):
        verify_journal(copy, {**counts, "pain_entries": 51})
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM pain_entries WHERE id = 1")
    conn.commit()
    conn.close()
    with pytest.raises(MoveError, match="pain_entries"):
        verify_journal(copy, counts)


def test_a_backup_copied_with_wrong_bytes_is_caught(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Same length, different bytes (a failing drive): the read-back CRC catches it."""
    import shutil

    from hipdesk.ui import data_move

    source, target = tmp_path / "old", tmp_path / "new"
    (source / "backups").mkdir(parents=True)
    (source / "backups" / "journal-2026-01-05.sqlite3").write_bytes(b"SQLite format 3" * 500)
    target.mkdir()
    assert copy_other_files(source, target) == 1  # a good copy passes

    def flipping_copy(src: Path, dst: Path) -> None:
        shutil.copyfile(src, dst)
        data = bytearray(Path(dst).read_bytes())
        data[100] ^= 0xFF
        Path(dst).write_bytes(bytes(data))

    monkeypatch.setattr(data_move.shutil, "copy2", flipping_copy)
    with pytest.raises(MoveError, match=r"journal-2026-01-05\.sqlite3 was not copied correctly"):
        copy_other_files(source, target)


def _gated(phase_to_hold: str) -> tuple[type[MoveWorker], threading.Event, threading.Event]:
    reached, release = threading.Event(), threading.Event()

    class Gated(MoveWorker):
        def _enter(self, phase: str, text: str) -> None:
            if phase == phase_to_hold:
                reached.set()
                assert release.wait(WAIT_MS / 1000)
            super()._enter(phase, text)

    return Gated, reached, release


def test_an_entry_saved_while_copying_stops_the_switch(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "new"
    body = _body(qtbot, app_paths, journal, target)
    body.data.move_worker_class, reached, release = _gated("files")
    moved: list[object] = []
    body.data_folder_moved.connect(moved.append)
    _press_move(qtbot, body)
    assert reached.wait(WAIT_MS / 1000)  # the journal is copied and verified
    journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=4))  # the GUI saves an entry
    with qtbot.waitSignal(body.data.task_done, timeout=WAIT_MS) as got:
        release.set()
    outcome = got.args[0]
    assert isinstance(outcome, MoveOutcome) and not outcome.ok
    assert "saved while copying" in body.data.error.text()
    assert moved == [] and not target.exists()
    assert body.data.move_button.isEnabled()
    assert journal.count(PainEntry) == 51


def test_cancel_removes_the_copy(qtbot, app_paths, journal, tmp_path, screenshot) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "empty"
    target.mkdir()
    body = _body(qtbot, app_paths, journal, target)
    body.data.progress_delay_ms = 0
    body.data.move_worker_class, reached, release = _gated("files")
    _press_move(qtbot, body)
    assert reached.wait(WAIT_MS / 1000)
    assert (target / "journal.sqlite3").exists()
    dialog = body.data.progress
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    screenshot(dialog, "settings_move_progress")
    assert not body.data.move_button.isEnabled() and not body.data.import_button.isEnabled()
    with qtbot.waitSignal(body.data.task_done, timeout=WAIT_MS) as got:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        release.set()
    assert got.args[0].cancelled
    assert body.data.status.text() == "Move cancelled; nothing was changed."
    assert target.is_dir() and list(target.iterdir()) == []  # the user's empty folder stays


def test_move_works_before_the_journal_is_open(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Opened elsewhere (e.g. it failed to open here): copied from the file, still verified."""
    target = tmp_path / "new"
    body = _body(qtbot, app_paths, None, target)
    with qtbot.waitSignal(body.data_folder_moved, timeout=WAIT_MS):
        _press_move(qtbot, body)
    with Journal.open(target / "journal.sqlite3", FakeClock(), daily_backup=False) as moved:
        assert moved.count(PainEntry) == 50
