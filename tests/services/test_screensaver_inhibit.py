"""Screensaver inhibit over a private dbus-daemon with a fake org.freedesktop.ScreenSaver."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from jeepney import new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from hipdesk.services.screensaver_inhibit import SERVICE, ScreensaverInhibitor, check, probe

pytestmark = pytest.mark.skipif(not shutil.which("dbus-daemon"), reason="needs dbus-daemon")


@pytest.fixture
def bus() -> Iterator[str]:
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(timeout=5)
    proc.stdout.close()


class FakeScreenSaver:
    """Answers Inhibit with cookie 4242 and records UnInhibit calls (as uint32)."""

    def __init__(self, address: str) -> None:
        self.conn = open_dbus_connection(address)
        self.conn.send_and_get_reply(message_bus.RequestName(SERVICE), timeout=2)
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                msg = self.conn.receive(timeout=5)
            except Exception:
                return
            member = msg.header.fields.get(3)  # HeaderFields.member
            sig = msg.header.fields.get(8, "")  # HeaderFields.signature
            if member not in ("Inhibit", "UnInhibit"):
                continue
            self.calls.append((member, sig, msg.body))
            if member == "Inhibit":
                self.conn.send(new_method_return(msg, "u", (4242,)))
            elif sig == "u":
                self.conn.send(new_method_return(msg))
            else:
                self.conn.send(new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs"))

    def close(self) -> None:
        self.conn.close()


def test_probe_without_a_bus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    assert check() == (False, "no D-Bus session bus")
    assert probe() == [("screensaver", "not kept off during routines: no D-Bus session bus")]
    inhibitor = ScreensaverInhibitor()
    inhibitor.inhibit().result(timeout=5)
    assert inhibitor.cookie is None and inhibitor.last_error == "no D-Bus session bus"
    inhibitor.close()


def test_probe_without_the_service(bus: str) -> None:
    ok, why = check(bus)
    assert not ok and "not provided" in why
    ((label, line),) = probe(bus)
    assert label == "screensaver" and "not provided" in line and "\n" not in line
    inhibitor = ScreensaverInhibitor(bus_address=bus)
    inhibitor.inhibit().result(timeout=10)  # never raises
    assert inhibitor.cookie is None and inhibitor.last_error
    inhibitor.close()


def test_inhibit_and_release_with_a_uint_cookie(bus: str) -> None:
    fake = FakeScreenSaver(bus)
    try:
        assert check(bus)[0]
        assert probe(bus) == [("screensaver", f"kept off during routines via {SERVICE}.Inhibit")]
        inhibitor = ScreensaverInhibitor(bus_address=bus)
        inhibitor.inhibit("Routine").result(timeout=5)
        assert inhibitor.cookie == 4242
        inhibitor.inhibit().result(timeout=5)  # already inhibited: no second call
        inhibitor.release().result(timeout=5)
        assert inhibitor.cookie is None and inhibitor.last_error == ""
        inhibitor.close()
        assert fake.calls == [
            ("Inhibit", "ss", ("hipdesk", "Routine")),
            ("UnInhibit", "u", (4242,)),
        ]
    finally:
        fake.close()
