from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hipdesk.commands.doctor import session_report


def test_doctor_reports_folders_and_session(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir(mode=0o755)
    out = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(tmp_path / "d"), "doctor", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["hipdesk"]["version"] == "0.1.0"
    assert "should be 700" in report["files"]["data folder"]
    assert "not created yet" in report["files"]["journal"]
    assert set(report["desktop"]) >= {"session", "display", "dbus session bus"}


def test_doctor_text_output(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(tmp_path), "doctor"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0
    assert out.stdout.splitlines()[0] == "hipdesk"
    assert "data folder" in out.stdout


def test_session_kind_detection() -> None:
    assert session_report({"WAYLAND_DISPLAY": "wayland-0"})["session"] == "wayland"
    assert session_report({"DISPLAY": ":0"})["session"] == "x11"
    assert session_report({})["session"] == "none"
    assert session_report({"XDG_SESSION_TYPE": "tty"})["session"] == "tty"


def test_doctor_checks_journal_integrity(tmp_path: Path) -> None:
    base = [sys.executable, "-m", "hipdesk", "--data-dir", str(tmp_path)]
    subprocess.run([*base, "log", "pain", "2"], check=True, capture_output=True, timeout=60)
    ok = subprocess.run([*base, "doctor", "--json"], capture_output=True, text=True, timeout=60)
    assert "integrity ok" in json.loads(ok.stdout)["files"]["journal"]
    (tmp_path / "journal.sqlite3").write_bytes(b"garbage" * 500)
    bad = subprocess.run([*base, "doctor", "--json"], capture_output=True, text=True, timeout=60)
    assert "DAMAGED" in json.loads(bad.stdout)["files"]["journal"]


def test_doctor_reports_every_service_with_a_reason(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in __import__("os").environ.items()
        if k not in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY")
    }
    out = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(tmp_path), "doctor", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert out.stderr == ""
    report = json.loads(out.stdout)
    assert report["sitting"]["idle source"].startswith("estimated")
    assert "no X display" in report["sitting"]["idle: x11"]
    for key in ("tray", "notification server", "prompt path", "autostart"):
        assert report["prompts"][key], key
