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
from typing import Any

from fake_bus import serve
from jeepney import DBusAddress, HeaderFields, new_method_return, new_signal

NAME = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"


def main() -> int:
    answer = int(os.environ.get("FAKE_PORTAL_ANSWER", "0"))
    state: dict[str, tuple[bool, list[str], str]] = {"last": (False, [], "")}

    def handle(conn: Any, msg: Any, member: str) -> bool:
        if member == "RequestBackground":
            _parent, options = msg.body
            opts = {key: value for key, (_sig, value) in options.items()}
            last = (bool(opts.get("autostart")), list(opts.get("commandline", [])),
                    str(opts.get("reason", "")))  # fmt: skip
            state["last"] = last
            sender = msg.header.fields[HeaderFields.sender].lstrip(":").replace(".", "_")
            handle_path = f"{PATH}/request/{sender}/{opts['handle_token']}"
            conn.send(new_method_return(msg, "o", (handle_path,)))
            results = {"background": ("b", answer == 0), "autostart": ("b", last[0])}
            emitter = DBusAddress(handle_path, interface="org.freedesktop.portal.Request")
            conn.send(new_signal(emitter, "Response", "ua{sv}", (answer, results)))
        elif member == "Last":
            conn.send(new_method_return(msg, "bass", state["last"]))
        else:
            return False
        return True

    return serve(NAME, handle)


if __name__ == "__main__":
    sys.exit(main())
