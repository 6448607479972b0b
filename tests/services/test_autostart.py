"""XDG autostart entry (Windows/macOS paths are exercised on their platforms)."""

from __future__ import annotations

import os
import plistlib
import shlex
from pathlib import Path

import pytest

from hipdesk.services.autostart import Autostart, probe


def test_xdg_entry_honours_xdg_config_home(tmp_path: Path) -> None:
    a = Autostart(command=["/opt/hipdesk/bin/hipdesk"], platform="linux")
    expected = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart/io.github.hipdesk.HipDesk.desktop"
    assert a.path == expected
    assert not a.is_enabled()
    assert dict(a.probe())["autostart"].startswith("off (xdg: ")
    a.enable()
    text = expected.read_text(encoding="utf-8")
    assert "Exec=/opt/hipdesk/bin/hipdesk --minimized\n" in text
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    assert a.is_enabled() and dict(probe())["autostart"].startswith("on (xdg: ")
    a.disable()
    assert not expected.exists() and not a.is_enabled()
    a.disable()  # idempotent


def test_data_dir_and_quoting(tmp_path: Path) -> None:
    data = tmp_path / "my data"
    a = Autostart(data_dir=data, command=["/usr/bin/python3", "-m", "hipdesk"], platform="linux")
    a.enable()
    exec_line = next(
        line for line in a.path.read_text(encoding="utf-8").splitlines() if line.startswith("Exec=")
    )
    # Unescape as a launcher does (string level, then shell-like argument quoting).
    value = exec_line.removeprefix("Exec=").replace("\\\\", "\\")
    assert shlex.split(value) == [
        "/usr/bin/python3", "-m", "hipdesk", "--minimized", "--data-dir", str(data)
    ]  # fmt: skip


def test_disabled_in_place_by_the_desktop() -> None:
    a = Autostart(command=["hipdesk"], platform="linux")
    a.enable()
    a.path.write_text(a.desktop_entry() + "Hidden=true\n", encoding="utf-8")
    assert not a.is_enabled()


def test_launch_agent_plist(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    a = Autostart(command=["/Applications/hipdesk.app/Contents/MacOS/hipdesk"], platform="darwin")
    assert a.path == tmp_path / "Library/LaunchAgents/io.github.hipdesk.HipDesk.plist"
    a.enable()
    plist = plistlib.loads(a.path.read_bytes())
    assert plist["RunAtLoad"] is True and plist["ProgramArguments"][-1] == "--minimized"
    assert a.is_enabled()
    a.disable()
    assert not a.is_enabled()


def test_windows_location_without_winreg() -> None:
    a = Autostart(command=["C:\\hipdesk\\hipdesk.exe"], platform="win32")
    assert a.location.startswith("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run")


def test_flatpak_autostart_records_the_portal_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "sandbox-config"))
    auto = Autostart(command=["/app/bin/hipdesk"], platform="linux", flatpak=True)
    assert auto.kind == "flatpak" and "Background portal" in auto.location
    assert not auto.is_enabled()
    auto.enable()  # what the app does once the portal granted autostart
    assert auto.is_enabled() and auto.path.is_relative_to(tmp_path / "sandbox-config")
    assert auto.probe()[0][1].startswith("on (flatpak: Background portal")
    auto.disable()
    assert not auto.is_enabled()
