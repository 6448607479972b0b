"""Sleep, resume and screen lock from D-Bus signals (subscriptions and property reads only).

- logind ``Manager.PrepareForSleep(b)`` on the system bus: asleep before suspend, awake after.
- logind ``Session.Lock`` / ``Unlock`` and the session's ``LockedHint`` property: locked. A
  password unlock does not send ``Unlock``; the locker clears ``LockedHint``, so every
  ``PropertiesChanged`` of the session re-reads it.
- ``ActiveChanged(b)`` of org.freedesktop.ScreenSaver (KDE...) and org.gnome.ScreenSaver on the
  session bus: screen saver on counts as locked (the user is away).

QtDBus cannot send unsigned integers, so nothing here calls a method that needs one. Without a
bus the monitor reports "unavailable" and the core's tick-gap rule still detects sleep.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

from hipdesk.services.idle import dbus

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PROPERTIES = "org.freedesktop.DBus.Properties"
SAVER_INTERFACES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")


def session_path_from_id(session_id: str) -> str:
    """logind's object path for a session id (sd_bus_path_encode: a leading digit and every
    character outside [A-Za-z0-9] become ``_xx`` hex)."""
    out = []
    for i, ch in enumerate(session_id):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            out.append(ch)
        else:
            out.append("".join(f"_{b:02x}" for b in ch.encode()))
    return f"{MANAGER_PATH}/session/{''.join(out) or '_'}"


class PowerState(Protocol):
    """What the sitting service reads each tick (PowerMonitor, NoPower, test fakes)."""

    asleep: bool
    locked: bool
    sleep_signal: bool


class PowerMonitor(QObject):
    """Current ``asleep``/``locked`` state plus signals when they change."""

    asleep_changed = Signal(bool)
    locked_changed = Signal(bool)
    changed = Signal()  # either one changed: the sitting service ticks at once

    def __init__(
        self,
        system_bus: QDBusConnection | None,
        session_bus: QDBusConnection | None,
        environ: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._env = os.environ if environ is None else environ
        self._system, self._session = system_bus, session_bus
        self._asleep = False
        self._logind_locked = False
        self._saver_active = False
        self.session_path: str | None = None
        self.sleep_signal = False
        """PrepareForSleep is subscribed: the core's wall-gap rule can be switched off."""
        self.lock_signal = False
        self.saver_signal = False
        self._reasons: dict[str, str] = {}
        self._subscribe()

    # -- state -------------------------------------------------------------------------------

    @property
    def asleep(self) -> bool:
        return self._asleep

    @property
    def locked(self) -> bool:
        return self._logind_locked or self._saver_active

    def describe(self) -> list[tuple[str, str]]:
        """Doctor lines: which signals are subscribed, and why not."""
        sleep = (
            "logind PrepareForSleep (system bus)"
            if self.sleep_signal
            else f"tick-gap fallback only: {self._reasons.get('sleep', 'unknown')}"
        )
        lock = (
            f"logind Lock/Unlock + LockedHint ({self.session_path})"
            if self.lock_signal
            else f"unavailable: {self._reasons.get('lock', 'unknown')}"
        )
        saver = (
            "ActiveChanged (session bus)"
            if self.saver_signal
            else f"unavailable: {self._reasons.get('saver', 'unknown')}"
        )
        return [("sleep signal", sleep), ("lock signal", lock), ("screen saver signal", saver)]

    # -- slots (public so tests and fakes can drive them) ------------------------------------

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep != self._asleep:
            self._asleep = going_to_sleep
            log.info("system %s", "going to sleep" if going_to_sleep else "resumed")
            self.asleep_changed.emit(going_to_sleep)
            self.changed.emit()

    @Slot()
    def on_lock(self) -> None:
        self._set_logind_locked(True)

    @Slot()
    def on_unlock(self) -> None:
        self._set_logind_locked(False)

    @Slot(bool)
    def on_saver_active(self, active: bool) -> None:
        before = self.locked
        self._saver_active = active
        self._emit_lock(before)

    @Slot(QDBusMessage)
    def on_session_properties(self, message: QDBusMessage) -> None:
        # QtDBus hands an a{sv} to Python as an opaque QDBusArgument, so re-read the hint.
        args = message.arguments()
        if args and args[0] == SESSION:
            hint = self._read_locked_hint()
            if hint is not None:
                self._set_logind_locked(hint)

    # -- internals ---------------------------------------------------------------------------

    def _set_logind_locked(self, locked: bool) -> None:
        before = self.locked
        self._logind_locked = locked
        self._emit_lock(before)

    def _emit_lock(self, before: bool) -> None:
        if self.locked != before:
            log.info("session %s", "locked" if self.locked else "unlocked")
            self.locked_changed.emit(self.locked)
            self.changed.emit()

    def _subscribe(self) -> None:
        if self._system is None:
            self._reasons["sleep"] = self._reasons["lock"] = "no D-Bus system bus"
        else:
            self.sleep_signal = self._system.connect(
                LOGIND, MANAGER_PATH, MANAGER, "PrepareForSleep", self,
                dbus.slot("on_prepare_for_sleep(bool)"),
            )  # fmt: skip
            if not self.sleep_signal:
                self._reasons["sleep"] = self._system.lastError().message() or "subscribe failed"
            self._subscribe_session(self._system)
        if self._session is None:
            self._reasons["saver"] = "no D-Bus session bus"
        else:
            ok = [
                self._session.connect(
                    "", "", iface, "ActiveChanged", self, dbus.slot("on_saver_active(bool)")
                )
                for iface in SAVER_INTERFACES
            ]
            self.saver_signal = any(ok)
            if not self.saver_signal:
                self._reasons["saver"] = "subscribe failed"
        log.info("power/lock: %s", "; ".join(f"{k}: {v}" for k, v in self.describe()))

    def _subscribe_session(self, bus: QDBusConnection) -> None:
        path = self._find_session_path(bus)
        if path is None:
            return
        self.session_path = path
        ok = all(
            bus.connect(LOGIND, path, iface, name, self, dbus.slot(slot))
            for iface, name, slot in (
                (SESSION, "Lock", "on_lock()"),
                (SESSION, "Unlock", "on_unlock()"),
                (PROPERTIES, "PropertiesChanged", "on_session_properties(QDBusMessage)"),
            )
        )
        self.lock_signal = ok
        if not ok:
            self._reasons["lock"] = "subscribe failed"
            return
        self._logind_locked = bool(self._read_locked_hint())

    def _find_session_path(self, bus: QDBusConnection) -> str | None:
        session_id = self._env.get("XDG_SESSION_ID")
        if not session_id:
            try:
                got = dbus.get_property(bus, LOGIND, f"{MANAGER_PATH}/session/auto", SESSION, "Id")
            except RuntimeError as exc:
                self._reasons["lock"] = f"no logind session ({exc})"
                return None
            session_id = str(got)
        try:
            values = dbus.call(bus, LOGIND, MANAGER_PATH, MANAGER, "GetSession", session_id)
            if values and isinstance(values[0], QDBusObjectPath):
                return values[0].path()
        except RuntimeError as exc:
            log.debug("GetSession(%s) failed: %s", session_id, exc)
        return session_path_from_id(session_id)

    def _read_locked_hint(self) -> bool | None:
        if self._system is None or self.session_path is None:
            return None
        try:
            path = self.session_path
            value = dbus.get_property(self._system, LOGIND, path, SESSION, "LockedHint")
        except RuntimeError as exc:
            log.debug("LockedHint unreadable: %s", exc)
            return None
        return bool(value) if isinstance(value, bool) else None


class NoPower:
    """Stand-in when a caller has no monitor at all: never asleep, never locked."""

    asleep = False
    locked = False
    sleep_signal = False

    def describe(self) -> list[tuple[str, str]]:
        return [("sleep signal", "tick-gap fallback only"), ("lock signal", "unavailable")]


def probe(environ: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` lines. Needs a QCoreApplication for D-Bus; reports why when absent."""
    if not dbus.qt_ready():
        reason = "not checked: needs a running Qt application"
        return [("sleep signal", reason), ("lock signal", reason), ("screen saver signal", reason)]
    monitor = PowerMonitor(dbus.system_bus(environ), dbus.session_bus(environ), environ)
    try:
        return monitor.describe()
    finally:
        monitor.deleteLater()
