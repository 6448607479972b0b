"""Shared harness for bench/reliability/*.py and tests/reliability/test_rel_*.py.

Process-level trials (SIGKILL of the real GUI, power-cut snapshots) live here so the quick test
subset and the full bench run the very same code with different counts.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GUI_CHILD = Path(__file__).with_name("rel_gui_child.py")
CHECKPOINT = Path("state") / "sitting-checkpoint.json"


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "HIPDESK_DATA_DIR"):
        env.pop(var, None)
    env.update(extra)
    return env


def read_db(path: Path) -> tuple[bool, set[str], list[tuple[str, str | None, str | None]]]:
    """(integrity ok, pain uuids, sitting spans (uuid, ended_by, ended_at)) of a journal file."""
    conn = sqlite3.connect(path, timeout=10)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        pain: set[str] = set()
        spans: list[tuple[str, str | None, str | None]] = []
        if ok and "pain_entries" in tables:
            pain = {r[0] for r in conn.execute("SELECT uuid FROM pain_entries")}
            spans = list(conn.execute("SELECT uuid, ended_by, ended_at FROM sitting_spans"))
        return ok, pain, spans
    finally:
        conn.close()


# ---- trial 1: SIGKILL the real GUI -------------------------------------------------------


@dataclass
class GuiKillOutcome:
    trials: int = 0
    acknowledged: int = 0  # by the GUI (after COMMIT) and by concurrent CLI writers (exit 0)
    cli_acknowledged: int = 0
    lost: int = 0
    integrity_ok: int = 0
    checkpoints_seen: int = 0
    recovered_spans: int = 0
    recover_missing: list[str] = field(default_factory=list)
    sitting_lost: list[float] = field(default_factory=list)  # seconds, per crash
    seconds: float = 0.0

    @property
    def max_sitting_lost(self) -> float:
        return max(self.sitting_lost, default=0.0)


def _wait_line(proc: subprocess.Popen[str], prefix: str, deadline: float) -> str:
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(prefix):
            return line
    raise RuntimeError(f"GUI never printed {prefix!r}: {_stderr_tail(proc)}")


def _stderr_tail(proc: subprocess.Popen[str]) -> str:
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    return (proc.stderr.read() if proc.stderr else "")[-3000:]


def _cli_writer(data_dir: Path, n: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(data_dir), "log", "pain", str(n % 11),
         "--note", f"cli {n}"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
    )  # fmt: skip


def run_gui_kill_trials(
    data_dir: Path, trials: int, rng: random.Random, *, cli_every: int = 1
) -> GuiKillOutcome:
    """Start the GUI, let it write and tick for a random while, SIGKILL it; repeat.

    Each start recovers the checkpoint the previous crash left; a final clean start checks the
    last one. Sitting lost per crash = kill time − (checkpoint start + checkpointed sitting).
    """
    out = GuiKillOutcome()
    acked: set[str] = set()
    pending: dict[str, float] = {}  # checkpoint uuid -> seconds it must recover (>= 1 s)
    journal = data_dir / "journal.sqlite3"
    t0 = time.perf_counter()
    for i in range(trials + 1):
        final = i == trials
        proc = subprocess.Popen(
            [sys.executable, str(GUI_CHILD), str(data_dir), "10"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
        )  # fmt: skip
        assert proc.stdout is not None
        _wait_line(proc, "open ", time.monotonic() + 60)
        # The previous crash's checkpoint is recovered during start-up (before "open").
        _, _, spans = read_db(journal)
        by_uuid = {s[0]: s for s in spans}
        for uuid in list(pending):
            if uuid in by_uuid and by_uuid[uuid][1] == "crash_recovered":
                out.recovered_spans += 1
            else:
                out.recover_missing.append(uuid)
            del pending[uuid]
        if final:
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=60)
            break
        cli = _cli_writer(data_dir, i) if cli_every and i % cli_every == 0 else None
        stop_at = time.monotonic() + rng.uniform(0.05, 1.5)
        while time.monotonic() < stop_at:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"GUI died on its own: {_stderr_tail(proc)}")
            if line.startswith("ack "):
                acked.add(line[4:].strip())
        kill_wall = time.time()
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        acked.update(x[4:].strip() for x in rest.splitlines(keepends=True)
                     if x.startswith("ack ") and x.endswith("\n"))  # fmt: skip
        if cli is not None:
            cli_out, cli_err = cli.communicate(timeout=60)
            if cli.returncode != 0:
                raise RuntimeError(f"CLI writer failed while the GUI ran: {cli_err.strip()}")
            uuid = cli_out.strip().rsplit("(", 1)[-1].rstrip(")")
            acked.add(uuid)
            out.cli_acknowledged += 1
        out.trials += 1
        ok, stored, _ = read_db(journal)
        out.integrity_ok += ok
        out.lost = len(acked - stored)
        cp_path = data_dir / CHECKPOINT
        try:
            cp = json.loads(cp_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            cp = None
        if cp is not None:
            out.checkpoints_seen += 1
            start = datetime.fromisoformat(cp["start"]).timestamp()
            covered = start + float(cp["sitting_seconds"])
            out.sitting_lost.append(max(0.0, kill_wall - covered))
            if float(cp["sitting_seconds"]) >= 1.0:  # shorter stretches are not stored at all
                pending[cp["uuid"]] = float(cp["sitting_seconds"])
    out.acknowledged = len(acked)
    ok, stored, _ = read_db(journal)
    out.lost = len(acked - stored)
    out.seconds = time.perf_counter() - t0
    return out


# ---- trial 2: power cut = point-in-time copy of DB + WAL + SHM ---------------------------


@dataclass
class PowerCutOutcome:
    snapshots: int = 0
    opened: int = 0
    integrity_ok: int = 0
    acknowledged_checked: int = 0
    missing: int = 0
    with_wal: int = 0
    seconds: float = 0.0


def snapshot_files(journal: Path, dest_dir: Path) -> Path:
    """Copy the journal and its -wal/-shm (whatever exists right now) into ``dest_dir``."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = journal.with_name(journal.name + suffix)
        if src.exists():  # the -wal/-shm may be gone (checkpointed) — then none is copied
            with contextlib.suppress(FileNotFoundError):
                shutil.copyfile(src, dest_dir / (journal.name + suffix))
    return dest_dir / journal.name


def open_copy_like_the_app(copy: Path) -> tuple[bool, bool, set[str]]:
    """Open a snapshot through hipdesk's own Journal.open: (opened, integrity ok, pain uuids)."""
    from hipdesk.core.clock import SystemClock
    from hipdesk.core.models import PainEntry
    from hipdesk.store.db import JournalError
    from hipdesk.store.journal import Journal

    try:
        journal = Journal.open(copy, SystemClock(), daily_backup=False)
    except JournalError:
        return False, False, set()
    try:
        try:
            journal.check_integrity()
            ok = True
        except JournalError:
            ok = False
        return True, ok, journal.uuids(PainEntry)
    finally:
        journal.close()


def run_power_cut_trials(
    work: Path, snapshots: int, rng: random.Random, *, frozen: bool = True
) -> PowerCutOutcome:
    """One writer (the real GUI process) writes; at random moments its files are copied.

    ``frozen``: the writer is SIGSTOPped for the copy, which makes the three copies one
    point-in-time image (what a power cut leaves on a disk that honours fsync).
    """
    data_dir = work / "data"
    journal = data_dir / "journal.sqlite3"
    out = PowerCutOutcome()
    acked: list[str] = []
    proc = subprocess.Popen(
        [sys.executable, str(GUI_CHILD), str(data_dir), "5"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    os.set_blocking(proc.stdout.fileno(), True)
    t0 = time.perf_counter()
    try:
        _wait_line(proc, "open ", time.monotonic() + 60)
        for n in range(snapshots):
            until = time.monotonic() + rng.uniform(0.01, 0.15)
            while time.monotonic() < until:
                line = proc.stdout.readline()
                if not line:
                    raise RuntimeError(f"writer died: {_stderr_tail(proc)}")
                if line.startswith("ack "):
                    acked.append(line[4:].strip())
            before = list(acked)  # acknowledged before the copy started
            if frozen:
                proc.send_signal(signal.SIGSTOP)
            try:
                copy = snapshot_files(journal, work / f"snap{n}")
            finally:
                if frozen:
                    proc.send_signal(signal.SIGCONT)
            out.with_wal += copy.with_name(copy.name + "-wal").exists()
            out.snapshots += 1
            opened, ok, stored = open_copy_like_the_app(copy)
            out.opened += opened
            out.integrity_ok += ok
            out.acknowledged_checked = len(before)
            out.missing += len(set(before) - stored)
            shutil.rmtree(copy.parent)
    finally:
        proc.kill()
        proc.communicate()
    out.seconds = time.perf_counter() - t0
    return out
