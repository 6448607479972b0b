"""Autostart from inside a Flatpak sandbox: the Background portal.

A sandboxed app cannot write the host's ``~/.config/autostart``; it asks
``org.freedesktop.portal.Background.RequestBackground`` instead, and the portal (after asking
the user, the first time) writes or removes the host's entry itself. The call returns a Request
object at once; the answer comes later as that object's ``Response`` signal, so nothing here
waits: :attr:`BackgroundPortal.finished` reports the outcome. QtDBus suffices (no unsigned
arguments to send).
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

from hipdesk.services.idle.dbus import slot

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
BACKGROUND = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
_tokens = itertools.count(1)


def request_path(bus: QDBusConnection, token: str) -> str:
    """Where the portal puts the Request object (spec: the caller's unique name, ':' dropped
    and '.' as '_', then the handle token)."""
    sender = bus.baseService().lstrip(":").replace(".", "_")
    return f"{PORTAL_PATH}/request/{sender}/{token}"


class BackgroundPortal(QObject):
    #: (granted, autostart now on, message). ``message`` says why when not granted.
    finished = Signal(bool, bool, str)

    def __init__(self, bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._handle = ""
        self._wanted = False
        self._watcher: QDBusPendingCallWatcher | None = None

    def request(self, autostart: bool, commandline: list[str], reason: str) -> None:
        """Ask for autostart on or off; :attr:`finished` follows (never emitted before return)."""
        token = f"hipdesk{next(_tokens)}"
        self._wanted = autostart
        self._handle = request_path(self._bus, token)
        # Subscribe before calling: the Response may arrive before the call's own reply.
        self._bus.connect(PORTAL, self._handle, REQUEST, "Response", self,
                          slot("on_response(QDBusMessage)"))  # fmt: skip
        options: dict[str, Any] = {
            "handle_token": token,
            "reason": reason,
            "autostart": autostart,
            "commandline": commandline,
            "dbus-activatable": False,
        }
        msg = QDBusMessage.createMethodCall(PORTAL, PORTAL_PATH, BACKGROUND, "RequestBackground")
        msg.setArguments(["", options])
        self._watcher = QDBusPendingCallWatcher(self._bus.asyncCall(msg), self)
        self._watcher.finished.connect(self._on_reply)

    def _on_reply(self, watcher: QDBusPendingCallWatcher) -> None:
        if watcher.isError():
            error = watcher.error()
            self._done(False, False, f"no Background portal: {error.name()}: {error.message()}")

    @Slot(QDBusMessage)
    def on_response(self, message: QDBusMessage) -> None:
        args = message.arguments()
        code = int(args[0]) if args else 2
        if code == 0:
            # The results a{sv} reaches Python as an opaque QDBusArgument; a granted request
            # is done as asked (xdg-desktop-portal reports back the autostart it was given).
            self._done(True, self._wanted, "")
        else:  # 1: the user said no; 2: the request ended another way
            self._done(False, False, "the desktop did not allow it" if code == 1 else "cancelled")

    def _done(self, granted: bool, on: bool, message: str) -> None:
        if self._handle:
            self._bus.disconnect(PORTAL, self._handle, REQUEST, "Response", self,
                                 slot("on_response(QDBusMessage)"))  # fmt: skip
            self._handle = ""
            log.info("Background portal: granted=%s autostart=%s %s", granted, on, message)
            self.finished.emit(granted, on, message)
