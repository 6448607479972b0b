"""A tiny freedesktop notification server for e2e tests (run as a script on a private bus).

It owns org.freedesktop.Notifications, advertises ``actions``, records every Notify, and offers
a test-only interface ``io.hipdesk.FakeNotify`` on the same object:
``Invoke(u id, s key)`` emits ActionInvoked (as if the user clicked that button) and
``Last() -> (u id, as actions, s summary)`` tells the test what was shown.
Prints "ready" once the name is owned. Blocking jeepney: it is its own process.
"""

from __future__ import annotations

import sys

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EMITTER = DBusAddress(PATH, interface=NAME)


def main() -> int:
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
    if reply.body[0] != 1:
        print(f"could not own {NAME}: {reply.body}", flush=True)
        return 1
    print("ready", flush=True)
    next_id = 0
    last: tuple[int, list[str], str] = (0, [], "")
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(
                new_method_return(msg, "ssss", ("fake-notify", "hipdesk tests", "1.0", "1.2"))
            )
        elif member == "Notify":
            _app, replaces, _icon, summary, _body, actions, _hints, _timeout = msg.body
            if not replaces:
                next_id += 1
            nid = replaces or next_id
            last = (nid, list(actions), summary)
            conn.send(new_method_return(msg, "u", (nid,)))
        elif member == "CloseNotification":
            conn.send(new_method_return(msg))
            conn.send(new_signal(EMITTER, "NotificationClosed", "uu", (msg.body[0], 3)))
        elif member == "Invoke":
            nid, key = msg.body
            conn.send(new_method_return(msg))
            conn.send(new_signal(EMITTER, "ActionInvoked", "us", (nid, key)))
            conn.send(new_signal(EMITTER, "NotificationClosed", "uu", (nid, 2)))
        elif member == "Last":
            conn.send(new_method_return(msg, "uass", last))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))


if __name__ == "__main__":
    sys.exit(main())
