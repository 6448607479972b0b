"""KDE and other freedesktop desktops: ``org.freedesktop.ScreenSaver.GetSessionIdleTime``.

GNOME answers this interface too but returns an error for GetSessionIdleTime, so the first
call decides. The service's ``ActiveChanged`` signal (screen saver on = user away) is handled by
:mod:`hipdesk.services.power`, which ends the stretch like a lock.
"""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

from hipdesk.services.idle import dbus
from hipdesk.services.idle.base import IdleUnavailableError

SERVICE = "org.freedesktop.ScreenSaver"
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")


class ScreenSaverIdleSource:
    name = "screensaver"
    estimated = False

    def __init__(self, bus: QDBusConnection | None) -> None:
        if bus is None:
            raise IdleUnavailableError("no D-Bus session bus")
        self._bus = bus
        reasons = []
        for path in PATHS:
            self._path = path
            try:
                self.idle_seconds()
                return
            except IdleUnavailableError as exc:
                reasons.append(str(exc))
        raise IdleUnavailableError(reasons[0])

    def idle_seconds(self) -> float:
        try:
            values = dbus.call(self._bus, SERVICE, self._path, SERVICE, "GetSessionIdleTime")
        except RuntimeError as exc:
            raise IdleUnavailableError(f"GetSessionIdleTime failed: {exc}") from None
        if not values or not isinstance(values[0], int):
            raise IdleUnavailableError(f"GetSessionIdleTime returned {values!r}")
        # Milliseconds: KDE's kscreenlocker returns KIdleTime::idleTime(), which is in ms.
        return values[0] / 1000.0

    def close(self) -> None:
        pass
