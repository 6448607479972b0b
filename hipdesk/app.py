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
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from hipdesk import APP_ID, APP_NAME, __version__
from hipdesk import log as logsetup
from hipdesk.core.clock import Clock, SystemClock
from hipdesk.paths import AppPaths, resolve
from hipdesk.services.single_instance import SingleInstance, server_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    minimized: bool = False
    quit_after_ms: int | None = None
    page: str | None = None
    verbose: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Options:
        return cls(
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
        self.window = self._build_window()
        self.theme.changed.connect(lambda _dark: self.window.apply_colours(self.theme.colours))
        self.theme.apply()
        self.window.apply_colours(self.theme.colours)
        qapp.aboutToQuit.connect(self.window.save_state)

    def _build_window(self):  # type: ignore[no-untyped-def]
        from hipdesk.ui.empty_state import EmptyState
        from hipdesk.ui.help import HelpBody
        from hipdesk.ui.main_window import MainWindow, PageSpec
        from hipdesk.ui.page import Page
        from hipdesk.ui.settings import SettingsBody

        goto: dict[str, object] = {}

        def go(key: str):  # type: ignore[no-untyped-def]
            return lambda: goto["window"].show_page(key)  # type: ignore[attr-defined]

        def empty(
            title: str, icon: str, heading: str, sentence: str, action: str, target: str
        ) -> Page:
            return Page(
                title, EmptyState(icon, heading, sentence, action, go(target)), scroll=False
            )

        pages = [
            PageSpec(
                "today",
                "Today",
                "today",
                "Sitting, breaks and today's plan",
                empty(
                    "Today",
                    "today",
                    "Nothing measured yet today",
                    "Your sitting time, breaks and today's plan will appear here.",
                    "Browse the drills",
                    "drills",
                ),
            ),
            PageSpec(
                "routines",
                "Routines",
                "routines",
                "Guided routines of 2 to 10 minutes",
                empty(
                    "Routines",
                    "routines",
                    "No routines yet",
                    "Short guided routines for your hips and core will be listed here.",
                    "Read the safety guidance",
                    "help",
                ),
            ),
            PageSpec(
                "drills",
                "Drills",
                "drills",
                "Every drill with an animated figure",
                empty(
                    "Drills",
                    "drills",
                    "No drills yet",
                    "Each drill will be shown here as an animated figure with its cues.",
                    "Read the safety guidance",
                    "help",
                ),
            ),
            PageSpec(
                "journal",
                "Journal",
                "journal",
                "Pain, function scores and self-checks",
                empty(
                    "Journal",
                    "journal",
                    "Your journal is empty",
                    "Pain ratings, weekly function scores and self-checks will appear "
                    "here, kept only on this computer.",
                    "See where it is kept",
                    "settings",
                ),
            ),
            PageSpec(
                "trends",
                "Trends",
                "trends",
                "Sitting, breaks and routines beside pain",
                empty(
                    "Trends",
                    "trends",
                    "Not enough days yet",
                    "After a few days of entries, charts will put sitting, breaks and "
                    "routines beside your pain.",
                    "Open the journal",
                    "journal",
                ),
            ),
            PageSpec(
                "settings",
                "Settings",
                "settings",
                "Breaks, working hours and data",
                Page("Settings", SettingsBody(self.paths.data_dir)),
            ),
            PageSpec(
                "help",
                "Help",
                "help",
                "Safety guidance, shortcuts and privacy (F1)",
                Page("Help", HelpBody(self.paths.data_dir, self.log_file)),
            ),
        ]
        window = MainWindow(pages, self.settings)
        goto["window"] = window
        QShortcut(QKeySequence("Ctrl+Q"), window, activated=lambda: self.quit())
        if self.options.page:
            window.show_page(self.options.page)
        return window

    def quit(self) -> None:
        self.window.save_state()
        self.qapp.quit()

    def start(self) -> None:
        self.excepthook.install()
        if self.options.quit_after_ms is not None:
            delay = self.options.quit_after_ms
            if self.options.minimized:  # an iconified window may never paint
                QTimer.singleShot(delay, self.quit)
            else:
                self.window.first_painted.connect(lambda: QTimer.singleShot(delay, self.quit))
        if os.environ.get("HIPDESK_REPORT_FIRST_PAINT"):  # bench/startup.py reads this line
            self.window.first_painted.connect(_report_first_paint)
        if self.options.minimized:
            # Until the tray companion exists, "minimized" means an iconified window, so the
            # app can always be found again.
            self.window.showMinimized()
        else:
            self.window.show()


def _report_first_paint() -> None:
    import time

    sys.stdout.write(f"first-paint {time.monotonic():.6f}\n")
    sys.stdout.flush()


def main(args: argparse.Namespace) -> int:
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
    from hipdesk.ui import icons

    qapp.setWindowIcon(icons.app_icon())
    hip = HipdeskApp(qapp, paths, SystemClock(), options, log_file)
    single.raise_requested.connect(hip.window.bring_to_front)
    from hipdesk.services.posix_signals import SignalWatcher

    watcher = SignalWatcher(hip.quit)
    hip.start()
    rc = qapp.exec()
    watcher.close()
    single.close()
    log.info("hipdesk exiting with %s", rc)
    return rc
