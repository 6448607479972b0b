"""freedesktop Notifications over D-Bus with jeepney, without ever blocking the GUI thread.

Why jeepney: PySide6's QtDBus cannot send the unsigned integers of ``Notify(susssasa{sv}i)``
(it goes out as ``i`` and servers reject it, see shared/test-env.md); jeepney takes explicit
signatures.

Why a QSocketNotifier rather than a worker QThread: after the connection is open, all traffic is
a few hundred bytes on a local Unix socket, so we drive jeepney's sans-I/O parser from the Qt event
loop. That needs no thread that wakes up on a timeout (the tray's idle budget is 20 ms CPU per
minute), no locking, and signals arrive in the GUI thread where the notifier lives. Only opening
the connection (connect + SASL + Hello, where a wedged bus could hang) runs on a short-lived
thread, with jeepney's auth timeout.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

log = logging.getLogger(__name__)

BUS_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
AUTH_TIMEOUT_S = 1.0
CALL_TIMEOUT_MS = 2000

ReplyCallback = Callable[[Any, str | None], None]  # (body, error or None)


def _address() -> Any:
    from jeepney import DBusAddress

    return DBusAddress(OBJECT_PATH, bus_name=BUS_NAME, interface=INTERFACE)


def _error_name(msg: Any) -> str:
    from jeepney.low_level import HeaderFields

    name = msg.header.fields.get(HeaderFields.error_name, "unknown error")
    detail = f": {msg.body[0]}" if msg.body and isinstance(msg.body[0], str) else ""
    return f"{name}{detail}"


def notify_message(
    app_name: str,
    replaces_id: int,
    icon: str,
    summary: str,
    body: str,
    actions: list[str],
    hints: dict[str, tuple[str, Any]],
    timeout_ms: int,
) -> Any:
    from jeepney import new_method_call

    return new_method_call(
        _address(),
        "Notify",
        NOTIFY_SIGNATURE,
        (app_name, replaces_id, icon, summary, body, actions, hints, timeout_ms),
    )


def server_info_blocking(bus: str = "SESSION", timeout: float = 1.0) -> tuple[str, list[str]]:
    """(server description, capabilities) with plain blocking jeepney: for `hipdesk doctor`,
    which has no event loop. Raises OSError/TimeoutError/KeyError/RuntimeError with the reason."""
    from jeepney import new_method_call
    from jeepney.io.blocking import open_dbus_connection
    from jeepney.low_level import MessageType

    with open_dbus_connection(bus, auth_timeout=timeout) as conn:
        info = conn.send_and_get_reply(
            new_method_call(_address(), "GetServerInformation"), timeout=timeout
        )
        if info.header.message_type == MessageType.error:
            raise RuntimeError(_error_name(info))
        caps = conn.send_and_get_reply(
            new_method_call(_address(), "GetCapabilities"), timeout=timeout
        )
        if caps.header.message_type == MessageType.error:
            raise RuntimeError(_error_name(caps))
    name, vendor, version, spec = info.body
    return f"{name} {version} ({vendor}, spec {spec})", list(caps.body[0])


class FreedesktopClient(QObject):
    """One jeepney connection driven by the Qt event loop.

    ``probe()`` (re)connects, subscribes to the server's signals and asks who the server is;
    ``ready`` reports the outcome. Any later failure (socket closed, server gone) emits
    ``server_lost``; the owner decides when to probe again.
    """

    ready = Signal(bool, str)  # ok, server description or the reason it is unusable
    action_invoked = Signal(int, str)  # notification id, action key
    notification_closed = Signal(int, int)  # notification id, reason (1 expired, 2 dismissed, ...)
    server_lost = Signal(str)
    _opened = Signal(object, str)  # from the opener thread: connection or None, error

    def __init__(self, bus: str = "SESSION", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.server = ""
        self.capabilities: frozenset[str] = frozenset()
        self._conn: Any = None
        self._sock_notifier: QSocketNotifier | None = None
        self._pending: dict[int, ReplyCallback] = {}
        self._opening = False
        self._probing = False
        self._opened.connect(self._on_opened)

    @property
    def connected(self) -> bool:
        return self._conn is not None

    # -- connection ---------------------------------------------------------------------------
    def probe(self) -> None:
        """Check (again) that a server is there; the answer arrives as ``ready``."""
        if self._probing:
            return
        self._probing = True
        if self._conn is not None:
            self._ask_server()
        elif not self._opening:
            self._opening = True
            threading.Thread(target=self._open, name="hipdesk-dbus-open", daemon=True).start()

    def _open(self) -> None:
        # Runs on the opener thread: catch everything, an escaping exception would be lost.
        try:
            from jeepney.io.blocking import open_dbus_connection

            conn = open_dbus_connection(self.bus, auth_timeout=AUTH_TIMEOUT_S)
        except Exception as exc:
            self._opened.emit(None, f"{type(exc).__name__}: {exc}" if str(exc) else repr(exc))
            return
        self._opened.emit(conn, "")

    def _on_opened(self, conn: Any, error: str) -> None:
        self._opening = False
        if conn is None:
            self._probing = False
            reason = f"no session bus ({error})"
            self.ready.emit(False, reason)
            return
        self._conn = conn
        conn.sock.setblocking(False)
        self._sock_notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._sock_notifier.activated.connect(self._on_readable)
        from jeepney import MatchRule, message_bus

        owner_rule = MatchRule(
            type="signal",
            sender="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
            member="NameOwnerChanged",
            path="/org/freedesktop/DBus",
        )
        owner_rule.add_arg_condition(0, BUS_NAME)
        for rule in (MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH), owner_rule):
            self._call(message_bus.AddMatch(rule), lambda _b, _e: None)
        self._dispatch_buffered()
        self._ask_server()

    def _ask_server(self) -> None:
        from jeepney import new_method_call

        def got_caps(body: Any, error: str | None) -> None:
            self._probing = False
            if error is not None:
                self.ready.emit(False, f"GetCapabilities failed ({error})")
                return
            self.capabilities = frozenset(body[0])
            self.ready.emit(True, self.server)

        def got_info(body: Any, error: str | None) -> None:
            if error is not None:
                self._probing = False
                self.ready.emit(False, f"no notification server ({error})")
                return
            name, vendor, version, spec = body
            self.server = f"{name} {version} ({vendor}, spec {spec})"
            self._call(new_method_call(_address(), "GetCapabilities"), got_caps)

        self._call(new_method_call(_address(), "GetServerInformation"), got_info)

    def close(self) -> None:
        if self._sock_notifier is not None:
            self._sock_notifier.setEnabled(False)
            self._sock_notifier.deleteLater()
            self._sock_notifier = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        pending, self._pending = self._pending, {}
        for callback in pending.values():
            callback(None, "connection closed")

    def _lost(self, reason: str) -> None:
        log.info("notification bus connection lost: %s", reason)
        self._probing = False
        self.close()
        self.server_lost.emit(reason)

    # -- calls --------------------------------------------------------------------------------
    def notify(
        self,
        summary: str,
        body: str,
        actions: list[tuple[str, str]],
        on_done: Callable[[int | None, str | None], None],
        *,
        replaces_id: int = 0,
        app_name: str = "hipdesk",
        icon: str = "",
        desktop_entry: str = "",
        resident: bool = False,
        timeout_ms: int = 0,
    ) -> None:
        """Send Notify; ``on_done(id, None)`` or ``on_done(None, error)``."""
        flat = [part for key, label in actions for part in (key, label)]
        hints: dict[str, tuple[str, Any]] = {"urgency": ("y", 1)}
        if desktop_entry:
            hints["desktop-entry"] = ("s", desktop_entry)
        if resident:
            hints["resident"] = ("b", True)
        msg = notify_message(app_name, replaces_id, icon, summary, body, flat, hints, timeout_ms)
        self._call(msg, lambda b, e: on_done(None if e else int(b[0]), e))

    def close_notification(self, notification_id: int) -> None:
        from jeepney import new_method_call

        msg = new_method_call(_address(), "CloseNotification", "u", (notification_id,))
        self._call(msg, lambda _b, _e: None)

    def _call(self, msg: Any, callback: ReplyCallback) -> None:
        conn = self._conn
        if conn is None:
            callback(None, "not connected")
            return
        serial = next(conn.outgoing_serial)
        try:
            # A small message on a local socket: sendall completes at once even non-blocking.
            conn.sock.sendall(msg.serialise(serial=serial))
        except OSError as exc:
            callback(None, f"send failed: {exc}")
            self._lost(f"send failed: {exc}")
            return
        self._pending[serial] = callback
        QTimer.singleShot(CALL_TIMEOUT_MS, self, lambda: self._expire(serial))

    def _expire(self, serial: int) -> None:
        callback = self._pending.pop(serial, None)
        if callback is not None:
            callback(None, "no reply in time")

    # -- incoming -----------------------------------------------------------------------------
    def _on_readable(self) -> None:
        conn = self._conn
        if conn is None:
            return
        while True:
            try:
                data = conn.sock.recv(65536)
            except BlockingIOError:
                break
            except OSError as exc:
                self._lost(f"read failed: {exc}")
                return
            if not data:
                self._lost("the bus closed the connection")
                return
            conn.parser.add_data(data)
        self._dispatch_buffered()

    def _dispatch_buffered(self) -> None:
        while self._conn is not None:
            msg = self._conn.parser.get_next_message()
            if msg is None:
                return
            self._dispatch(msg)

    def _dispatch(self, msg: Any) -> None:
        from jeepney.low_level import HeaderFields, MessageType

        kind = msg.header.message_type
        fields = msg.header.fields
        if kind in (MessageType.method_return, MessageType.error):
            callback = self._pending.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if callback is not None:
                error = _error_name(msg) if kind == MessageType.error else None
                callback(msg.body, error)
            return
        if kind != MessageType.signal:
            return
        member = fields.get(HeaderFields.member)
        interface = fields.get(HeaderFields.interface)
        if interface == INTERFACE and member == "ActionInvoked":
            self.action_invoked.emit(int(msg.body[0]), str(msg.body[1]))
        elif interface == INTERFACE and member == "NotificationClosed":
            self.notification_closed.emit(int(msg.body[0]), int(msg.body[1]))
        elif member == "NameOwnerChanged" and msg.body[0] == BUS_NAME and not msg.body[2]:
            # The daemon died or quit: say so now, so the next prompt falls back at once.
            self.server = ""
            self.capabilities = frozenset()
            self.server_lost.emit("the notification server left the bus")
