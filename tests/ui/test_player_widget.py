"""The routine player screen, driven from the keyboard on a FakeClock, saving to a real journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, RoutineSession
from hipdesk.core.player import Segment
from hipdesk.paths import AppPaths
from hipdesk.services.sound import SoundCues
from hipdesk.store.journal import Journal
from hipdesk.ui.player import PlayerController, PlayerWidget
from hipdesk.ui.player.player import tempo_prompt
from hipdesk.ui.theme import DARK, LIGHT, ThemeChoice, ThemeManager

CAT = load_catalogue()


@pytest.fixture
def journal(app_paths: AppPaths, fake_clock: FakeClock) -> Iterator[Journal]:
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


class Rig:
    def __init__(self, qtbot, clock: FakeClock, journal: Journal, slug: str, **kw) -> None:  # type: ignore[no-untyped-def]
        self.clock = clock
        self.sound = SoundCues(enabled=True, environ={})
        self.c = PlayerController(CAT.routine(slug), CAT, clock, lambda: journal, sound=self.sound)
        self.w = PlayerWidget(self.c, **kw)
        qtbot.addWidget(self.w)
        self.w.resize(1366, 768)
        self.w.show()
        qtbot.waitExposed(self.w)
        self.qtbot = qtbot

    def key(self, key: Qt.Key, text: str = "") -> None:
        target = self.w.stack.currentWidget()
        if target is self.w.run:
            target = self.w
        self.qtbot.keyClick(target, key)

    def advance(self, seconds: float) -> None:
        """Let time pass, firing the driver at every deadline on the way (as the timer would)."""
        end = self.clock.monotonic() + seconds
        while True:
            deadline = self.c.player.next_deadline()
            if deadline is None or deadline > end:
                break
            self.clock.advance(max(0.0, deadline - self.clock.monotonic()))
            self.c.driver.tick()
        self.clock.advance(max(0.0, end - self.clock.monotonic()))
        self.c.driver.tick()

    def goto(self, match: Callable[[Segment], bool], into: float) -> None:
        while not match(self.c.player.segment):
            self.advance(self.c.player.remaining())
        self.advance(into)


def test_tempo_prompts() -> None:
    assert tempo_prompt("up", 0, 3, False) == "Up…"
    assert tempo_prompt("hold", 1, 3, False) == "hold…"
    assert tempo_prompt("down", 2, 3, False) == "and down"
    assert tempo_prompt("in", 0, 2, True) == "Breathe in…"
    assert tempo_prompt("out", 1, 2, True) == "and out"
    assert tempo_prompt("rep", 0, 1, False) == ""


def test_whole_routine_from_the_keyboard_is_saved(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break")
    rig.w.start()
    assert rig.w.stack.currentWidget() is rig.w.pain_before
    rig.key(Qt.Key.Key_3)
    rig.key(Qt.Key.Key_Return)
    assert rig.w.stack.currentWidget() is rig.w.run
    stored = journal.records(RoutineSession)
    assert len(stored) == 1 and not stored[0].completed  # saved at once
    assert rig.c.driver.timer.isActive()  # armed to the next deadline, not polling
    assert 0 < rig.c.driver.timer.remainingTime() <= 1000
    rig.advance(150)
    assert rig.w.stack.currentWidget() is rig.w.pain_after
    rig.key(Qt.Key.Key_1)
    rig.key(Qt.Key.Key_0)  # "1" then "0" = 10
    assert rig.w.pain_after.value == 10
    rig.key(Qt.Key.Key_2)
    rig.key(Qt.Key.Key_Return)
    assert rig.w.stack.currentWidget() is rig.w.summary
    assert rig.w.summary.values["drills"].text() == "3 of 3"
    assert rig.w.summary.values["pain"].text() == "3 → 2"
    (session,) = journal.records(RoutineSession)
    assert session.completed and session.active_seconds == 150 and session.ended_at
    assert session.drills_done == ("stand_walk", "standing_hip_flexor", "standing_pelvic_circles")
    pains = {p.context: p for p in journal.records(PainEntry)}
    assert pains["before_routine"].back == 3 and pains["after_routine"].back == 2
    assert {p.routine_session_uuid for p in pains.values()} == {session.uuid}
    assert {"go", "phase", "tick", "done"} <= set(rig.sound.played)
    with qtbot.waitSignal(rig.w.closed):
        rig.key(Qt.Key.Key_Return)


def test_controls_and_stop_with_confirmation(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "starter_5")
    rig.w.start()
    rig.key(Qt.Key.Key_Escape)  # skip the pain question with one key
    p = rig.c.player
    assert p.started and rig.c.pain_before is None
    rig.key(Qt.Key.Key_Space)
    assert p.paused and rig.w.pause_button.text() == "Resume"
    assert not rig.c.driver.timer.isActive()
    rig.key(Qt.Key.Key_Space)
    assert not p.paused
    before = p.remaining()
    rig.key(Qt.Key.Key_Plus)
    assert p.remaining() == pytest.approx(before + 10)
    rig.key(Qt.Key.Key_Minus)
    assert p.remaining() == pytest.approx(before)
    rig.goto(lambda s: s.phase == "work", 1)
    assert rig.w.current_cue >= 1  # a cue is highlighted while working
    rig.key(Qt.Key.Key_Right)
    assert p.segment.step == 1
    rig.key(Qt.Key.Key_Left)
    assert p.segment.step == 0 and p.phase == "get_ready"
    rig.goto(lambda s: s.step == 1 and s.phase == "work", 1)  # crook_breathing done
    rig.key(Qt.Key.Key_Escape)
    assert rig.w.confirm.isVisible() and p.paused
    rig.key(Qt.Key.Key_Escape)
    assert not rig.w.confirm.isVisible() and not p.paused
    rig.key(Qt.Key.Key_Escape)
    rig.key(Qt.Key.Key_Return)
    assert p.done and not p.completed
    assert rig.w.stack.currentWidget() is rig.w.pain_after
    rig.key(Qt.Key.Key_S)  # skip the pain question
    assert rig.w.summary.title.text() == "Routine stopped"
    (session,) = journal.records(RoutineSession)
    assert not session.completed and session.drills_done == ("crook_breathing",)
    assert journal.records(PainEntry) == []


def test_quitting_mid_routine_saves_it(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "daily_hip_10", ask_pain=False)
    rig.w.start()
    rig.goto(lambda s: s.step == 1 and s.phase == "get_ready", 2)
    rig.c.shutdown()  # what the app does on aboutToQuit / window close
    (session,) = journal.records(RoutineSession)
    assert not session.completed and session.drills_done == ("hip_cars_standing",)
    assert session.active_seconds == round(rig.c.player.active_seconds())
    assert session.ended_at is not None


def test_fullscreen_key_and_buttons(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break", ask_pain=False)
    rig.w.start()
    with qtbot.waitSignal(rig.w.fullscreen_changed) as blocker:
        rig.key(Qt.Key.Key_F)
    assert blocker.args == [True]
    with qtbot.waitSignal(rig.w.fullscreen_changed) as blocker:
        rig.key(Qt.Key.Key_F)
    assert blocker.args == [False]
    buttons = rig.w.run.findChildren(QPushButton)
    assert len(buttons) >= 9
    for b in buttons:
        assert b.accessibleName() and b.toolTip()
    qtbot.mouseClick(rig.w.pause_button, Qt.MouseButton.LeftButton)
    assert rig.c.player.paused


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_countdown_digits_are_large(qtbot, fake_clock, journal, size) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break", ask_pain=False)
    rig.w.resize(*size)
    rig.w.start()
    qtbot.waitUntil(lambda: rig.w.ring.height() > 0)
    for seconds in (9, 59, 125):
        rig.w.ring.set_state(seconds, 0.5, "", False)
        assert rig.w.ring.effective_digit_px() >= 0.15 * rig.w.height()


SHOTS: list[tuple[str, Callable[[Segment], bool], float]] = [
    ("get_ready", lambda s: s.phase == "get_ready", 3),
    (
        "work_reps",
        lambda s: s.phase == "work" and s.kind == "reps" and s.tempo[0].label != "rep",
        5,
    ),
    ("switch_sides", lambda s: s.phase == "switch_sides", 2),
    ("rest", lambda s: s.phase == "rest" and not s.between_sets, 4),
    ("work_hold", lambda s: s.phase == "work" and s.kind == "hold", 8),
]


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_screenshots_of_every_phase(qtbot, fake_clock, journal, screenshot, theme, size) -> None:  # type: ignore[no-untyped-def]
    manager = ThemeManager(QApplication.instance(), ThemeChoice(theme))  # type: ignore[arg-type]
    manager.apply()
    try:
        rig = Rig(qtbot, fake_clock, journal, "daily_hip_10")
        rig.w.apply_colours(DARK if theme == "dark" else LIGHT)
        rig.w.set_reduce_motion(True)  # a stable still for the picture
        rig.w.resize(*size)
        tag = f"{theme}_{size[0]}x{size[1]}"

        def shot(name: str) -> None:
            # Lay out what changed since the last frame, as the event loop would before painting.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            screenshot(rig.w, f"player_{name}_{tag}")

        rig.w.start()
        rig.key(Qt.Key.Key_4)
        shot("pain_check")
        rig.key(Qt.Key.Key_Return)
        for name, match, into in SHOTS:
            rig.goto(match, into)
            shot(name)
        rig.advance(10_000)
        rig.key(Qt.Key.Key_2)
        rig.key(Qt.Key.Key_Return)
        shot("summary")
    finally:
        manager.set_choice(ThemeChoice.LIGHT)


def test_closing_the_window_mid_routine_saves_it(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.ui.player import PlayerWindow

    c = PlayerController(CAT.routine("flare_day_4"), CAT, fake_clock, lambda: journal)
    window = PlayerWindow(PlayerWidget(c, ask_pain=False))
    qtbot.addWidget(window)
    window.show()
    window.player.start()
    fake_clock.advance(12)
    c.driver.tick()
    window.close()
    (session,) = journal.records(RoutineSession)
    assert not session.completed and session.active_seconds == 12
