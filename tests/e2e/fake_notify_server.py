"""A tiny freedesktop notification server for e2e tests (run as a script on a private bus).

It owns org.freedesktop.Notifications, advertises ``actions``, records every Notify, and offers
a test-only interface ``io.hipdesk.FakeNotify`` on the same object:
``Invoke(u id, s key)`` emits ActionInvoked (as if the user clicked that button) and
``Last() -> (u id, as actions, s summary)`` tells the test what was shown.
Prints "ready" once the name is owned (fake_bus.serve). Blocking jeepney: its own process.
"""

from __future__ import annotations

import sys
from typing import Any

from fake_bus import serve
from jeepney import DBusAddress, new_method_return, new_signal

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
EMITTER = DBusAddress(PATH, interface=NAME)


def main() -> int:
    state = {"next_id": 0, "last": (0, [], "")}

    def handle(conn: Any, msg: Any, member: str) -> bool:
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(
                new_method_return(msg, "ssss", ("fake-notify", "hipdesk tests", "1.0", "1.2"))
            )
        elif member == "Notify":
            _app, replaces, _icon, summary, _body, actions, _hints, _timeout = msg.body
            if not replaces:
                state["next_id"] += 1
            nid = replaces or state["next_id"]
            state["last"] = (nid, list(actions), summary)
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
            conn.send(new_method_return(msg, "uass", state["last"]))
        else:
            return False
        return True

    return serve(NAME, handle)


if __name__ == "__main__":
    sys.exit(main())
