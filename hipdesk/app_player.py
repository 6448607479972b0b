"""Part of the composition root: starts the routine player and keeps the plan card current.

One player window at a time. A routine started from a break prompt (or the tray's desk
break) ends the break in the sitting service when it finishes or is stopped, linking the
session; every finished or stopped routine refreshes the pages that show it.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from hipdesk.app import HipdeskApp

log = logging.getLogger(__name__)

DESK_BREAK = "desk_break"
SEATED_BREAK = "desk_break_seated"


class PlayerLauncher(QObject):
    def __init__(self, app: HipdeskApp) -> None:
        super().__init__()
        self.app = app
        self.controller: Any = None
        self.window: Any = None
        self.widget: Any = None
        self.plan_card: Any = None

    def _settings(self) -> Any:
        from hipdesk.store.settings import Settings

        journal = self.app.journal.journal
        return Settings(journal) if journal is not None else None

    def play(self, slug: str, trigger: str = "manual", length: float = 1.0) -> None:
        """Play a routine (or ``drill:<slug>``); ``length`` scales a routine's duration."""
        from hipdesk.core.catalogue import load_catalogue

        cat = load_catalogue()
        if slug.startswith("drill:"):
            from hipdesk.core.player_timeline import single_drill_routine

            routine = single_drill_routine(cat.drill(slug.removeprefix("drill:")))
        else:
            routine, changes = self.adapted(cat.routine(slug), cat)
            if changes:
                log.info("routine %s adapted to the self-screen: %s", slug, changes)
            if length != 1.0:
                from hipdesk.core.swaps import fit_length

                routine = fit_length(routine, cat, round(routine.total_seconds * length))
        self._start(routine, cat, trigger)

    def limits(self) -> Any:
        """What the user said they cannot do (kneel, get down to the floor, a recent hip
        replacement) in the onboarding self-screen, as :class:`hipdesk.core.swaps.Limits`."""
        from hipdesk.core.swaps import Limits

        settings = self._settings()
        return Limits.from_answers(settings.get("onboarding.self_screen") if settings else None)

    def adapted(self, routine: Any, cat: Any, limits: Any = None) -> tuple[Any, tuple[Any, ...]]:
        """``routine`` fitted to :meth:`limits` (read once by a caller adapting several)."""
        from hipdesk.core.swaps import adapt

        return adapt(routine, cat, self.limits() if limits is None else limits)

    def play_break(self) -> None:
        """The desk break, as long as the user chose (``breaks.break_minutes``): the brief's
        break routines are the default length; 1 or 3 minutes scale them by 1/2 or 3/2."""
        from hipdesk.store.settings import SPECS

        settings = self._settings()
        seated = bool(settings and settings.get("plan.seated_breaks_only"))
        default = SPECS["breaks.break_minutes"].default
        minutes = settings.get("breaks.break_minutes") if settings else default
        slug = SEATED_BREAK if seated else DESK_BREAK
        self.play(slug, trigger="prompt", length=minutes / default)

    def _start(self, routine: Any, cat: Any, trigger: str) -> None:
        from hipdesk.services.screensaver_inhibit import ScreensaverInhibitor
        from hipdesk.services.sound import SoundCues
        from hipdesk.services.speech import SpeechCues
        from hipdesk.ui.player import PlayerController, PlayerWidget, PlayerWindow

        if self.window is not None and self.window.isVisible():
            self.window.raise_()
            self.window.activateWindow()
            return
        settings = self._settings()

        def get(key: str, default: Any) -> Any:
            return settings.get(key) if settings is not None else default

        app = self.app
        controller = PlayerController(
            routine, cat, app.clock, lambda: app.journal.journal, trigger=trigger,
            get_ready_seconds=float(get("player.get_ready_seconds", 5)),
            sound=SoundCues(enabled=bool(get("sound.enabled", False))),
            voice=SpeechCues(enabled=bool(get("voice.enabled", False))),
            inhibitor=ScreensaverInhibitor(),
        )  # fmt: skip
        widget = PlayerWidget(controller, ask_pain=True)
        widget.apply_colours(app.theme.colours)
        widget.set_reduce_motion(bool(get("ui.reduce_motion", False)))
        if settings is not None:  # the player's mute button is remembered
            widget.sound_toggled.connect(lambda on: settings.set("sound.enabled", bool(on)))
        window = PlayerWindow(widget)
        controller.finished.connect(lambda done: self._finished(controller, trigger, done))
        app.qapp.aboutToQuit.connect(controller.shutdown)
        self.controller, self.window, self.widget = controller, window, widget
        window.show()
        window.raise_()
        window.activateWindow()
        widget.start()
        log.info("player started: %s (%s)", routine.slug, trigger)

    def _finished(self, controller: Any, trigger: str, completed: bool) -> None:
        session = getattr(controller, "session", None)
        uuid = getattr(session, "uuid", None)
        log.info("routine %s (%s)", "completed" if completed else "stopped", trigger)
        companion = self.app.companion
        if trigger == "prompt" and companion is not None:
            companion.sitting.break_finished(uuid if completed else None)
        self.app.pages.entry_saved()
        self.refresh_plan()

    def shutdown(self) -> None:
        if self.controller is not None:
            self.controller.shutdown()

    # plan card ----------------------------------------------------------------------------
    def build_plan_card(self) -> Any:
        from hipdesk.core.catalogue import load_catalogue
        from hipdesk.ui.plan_card import PlanCard

        card = PlanCard(load_catalogue())
        card.start_requested.connect(lambda slug: self.play(slug, trigger="plan"))
        card.start_plan_requested.connect(self._start_plan)
        self.plan_card = card
        self.refresh_plan()
        return card

    def _start_plan(self) -> None:
        settings = self._settings()
        if settings is not None:
            settings.set("plan.start_date", self._today().isoformat())
        self.refresh_plan()

    def _today(self) -> date:
        return self.app.clock.now().astimezone().date()

    def refresh_plan(self) -> None:
        from hipdesk.core.catalogue import load_catalogue
        from hipdesk.core.models import PainEntry, RoutineSession
        from hipdesk.core.plan import PlanConfig, flare_days, suggest

        journal = self.app.journal.journal
        if self.plan_card is None or journal is None:
            return
        settings = self._settings()
        start = settings.get("plan.start_date") if settings is not None else None
        if not start:
            self.plan_card.show_suggestion(None)
            return
        today = self._today()
        first = date.fromisoformat(start)
        week_ago = (today - timedelta(days=7)).isoformat()
        sessions = journal.records(RoutineSession, since=week_ago)
        # Every rating since a week before the plan began: earlier flare days hold the plan.
        since = (min(first, today) - timedelta(days=7)).isoformat()
        pains = journal.records(PainEntry, since=since, until=today.isoformat())
        today_back = [p.back for p in pains if p.local_date == today.isoformat()]
        before = [float(p.back) for p in pains if week_ago <= p.local_date < today.isoformat()]
        history = [(date.fromisoformat(p.local_date), float(p.back)) for p in pains
                   if p.local_date < today.isoformat()]  # fmt: skip
        config = PlanConfig.from_block(load_catalogue().texts.block("plan_6_weeks"))
        self.plan_card.show_suggestion(suggest(
            config, first, today, sessions,
            core_days=settings.get("plan.core_days") if settings is not None else None,
            today_back=float(today_back[-1]) if today_back else None,
            previous_7_days=before,
            flares=flare_days(history, config),
        ))  # fmt: skip
