"""`hipdesk report`: a PDF from the command line, without a display; bad input exits 2 with one
line and writes nothing."""

from __future__ import annotations

import importlib.util
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hipdesk import cli
from hipdesk.commands import report as report_cmd
from hipdesk.core.clock import FakeClock
from hipdesk.paths import resolve
from hipdesk.store.journal import Journal

ROOT = Path(__file__).resolve().parents[1]
END = date(2026, 1, 5)


def _generate(data_dir: Path, days: int = 60) -> None:
    spec = importlib.util.spec_from_file_location(
        "gen_for_cli", ROOT / "tools" / "generate_journal.py"
    )
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    paths = resolve(data_dir).ensure()
    clock = FakeClock(datetime(2026, 1, 5, 20, tzinfo=UTC))
    with Journal.open(paths.journal, clock, backup_dir=paths.backup_dir) as journal:
        gen.generate(journal, days, END, seed=3)


def run_cli(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must pick offscreen itself
    env.pop("HIPDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "hipdesk", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-cli") / "data"
    _generate(folder)
    return folder


@pytest.mark.slow
def test_report_writes_a_pdf(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "my report.pdf"
    done = run_cli("--data-dir", str(data_dir), "report", "--from", "2025-11-24", "--to",
                   "2026-01-05", "--output", str(out), cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:5] == b"%PDF-"
    assert out.stat().st_size > 20_000  # text and the charts image
    assert out.stat().st_mode & 0o777 == 0o600
    line = done.stdout.strip()
    assert line.startswith(f"wrote {out} (") and " pages; 2025-11-24 – 2026-01-05, 43 days)" in line
    assert int(line.split("(")[1].split()[0]) >= 2
    assert done.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my report.pdf"]  # no temp file left


@pytest.mark.slow
def test_default_name_in_the_current_folder(data_dir: Path, tmp_path: Path) -> None:
    done = run_cli("--data-dir", str(data_dir), "report", "--to", "2026-01-05", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "hipdesk-report-2026-01-05.pdf"
    assert pdf.read_bytes()[:4] == b"%PDF"
    assert "2025-11-25 – 2026-01-05, 42 days" in done.stdout  # six weeks by default


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--from", "05/01/2026"], "--from: expected a date as YYYY-MM-DD"),
        (["--to", "2026-02-30"], "--to: '2026-02-30' is not a real date"),
        (["--from", "20260105"], "expected a date as YYYY-MM-DD"),
        (["--from", "2026-02-01", "--to", "2026-01-01"], "is after --to"),
        (["--to", "2026-01-05", "--output", "/proc/hipdesk/report.pdf"], "--output: cannot write"),
        (["--to", "2026-01-05", "--output", "."], "is a folder"),
    ],
)
def test_bad_input_is_one_line_exit_2(argv: list[str], words: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli("--data-dir", str(data), "report", *argv, cwd=tmp_path)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hipdesk: error: "), done.stderr
    assert words in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the data folder


def test_unwritable_output_when_not_root(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        done = run_cli("--data-dir", str(tmp_path / "d"), "report", "--output",
                       str(locked / "r.pdf"), cwd=tmp_path)  # fmt: skip
        assert done.returncode == 2 and "cannot write" in done.stderr
    finally:
        locked.chmod(0o700)


def test_in_process_with_the_running_qapp(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Inside an app that already has a QApplication (tests, a future GUI caller)."""
    data = tmp_path / "data"
    _generate(data, days=20)
    monkeypatch.setattr(
        report_cmd, "make_clock", lambda: FakeClock(datetime(2026, 1, 5, 20, tzinfo=UTC))
    )
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    rc = cli.run(cli.parse(["--data-dir", str(data), "report"]), out, err)
    assert rc == 0, err.getvalue()
    assert (tmp_path / "hipdesk-report-2026-01-05.pdf").read_bytes()[:5] == b"%PDF-"
    assert "42 days" in out.getvalue()
