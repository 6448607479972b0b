from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hipdesk import __version__, cli


def run_cli(*argv: str, env_data: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hipdesk", *argv], capture_output=True, text=True, timeout=60
    )


def test_version_via_python_m() -> None:
    out = run_cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"hipdesk {__version__}" == "hipdesk 0.1.0"


def test_version_via_installed_script() -> None:
    script = Path(sys.executable).with_name("hipdesk")
    exe = str(script) if script.exists() else shutil.which("hipdesk")
    assert exe, "the hipdesk gui-script is not installed in this environment"
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "hipdesk 0.1.0"


def test_help_lists_global_options() -> None:
    out = run_cli("--help")
    assert out.returncode == 0
    for option in ("--data-dir", "--verbose", "--minimized", "--quit-after-ms"):
        assert option in out.stdout


def test_unknown_command_is_one_line_exit_2() -> None:
    out = run_cli("frobnicate")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hipdesk: error:")
    assert "Traceback" not in out.stderr


def test_bad_option_value_is_one_line_exit_2() -> None:
    out = run_cli("--quit-after-ms", "soon")
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1
    assert "whole number" in out.stderr


def test_usage_error_and_command_failed_are_mapped(tmp_path: Path) -> None:
    import argparse

    def bad(_args: argparse.Namespace, _ctx: cli.CliContext) -> int:
        raise cli.UsageError("score: 11 is out of range 0–10")

    def broken(_args: argparse.Namespace, _ctx: cli.CliContext) -> int:
        raise cli.CommandFailed("journal is locked")

    for handler, code, text in ((bad, 2, "error: score"), (broken, 1, "journal is locked")):
        err = io.StringIO()
        ns = argparse.Namespace(command="x", handler=handler, data_dir=str(tmp_path))
        assert cli.run(ns, stdout=io.StringIO(), stderr=err) == code
        assert text in err.getvalue() and err.getvalue().count("\n") == 1


def test_group_without_subcommand_is_usage_error(tmp_path: Path) -> None:
    import argparse

    err = io.StringIO()
    ns = argparse.Namespace(command="log", data_dir=str(tmp_path))
    assert cli.run(ns, stdout=io.StringIO(), stderr=err) == 2
    assert "needs a sub-command" in err.getvalue()


def test_offscreen_gui_quits_after_ms_with_exit_0(tmp_path: Path) -> None:
    data = tmp_path / "d"
    out = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(data), "--quit-after-ms", "50"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert (data / "state" / "logs" / "hipdesk.log").exists()


def _env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k != "HIPDESK_DATA_DIR"}


@pytest.mark.parametrize("argv", [["--page", "help"], ["--minimized"]])
def test_gui_options_start_and_quit(tmp_path: Path, argv: list[str]) -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "hipdesk",
            "--data-dir",
            str(tmp_path / "d"),
            "--quit-after-ms",
            "10",
            *argv,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
