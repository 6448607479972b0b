"""Keep the screensaver away while a routine runs: ``org.freedesktop.ScreenSaver.Inhibit``.

Inhibit returns a ``uint32`` cookie and ``UnInhibit`` must be called with that *uint32*;
QtDBus from Python cannot send a uint (ints become int32 and the call is rejected), so this
uses jeepney. Every D-Bus call runs on one worker thread (never the GUI thread, and in order),
with short timeouts. The connection stays open while inhibited because several desktops drop
an inhibition when the caller's bus connection closes. Failures are logged, never raised:
a routine must not depend on the screensaver. :func:`probe` gives ``hipdesk doctor`` its line.
"""

from __future__ import annotations

import logging
import os
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
TIMEOUT_S = 2.0


def _connect(bus_address: str | None) -> Any:
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection(bus=bus_address or "SESSION", auth_timeout=TIMEOUT_S)


def _call(conn: Any, method: str, signature: str, body: tuple[Any, ...]) -> tuple[Any, ...]:
    from jeepney import DBusAddress, new_method_call
    from jeepney.wrappers import unwrap_msg

    addr = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
    reply = conn.send_and_get_reply(
        new_method_call(addr, method, signature, body), timeout=TIMEOUT_S
    )
    result: tuple[Any, ...] = unwrap_msg(reply)
    return result


def check(bus_address: str | None = None) -> tuple[bool, str]:
    """(usable, why) — blocking, for the doctor command (not the GUI thread)."""
    if bus_address is None and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return False, "no D-Bus session bus"
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        conn = _connect(bus_address)
        try:
            bus = DBusAddress(
                "/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"
            )
            msg = new_method_call(bus, "NameHasOwner", "s", (SERVICE,))
            (owned,) = unwrap_msg(conn.send_and_get_reply(msg, timeout=TIMEOUT_S))
        finally:
            conn.close()
    except Exception as exc:  # any bus problem means "not available", with the reason
        first = (str(exc).splitlines() or [type(exc).__name__])[0]
        return False, f"D-Bus error: {first}"
    if not owned:
        return False, f"{SERVICE} is not provided by this desktop"
    return True, f"{SERVICE}.Inhibit"


def probe(bus_address: str | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` line: is the screensaver kept off while a routine runs, and why not."""
    ok, why = check(bus_address)
    if ok:
        return [("screensaver", f"kept off during routines via {why}")]
    return [("screensaver", f"not kept off during routines: {why}")]


class ScreensaverInhibitor:
    """``inhibit()`` when a routine starts, ``release()`` when it ends; both return at once."""

    def __init__(self, app_name: str = "hipdesk", bus_address: str | None = None) -> None:
        self._app = app_name
        self._bus = bus_address
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screensaver")
        self._conn: Any = None
        self.cookie: int | None = None  # read by tests and diagnostics
        self.last_error = ""

    def inhibit(self, reason: str = "A guided routine is running") -> Future[None]:
        return self._pool.submit(self._inhibit, reason)

    def release(self) -> Future[None]:
        return self._pool.submit(self._release)

    def close(self) -> None:
        """Release and wait for the worker (application shutdown)."""
        self.release()
        self._pool.shutdown(wait=True)

    # -- worker thread ---------------------------------------------------------------------
    def _inhibit(self, reason: str) -> None:
        if self.cookie is not None:
            return
        if self._bus is None and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self.last_error = "no D-Bus session bus"
            return
        try:
            self._conn = self._conn or _connect(self._bus)
            (cookie,) = _call(self._conn, "Inhibit", "ss", (self._app, reason))
            self.cookie = int(cookie)
            log.info("screensaver inhibited (cookie %d)", self.cookie)
        except Exception as exc:  # no service, timeout, refused: run without inhibiting
            self.last_error = str(exc)
            log.info("cannot inhibit the screensaver: %s", exc)
            self._disconnect()

    def _release(self) -> None:
        if self.cookie is not None and self._conn is not None:
            try:
                _call(self._conn, "UnInhibit", "u", (self.cookie,))
                log.info("screensaver released (cookie %d)", self.cookie)
            except Exception as exc:  # the connection closing below releases it anyway
                self.last_error = str(exc)
                log.info("UnInhibit failed: %s", exc)
        self.cookie = None
        self._disconnect()

    def _disconnect(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
