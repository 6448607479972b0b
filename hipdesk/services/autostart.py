"""Start hipdesk (minimized, in the tray) when the user logs in.

Linux/BSD: an XDG autostart entry; Windows: the HKCU Run key; macOS: a per-user LaunchAgent.
All three live in the user's own space (no admin rights) and are removed by ``disable()``.
Inside a Flatpak sandbox the host's autostart folder is out of reach: the Background portal
writes the entry (services/portal_background.py, asked by the composition root), and
``enable()``/``disable()`` only keep a record of its answer in the sandbox's own config.
``winreg`` is imported only on Windows so this module imports everywhere.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hipdesk import APP_ID, APP_NAME

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def default_command() -> list[str]:
    """How to start this very installation: frozen exe, the gui-script, or python -m."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name("hipdesk.exe" if os.name == "nt" else "hipdesk")
    if script.is_file():
        return [str(script)]
    found = shutil.which(APP_NAME)
    if found:
        return [found]
    return [sys.executable, "-m", APP_NAME]


def _winreg() -> Any:
    # Through importlib: winreg exists only on Windows, and type checkers on Linux reject it.
    return importlib.import_module("winreg")


def _desktop_quote(arg: str) -> str:
    """Quote one Exec argument (Desktop Entry spec): reserved characters need double quotes."""
    escaped = arg.replace("%", "%%")
    if not any(ch in escaped for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return escaped
    for ch in ("\\", '"', "`", "$"):
        escaped = escaped.replace(ch, "\\" + ch)
    # The .desktop string unescaping happens first, so backslashes are doubled once more.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def _config_home(environ: dict[str, str] | os._Environ[str]) -> Path:
    value = environ.get("XDG_CONFIG_HOME")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".config"


def in_flatpak(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    return bool(environ.get("FLATPAK_ID")) or Path("/.flatpak-info").exists()


class Autostart:
    def __init__(
        self,
        data_dir: Path | None = None,
        command: list[str] | None = None,
        platform: str = sys.platform,
        flatpak: bool | None = None,
    ) -> None:
        """``data_dir``: only when it is not the default (``--data-dir``/HIPDESK_DATA_DIR)."""
        self.platform = platform
        self.flatpak = in_flatpak() if flatpak is None else flatpak
        args = [*(command or default_command()), "--minimized"]
        if data_dir is not None:
            args += ["--data-dir", str(data_dir)]
        self.args = args

    @property
    def kind(self) -> str:
        if self.platform == "win32":
            return "windows"
        if self.platform == "darwin":
            return "macos"
        return "flatpak" if self.flatpak else "xdg"

    @property
    def location(self) -> str:
        if self.kind == "windows":
            return rf"HKCU\{RUN_KEY}\{APP_NAME}"
        if self.kind == "flatpak":
            return f"Background portal; its last answer recorded in {self.path}"
        return str(self.path)

    @property
    def path(self) -> Path:
        if self.kind == "macos":
            return Path.home() / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
        return _config_home(os.environ) / "autostart" / f"{APP_ID}.desktop"

    def desktop_entry(self) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Hip mobility breaks while you sit at your desk\n"
            f"Exec={' '.join(_desktop_quote(a) for a in self.args)}\n"
            f"Icon={APP_ID}\n"
            "Terminal=false\n"
            "Categories=Utility;\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self) -> None:
        if self.kind == "windows":
            winreg = _winreg()
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.SetValueEx(
                    key, APP_NAME, 0, winreg.REG_SZ, subprocess.list2cmdline(self.args)
                )
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        if self.kind == "macos":
            plist = {"Label": APP_ID, "ProgramArguments": self.args, "RunAtLoad": True}
            tmp.write_bytes(plistlib.dumps(plist))
        else:
            tmp.write_text(self.desktop_entry(), encoding="utf-8")
        tmp.replace(self.path)  # never a half-written entry at login

    def disable(self) -> None:
        if self.kind == "windows":
            winreg = _winreg()
            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE
                ) as key:
                    winreg.DeleteValue(key, APP_NAME)
            except FileNotFoundError:
                pass
            return
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if self.kind == "windows":
            winreg = _winreg()
            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                    winreg.QueryValueEx(key, APP_NAME)
            except FileNotFoundError:
                return False
            return True
        if not self.path.is_file():
            return False
        if self.kind in ("xdg", "flatpak"):
            # The desktop's own autostart settings switch entries off in place.
            text = self.path.read_text(encoding="utf-8", errors="replace").lower()
            return "hidden=true" not in text and "x-gnome-autostart-enabled=false" not in text
        return True

    def probe(self) -> list[tuple[str, str]]:
        state = "on" if self.is_enabled() else "off"
        return [("autostart", f"{state} ({self.kind}: {self.location})")]


def probe(data_dir: Path | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` line."""
    return Autostart(data_dir).probe()
