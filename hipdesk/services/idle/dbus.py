"""Opening D-Bus connections without side effects.

Qt autolaunches a stray ``dbus-daemon`` (with dbus-x11 and a DISPLAY) and prints a warning when
no session bus exists, so the bus is only touched when its address is known. Without a running
QCoreApplication QtDBus warns as well; callers check :func:`qt_ready` first.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QCoreApplication
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

SYSTEM_SOCKETS = (Path("/run/dbus/system_bus_socket"), Path("/var/run/dbus/system_bus_socket"))
CALL_TIMEOUT_MS = 500  # a hung service must not freeze the tray for QtDBus' default 25 s


def qt_ready() -> bool:
    return QCoreApplication.instance() is not None


def session_bus(environ: Mapping[str, str] | None = None) -> QDBusConnection | None:
    """The session bus, or None when there is none (never autolaunches one)."""
    env = os.environ if environ is None else environ
    if not env.get("DBUS_SESSION_BUS_ADDRESS") or not qt_ready():
        return None
    bus = QDBusConnection.sessionBus()
    return bus if bus.isConnected() else None


def system_bus(environ: Mapping[str, str] | None = None) -> QDBusConnection | None:
    """The system bus, or None when its socket is absent (containers, Windows, macOS)."""
    env = os.environ if environ is None else environ
    if not qt_ready():
        return None
    if not env.get("DBUS_SYSTEM_BUS_ADDRESS") and not any(p.exists() for p in SYSTEM_SOCKETS):
        return None
    bus = QDBusConnection.systemBus()
    return bus if bus.isConnected() else None


def call(
    bus: QDBusConnection, service: str, path: str, iface: str, method: str, *args: object
) -> list[object]:
    """Call synchronously with a short timeout; raise RuntimeError("<error>: <message>").

    A raw message rather than QDBusInterface: that class introspects the remote object when
    it is built, with QtDBus' 25 s default timeout, which would freeze the tray.
    """
    message = QDBusMessage.createMethodCall(service, path, iface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        raise RuntimeError(f"{reply.errorName()}: {reply.errorMessage()}")
    return list(reply.arguments())


def get_property(bus: QDBusConnection, service: str, path: str, iface: str, name: str) -> object:
    """Read one property through org.freedesktop.DBus.Properties.Get (no uint arguments)."""
    values = call(bus, service, path, "org.freedesktop.DBus.Properties", "Get", iface, name)
    return values[0] if values else None


def slot(signature: str) -> Any:
    """A receiver slot for ``QDBusConnection.connect`` (e.g. ``"on_signal(bool)"``).

    PySide6's stubs declare bytes; at run time SLOT() gives the str QtDBus expects."""
    return SLOT(signature)
