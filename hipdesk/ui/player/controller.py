"""Runs one routine: the timeline, its Qt driver, cues, screensaver and the journal record.

Saving (never lose a routine): the RoutineSession row is written as soon as the routine starts
(completed = false), updated after every finished drill and at the end — natural end, stop, or
:meth:`PlayerController.shutdown` when the app quits mid-routine (completed = false, drills done
recorded). Pain answers become PainEntry rows (before_routine / after_routine) linked to it.
``journal`` is a callable returning the open Journal (or None while it is not open yet: the
record is kept and written at the next save point).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from hipdesk.core.catalogue import Catalogue, Routine
from hipdesk.core.clock import Clock
from hipdesk.core.models import PainEntry, RoutineSession, new_uuid, stamp, utc_text
from hipdesk.core.player import Event, Player, build_timeline
from hipdesk.ui.player.driver import PlayerDriver

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

log = logging.getLogger(__name__)


class Cues(Protocol):
    @property
    def enabled(self) -> bool: ...
    def set_enabled(self, enabled: bool) -> None: ...
    def play(self, name: str) -> None: ...


class Voice(Protocol):
    def say(self, text: str) -> None: ...


class Inhibitor(Protocol):
    def inhibit(self, reason: str = ...) -> object: ...
    def release(self) -> object: ...


PHASE_WORDS = {"get_ready": QT_TRANSLATE_NOOP("PlayerController", "Get ready"),
               "work": QT_TRANSLATE_NOOP("PlayerController", "Go"),
               "switch_sides": QT_TRANSLATE_NOOP("PlayerController", "Switch sides"),
               "rest": QT_TRANSLATE_NOOP("PlayerController", "Rest")}  # fmt: skip


class PlayerController(QObject):
    event = Signal(object)  # every timeline Event, after the controller has handled it
    finished = Signal(bool)  # completed?
    saved = Signal(object)  # the RoutineSession as stored

    def __init__(
        self,
        routine: Routine,
        catalogue: Catalogue,
        clock: Clock,
        journal: Callable[[], Journal | None],
        *,
        trigger: str = "manual",
        get_ready_seconds: float = 5,
        sound: Cues | None = None,
        voice: Voice | None = None,
        inhibitor: Inhibitor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.catalogue = catalogue
        self.clock = clock
        self._journal = journal
        self._trigger = trigger
        self._sound, self._voice, self._inhibitor = sound, voice, inhibitor
        timeline = build_timeline(routine, catalogue.drills, get_ready=get_ready_seconds)
        self.player = Player(timeline, clock)
        self.driver = PlayerDriver(self.player, self)
        self.driver.event.connect(self._on_event)
        self.session: RoutineSession | None = None
        self._stored = False
        self.pain_before: int | None = None
        self.pain_after: int | None = None
        self._pending: list[PainEntry] = []

    # -- flow ------------------------------------------------------------------------------
    def begin(self, pain_before: int | None = None) -> None:
        if self.player.started:
            return
        self.pain_before = pain_before
        st = stamp(self.clock.now().astimezone())
        self.session = RoutineSession(
            new_uuid(), self.routine.slug, st.recorded_at, st.local_date, st.utc_offset_min,
            trigger=self._trigger,
        )  # fmt: skip
        if pain_before is not None:
            self._pending.append(self._pain(pain_before, "before_routine"))
        self._save()
        if self._inhibitor is not None:
            self._inhibitor.inhibit("A guided routine is running")
        self.driver.start()

    def set_pain_after(self, value: int | None) -> None:
        self.pain_after = value
        if value is not None and self.session is not None:
            self._pending.append(self._pain(value, "after_routine"))
            self._save()

    def toggle_pause(self) -> None:
        self.driver.control(self.player.toggle_pause())

    def pause(self) -> None:
        self.driver.control(self.player.pause())

    def resume(self) -> None:
        self.driver.control(self.player.resume())

    def skip(self) -> None:
        self.driver.control(self.player.skip())

    def previous(self) -> None:
        self.driver.control(self.player.previous())

    def adjust(self, delta: float) -> None:
        self.driver.control(self.player.adjust(delta))

    def stop(self) -> None:
        self.driver.control(self.player.stop())

    def shutdown(self) -> None:
        """The app is quitting: stop a running routine so it is saved as not completed."""
        if self.player.started and not self.player.done:
            self.stop()
        self._save()

    @property
    def running(self) -> bool:
        return self.player.started and not self.player.done

    # -- sound -----------------------------------------------------------------------------
    @property
    def has_sound(self) -> bool:
        return self._sound is not None

    @property
    def sound_on(self) -> bool:
        return self._sound is not None and self._sound.enabled

    def set_sound_on(self, on: bool) -> None:
        """Sound cues on or off for this session (the setting is the app's business)."""
        if self._sound is not None:
            self._sound.set_enabled(on)

    # -- events ----------------------------------------------------------------------------
    def _on_event(self, e: Event) -> None:
        if e.kind == "phase" and e.segment is not None:
            seg = e.segment
            self._cue("go" if seg.phase == "work" else "phase")
            if self._voice is not None:
                name = self.catalogue.drill(seg.drill).name
                word = PHASE_WORDS.get(seg.phase, "")
                text = self.tr(word) if word else ""
                if seg.phase == "get_ready":
                    text = self.tr("Get ready: {drill}").format(drill=name)
                self._voice.say(text)
        elif e.kind == "last_seconds":
            self._cue("tick")
        elif e.kind == "drill_done":
            self._update(active=self.player.active_seconds())
        elif e.kind == "routine_done":
            self._cue("done")
            self._update(active=e.active_seconds, ended=True, completed=e.completed)
            if self._inhibitor is not None:
                self._inhibitor.release()
            self.event.emit(e)
            self.finished.emit(e.completed)
            return
        self.event.emit(e)

    def _cue(self, name: str) -> None:
        if self._sound is not None:
            self._sound.play(name)

    # -- journal ---------------------------------------------------------------------------
    def _pain(self, value: int, context: str) -> PainEntry:
        assert self.session is not None
        st = stamp(self.clock.now().astimezone())
        return PainEntry(new_uuid(), *st, back=value, context=context,
                         routine_session_uuid=self.session.uuid)  # fmt: skip

    def _update(self, active: float, ended: bool = False, completed: bool = False) -> None:
        if self.session is None:
            return
        changes: dict[str, object] = {
            "drills_done": self.player.drills_done,
            "active_seconds": round(active),
        }
        if ended:
            changes["ended_at"] = utc_text(self.clock.now())
            changes["completed"] = completed
        self.session = replace(self.session, **changes)  # type: ignore[arg-type]
        self._save()

    def _save(self) -> None:
        if self.session is None:
            return
        journal = self._journal()
        if journal is None:
            log.warning("journal not open yet; routine %s kept in memory", self.session.uuid)
            return
        try:
            with journal.transaction():
                if self._stored:
                    journal.update(self.session)
                else:
                    journal.add(self.session)
                for entry in self._pending:  # after the session: they reference it
                    journal.add(entry)
        except Exception:
            log.exception("could not save routine session %s", self.session.uuid)
            return
        self._stored = True
        self._pending.clear()
        self.saved.emit(self.session)
