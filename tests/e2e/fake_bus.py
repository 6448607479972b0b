"""The part every fake D-Bus service in the e2e tests shares (each runs as its own process).

``serve(NAME, handle)`` owns the name on the session bus, prints "ready" for the test to wait
on, then hands every method call to ``handle(conn, msg, member)``; a member it does not know
(``handle`` returns False) gets the standard UnknownMethod error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jeepney import HeaderFields, MessageType, new_error
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection


def serve(name: str, handle: Callable[[Any, Any, str], bool]) -> int:
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(name, 4))  # 4: do not queue
    if reply.body[0] != 1:
        print(f"could not own {name}: {reply.body}", flush=True)
        return 1
    print("ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if not handle(conn, msg, member):
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))
