"""Part of the composition root: builds the main window's pages and wires their signals.

Pages that need the journal (it opens after the first paint) or heavy modules are LazyPages:
built when first shown and the journal is ready. Nothing here is imported by other layers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from hipdesk import __version__

if TYPE_CHECKING:
    from hipdesk.app import HipdeskApp
    from hipdesk.ui.main_window import PageSpec


class Pages:
    """Owns the page widgets once built, so the app can refresh them after journal writes."""

    def __init__(self, app: HipdeskApp) -> None:
        self.app = app
        self.today: Any = None
        self.journal: Any = None
        self.trends: Any = None
        self.settings: Any = None
        self.drills: Any = None
        self.lazy: dict[str, Any] = {}
        self.show_page: Callable[[str], None] = lambda _key: None

    # helpers ---------------------------------------------------------------------------------
    def _journal_ready(self) -> bool:
        return self.app.journal.journal is not None

    def _provider(self) -> Any:
        return self.app.journal.journal

    def texts(self) -> Any:
        from hipdesk.core.catalogue import load_catalogue

        return load_catalogue().texts

    def _lazy(self, key: str, factory: Callable[[], QWidget], needs_journal: bool) -> QWidget:
        from hipdesk.ui.page import LazyPage

        page = LazyPage(factory, self._journal_ready if needs_journal else None)
        self.lazy[key] = page
        return page

    def journal_opened(self) -> None:
        for page in self.lazy.values():
            page.dependencies_ready()
        self._refresh(self.today, self.journal, self.settings, self.trends)

    def entry_saved(self) -> None:
        """A pain entry or other record was written somewhere: update what shows it."""
        self._refresh(self.today, self.journal, self.trends)

    @staticmethod
    def _refresh(*bodies: Any) -> None:
        for body in bodies:  # pages not built yet are None and read the journal when built
            if body is not None:
                body.refresh()

    # pages -------------------------------------------------------------------------------------
    def specs(self) -> list[PageSpec]:
        from hipdesk.ui.help import HelpBody
        from hipdesk.ui.main_window import PageSpec
        from hipdesk.ui.page import Page

        app = self.app
        return [
            PageSpec(
                "today",
                "Today",
                "today",
                "Sitting, breaks and today's plan",
                self._lazy("today", self._build_today, needs_journal=True),
            ),
            PageSpec(
                "routines",
                "Routines",
                "routines",
                "Guided routines of 2 to 10 minutes",
                self._lazy("routines", self._build_routines, needs_journal=False),
            ),
            PageSpec(
                "drills",
                "Drills",
                "drills",
                "Every drill with an animated figure",
                self._lazy("drills", self._build_drills, needs_journal=False),
            ),
            PageSpec(
                "journal",
                "Journal",
                "journal",
                "Pain, function scores and self-checks",
                self._lazy("journal", self._build_journal, needs_journal=True),
            ),
            PageSpec(
                "trends",
                "Trends",
                "trends",
                "Sitting, breaks and routines beside pain",
                self._lazy("trends", self._build_trends, needs_journal=True),
            ),
            PageSpec(
                "settings",
                "Settings",
                "settings",
                "Breaks, working hours and data",
                self._lazy("settings", self._build_settings, needs_journal=True),
            ),
            PageSpec(
                "help",
                "Help",
                "help",
                "Safety guidance, shortcuts and privacy (F1)",
                Page("Help", HelpBody(app.paths.data_dir, app.log_file)),
            ),
        ]

    def _build_today(self) -> QWidget:
        from hipdesk.ui.page import Page
        from hipdesk.ui.today import TodayBody

        body = TodayBody(self._provider, self.app.clock, self.texts())
        body.psfs_requested.connect(self._show_psfs)
        self.today = body
        self.app.today_built(body)
        return Page("Today", body)

    def _build_journal(self) -> QWidget:
        from hipdesk.ui.journal import JournalBody
        from hipdesk.ui.page import Page

        body = JournalBody(self._provider, self.app.clock, self.texts())
        self.journal = body
        return Page("Journal", body, scroll=False)

    def _show_psfs(self) -> None:
        self.show_page("journal")
        if self.journal is not None:
            self.journal.show_psfs()

    def _build_trends(self) -> QWidget:
        from hipdesk.ui.page import Page
        from hipdesk.ui.trends import TrendsBody

        body = TrendsBody(
            self._provider, self.app.clock, open_journal=lambda: self.show_page("journal")
        )
        self.trends = body
        return Page("Trends", body)

    def _build_settings(self) -> QWidget:
        from hipdesk.ui.page import Page
        from hipdesk.ui.settings import SettingsBody

        app = self.app
        body = SettingsBody(
            app.paths.data_dir,
            self._provider,
            backup_dir=app.paths.backup_dir,
            app_version=__version__,
        )
        body.setting_changed.connect(app.setting_changed)
        body.restore_requested.connect(lambda path: app.restore_backup(Path(path)))
        body.data_folder_moved.connect(lambda path: app.data_folder_moved(Path(path)))
        body.journal_imported.connect(lambda _result: self.entry_saved())
        self.settings = body
        return Page("Settings", body)

    def _build_drills(self) -> QWidget:
        from hipdesk.core.catalogue import load_catalogue
        from hipdesk.ui.drills import DrillsBody
        from hipdesk.ui.page import Page

        body = DrillsBody(load_catalogue())
        journal = self.app.journal.journal
        if journal is not None:  # the setting; later changes arrive through setting_changed
            from hipdesk.store.settings import Settings

            body.set_reduce_motion(bool(Settings(journal).get("ui.reduce_motion")))
        body.practice_requested.connect(self.app.practice_drill)
        self.drills = body
        return Page("Drills", body, scroll=False)

    def _build_routines(self) -> QWidget:
        return self.app.build_routines_page()
