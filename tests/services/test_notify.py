"""Notifier chain with a scripted D-Bus client: backend choice, answers, fall-back on failure."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from hipdesk.core.breaks import Prompt
from hipdesk.services import notify_text
from hipdesk.services.notify import FREEDESKTOP, NONE, PLYER, TRAY, WINDOW, Notifier, probe


def make_prompt(prompt_id: int = 1, **kw: Any) -> Prompt:
    values: dict[str, Any] = {
        "prompt_id": prompt_id,
        "stretch_id": 7,
        "sitting_seconds": 30 * 60 + 12,
        "escalated": False,
        "wall": datetime(2025, 3, 4, 10, 0, tzinfo=UTC),
        "can_snooze": True,
        "can_skip": True,
        "snooze_minutes": (5, 10),
    }
    values.update(kw)
    return Prompt(**values)


class FakeClient(QObject):
    ready = Signal(bool, str)
    action_invoked = Signal(int, str)
    notification_closed = Signal(int, int)
    server_lost = Signal(str)

    def __init__(self, caps: tuple[str, ...] = ("actions", "body")) -> None:
        super().__init__()
        self.capabilities = frozenset(caps)
        self.server = "fake 1.0 (tests, spec 1.2)"
        self.connected = True
        self.probes = 0
        self.sent: list[dict[str, Any]] = []
        self.closed: list[int] = []
        self.fail_with: str | None = None
        self._next = 100

    def probe(self) -> None:
        self.probes += 1

    def notify(self, summary, body, actions, on_done, **kw):  # type: ignore[no-untyped-def]
        self.sent.append({"summary": summary, "body": body, "actions": actions, **kw})
        if self.fail_with:
            on_done(None, self.fail_with)
            return
        self._next += 1
        on_done(kw.get("replaces_id") or self._next, None)

    def close_notification(self, nid: int) -> None:
        self.closed.append(nid)


class FakeWindow(QObject):
    action = Signal(int, str, int)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[Prompt] = []
        self.withdrawn: list[int] = []

    def show_prompt(self, prompt: Prompt) -> None:
        self.shown.append(prompt)

    def withdraw(self, prompt_id: int) -> None:
        self.withdrawn.append(prompt_id)


@pytest.fixture
def window() -> FakeWindow:
    return FakeWindow()


def ready_notifier(client: FakeClient, window: FakeWindow | None = None, **kw: Any) -> Notifier:
    n = Notifier((lambda: window) if window is not None else None, client=client, **kw)
    n.start()
    client.ready.emit(True, client.server)
    return n


def test_texts_follow_the_words_guide() -> None:
    p = make_prompt()
    assert notify_text.prompt_title(p) == "You've been sitting 30 minutes — 2-minute hip break?"
    assert notify_text.actions(p) == [
        ("start", "Start"),
        ("snooze:10", "Snooze 10 min"),
        ("skip", "Skip"),
    ]
    assert notify_text.actions(make_prompt(can_snooze=False, can_skip=False)) == [
        ("start", "Start")
    ]
    assert notify_text.snooze_minutes(make_prompt(snooze_minutes=(5,))) == 5
    assert notify_text.prompt_title(make_prompt(break_minutes=3)).endswith(
        "— 3-minute hip break?"
    )  # the chosen break length (breaks.break_minutes)
    assert notify_text.prompt_title(make_prompt(sitting_seconds=61, escalated=True)).startswith(
        "Still sitting after 1 minute"
    )
    assert notify_text.parse_action_key("snooze:5") == ("snooze", 5)
    assert notify_text.parse_action_key("default") is None
    assert notify_text.parse_action_key("snooze:x") is None


def test_prompt_goes_to_the_server_with_actions(qtbot, window: FakeWindow) -> None:  # type: ignore[no-untyped-def]
    client = FakeClient()
    n = ready_notifier(client, window)
    assert n.backend_name == FREEDESKTOP
    n.show_prompt(make_prompt())
    sent = client.sent[-1]
    assert sent["actions"] == notify_text.actions(make_prompt())
    assert sent["timeout_ms"] == 0 and sent["replaces_id"] == 0
    assert window.shown == []
    with qtbot.waitSignal(n.action) as blocker:
        client.action_invoked.emit(101, "snooze:10")
    assert blocker.args == [1, "snooze", 10]
    # The escalated re-prompt of a still-open prompt replaces the same notification.
    n.show_prompt(make_prompt(2))
    n.show_prompt(make_prompt(2, escalated=True))
    assert client.sent[-1]["replaces_id"] == 102


@pytest.mark.parametrize(("key", "expected"), [("start", ["start", 0]), ("skip", ["skip", 0])])
def test_start_and_skip(qtbot, key: str, expected: list[Any]) -> None:  # type: ignore[no-untyped-def]
    client = FakeClient()
    n = ready_notifier(client)
    n.show_prompt(make_prompt(5))
    with qtbot.waitSignal(n.action) as blocker:
        client.action_invoked.emit(101, key)
    assert blocker.args == [5, *expected]


def test_foreign_and_default_actions(qtbot) -> None:  # type: ignore[no-untyped-def]
    client = FakeClient()
    n = ready_notifier(client)
    n.show_prompt(make_prompt())
    with qtbot.assertNotEmitted(n.action):
        client.action_invoked.emit(999, "start")  # another app's notification
    with qtbot.waitSignal(n.open_requested):
        client.action_invoked.emit(101, "default")
    client.notification_closed.emit(101, 2)  # dismissed: forgotten, no answer
    with qtbot.assertNotEmitted(n.action):
        client.action_invoked.emit(101, "start")


def test_withdraw_closes_the_notification(window: FakeWindow) -> None:
    client = FakeClient()
    n = ready_notifier(client, window)
    n.show_prompt(make_prompt(3))
    n.withdraw(3)
    assert client.closed == [101]


def test_server_without_actions_uses_the_window(qtbot, window: FakeWindow) -> None:  # type: ignore[no-untyped-def]
    client = FakeClient(caps=("body",))
    n = ready_notifier(client, window)
    assert n.backend_name == WINDOW
    n.show_prompt(make_prompt())
    assert client.sent == [] and [p.prompt_id for p in window.shown] == [1]
    with qtbot.waitSignal(n.action) as blocker:
        window.action.emit(1, "start", 0)
    assert blocker.args == [1, "start", 0]
    n.notify_info("hipdesk keeps running", "In the tray.")  # info still goes to the server
    assert client.sent[-1]["actions"] == []


def test_no_server_falls_back_and_rechecks(window: FakeWindow) -> None:
    client = FakeClient()
    n = Notifier(lambda: window, client=client)
    n.start()
    client.ready.emit(False, "no notification server (ServiceUnknown)")
    assert n.backend_name == WINDOW
    assert ("notification server", "unavailable: no notification server (ServiceUnknown)") in (
        n.report()
    )
    n.show_prompt(make_prompt())
    assert window.shown and client.probes == 2  # re-checked for the next prompt


def test_failed_notify_falls_back_at_once(window: FakeWindow) -> None:
    client = FakeClient()
    n = ready_notifier(client, window)
    client.fail_with = "org.freedesktop.DBus.Error.ServiceUnknown"
    n.show_prompt(make_prompt())
    assert [p.prompt_id for p in window.shown] == [1]
    assert n.backend_name == WINDOW and client.probes == 2


def test_daemon_death_moves_open_prompt_to_window(window: FakeWindow) -> None:
    client = FakeClient()
    n = ready_notifier(client, window)
    n.show_prompt(make_prompt(4))
    client.server_lost.emit("the notification server left the bus")
    assert [p.prompt_id for p in window.shown] == [4]
    n.show_prompt(make_prompt(5))
    assert [p.prompt_id for p in window.shown] == [4, 5]
    client.ready.emit(True, client.server)  # daemon back: used again
    assert n.backend_name == FREEDESKTOP


def test_text_only_channels_without_window() -> None:
    client = FakeClient()
    shown: list[tuple[str, str]] = []
    n = Notifier(None, lambda t, b: shown.append((t, b)) is None, client=client)
    client.ready.emit(False, "no bus")
    assert n.backend_name == TRAY
    n.show_prompt(make_prompt())
    assert shown[0][0].startswith("You've been sitting 30 minutes")

    toasts: list[str] = []
    n2 = Notifier(
        None,
        None,
        client=FakeClient(),
        platform="win32",
        plyer_notify=lambda t, b: toasts.append(t),
    )
    assert n2.backend_name == PLYER
    n2.notify_info("Hello", "there")
    assert toasts == ["Hello"]
    assert Notifier(None, None, client=FakeClient(), platform="linux").backend_name == NONE


def test_plyer_failure_is_caught() -> None:
    def broken(_t: str, _b: str) -> None:
        raise NotImplementedError("no backend")

    shown: list[str] = []
    n = Notifier(
        None,
        lambda t, b: shown.append(t) is None,
        client=FakeClient(),
        platform="darwin",
        plyer_notify=broken,
    )
    n.notify_info("Hi", "there")
    assert shown == ["Hi"]


def test_probe_without_bus_is_honest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    lines = dict(probe(platform="linux"))
    assert lines["notification server"].startswith("none:")
    assert lines["prompt path"] == "prompt window (no notification server)"
    assert "not used on Linux" in lines["plyer"]


def test_real_client_reports_missing_bus(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.services.notify_freedesktop import FreedesktopClient

    client = FreedesktopClient("unix:path=/nonexistent/hipdesk-test-bus")
    with qtbot.waitSignal(client.ready, timeout=3000) as blocker:
        client.probe()
    assert blocker.args[0] is False and "no session bus" in blocker.args[1]
    assert not client.connected
