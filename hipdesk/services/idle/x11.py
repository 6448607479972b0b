"""X11 idle time: ``XScreenSaverQueryInfo`` from libXss through ctypes.

The display is opened once and reused: opening a connection every tick would cost far more
CPU than the query itself. Under Wayland, XWayland only sees input sent to X11 clients, so
this source refuses to run in a Wayland session rather than report nonsense.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
from collections.abc import Mapping

from hipdesk.services.idle.base import IdleUnavailableError


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds
        ("eventMask", ctypes.c_ulong),
    ]


def load_library(soname: str, short: str) -> ctypes.CDLL:
    """An X library by its soname, else by ``find_library`` (shared by idle, fullscreen, tray)."""
    for name in (soname, ctypes.util.find_library(short)):
        if not name:
            continue
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    raise IdleUnavailableError(f"{soname} not found (install libxss1 / libx11-6)")


def wayland_session(environ: Mapping[str, str]) -> bool:
    return environ.get("XDG_SESSION_TYPE") == "wayland" or bool(environ.get("WAYLAND_DISPLAY"))


class X11IdleSource:
    name = "x11"
    estimated = False

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        if wayland_session(env):
            raise IdleUnavailableError("Wayland session: XWayland sees only X11 clients' input")
        if not env.get("DISPLAY"):
            raise IdleUnavailableError("no X display (DISPLAY is not set)")
        self._x11 = load_library("libX11.so.6", "X11")
        self._xss = load_library("libXss.so.1", "Xss")
        x11, xss = self._x11, self._xss
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XDefaultRootWindow.restype = ctypes.c_ulong
        x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        x11.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        display = x11.XOpenDisplay(env["DISPLAY"].encode())
        if not display:
            raise IdleUnavailableError(f"cannot open X display {env['DISPLAY']!r}")
        self._display: int | None = display
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event), ctypes.byref(error)):
            self.close()
            raise IdleUnavailableError("the X server has no MIT-SCREEN-SAVER extension")
        self._root = x11.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float:
        if self._display is None:
            raise IdleUnavailableError("X display closed")
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            raise IdleUnavailableError("XScreenSaverQueryInfo failed")
        return float(self._info.contents.idle) / 1000.0

    def close(self) -> None:
        if self._display is not None:
            if getattr(self, "_info", None):
                self._x11.XFree(self._info)
                self._info = None
            self._x11.XCloseDisplay(self._display)
            self._display = None
