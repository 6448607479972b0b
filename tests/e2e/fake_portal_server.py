"""A tiny Background portal for e2e tests (run as a script on a private bus).

It owns org.freedesktop.portal.Desktop and answers RequestBackground like xdg-desktop-portal:
the call returns the Request object path made from the caller's name and ``handle_token``,
then that object emits Response(u, a{sv}). ``FAKE_PORTAL_ANSWER`` sets the response code
(0 granted, 1 refused). A test-only ``io.hipdesk.FakePortal.Last() -> (b autostart, as
commandline, s reason)`` tells the test what was asked. Prints "ready" once the name is owned.
"""

from __future__ import annotations

import os
import sys

from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"


def main() -> int:
    answer = int(os.environ.get("FAKE_PORTAL_ANSWER", "0"))
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
    if reply.body[0] != 1:
        print(f"could not own {NAME}: {reply.body}", flush=True)
        return 1
    print("ready", flush=True)
    last: tuple[bool, list[str], str] = (False, [], "")
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "RequestBackground":
            _parent, options = msg.body
            opts = {key: value for key, (_sig, value) in options.items()}
            last = (bool(opts.get("autostart")), list(opts.get("commandline", [])),
                    str(opts.get("reason", "")))  # fmt: skip
            sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
            handle = f"{PATH}/request/{sender}/{opts['handle_token']}"
            conn.send(new_method_return(msg, "o", (handle,)))
            results = {"background": ("b", answer == 0), "autostart": ("b", last[0])}
            emitter = DBusAddress(handle, interface="org.freedesktop.portal.Request")
            conn.send(new_signal(emitter, "Response", "ua{sv}", (answer, results)))
        elif member == "Last":
            conn.send(new_method_return(msg, "bass", last))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))


if __name__ == "__main__":
    sys.exit(main())
