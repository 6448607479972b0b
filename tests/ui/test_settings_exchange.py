"""Export and import off the GUI thread: the worker's own connection on a real temp journal,
results inline, cancel that leaves no file (export) or rolls everything back (import)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.paths import AppPaths, resolve
from hipdesk.store.journal import Journal
from hipdesk.ui.exchange_worker import ExchangeWorker, Outcome, Task
from hipdesk.ui.settings import SettingsBody

N = 1234
WAIT_MS = 20_000


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    stamp = j.stamp_now()
    j.add_many(PainEntry(new_uuid(), *stamp, back=i % 11) for i in range(N))
    yield j
    j.close()


def _worker(cls: type[ExchangeWorker], task: Task, journal: Journal, target: Path):  # type: ignore[no-untyped-def]
    return cls(task, journal.path, journal.clock, target, app_version="test")


def _run(qtbot, worker: ExchangeWorker) -> Outcome:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(worker.finished, timeout=WAIT_MS):
        worker.start()
    worker.wait()
    assert isinstance(worker.outcome, Outcome)
    return worker.outcome


def test_export_json_on_its_own_connection(qtbot, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "journal.json"
    target.parent.mkdir()
    outcome = _run(qtbot, _worker(ExchangeWorker, Task.EXPORT_JSON, journal, target))
    assert outcome.ok, outcome.message
    assert outcome.rows == N and outcome.message == f"Exported 1,234 entries to {target}"
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert len(doc["tables"]["pain_entries"]) == N and "settings" in doc
    assert [p.name for p in target.parent.iterdir()] == ["journal.json"]  # no temp file left
    assert target.stat().st_mode & 0o777 == 0o600
    journal.add(PainEntry(new_uuid(), *journal.stamp_now(), back=1))  # GUI connection still fine


def test_export_csv(qtbot, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "csv"
    outcome = _run(qtbot, _worker(ExchangeWorker, Task.EXPORT_CSV, journal, folder))
    assert outcome.ok and outcome.rows == N
    assert (folder / "pain_entries.csv").read_text().count("\n") == N + 1
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


class CancelLate(ExchangeWorker):
    """Cancels at the last moment: JSON in the middle of writing the temp file, CSV when every
    file is written to the staging folder but none is in place yet."""

    def __init__(self, *args, **kw) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kw)
        self.writes = 0

    def _checkpoint(self) -> None:
        if self.phase == "writing" and self.task is Task.EXPORT_JSON:
            self.writes += 1
            if self.writes == 3:  # the header is written, the tables are not
                assert list(self.target.parent.glob(".j.json.*.tmp"))
                self.cancel()
        if self.phase == "finishing" and self.task is Task.EXPORT_CSV:
            assert len(list(self.target.glob(".hipdesk-csv-*/*.csv"))) > 3
            self.cancel()
        super()._checkpoint()


def test_cancelled_export_leaves_no_file(qtbot, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    for task, target in ((Task.EXPORT_JSON, out / "j.json"), (Task.EXPORT_CSV, out / "csv")):
        outcome = _run(qtbot, _worker(CancelLate, task, journal, target))
        assert outcome.cancelled and not outcome.ok, outcome.message
        assert outcome.message == "Export cancelled; no file was written."
    assert [p.name for p in out.iterdir()] == ["csv"]  # the chosen folder, left empty
    assert list((out / "csv").iterdir()) == []


def _export(qtbot, journal: Journal, target: Path) -> Path:  # type: ignore[no-untyped-def]
    assert _run(qtbot, _worker(ExchangeWorker, Task.EXPORT_JSON, journal, target)).ok
    return target


@pytest.fixture
def other(tmp_path) -> AppPaths:  # type: ignore[no-untyped-def]
    return resolve(tmp_path / "other").ensure()


def test_import_while_the_gui_connection_is_open(qtbot, journal, other, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = _export(qtbot, journal, tmp_path / "j.json")
    with Journal.open(other.journal, FakeClock(), backup_dir=other.backup_dir) as gui:
        assert gui.count(PainEntry) == 0
        outcome = _run(qtbot, _worker(ExchangeWorker, Task.IMPORT_JSON, gui, doc))
        assert outcome.ok, outcome.message
        assert outcome.message.startswith("Imported 1,234 entries; 0 were already here.")
        assert gui.count(PainEntry) == N  # committed by the worker, seen by the GUI connection


class CancelInsideTheTransaction(ExchangeWorker):
    """Asks to cancel from inside the import's transaction, after rows were inserted."""

    def _tick(self) -> bool:
        journal = self.journal
        if journal is not None and journal.conn.in_transaction:
            self.cancel()
        return super()._tick()


def test_cancelled_import_rolls_back(qtbot, journal, other, tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = _export(qtbot, journal, tmp_path / "j.json")
    with Journal.open(other.journal, FakeClock(), backup_dir=other.backup_dir) as gui:
        outcome = _run(qtbot, _worker(CancelInsideTheTransaction, Task.IMPORT_JSON, gui, doc))
        assert outcome.cancelled, outcome.message
        assert outcome.message == "Import cancelled; nothing was imported."
        assert gui.count(PainEntry) == 0
        gui.add(PainEntry(new_uuid(), *gui.stamp_now(), back=2))  # no lock left behind
        assert gui.count(PainEntry) == 1


def test_import_problems_are_one_line(qtbot, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cases = {
        "missing.json": None,
        "bad.json": "{not json",
        "other.json": '{"format": "something else"}',
    }
    for name, text in cases.items():
        path = tmp_path / name
        if text is not None:
            path.write_text(text)
        outcome = _run(qtbot, _worker(ExchangeWorker, Task.IMPORT_JSON, journal, path))
        assert not outcome.ok and not outcome.cancelled
        assert outcome.message.startswith("Nothing was imported: ")
        assert "\n" not in outcome.message
    assert journal.count(PainEntry) == N


def test_export_to_a_missing_folder_is_one_line(qtbot, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nowhere" / "j.json"
    outcome = _run(qtbot, _worker(ExchangeWorker, Task.EXPORT_JSON, journal, target))
    assert not outcome.ok and outcome.message.startswith("Not exported: ")


# ---- the card, by keyboard --------------------------------------------------------------


def _body(qtbot, app_paths, journal, **kw) -> SettingsBody:  # type: ignore[no-untyped-def]
    body = SettingsBody(app_paths.data_dir, journal, backup_dir=app_paths.backup_dir, **kw)
    qtbot.addWidget(body)
    body.resize(900, 1600)
    body.show()
    qtbot.waitExposed(body)
    return body


def test_card_shows_the_result_inline(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "csv"
    body = _body(qtbot, app_paths, journal, choose_csv_folder=lambda: folder)
    with qtbot.waitSignal(body.data.exported, timeout=WAIT_MS) as got:
        body.data.csv_button.setFocus()
        qtbot.keyClick(body.data.csv_button, Qt.Key.Key_Space)
        assert not body.data.export_button.isEnabled()  # one task at a time
    assert got.args == [folder]
    assert body.data.status.text().startswith("Exported 1,234 entries as ")
    assert body.data.export_button.isEnabled() and body.data.worker is None


def test_cancel_from_the_progress_dialog(qtbot, app_paths, journal, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reached, release = threading.Event(), threading.Event()

    class Gated(ExchangeWorker):
        def _enter(self, phase: str, text: str) -> None:
            if phase == "writing":
                reached.set()
                assert release.wait(WAIT_MS / 1000)
            super()._enter(phase, text)

    target = tmp_path / "j.json"
    body = _body(qtbot, app_paths, journal, choose_save_path=lambda: target)
    body.data.progress_delay_ms = 0
    body.data.exchange_worker_class = Gated
    body.data.export_button.setFocus()
    qtbot.keyClick(body.data.export_button, Qt.Key.Key_Space)
    assert reached.wait(WAIT_MS / 1000)
    dialog = body.data.progress
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(body.data.task_done, timeout=WAIT_MS) as got:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        release.set()
    assert got.args[0].cancelled
    assert body.data.status.text() == "Export cancelled; no file was written."
    assert not target.exists() and list(tmp_path.glob(".j.json*")) == []
    assert body.data.progress is None
