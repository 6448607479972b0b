"""Composition root: the only place that builds services and widgets and wires them together.

Nothing else constructs services or reaches for globals; every object gets what it needs through
its constructor. Heavy modules (sqlite-utils, pyqtgraph) are imported when first needed, never
on the path to the first painted window.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from hipdesk import APP_ID, APP_NAME, __version__
from hipdesk import log as logsetup
from hipdesk.core.clock import Clock, SystemClock
from hipdesk.paths import AppPaths, resolve
from hipdesk.services.single_instance import SingleInstance, server_name

if TYPE_CHECKING:
    from hipdesk.app_companion import Companion
    from hipdesk.app_pages import Pages
    from hipdesk.services.sitting_service import SittingSnapshot
    from hipdesk.store.db import JournalError
    from hipdesk.store.journal import Journal
    from hipdesk.ui.main_window import MainWindow
    from hipdesk.ui.recovery_dialog import Recovery

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    minimized: bool = False
    quit_after_ms: int | None = None
    page: str | None = None
    verbose: bool = False
    companion: bool = True  # tests of pages alone turn the tray companion off
    explicit_data_dir: bool = False  # --data-dir or HIPDESK_DATA_DIR chose the folder

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Options:
        return cls(
            explicit_data_dir=bool(args.data_dir or os.environ.get("HIPDESK_DATA_DIR")),
            minimized=args.minimized,
            quit_after_ms=args.quit_after_ms,
            page=args.page,
            verbose=args.verbose,
        )


def _load_resources() -> None:
    try:
        import hipdesk.ui.rc_resources  # noqa: F401  (registers :/icons/...)
    except ImportError as exc:  # running from a source tree without the build step
        raise SystemExit(
            "hipdesk: resources are not compiled; run `make resources` (or `make run`)"
        ) from exc


class JournalHolder(QObject):
    """The journal, opened after the first paint (sqlite-utils stays off the start-up path)."""

    opened = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.journal: Journal | None = None


class HipdeskApp:
    """Builds the object graph for one GUI process."""

    def __init__(
        self, qapp: QApplication, paths: AppPaths, clock: Clock, options: Options, log_file: Path
    ) -> None:
        from hipdesk.ui.error_dialog import ExceptionHook
        from hipdesk.ui.theme import ThemeManager

        self.qapp = qapp
        self.paths = paths
        self.clock = clock
        self.options = options
        self.log_file = log_file
        self.excepthook = ExceptionHook(str(log_file))
        self.theme = ThemeManager(qapp)
        self.settings = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
        self.journal = JournalHolder()
        self.companion: Companion | None = None
        self.onboarding: QWidget | None = None
        self.restart_after_quit = False
        self.pages: Pages
        from hipdesk.app_pages import Pages

        self.pages = Pages(self)
        self.journal.opened.connect(self.pages.journal_opened)
        self._window: MainWindow | None = None
        from hipdesk.app_player import PlayerLauncher

        self.player = PlayerLauncher(self)
        self.theme.changed.connect(self._theme_changed)
        self.theme.apply()
        qapp.aboutToQuit.connect(self._save_window_state)
        if not options.minimized:
            self._build_window()  # tray-only start: the window is built when first opened

    @property
    def window(self) -> MainWindow:
        return self._window if self._window is not None else self._build_window()

    def _build_window(self) -> MainWindow:
        from hipdesk.ui.main_window import MainWindow

        window = MainWindow(self.pages.specs(), self.settings)
        self._window = window
        self.pages.show_page = window.show_page
        QShortcut(QKeySequence("Ctrl+Q"), window, activated=lambda: self.quit())
        window.closed.connect(self._window_closed)
        window.apply_colours(self.theme.colours)
        if self.options.page:
            window.show_page(self.options.page)
        if self.journal.journal is not None:
            self.pages.journal_opened()
        return window

    def _theme_changed(self, _dark: bool) -> None:
        if self._window is not None:
            self._window.apply_colours(self.theme.colours)

    def _save_window_state(self) -> None:
        if self._window is not None:
            self._window.save_state()

    def show_window(self) -> None:
        self.window.bring_to_front()

    # hooks the pages call ---------------------------------------------------------------------
    def today_built(self, body: QWidget) -> None:
        """The Today page exists: give it what it shows (sitting status, plan card)."""
        body.add_card(self.player.build_plan_card())  # type: ignore[attr-defined]
        if self.companion is not None:
            body.set_sitting(self.companion.sitting.snapshot())  # type: ignore[attr-defined]

    def show_page(self, key: str) -> None:
        self.window.bring_to_front()
        self.window.show_page(key)

    def sitting_status(self, snap: SittingSnapshot) -> None:
        if self.pages.today is not None:
            self.pages.today.set_sitting(snap)

    def start_break(self) -> None:
        """A break begins (prompt Start or tray): the desk-break routine in the player."""
        self.player.play_break()

    def log_pain_dialog(self) -> None:
        from hipdesk.ui.pain_form import PainDialog

        if self.journal.journal is None:
            return
        dialog = PainDialog(
            lambda: self.journal.journal, self.clock, self.pages.texts(), self._window
        )
        dialog.form.saved.connect(lambda _e: self.pages.entry_saved())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def practice_drill(self, slug: str) -> None:
        self.player.play(f"drill:{slug}", trigger="manual")

    def build_routines_page(self) -> QWidget:
        from hipdesk.core.catalogue import load_catalogue
        from hipdesk.ui.page import Page
        from hipdesk.ui.routines import RoutinesBody

        cat = load_catalogue()
        limits = self.player.limits()  # one settings read for all the cards
        body = RoutinesBody(cat, adapt=lambda r: self.player.adapted(r, cat, limits))
        body.start_requested.connect(lambda slug: self.player.play(slug, trigger="manual"))
        return Page("Routines", body)

    def setting_changed(self, key: str, value: object) -> None:
        from hipdesk.ui.theme import ThemeChoice

        log.info("setting %s changed", key)
        if self.companion is not None:
            self.companion.setting_changed(key, value)
        if key == "autostart":
            self._set_autostart(bool(value))
        elif key == "ui.theme" and isinstance(value, str):
            self.theme.set_choice(ThemeChoice(value))
        elif key == "ui.language":
            from PySide6.QtWidgets import QMessageBox

            self.settings.setValue("ui/language", str(value))
            self.settings.sync()
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("App", "Language"),
                QCoreApplication.translate("App", "Restart hipdesk to use the new language."),
            )
        elif key == "ui.reduce_motion" and self.pages.drills is not None:
            self.pages.drills.set_reduce_motion(bool(value))

    def _set_autostart(self, on: bool) -> None:
        from hipdesk.services.autostart import Autostart

        # Only a folder given by --data-dir/HIPDESK_DATA_DIR goes on the login command line; a
        # moved data folder is found through the location file like the default one.
        custom = self.paths.data_dir if self.options.explicit_data_dir else None
        auto = Autostart(data_dir=custom)
        if auto.kind == "flatpak":
            self._ask_background_portal(auto, on)
            return
        auto.enable() if on else auto.disable()

    def _ask_background_portal(self, auto: Any, on: bool) -> None:
        """Inside Flatpak the portal writes the host's autostart entry (after asking the user);
        the answer comes later. A refusal turns the setting back off, with the reason shown."""
        from hipdesk.services.idle.dbus import session_bus
        from hipdesk.services.portal_background import BackgroundPortal

        bus = session_bus()
        if bus is None:
            self._autostart_refused(on, "no D-Bus session bus for the Background portal")
            return
        portal = BackgroundPortal(bus, self)

        def answered(granted: bool, now_on: bool, message: str) -> None:
            if granted:
                auto.enable() if now_on else auto.disable()  # the local record doctor reads
                if now_on != on:
                    self._autostart_refused(on, "the desktop kept autostart off")
            else:
                self._autostart_refused(on, message)
            portal.deleteLater()

        portal.finished.connect(answered)
        reason = QCoreApplication.translate("App", "Start hipdesk in the tray when you log in")
        portal.request(on, auto.args, reason)

    def _autostart_refused(self, wanted: bool, why: str) -> None:
        log.warning("autostart %s not done: %s", "on" if wanted else "off", why)
        journal = self.journal.journal
        if not wanted or journal is None:
            return
        from hipdesk.store.settings import Settings

        Settings(journal).set("autostart", False)
        page = self.pages.settings
        if page is not None:
            page.refresh()
            page.messages["autostart"].setText(
                QCoreApplication.translate("App", "The desktop did not allow starting at login.")
            )

    def data_folder_moved(self, new: Path) -> None:
        """Settings copied and verified the data folder at ``new``: use it from now on.

        A restart, not a switch in place: the single-instance name follows the data folder,
        and every service holds paths under it."""
        from PySide6.QtWidgets import QMessageBox

        from hipdesk.paths import write_location

        if self.options.explicit_data_dir:
            QMessageBox.information(
                self._window,
                QCoreApplication.translate("App", "Data folder copied"),
                QCoreApplication.translate(
                    "App",
                    "Your journal was copied to {folder}. hipdesk was started with --data-dir "
                    "or HIPDESK_DATA_DIR, so start it with that folder from now on.",
                ).format(folder=new),
            )
            return
        write_location(self.paths.config_dir, new)
        log.info("data folder moved to %s; restarting", new)
        if self.companion is not None and self.companion.settings.get("autostart"):
            self._set_autostart(True)
        QMessageBox.information(
            self._window,
            QCoreApplication.translate("App", "Data folder moved"),
            QCoreApplication.translate(
                "App",
                "hipdesk now keeps your journal in {folder} and restarts. The old folder was "
                "left untouched; delete it once you have checked the new one.",
            ).format(folder=new),
        )
        self.restart_after_quit = True  # main() starts the new process once this one let go
        self.quit()

    def restore_backup(self, backup: Path) -> None:
        """The user confirmed restoring ``backup``: swap files with the journal closed."""
        from hipdesk.store import db as dbmod

        current = self.journal.journal
        if current is not None:
            current.close()
            self.journal.journal = None
        aside, source = dbmod.restore_from_backup(
            self.paths.journal, self.paths.backup_dir, self.clock.now(), backup=backup
        )
        log.warning("restored the journal from %s; previous file kept as %s", source, aside)
        if not self.open_journal():
            self.quit()

    def dispose(self) -> None:
        """Tear down the object graph (tests build many apps in one QApplication)."""
        from PySide6.QtCore import QEvent

        if self.companion is not None:
            self.companion.shutdown()
            self.companion.deleteLater()
            self.companion = None
        if self.journal.journal is not None:
            self.journal.journal.close()
            self.journal.journal = None
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
        self.theme.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def quit(self) -> None:
        # Whatever fails while saving state, the process must still end (SIGTERM, logout).
        try:
            self._save_window_state()
            self.player.shutdown()
            if self.companion is not None:
                self.companion.shutdown()
        except Exception:
            log.exception("error while shutting down")
        finally:
            self.companion = None
            self.qapp.quit()

    def _start_companion(self) -> None:
        from hipdesk.app_companion import Companion

        journal = self.journal.journal
        if journal is None or self.companion is not None or not self.options.companion:
            return
        self.companion = Companion(self, journal)
        self.companion.start()
        tray = self.companion.tray_available
        # With a tray, closing the window keeps the companion running (said once).
        self.qapp.setQuitOnLastWindowClosed(not tray)
        if self.options.minimized and not tray:
            self.window.showMinimized()  # no tray to come back from: keep a window around

    def _maybe_onboard(self) -> None:
        """First run (or an unfinished one): the set-up flow, unless starting tray-only."""
        from hipdesk.store.settings import Settings

        journal = self.journal.journal
        if journal is None or self.options.minimized or not self.options.companion:
            return
        if Settings(journal).get("onboarding.completed"):
            return
        from hipdesk.ui.onboarding import OnboardingWizard

        wizard = OnboardingWizard(
            lambda: self.journal.journal,
            self.clock,
            self.pages.texts(),
            self.window,
            tray_available=self.companion.tray_available if self.companion else None,
        )
        # Its own window, but transient for the main one: the window manager keeps it above
        # and with it; placed over the main window's centre.
        wizard.setWindowFlag(Qt.WindowType.Window)
        wizard.resize(wizard.minimumSize())
        wizard.move(self.window.geometry().center() - wizard.rect().center())
        wizard.setting_changed.connect(self.setting_changed)
        wizard.autostart_chosen.connect(self._set_autostart)
        wizard.finished.connect(self.pages.entry_saved)
        wizard.finished.connect(self.player.refresh_plan)
        self.onboarding = wizard
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()

    def _window_closed(self) -> None:
        comp = self.companion
        if comp is None or not comp.tray_available:
            return
        if not comp.settings.get("tray.close_hint_shown"):
            comp.notifier.notify_info(
                "hipdesk is still running",
                "It keeps measuring sitting in the background. Open it again from the tray "
                "icon; quit from the tray menu.",
            )
            comp.settings.set("tray.close_hint_shown", True)

    # journal ------------------------------------------------------------------------------
    def open_journal(self, ask: Callable[[JournalError], Recovery] | None = None) -> bool:
        """Open the journal; on a known problem let the user choose a recovery path.

        Returns False when the user chose to quit (the caller ends the app)."""
        from hipdesk.store import db as dbmod
        from hipdesk.store.journal import Journal
        from hipdesk.ui.recovery_dialog import Recovery

        ask = ask or self._ask_recovery
        while True:
            try:
                self.journal.journal = Journal.open(
                    self.paths.journal, self.clock, backup_dir=self.paths.backup_dir
                )
            except dbmod.JournalError as exc:
                log.warning("journal could not be opened: %s", exc.one_line())
                choice = ask(exc)
                if choice is Recovery.QUIT:
                    return False
                if choice is Recovery.RESTORE:
                    aside, source = dbmod.restore_from_backup(
                        self.paths.journal, self.paths.backup_dir, self.clock.now()
                    )
                    log.warning("journal set aside as %s; restored from %s", aside, source)
                elif choice is Recovery.START_FRESH:
                    aside = dbmod.move_aside(self.paths.journal, self.clock.now())
                    log.warning("journal set aside as %s; starting a new one", aside)
                continue
            self.journal.opened.emit()
            self._start_companion()
            self._maybe_onboard()
            return True

    def _ask_recovery(self, exc: JournalError) -> Recovery:
        from hipdesk.store import db as dbmod
        from hipdesk.ui.recovery_dialog import RecoveryDialog

        damaged = isinstance(exc, dbmod.NotADatabaseError | dbmod.JournalCorruptError)
        good = next(
            (b for b in dbmod.all_backups(self.paths.backup_dir) if dbmod.is_good_backup(b)), None
        )
        label = None
        if good is not None:
            from datetime import datetime

            from hipdesk.ui.i18n import locale_datetime

            label = locale_datetime(
                datetime.fromtimestamp(good.stat().st_mtime),
                QCoreApplication.translate("Dates", "dd MMM yyyy, HH:mm"),
            )
        retry = isinstance(
            exc,
            dbmod.JournalLockedError
            | dbmod.DiskFullError
            | dbmod.JournalReadOnlyError
            | dbmod.CannotOpenError
            | dbmod.JournalIOError,
        )
        dialog = RecoveryDialog(
            str(exc),
            exc.hint,
            damaged=damaged,
            backup_label=label,
            can_retry=retry,
            parent=self.window,
        )
        dialog.exec()
        return dialog.choice

    def _open_journal_or_quit(self) -> None:
        if not self.open_journal():
            self.quit()
            return
        _drop_source_cache()

    def start(self) -> None:
        self.excepthook.install()
        delay = self.options.quit_after_ms
        if self.options.minimized:
            # Tray only: no window is shown (if no tray turns up, the companion shows the
            # window minimised). Nothing paints, so what waits for the first paint runs from
            # the event loop instead.
            QTimer.singleShot(0, self._open_journal_or_quit)
            if delay is not None:
                QTimer.singleShot(delay, self.quit)
            return
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, self._open_journal_or_quit))
        if delay is not None:
            self.window.first_painted.connect(lambda: QTimer.singleShot(delay, self.quit))
        if os.environ.get("HIPDESK_REPORT_FIRST_PAINT"):  # bench/startup.py reads this line
            self.window.first_painted.connect(_report_first_paint)
            self.journal.opened.connect(lambda: _report("journal-open"))
        self.window.show()


def _drop_source_cache() -> None:
    """Forget the source text PySide6 reads into ``linecache`` at every import.

    Its ``__feature__`` support calls ``inspect.getsource`` on each module imported after
    PySide6, so a started app holds the source of ~120 modules (~5 MB) it never shows again.
    It is only a cache: a traceback reads the lines it needs afresh.
    """
    import linecache

    linecache.clearcache()


def _report_first_paint() -> None:
    _report("first-paint")


def _report(what: str) -> None:
    """Progress markers for benchmarks and end-to-end tests (HIPDESK_REPORT_FIRST_PAINT)."""
    import time

    sys.stdout.write(f"{what} {time.monotonic():.6f}\n")
    sys.stdout.flush()


def main(args: argparse.Namespace) -> int:
    _drop_source_cache()
    options = Options.from_args(args)
    paths = resolve(args.data_dir).ensure()
    log_file = logsetup.setup(paths.log_dir, options.verbose)
    log.info("hipdesk %s starting; data dir %s", __version__, paths.data_dir)

    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)

    single = SingleInstance(server_name(paths.data_dir))
    if single.notify_running():
        return 0
    single.listen()

    _load_resources()
    from hipdesk.core.catalogue import set_catalogue_language
    from hipdesk.ui import icons
    from hipdesk.ui.i18n import install_translator

    # ui.language lives in the journal, which opens after the first paint; the window settings
    # keep a copy so the right translator is installed before any widget exists.
    window_ini = QSettings(str(paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    language = install_translator(qapp, str(window_ini.value("ui/language", "system")))
    set_catalogue_language(language)  # drills, routines and safety texts in the same language

    qapp.setWindowIcon(icons.app_icon())
    hip = HipdeskApp(qapp, paths, SystemClock(), options, log_file)
    single.raise_requested.connect(hip.show_window)
    from hipdesk.services.posix_signals import SignalWatcher

    watcher = SignalWatcher(hip.quit)
    hip.start()
    rc = qapp.exec()
    if hip.journal.journal is not None:
        hip.journal.journal.close()
    watcher.close()
    single.close()
    if hip.restart_after_quit:
        from PySide6.QtCore import QProcess

        QProcess.startDetached(sys.executable, ["-m", "hipdesk", *sys.argv[1:]])
    log.info("hipdesk exiting with %s", rc)
    return rc
