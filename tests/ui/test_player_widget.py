"""The routine player screen, driven from the keyboard on a FakeClock, saving to a real journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, RoutineSession
from hipdesk.core.player import Segment
from hipdesk.paths import AppPaths
from hipdesk.services.sound import SoundCues
from hipdesk.store.journal import Journal
from hipdesk.ui.player import PlayerController, PlayerWidget
from hipdesk.ui.player.player import tempo_prompt
from hipdesk.ui.player.scale import ControlButton, ElidedLabel
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


def test_mute_key_and_button_flip_sound_for_the_session(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break", ask_pain=False)
    rig.w.start()
    b = rig.w.sound_button
    assert b.isVisible() and b.icon_name == "volume" and b.accessibleName() == "Mute sound cues"
    with qtbot.waitSignal(rig.w.sound_toggled) as blocker:
        rig.key(Qt.Key.Key_M)
    assert blocker.args == [False] and not rig.sound.enabled
    assert b.icon_name == "volume-off" and b.accessibleName() == "Turn sound cues on"
    played = list(rig.sound.played)
    rig.advance(rig.c.player.remaining())  # a phase change: no cue while muted
    assert rig.sound.played == played
    with qtbot.waitSignal(rig.w.sound_toggled) as blocker:
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert blocker.args == [True] and rig.sound.enabled and b.icon_name == "volume"
    rig.advance(rig.c.player.remaining())
    assert len(rig.sound.played) > len(played)


def test_without_sound_cues_there_is_no_mute_button(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    c = PlayerController(CAT.routine("desk_break"), CAT, fake_clock, lambda: journal)
    w = PlayerWidget(c, ask_pain=False)
    qtbot.addWidget(w)
    w.show()
    w.start()
    assert not w.sound_button.isVisible()
    with qtbot.assertNotEmitted(w.sound_toggled):
        qtbot.keyClick(w, Qt.Key.Key_M)


def test_controls_have_icons_and_keep_their_names(qtbot, fake_clock, journal, screenshot) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break", ask_pain=False)
    rig.w.start()
    for b in rig.w.control_buttons:
        assert not b.icon().isNull() and b.accessibleName() and b.toolTip()
        assert b.focusPolicy() == Qt.FocusPolicy.NoFocus  # Space always pauses
    rig.key(Qt.Key.Key_Space)
    assert rig.w.pause_button.icon_name == "play" and rig.w.pause_button.text() == "Resume"
    rig.key(Qt.Key.Key_F)
    assert rig.w.full_button.icon_name == "fullscreen-exit"
    rig.key(Qt.Key.Key_F)
    assert rig.w.full_button.icon_name == "fullscreen"
    rig.w.resize(960, 640)  # the smallest window: words give way to icons, names stay
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert rig.w.width() <= 962 and rig.w.pause_button.text() == "Resume"
    screenshot(rig.w, "player_paused_960x640")
    assert_nothing_clipped(rig.w)


def test_controls_and_text_grow_with_the_window(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "desk_break")
    rig.w.start()
    sizes = {}
    for height in (768, 1080):
        rig.w.resize(height * 16 // 9, height)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        pain = rig.w.pain_before
        sizes[height] = (
            rig.w.pause_button.sizeHint().height(), rig.w.cues_label.font().pixelSize(),
            pain.buttons[0].height(), pain.title.font().pixelSize(),
        )  # fmt: skip
        assert pain.buttons[0].height() >= 0.12 * height  # big targets for 0–10
        assert rig.w.pause_button.sizeHint().height() >= 0.045 * height
    assert all(big > small for small, big in zip(sizes[768], sizes[1080], strict=True))


def _plain(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText or "<" not in label.text():
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text())
    return doc.toPlainText()


def assert_nothing_clipped(root: QWidget) -> None:
    """Every visible child lies inside the player, overlaps no sibling; no text is cut off."""
    area = root.rect()
    seen: dict[int, list[tuple[QRect, QWidget]]] = {}
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.size().isEmpty():
            continue
        where = QRect(w.mapTo(root, QPoint(0, 0)), w.size())
        assert area.contains(where), f"{type(w).__name__} {w.accessibleName()!r} at {where}"
        siblings = seen.setdefault(id(w.parentWidget()), [])
        for rect, other in siblings:
            assert not rect.intersects(where), f"{type(w).__name__} overlaps {type(other).__name__}"
        siblings.append((where, w))
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and not isinstance(w, ElidedLabel):
            if w.wordWrap():
                assert w.height() >= w.heightForWidth(w.width()) - 1, _plain(w)
            else:
                assert w.height() >= fm.height(), w.text()
                for line in _plain(w).splitlines():
                    assert w.width() >= fm.horizontalAdvance(line), w.text()
        if isinstance(w, QPushButton):
            if w.property("primary"):  # the style sheet paints these semibold
                bold = QFont(w.font())
                bold.setWeight(QFont.Weight.DemiBold)
                fm = QFontMetrics(bold)
            need = fm.horizontalAdvance(w.text()) if w.text() else 0
            if not w.icon().isNull():
                need += w.iconSize().width()
            opt = QStyleOptionButton()
            w.initStyleOption(opt)  # the contents rect after style-sheet padding
            room = w.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, w)
            assert room.width() >= need and room.height() >= fm.height(), w.accessibleName()
            if isinstance(w, ControlButton) and not w.text():
                assert w.toolTip() and w.accessibleName()


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


def run_through_every_screen(rig: Rig, shot: Callable[[str], None]) -> None:
    rig.w.start()
    rig.key(Qt.Key.Key_4)
    shot("pain_check")
    rig.key(Qt.Key.Key_Return)
    for name, match, into in SHOTS:
        rig.goto(match, into)
        shot(name)
    rig.key(Qt.Key.Key_M)  # muted and paused: both buttons change their look
    rig.key(Qt.Key.Key_Space)
    shot("paused_muted")
    rig.key(Qt.Key.Key_Escape)
    shot("stop_confirm")
    rig.key(Qt.Key.Key_Escape)
    rig.advance(10_000)
    rig.key(Qt.Key.Key_2)
    rig.key(Qt.Key.Key_Return)
    shot("summary")


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
            assert_nothing_clipped(rig.w)

        run_through_every_screen(rig, shot)
    finally:
        manager.set_choice(ThemeChoice.LIGHT)


@pytest.mark.slow
@pytest.mark.parametrize("size", [(960, 640), (1366, 768), (1920, 1080)])
def test_no_clipping_at_150_percent(qtbot, qapp, fake_clock, journal, screenshot, size) -> None:  # type: ignore[no-untyped-def]
    old = QFont(qapp.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.5)
    QApplication.setFont(big)
    manager = ThemeManager(qapp, ThemeChoice.LIGHT)
    manager.apply()
    try:
        rig = Rig(qtbot, fake_clock, journal, "daily_hip_10")
        rig.w.apply_colours(LIGHT)
        rig.w.set_reduce_motion(True)
        rig.w.resize(*size)

        def shot(name: str) -> None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            screenshot(rig.w, f"player_{name}_150_{size[0]}x{size[1]}")
            assert_nothing_clipped(rig.w)
            ring = rig.w.ring
            if ring.isVisible():
                assert ring.effective_digit_px() >= 0.15 * rig.w.height()

        run_through_every_screen(rig, shot)
    finally:
        QApplication.setFont(old)


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


def test_alternating_drills_mirror_the_figure_with_each_rep(qtbot, fake_clock, journal) -> None:  # type: ignore[no-untyped-def]
    rig = Rig(qtbot, fake_clock, journal, "daily_hip_10", ask_pain=False)
    rig.w.start()
    assert rig.w.stack.currentWidget() is rig.w.run
    rig.goto(lambda s: s.drill == "ninety_ninety_switch" and s.phase == "work", 0.1)
    assert rig.w.figure.side == "left" and rig.w.rep_text.endswith("left")
    rep = rig.c.player.segment.rep_seconds
    rig.advance(rep)
    assert rig.w.rep_text.startswith("Rep 2 of") and rig.w.figure.side == "right"
    rig.advance(rep)
    assert rig.w.rep_text.startswith("Rep 3 of") and rig.w.figure.side == "left"
