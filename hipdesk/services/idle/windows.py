"""Windows: ``GetLastInputInfo`` through ctypes. Importable anywhere; only works on Windows."""

from __future__ import annotations

import ctypes
import sys

from hipdesk.services.idle.base import IdleUnavailableError


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


class WindowsIdleSource:
    name = "windows"
    estimated = False

    def __init__(self, platform: str | None = None) -> None:
        if (platform or sys.platform) != "win32":
            raise IdleUnavailableError("not Windows")
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            raise IdleUnavailableError("ctypes.windll is missing")
        self._user32 = windll.user32
        self._kernel32 = windll.kernel32
        self._kernel32.GetTickCount.restype = ctypes.c_uint32
        self._info = _LastInputInfo()
        self._info.cbSize = ctypes.sizeof(_LastInputInfo)
        self.idle_seconds()

    def idle_seconds(self) -> float:
        if not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            raise IdleUnavailableError("GetLastInputInfo failed")
        # Both are 32-bit millisecond tick counts: the modulo survives the 49.7-day wrap.
        elapsed = (self._kernel32.GetTickCount() - self._info.dwTime) % (1 << 32)
        return float(elapsed) / 1000.0

    def close(self) -> None:
        pass
