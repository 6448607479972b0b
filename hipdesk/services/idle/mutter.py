"""GNOME (X11 and Wayland): ``org.gnome.Mutter.IdleMonitor.GetIdletime`` over QtDBus.

The call takes no arguments (QtDBus cannot send unsigned integers, but none are needed) and
returns milliseconds as a uint64. One local round trip per tick is far below the CPU budget.
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from hipdesk.services.idle import dbus
from hipdesk.services.idle.base import IdleUnavailableError

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"


class MutterIdleSource:
    name = "mutter"
    estimated = False

    def __init__(self, bus: QDBusConnection | None) -> None:
        if bus is None:
            raise IdleUnavailableError("no D-Bus session bus")
        self._bus = bus
        self.idle_seconds()  # the first call proves the service is really there

    def idle_seconds(self) -> float:
        try:
            values = dbus.call(self._bus, SERVICE, PATH, SERVICE, "GetIdletime")
        except RuntimeError as exc:
            raise IdleUnavailableError(f"GetIdletime failed: {exc}") from None
        if not values or not isinstance(values[0], int):
            raise IdleUnavailableError(f"GetIdletime returned {values!r}")
        return values[0] / 1000.0

    def close(self) -> None:
        pass
