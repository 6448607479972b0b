"""Part of the composition root: the tray companion — sitting service, notifier, tray.

Built once the journal is open (the service writes spans and prompt outcomes to it). Where the
desktop offers no tray, the companion still measures and prompts through notifications or the
prompt window, and says so once.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hipdesk.services.tray import TrayStatus

if TYPE_CHECKING:
    from hipdesk.app import HipdeskApp
    from hipdesk.services.sitting_service import SittingSnapshot
    from hipdesk.store.journal import Journal
    from hipdesk.ui.prompt_window import PromptWindow

log = logging.getLogger(__name__)

SITTING_KEYS = ("breaks.", "work_hours", "quiet.")


class Companion(QObject):
    def __init__(self, app: HipdeskApp, journal: Journal) -> None:
        super().__init__()
        from hipdesk.services.idle import choose_idle_source, dbus
        from hipdesk.services.localtz import local_zone
        from hipdesk.services.notify import Notifier
        from hipdesk.services.power import PowerMonitor
        from hipdesk.services.quiet import LinuxQuietProbe, notifications_inhibited_reader
        from hipdesk.services.sitting_service import CHECKPOINT_FILE, SittingService
        from hipdesk.services.ticker import SittingSettings
        from hipdesk.services.tray import TrayController
        from hipdesk.store.settings import Settings

        self.app = app
        self.settings = Settings(journal)
        self.idle = choose_idle_source()
        session = dbus.session_bus()
        self.power = PowerMonitor(dbus.system_bus(), session)
        values = SittingSettings.from_settings(self.settings)
        quiet = None
        if sys.platform.startswith("linux"):
            from hipdesk.services.fullscreen import fullscreen_detector

            detector, why = fullscreen_detector()
            if detector is None:
                log.info("fullscreen quiet mode: %s", why)
            quiet = LinuxQuietProbe(
                values.meeting_apps,
                dnd_reader=notifications_inhibited_reader(session) if session else None,
                fullscreen_reader=detector,
            )
        self.quiet = quiet
        self.sitting = SittingService(
            app.clock,
            self.idle.source,
            self.power,
            journal,
            values,
            app.paths.state_dir / CHECKPOINT_FILE,
            quiet=quiet,
            tz=local_zone()[0],
        )
        self.tray = TrayController(dark=app.theme.dark)
        self.notifier = Notifier(self._prompt_window, self.tray.show_message)

        s, t, n = self.sitting, self.tray, self.notifier
        s.status_changed.connect(self._status)
        s.prompt_requested.connect(n.show_prompt)
        s.prompt_withdrawn.connect(n.withdraw)
        s.pause_changed.connect(self._pause_changed)
        n.action.connect(self._prompt_action)
        n.open_requested.connect(app.show_window)
        t.start_break_requested.connect(self.start_desk_break)
        t.log_pain_requested.connect(app.log_pain_dialog)
        t.pause_requested.connect(lambda seconds: s.pause_for(float(seconds)))
        t.pause_until_tomorrow_requested.connect(s.pause_until_tomorrow)
        t.resume_requested.connect(s.resume)
        t.help_requested.connect(lambda: app.show_page("help"))
        t.open_requested.connect(app.show_window)
        t.message_clicked.connect(app.show_window)
        t.quit_requested.connect(app.quit)
        app.theme.changed.connect(t.set_dark)

    def _prompt_window(self) -> PromptWindow:
        # Imported when the fallback window is first needed: the tray process stays lighter.
        from hipdesk.ui.prompt_window import PromptWindow

        return PromptWindow(self.app.theme.colours)

    @property
    def tray_available(self) -> bool:
        return bool(self.tray.available)

    def start(self) -> None:
        shown = self.tray.show()
        notice = self.tray.unavailable_notice() if not shown else None
        if notice:
            log.warning("%s", notice)
            self.notifier.notify_info("hipdesk", notice)
        self.notifier.start()
        self.sitting.start()

    def _status(self, snap: SittingSnapshot) -> None:
        self.tray.set_status(TrayStatus.of(snap))
        self.app.sitting_status(snap)

    def _prompt_action(self, prompt_id: int, action: str, minutes: int) -> None:
        ok = self.sitting.respond(prompt_id, action, minutes or None)  # type: ignore[arg-type]
        if ok and action == "start":
            self.app.start_break()

    def start_desk_break(self) -> None:
        """Tray "Start desk break": a break without a prompt."""
        self.sitting.break_started()
        self.app.start_break()

    def _pause_changed(self, until: datetime | None) -> None:
        self.settings.set("reminders.paused_until", None if until is None else until.isoformat())

    def setting_changed(self, key: str, _value: Any) -> None:
        if key.startswith(SITTING_KEYS):
            from hipdesk.services.ticker import SittingSettings

            self.sitting.reload_settings(SittingSettings.from_settings(self.settings))

    def shutdown(self) -> None:
        self.sitting.shutdown()
        self.idle.source.close()
        if self.quiet is not None:
            self.quiet.close()
        self.tray.hide()
