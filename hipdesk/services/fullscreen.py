"""Is the active window fullscreen? X11 through ctypes libX11 (display opened once, like idle).

With an EWMH window manager (every common X11 desktop) the answer is in two properties: the
root's ``_NET_ACTIVE_WINDOW`` and that window's ``_NET_WM_STATE`` containing
``_NET_WM_STATE_FULLSCREEN``. Without one (bare X servers such as Xvfb, some kiosk setups)
``_NET_ACTIVE_WINDOW`` is absent, and the focused window's top-level geometry is compared with
the screen instead (``XGetInputFocus`` + ``XGetWindowAttributes`` + ``XTranslateCoordinates``).
That fallback sees the whole X screen, so a window fullscreen on one of several monitors is
only caught by the EWMH path.

Wayland offers no protocol that tells one client about another's fullscreen state, so there
the detector refuses to start and ``hipdesk doctor`` says "not detectable". A check costs a
handful of X round trips and is only made when a break prompt is near.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
from collections.abc import Iterator, Mapping

from hipdesk.services.idle.base import IdleUnavailableError
from hipdesk.services.idle.x11 import load_library, wayland_session

log = logging.getLogger(__name__)

_ATOM_ANY = 0
_POINTER_ROOT = 1
_IS_VIEWABLE = 2
_MAX_STATES = 64


class FullscreenUnavailableError(RuntimeError):
    """Fullscreen state cannot be read here; ``str()`` says why."""


class _XWindowAttributes(ctypes.Structure):
    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("c_class", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)


def covers_screen(x: int, y: int, width: int, height: int, screen: tuple[int, int]) -> bool:
    """Whether a window at (x, y) of that size covers the whole screen (width, height)."""
    sw, sh = screen
    return width > 0 and height > 0 and x <= 0 and y <= 0 and x + width >= sw and y + height >= sh


def _setup(x11: ctypes.CDLL) -> None:
    p, ul, i = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
    pul, pi = ctypes.POINTER(ul), ctypes.POINTER(i)
    x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = p, [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype, x11.XDefaultRootWindow.argtypes = ul, [p]
    x11.XCloseDisplay.argtypes = [p]
    x11.XFree.argtypes = [p]
    x11.XSync.argtypes = [p, i]
    x11.XSetErrorHandler.restype, x11.XSetErrorHandler.argtypes = p, [p]
    x11.XInternAtom.restype, x11.XInternAtom.argtypes = ul, [p, ctypes.c_char_p, i]
    x11.XGetWindowProperty.restype = i
    x11.XGetWindowProperty.argtypes = [
        p, ul, ul, ctypes.c_long, ctypes.c_long, i, ul,
        pul, pi, pul, pul, ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),
    ]  # fmt: skip
    x11.XGetInputFocus.argtypes = [p, pul, pi]
    x11.XGetWindowAttributes.restype = i
    x11.XGetWindowAttributes.argtypes = [p, ul, ctypes.POINTER(_XWindowAttributes)]
    x11.XTranslateCoordinates.restype = i
    x11.XTranslateCoordinates.argtypes = [p, ul, ul, i, i, pi, pi, pul]
    x11.XQueryTree.restype = i
    x11.XQueryTree.argtypes = [p, ul, pul, pul, ctypes.POINTER(pul), ctypes.POINTER(ctypes.c_uint)]


class X11FullscreenDetector:
    """``detector()`` → True while the active (or focused) window is fullscreen."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        if wayland_session(env):
            raise FullscreenUnavailableError(
                "not detectable on Wayland (no protocol exposes other apps' fullscreen state)"
            )
        if not env.get("DISPLAY"):
            raise FullscreenUnavailableError("not detectable: no X display (DISPLAY is not set)")
        try:
            self._x11 = load_library("libX11.so.6", "X11")
        except IdleUnavailableError as exc:
            raise FullscreenUnavailableError(f"not detectable: {exc}") from exc
        _setup(self._x11)
        display = self._x11.XOpenDisplay(env["DISPLAY"].encode())
        if not display:
            raise FullscreenUnavailableError(f"not detectable: cannot open {env['DISPLAY']!r}")
        self._display: int | None = display
        self._root = self._x11.XDefaultRootWindow(display)
        atom = self._x11.XInternAtom
        self._active = atom(display, b"_NET_ACTIVE_WINDOW", 0)
        self._state = atom(display, b"_NET_WM_STATE", 0)
        self._fullscreen = atom(display, b"_NET_WM_STATE_FULLSCREEN", 0)
        self._errors = 0
        self._handler = _ERROR_HANDLER(self._on_error)  # kept alive as long as we are
        self.method = ""  # "ewmh" | "geometry": what the last check used

    def __call__(self) -> bool:
        return self.fullscreen()

    def fullscreen(self) -> bool:
        if self._display is None:
            raise FullscreenUnavailableError("X display closed")
        with self._trapped_errors():
            active = self._longs(self._root, self._active)
            if active is not None:
                self.method = "ewmh"
                if not active or active[0] == 0:
                    return False  # the desktop itself, or nothing, is active
                return self._fullscreen in (self._longs(active[0], self._state) or [])
            self.method = "geometry"
            return self._focus_covers_screen()

    def wm_method(self) -> str:
        """Which way this X server is checked (for ``hipdesk doctor``)."""
        self.fullscreen()
        if self.method == "ewmh":
            return "X11 via _NET_WM_STATE of the active window (EWMH window manager)"
        return "X11 via the focused window's geometry (no EWMH window manager)"

    def close(self) -> None:
        if self._display is not None:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    # -- internals ---------------------------------------------------------------------------

    def _on_error(self, _display: int, _event: int) -> int:
        self._errors += 1  # e.g. BadWindow: the window closed between two calls
        return 0

    @contextlib.contextmanager
    def _trapped_errors(self) -> Iterator[None]:
        """Xlib's default error handler exits the process; ours only counts, during our calls."""
        x11 = self._x11
        previous = x11.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
        try:
            yield
        finally:
            x11.XSync(self._display, 0)
            x11.XSetErrorHandler(previous)

    def _longs(self, window: int, prop: int) -> list[int] | None:
        """A format-32 property as a list, or None when the window does not have it."""
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        errors = self._errors
        status = self._x11.XGetWindowProperty(
            self._display, window, prop, 0, _MAX_STATES, 0, _ATOM_ANY,
            ctypes.byref(kind), ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after),
            ctypes.byref(data),
        )  # fmt: skip
        try:
            if status != 0 or self._errors != errors or kind.value == 0 or fmt.value != 32:
                return None
            # Format-32 data comes back as C longs (8 bytes on 64-bit), whatever the server.
            longs = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(longs[i]) for i in range(count.value)]
        finally:
            if data:
                self._x11.XFree(data)

    def _toplevel(self, window: int) -> int:
        """The window's ancestor that is a direct child of the root."""
        x11 = self._x11
        for _ in range(32):  # nesting is shallow; never loop on a broken tree
            root, parent = ctypes.c_ulong(), ctypes.c_ulong()
            children, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
            ok = x11.XQueryTree(self._display, window, ctypes.byref(root), ctypes.byref(parent),
                                ctypes.byref(children), ctypes.byref(n))  # fmt: skip
            if children:
                x11.XFree(children)
            if not ok or parent.value in (0, self._root):
                return window
            window = parent.value
        return window

    def _geometry(self, window: int) -> tuple[int, int, int, int] | None:
        attrs = _XWindowAttributes()
        errors = self._errors
        if not self._x11.XGetWindowAttributes(self._display, window, ctypes.byref(attrs)):
            return None
        if self._errors != errors or attrs.map_state != _IS_VIEWABLE:
            return None
        x, y, child = ctypes.c_int(), ctypes.c_int(), ctypes.c_ulong()
        if window != self._root and not self._x11.XTranslateCoordinates(
            self._display, window, self._root, 0, 0, ctypes.byref(x), ctypes.byref(y),
            ctypes.byref(child),
        ):  # fmt: skip
            return None
        return x.value, y.value, attrs.width, attrs.height

    def _focus_covers_screen(self) -> bool:
        focus, revert = ctypes.c_ulong(), ctypes.c_int()
        self._x11.XGetInputFocus(self._display, ctypes.byref(focus), ctypes.byref(revert))
        if focus.value in (0, _POINTER_ROOT, self._root):
            return False
        window = self._geometry(self._toplevel(focus.value))
        screen = self._geometry(self._root)
        if window is None or screen is None:
            return False
        return covers_screen(*window, screen=(screen[2], screen[3]))


def fullscreen_detector(
    environ: Mapping[str, str] | None = None,
) -> tuple[X11FullscreenDetector | None, str]:
    """The detector for this session, or None and why not (logged by the caller)."""
    try:
        return X11FullscreenDetector(environ), "X11"
    except FullscreenUnavailableError as exc:
        return None, str(exc)


def probe(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """`hipdesk doctor`'s fullscreen line."""
    detector, reason = fullscreen_detector(environ)
    if detector is None:
        return ("fullscreen", reason)
    try:
        return ("fullscreen", detector.wm_method())
    finally:
        detector.close()
