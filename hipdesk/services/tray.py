"""The tray companion: status icon, tooltip and menu; every menu entry is a Qt signal.

The controller knows nothing about the sitting service: the composition root feeds
``set_status`` with plain values and connects the signals. Where no tray exists (plain GNOME),
``unavailable_notice()`` gives the one-time message with the AppIndicator hint and the app keeps
prompting through notifications.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, Qt
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hipdesk.services import tray_icon
from hipdesk.services.tray_icon import IconState

if TYPE_CHECKING:
    from hipdesk.services.sitting_service import SittingSnapshot

log = logging.getLogger(__name__)

NO_TRAY_MESSAGE = QT_TRANSLATE_NOOP(
    "TrayController",
    "No system tray here, so hipdesk has no tray icon. Break prompts still come as "
    "notifications or a small window. On GNOME, the “AppIndicator and KStatusNotifierItem "
    "Support” extension adds a tray.",
)
SNI_WATCHER = "org.kde.StatusNotifierWatcher"


@dataclass(frozen=True)
class TrayStatus:
    """What the icon and tooltip show."""

    sitting_seconds: float = 0.0
    threshold_seconds: float = 30 * 60
    paused: bool = False
    in_hours: bool = True
    estimated: bool = False
    paused_until: datetime | None = None
    unsaved: int = 0  # records the journal refused so far (kept and retried)

    @classmethod
    def of(cls, snap: SittingSnapshot) -> TrayStatus:
        return cls(
            snap.current_stretch_seconds,
            snap.threshold_seconds,
            snap.paused_until is not None,
            snap.in_working_hours,
            snap.estimated,
            snap.paused_until,
            snap.pending_writes,
        )


def tooltip_text(status: TrayStatus) -> str:
    text = _status_text(status)
    if status.unsaved == 1:
        text += "\n" + QCoreApplication.translate("TrayController", "1 record not saved yet")
    elif status.unsaved:
        text += "\n" + QCoreApplication.translate(
            "TrayController", "{count} records not saved yet"
        ).format(count=status.unsaved)
    return text


def _status_text(status: TrayStatus) -> str:
    sitting_seconds, threshold_seconds = status.sitting_seconds, status.threshold_seconds
    paused, in_hours, estimated = status.paused, status.in_hours, status.estimated
    paused_until = status.paused_until
    minutes = int(sitting_seconds // 60)
    sitting = QCoreApplication.translate("TrayController", "Sitting {minutes} min").format(
        minutes=f"{'~' if estimated else ''}{minutes}"
    )
    if paused:
        if paused_until:
            return QCoreApplication.translate(
                "TrayController", "{sitting} · reminders paused until {time}"
            ).format(sitting=sitting, time=f"{paused_until.astimezone():%H:%M}")
        return QCoreApplication.translate("TrayController", "{sitting} · reminders paused").format(
            sitting=sitting
        )
    if not in_hours:
        return QCoreApplication.translate(
            "TrayController", "{sitting} · outside working hours"
        ).format(sitting=sitting)
    return QCoreApplication.translate("TrayController", "{sitting} · break at {minutes}").format(
        sitting=sitting, minutes=round(threshold_seconds / 60)
    )


class TrayController(QObject):
    start_break_requested = Signal()
    log_pain_requested = Signal()
    pause_requested = Signal(int)  # seconds
    pause_until_tomorrow_requested = Signal()
    resume_requested = Signal()
    help_requested = Signal()  # "When to seek help"
    open_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, dark: bool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if dark is None:
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        self._dark = dark
        self._key: tuple[int, IconState, bool] | None = None
        self._notice_given = False
        self._tray: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self._build_menu()
        self.set_status(TrayStatus())

    @property
    def available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def _build_menu(self) -> None:
        m = self.menu
        self.start_action = m.addAction(
            self.tr("Start desk break"), self.start_break_requested.emit
        )
        self.log_pain_action = m.addAction(self.tr("Log pain…"), self.log_pain_requested.emit)
        m.addSeparator()
        self.pause_menu = m.addMenu(self.tr("Pause reminders"))
        self.pause_menu.addAction(
            self.tr("For 30 minutes"), lambda: self.pause_requested.emit(30 * 60)
        )
        self.pause_menu.addAction(self.tr("For 1 hour"), lambda: self.pause_requested.emit(60 * 60))
        self.pause_menu.addAction(
            self.tr("Until tomorrow"), self.pause_until_tomorrow_requested.emit
        )
        self.resume_action = m.addAction(self.tr("Resume reminders"), self.resume_requested.emit)
        self.resume_action.setVisible(False)
        m.addSeparator()
        self.help_action = m.addAction(self.tr("When to seek help"), self.help_requested.emit)
        self.open_action = m.addAction(self.tr("Open hipdesk"), self.open_requested.emit)
        m.addSeparator()
        self.quit_action: QAction = m.addAction(self.tr("Quit"), self.quit_requested.emit)

    def show(self) -> bool:
        """Put the icon in the tray; False (and nothing shown) when there is no tray."""
        if not self.available:
            log.info("no system tray: %s", NO_TRAY_MESSAGE)
            return False
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._icon(), self)
            self._tray.setContextMenu(self.menu)
            self._tray.setToolTip(self._tooltip)
            self._tray.activated.connect(self._on_activated)
            self._tray.messageClicked.connect(self.message_clicked)
        self._tray.show()
        log.info("tray icon shown")
        return True

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()

    def unavailable_notice(self) -> str | None:
        """The no-tray message the first time it applies, None afterwards or with a tray."""
        if self._notice_given or self.available:
            return None
        self._notice_given = True
        return self.tr(NO_TRAY_MESSAGE)

    def show_message(self, title: str, body: str) -> bool:
        """Notifier fallback (c): a balloon from the tray icon, if there is one."""
        if self._tray is None or not self._tray.isVisible() or not self._tray.supportsMessages():
            return False
        self._tray.showMessage(title, body, self._icon(), 15000)
        return True

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self._refresh_icon()

    def set_status(self, status: TrayStatus) -> None:
        paused = status.paused
        fraction = (
            status.sitting_seconds / status.threshold_seconds
            if status.threshold_seconds > 0
            else 0.0
        )
        self._state = tray_icon.state_for(fraction, paused, status.in_hours)
        self._steps = tray_icon.quantise(fraction)
        self._tooltip = tooltip_text(status)
        self.resume_action.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)
        if self._tray is not None and self._tray.toolTip() != self._tooltip:
            self._tray.setToolTip(self._tooltip)
        self._refresh_icon()

    @property
    def tooltip(self) -> str:
        return self._tooltip

    @property
    def icon_state(self) -> IconState:
        return self._state

    def _icon(self) -> QIcon:
        return tray_icon.icon(self._steps / tray_icon.STEPS, self._state, self._dark)

    def _refresh_icon(self) -> None:
        key = (self._steps, self._state, self._dark)
        if key == self._key:
            return  # unchanged: a status tick every minute costs no drawing
        self._key = key
        if self._tray is not None:
            self._tray.setIcon(self._icon())

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()


def _xembed_tray_owned(display: str) -> bool | None:
    """Is _NET_SYSTEM_TRAY_S0 owned on this X display? None if X cannot be asked."""
    from hipdesk.services.idle.base import IdleUnavailableError
    from hipdesk.services.idle.x11 import load_library

    try:
        x11 = load_library("libX11.so.6", "X11")
    except IdleUnavailableError:
        return None
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        return None
    try:
        atom = x11.XInternAtom(dpy, b"_NET_SYSTEM_TRAY_S0", 0)
        return bool(x11.XGetSelectionOwner(dpy, atom))
    finally:
        x11.XCloseDisplay(dpy)


def _sni_watcher_present(bus: str = "SESSION") -> bool | None:
    try:
        from jeepney import message_bus
        from jeepney.io.blocking import open_dbus_connection

        with open_dbus_connection(bus, auth_timeout=1.0) as conn:
            reply = conn.send_and_get_reply(message_bus.NameHasOwner(SNI_WATCHER), timeout=1.0)
            return bool(reply.body[0])
    except Exception:  # no bus, bus gone: "cannot tell" rather than a crash in doctor
        return None


def probe(environ: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` line; uses Qt's own answer when a GUI application exists."""
    env = os.environ if environ is None else environ
    # instance() is QCoreApplication's: a CLI's core app is not a GUI app (Qt would crash).
    if isinstance(QGuiApplication.instance(), QGuiApplication) and env is os.environ:
        ok = QSystemTrayIcon.isSystemTrayAvailable()
        return [("tray", "available" if ok else f"not available — {NO_TRAY_MESSAGE}")]
    found = []
    if env.get("DBUS_SESSION_BUS_ADDRESS") and _sni_watcher_present():
        found.append(f"StatusNotifierItem host ({SNI_WATCHER} on the session bus)")
    display = env.get("DISPLAY")
    if display and _xembed_tray_owned(display):
        found.append("XEmbed tray (_NET_SYSTEM_TRAY_S0 owned)")
    if found:
        return [("tray", "available: " + "; ".join(found))]
    why = "no StatusNotifierWatcher on the session bus"
    why += ", no XEmbed tray on the X display" if display else ", no X display"
    return [("tray", f"not available ({why}) — {NO_TRAY_MESSAGE}")]
