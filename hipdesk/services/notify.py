"""Break prompts and info messages through the best channel this desktop really has.

Chain, decided from what was checked rather than assumed:

1. freedesktop Notifications over D-Bus (jeepney, ``notify_freedesktop``), used for prompts only
   when the server advertises ``actions`` (Start / Snooze / Skip) and for info messages always.
2. plyer (Windows/macOS toast). Not on Linux: there the same server is reached directly over D-Bus,
   and plyer's notify-send path fails silently when no server exists.
3. ``QSystemTrayIcon.showMessage`` (through a callable from the tray controller).
4. The in-app prompt window (a factory from the composition root: services never import ui).

Prompts need an answer, so after (1) they go to the prompt window, which has the three buttons;
the text-only channels (2, 3) carry a prompt only when no window factory was given. Any failure
(error reply, daemon gone) marks D-Bus down, shows the prompt through the fallback at once and
re-checks the server in the background, so a restarted daemon is used again for the next prompt.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from hipdesk import APP_ID, APP_NAME
from hipdesk.core.breaks import Prompt
from hipdesk.services import notify_text
from hipdesk.services.notify_freedesktop import FreedesktopClient, server_info_blocking

log = logging.getLogger(__name__)

FREEDESKTOP = "freedesktop notification"
WINDOW = "prompt window"
TRAY = "tray message"
PLYER = "plyer"
NONE = "none"


class PromptSurface(Protocol):
    """What the prompt window offers (hipdesk.ui.prompt_window.PromptWindow)."""

    action: Any  # Signal(int prompt_id, str action, int minutes)

    def show_prompt(self, prompt: Prompt) -> None: ...

    def withdraw(self, prompt_id: int) -> None: ...


def _plyer_notify(title: str, body: str) -> None:
    from plyer import notification  # imported on use: ~pulls platform modules

    notification.notify(title=title, message=body, app_name=APP_NAME, timeout=10)  # type: ignore[operator]


def plyer_reason(platform: str) -> tuple[bool, str]:
    if platform in ("win32", "darwin"):
        return True, "system toast via plyer"
    return False, "not used on Linux: the server is reached directly over D-Bus"


class Notifier(QObject):
    """Shows break prompts and info messages; user answers come back as ``action``."""

    action = Signal(int, str, int)  # prompt_id, "start"|"snooze"|"skip", minutes
    open_requested = Signal()  # the notification body was clicked ("default" action)
    backend_changed = Signal(str)

    def __init__(
        self,
        window_factory: Callable[[], PromptSurface] | None = None,
        tray_message: Callable[[str, str], bool] | None = None,
        *,
        client: FreedesktopClient | None = None,
        bus: str = "SESSION",
        platform: str = sys.platform,
        plyer_notify: Callable[[str, str], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window_factory = window_factory
        self._window: PromptSurface | None = None
        self._tray_message = tray_message
        use_plyer, self._plyer_reason = plyer_reason(platform)
        self._plyer = plyer_notify if plyer_notify is not None else None
        if self._plyer is None and use_plyer:
            self._plyer = _plyer_notify
        self._fd_ok = False
        self._fd_reason = "not checked yet"
        self._client = client if client is not None else FreedesktopClient(bus, self)
        self._client.ready.connect(self._on_ready)
        self._client.server_lost.connect(self._on_lost)
        self._client.action_invoked.connect(self._on_action_invoked)
        self._client.notification_closed.connect(self._on_closed)
        self._nid_by_prompt: dict[int, int] = {}
        self._shown: dict[int, Prompt] = {}  # prompts currently shown as notifications
        self._last_backend = ""

    # -- state --------------------------------------------------------------------------------
    def start(self) -> None:
        """Check the notification server (asynchronously); ``backend_changed`` follows."""
        self._client.probe()

    @property
    def freedesktop_actions(self) -> bool:
        return self._fd_ok and "actions" in self._client.capabilities

    @property
    def backend_name(self) -> str:
        """The channel the next prompt will use."""
        if self.freedesktop_actions:
            return FREEDESKTOP
        if self._window_factory is not None:
            return WINDOW
        if self._tray_message is not None:
            return TRAY
        return PLYER if self._plyer is not None else NONE

    def report(self) -> list[tuple[str, str]]:
        """What is in use and why the others are not, for logs and the settings page."""
        if self._fd_ok:
            caps = ", ".join(sorted(self._client.capabilities)) or "none"
            fd = f"{self._client.server}; capabilities: {caps}"
        else:
            fd = f"unavailable: {self._fd_reason}"
        return [
            ("notification server", fd),
            ("prompt path", self.backend_name),
            ("plyer", self._plyer_reason),
        ]

    def _announce(self) -> None:
        name = self.backend_name
        if name != self._last_backend:
            self._last_backend = name
            why = "; ".join(f"{k}: {v}" for k, v in self.report())
            log.info("break prompts use the %s (%s)", name, why)
            self.backend_changed.emit(name)

    def _on_ready(self, ok: bool, detail: str) -> None:
        self._fd_ok = ok
        self._fd_reason = "" if ok else detail
        if ok and "actions" not in self._client.capabilities:
            log.info("notification server %s has no 'actions': prompts use the window", detail)
        self._announce()

    def _on_lost(self, reason: str) -> None:
        self._fd_ok = False
        self._fd_reason = reason
        self._nid_by_prompt.clear()
        shown, self._shown = self._shown, {}
        self._announce()
        # An open prompt must not vanish with the daemon: move it to the fallback now.
        for prompt in shown.values():
            self._fallback_prompt(prompt)

    # -- prompts ------------------------------------------------------------------------------
    def show_prompt(self, prompt: Prompt) -> None:
        """Show (or replace, for the escalated re-prompt) the prompt. The caller has already
        checked quiet mode and working hours."""
        if not self.freedesktop_actions:
            if not self._fd_ok:
                self._client.probe()  # re-check for the next prompt (daemon may be back)
            self._fallback_prompt(prompt)
            return

        def done(nid: int | None, error: str | None) -> None:
            if nid is None:
                log.warning(
                    "notification failed (%s); prompt %d falls back", error, prompt.prompt_id
                )
                self._fd_ok = False
                self._fd_reason = f"Notify failed: {error}"
                self._announce()
                self._client.probe()
                self._fallback_prompt(prompt)
                return
            self._nid_by_prompt[prompt.prompt_id] = nid
            self._shown[prompt.prompt_id] = prompt
            if self._window is not None:
                self._window.withdraw(prompt.prompt_id)

        self._client.notify(
            notify_text.prompt_title(prompt),
            notify_text.prompt_body(prompt),
            notify_text.actions(prompt),
            done,
            replaces_id=self._nid_by_prompt.get(prompt.prompt_id, 0),
            app_name=APP_NAME,
            icon=APP_ID,
            desktop_entry=APP_ID,
            resident=False,
            timeout_ms=0,  # a prompt stays until answered or withdrawn by the policy
        )

    def withdraw(self, prompt_id: int) -> None:
        nid = self._nid_by_prompt.pop(prompt_id, None)
        self._shown.pop(prompt_id, None)
        if nid is not None and self._client.connected:
            self._client.close_notification(nid)
        if self._window is not None:
            self._window.withdraw(prompt_id)

    def _surface(self) -> PromptSurface | None:
        if self._window is None and self._window_factory is not None:
            # Built on first use: most days notifications work and the window never exists.
            self._window = self._window_factory()
            self._window.action.connect(self.action)
        return self._window

    def _fallback_prompt(self, prompt: Prompt) -> None:
        window = self._surface()
        if window is not None:
            window.show_prompt(prompt)
            return
        title, body = notify_text.prompt_title(prompt), "Open hipdesk to start, snooze or skip."
        if self._tray_message is not None and self._tray_message(title, body):
            return
        if self._try_plyer(title, body):
            return
        log.warning("no way to show break prompt %d on this desktop", prompt.prompt_id)

    # -- info messages --------------------------------------------------------------------
    def notify_info(self, title: str, body: str) -> None:
        """A one-off message ("hipdesk keeps running in the tray"), no answer expected."""
        if not self._fd_ok:
            self._info_fallback(title, body)
            return

        def done(nid: int | None, error: str | None) -> None:
            if nid is None:
                log.info("info notification failed (%s); trying the next channel", error)
                self._info_fallback(title, body)

        self._client.notify(
            title, body, [], done, app_name=APP_NAME, icon=APP_ID, desktop_entry=APP_ID,
            timeout_ms=-1,
        )  # fmt: skip

    def _info_fallback(self, title: str, body: str) -> None:
        if self._try_plyer(title, body):
            return
        if self._tray_message is not None and self._tray_message(title, body):
            return
        log.info("no notification channel for %r: %s", title, body)

    def _try_plyer(self, title: str, body: str) -> bool:
        if self._plyer is None:
            return False
        try:
            self._plyer(title, body)
        except Exception as exc:  # plyer raises anything from NotImplementedError to COM errors
            log.info("plyer notification failed: %s", exc)
            return False
        return True

    # -- answers ------------------------------------------------------------------------------
    def _prompt_for(self, nid: int) -> int | None:
        for prompt_id, known in self._nid_by_prompt.items():
            if known == nid:
                return prompt_id
        return None  # ActionInvoked is broadcast: other apps' notifications land here too

    def _on_action_invoked(self, nid: int, key: str) -> None:
        prompt_id = self._prompt_for(nid)
        if prompt_id is None:
            return
        if key == "default":
            self.open_requested.emit()
            return
        parsed = notify_text.parse_action_key(key)
        if parsed is None:
            log.info("ignoring unknown notification action %r", key)
            return
        self._nid_by_prompt.pop(prompt_id, None)
        self._shown.pop(prompt_id, None)
        self.action.emit(prompt_id, parsed[0], parsed[1])

    def _on_closed(self, nid: int, reason: int) -> None:
        prompt_id = self._prompt_for(nid)
        if prompt_id is not None:
            # Dismissed or expired without an answer: the policy's escalation timer decides.
            log.info("prompt %d notification closed (reason %d)", prompt_id, reason)
            self._nid_by_prompt.pop(prompt_id, None)
            self._shown.pop(prompt_id, None)


def probe(bus: str = "SESSION", platform: str = sys.platform) -> list[tuple[str, str]]:
    """`hipdesk doctor` lines; needs no QApplication (blocking jeepney with 1 s timeouts)."""
    try:
        server, caps = server_info_blocking(bus)
    except KeyError:
        server_line, caps, ok = "none: no session bus (DBUS_SESSION_BUS_ADDRESS unset)", [], False
    except Exception as exc:
        server_line, caps, ok = f"none: {type(exc).__name__}: {exc}", [], False
    else:
        server_line, ok = server, True
    if not ok:
        prompt = f"{WINDOW} (no notification server)"
    elif "actions" in caps:
        prompt = f"{FREEDESKTOP} with Start / Snooze / Skip"
    else:
        prompt = f"{WINDOW} (the server cannot show buttons)"
    return [
        ("notification server", server_line),
        ("notification capabilities", ", ".join(caps) if caps else "-"),
        ("prompt path", prompt),
        ("plyer", plyer_reason(platform)[1]),
    ]
