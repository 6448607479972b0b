"""The routine player screen: pain check → guided routine → pain check → summary.

Made to be read from two metres: a big figure, the drill name, a countdown ring whose digits are
at least 15 % of the player's height, the rep counter with tempo prompts and a preview of the
next drill. Everything is on the keyboard (Space, ←, →, +, -, Esc, F); the buttons exist for
the mouse and assistive tech but take no focus, so Space always pauses instead of pressing one.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Drill
from hipdesk.core.player import Event, Segment
from hipdesk.ui.figure_view import FigureView, render_pose
from hipdesk.ui.player.controller import PlayerController
from hipdesk.ui.player.countdown import CountdownRing, tabular_font
from hipdesk.ui.player.pain_check import PainCheck
from hipdesk.ui.player.summary import Summary
from hipdesk.ui.theme import DARK, LIGHT, Colours

PHASE_TITLES = {"get_ready": "Get ready", "work": "", "switch_sides": "Switch sides",
                "rest": "Rest", "done": "Done"}  # fmt: skip
DIGITS_SHARE = 0.17  # countdown digits: share of the player's height (style guide: ≥ 15 %)


def tempo_prompt(label: str, index: int, count: int, breaths: bool) -> str:
    """ "Up…", "hold…", "and down"; breaths read "Breathe in…", "and out"."""
    if label == "rep":
        return ""
    if index == 0:
        return f"Breathe {label}…" if breaths else f"{label.capitalize()}…"
    return f"and {label}" if index == count - 1 else f"{label}…"


class NextThumb(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill: Drill | None = None
        self.dark = False
        self.setFixedSize(96, 72)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.drill is None:
            return
        p = QPainter(self)
        render_pose(p, QRectF(self.rect()), self.drill, dark=self.dark, label=False)
        p.end()


class PlayerWidget(QWidget):
    closed = Signal()  # the user closed the summary (or stopped before starting)
    fullscreen_changed = Signal(bool)

    def __init__(
        self, controller: PlayerController, *, ask_pain: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.c = controller
        self.cat = controller.catalogue
        self.ask_pain = ask_pain
        self.colours = LIGHT
        self.rep_text = ""
        self.prompt_text = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        anchors = self.cat.texts.block("journal_measures")["pain_back"]["anchors"]
        pair = (str(anchors["0"]), str(anchors["10"]))
        self.stack = QStackedWidget()
        self.pain_before = PainCheck("before", pair)
        self.pain_after = PainCheck("after", pair)
        self.summary = Summary()
        self.run = self._build_run()
        for w in (self.pain_before, self.run, self.pain_after, self.summary):
            self.stack.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pain_before.answered.connect(self._begin)
        self.pain_after.answered.connect(self._after)
        self.summary.closed.connect(self.closed)
        controller.event.connect(self._on_event)
        controller.finished.connect(self._finished)

    # -- construction ----------------------------------------------------------------------
    def _button(self, text: str, name: str, tip: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot)
        self.controls.addWidget(b)
        return b

    def _build_run(self) -> QWidget:
        run = QWidget()
        run.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(run)
        outer.setContentsMargins(24, 16, 24, 16)
        top = QHBoxLayout()
        self.routine_label = QLabel(self.c.routine.name)
        self.routine_label.setProperty("role", "muted")
        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        top.addWidget(self.routine_label)
        top.addWidget(self.step_label)
        top.addStretch(1)
        self.controls = QHBoxLayout()
        c = self.c
        self.prev_button = self._button(
            "← Previous", "Previous drill", "Previous drill (←)", c.previous
        )
        self.minus_button = self._button("−10 s", "Ten seconds less", "10 s less (-)",
                                         lambda: c.adjust(-10))  # fmt: skip
        self.pause_button = self._button("Pause", "Pause", "Pause or resume (Space)",
                                         c.toggle_pause)  # fmt: skip
        self.plus_button = self._button("+10 s", "Ten seconds more", "10 s more (+)",
                                        lambda: c.adjust(10))  # fmt: skip
        self.skip_button = self._button(
            "Skip →", "Skip drill", "Skip to the next drill (→)", c.skip
        )
        self.full_button = self._button("Fullscreen", "Toggle fullscreen", "Fullscreen (F)",
                                        self.toggle_fullscreen)  # fmt: skip
        self.stop_button = self._button("Stop", "Stop the routine", "Stop (Esc, asks first)",
                                        self.ask_stop)  # fmt: skip
        top.addLayout(self.controls)
        outer.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName("Progress through the routine")
        outer.addWidget(self.progress)
        middle = QHBoxLayout()
        self.figure = FigureView()
        self.figure.setMinimumSize(300, 300)
        middle.addWidget(self.figure, 5)
        right = QVBoxLayout()
        self.phase_label = QLabel()
        self.drill_label = QLabel()
        self.drill_label.setWordWrap(True)
        self.ring = CountdownRing()
        self.rep_label = QLabel()
        self.prompt_label = QLabel()
        self.cues_label = QLabel()
        self.cues_label.setWordWrap(True)
        self.cues_label.setTextFormat(Qt.TextFormat.RichText)
        self.cues_label.setAccessibleName("Cues")
        for w in (self.phase_label, self.drill_label, self.rep_label, self.prompt_label):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(self.phase_label)
        right.addWidget(self.drill_label)
        right.addWidget(self.ring, 1)
        right.addWidget(self.rep_label)
        right.addWidget(self.prompt_label)
        middle.addLayout(right, 4)
        outer.addLayout(middle, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cues_label, 3)
        self.next_thumb = NextThumb()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        bottom.addWidget(self.next_thumb)
        bottom.addWidget(self.next_label, 2)
        outer.addLayout(bottom)
        self.confirm = QFrame()
        self.confirm.setProperty("card", True)
        h = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel("Stop this routine? What you did so far is saved.")
        h.addWidget(self.confirm_text, 1)
        yes = QPushButton("Stop routine")
        yes.setAccessibleName("Stop the routine now")
        yes.setToolTip("Stop (Enter)")
        yes.clicked.connect(self.confirm_stop)
        no = QPushButton("Keep going")
        no.setProperty("primary", True)
        no.setAccessibleName("Keep going")
        no.setToolTip("Keep going (Esc)")
        no.clicked.connect(self.cancel_stop)
        for b in (yes, no):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            h.addWidget(b)
        self.confirm.hide()
        outer.addWidget(self.confirm)
        return run

    # -- flow ------------------------------------------------------------------------------
    def start(self) -> None:
        if self.ask_pain:
            self.stack.setCurrentWidget(self.pain_before)
            self.pain_before.setFocus()
        else:
            self._begin(None)

    def _begin(self, value: object) -> None:
        self.stack.setCurrentWidget(self.run)
        self.run.setFocus()
        self.c.begin(value if isinstance(value, int) else None)

    def _finished(self, completed: bool) -> None:
        self.confirm.hide()
        self.figure.set_playing(False)
        if self.ask_pain:
            self.pain_after.reset()
            self.stack.setCurrentWidget(self.pain_after)
            self.pain_after.setFocus()
        else:
            self._after(None)

    def _after(self, value: object) -> None:
        self.c.set_pain_after(value if isinstance(value, int) else None)
        p = self.c.player
        names = [self.cat.drill(s).name for s in p.drills_done]
        self.summary.show_result(
            self.c.routine.name, p.completed, p.active_seconds(), names,
            len(self.c.routine.steps), self.c.pain_before, self.c.pain_after,
        )  # fmt: skip
        self.stack.setCurrentWidget(self.summary)
        self.summary.setFocus()

    def ask_stop(self) -> None:
        if not self.c.running:
            return
        self.c.pause()
        self.confirm.show()

    def confirm_stop(self) -> None:
        self.confirm.hide()
        self.c.stop()

    def cancel_stop(self) -> None:
        self.confirm.hide()
        self.c.resume()

    def toggle_fullscreen(self) -> None:
        win = self.window()
        full = not win.isFullScreen()
        win.showFullScreen() if full else win.showNormal()
        self.fullscreen_changed.emit(full)

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.stack.currentWidget() is not self.run:
            super().keyPressEvent(event)
            return
        key, c = event.key(), self.c
        if self.confirm.isVisible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm_stop()
            elif key == Qt.Key.Key_Escape:
                self.cancel_stop()
            return
        actions = {
            Qt.Key.Key_Space: c.toggle_pause, Qt.Key.Key_Right: c.skip,
            Qt.Key.Key_Left: c.previous, Qt.Key.Key_Plus: lambda: c.adjust(10),
            Qt.Key.Key_Equal: lambda: c.adjust(10), Qt.Key.Key_Minus: lambda: c.adjust(-10),
            Qt.Key.Key_Escape: self.ask_stop, Qt.Key.Key_F: self.toggle_fullscreen,
        }  # fmt: skip
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()

    # -- display ---------------------------------------------------------------------------
    def _on_event(self, e: Event) -> None:
        if e.kind == "phase" and e.segment is not None:
            self._show_segment(e.segment)
        elif e.kind == "rep" and e.part is not None:
            seg = self.c.player.segment
            word = "Breath" if seg.kind == "breaths" else "Rep"
            side = f" · {e.side}" if seg.alternating and e.side else ""
            self.rep_text = f"{word} {e.rep} of {e.reps}{side}"
            self.prompt_text = tempo_prompt(e.part.label, e.part_index, len(seg.tempo),
                                            seg.kind == "breaths")  # fmt: skip
        self.refresh()

    def _show_segment(self, seg: Segment) -> None:
        drill = self.cat.drill(seg.drill)
        self.figure.set_drill(drill, seg.side or "left", drill.default_view)
        # Alternating drills work both legs in turn: a "Left leg" caption would be wrong.
        self.figure.set_show_label(drill.sides == "per_side")
        self.drill_label.setText(drill.name)
        self.rep_text = self.prompt_text = ""
        if seg.phase == "work" and seg.kind in ("hold", "timed"):
            self.rep_text = "Hold" if seg.kind == "hold" else "Keep going"
            self.prompt_text = drill.dose.tempo
        if seg.sets > 1 and seg.phase == "work":
            self.rep_text = f"Set {seg.set_no} of {seg.sets} · {self.rep_text}".rstrip(" ·")
        steps = self.c.routine.steps
        self.step_label.setText(f"· Drill {seg.step + 1} of {len(steps)}")
        nxt = self.cat.drill(steps[seg.step + 1].drill) if seg.step + 1 < len(steps) else None
        self.next_thumb.drill = nxt
        self.next_thumb.setVisible(nxt is not None)
        self.next_thumb.update()
        self.next_label.setText(
            f"Next: {nxt.name} · {steps[seg.step + 1].seconds} s" if nxt else "Last drill"
        )

    def _phase_title(self, seg: Segment) -> str:
        if seg.phase == "rest" and not seg.between_sets:
            return "Rest · up next"
        if seg.phase == "rest":
            return "Rest between sets"
        if seg.phase == "work":
            return f"{seg.side.capitalize()} side" if seg.side else "Go"
        return PHASE_TITLES[seg.phase]

    def refresh(self) -> None:
        p = self.c.player
        if p.done or not p.started:
            return
        seg = p.segment
        self.phase_label.setText(self._phase_title(seg))
        title = "Paused" if p.paused else PHASE_TITLES.get(seg.phase, "")
        caption = "" if seg.phase == "work" and not p.paused else title
        remaining = p.remaining()
        self.ring.set_state(int(remaining + 0.999), remaining / max(p.duration(), 1e-9), caption,
                            p.paused)  # fmt: skip
        rep, reps, _part = p.current_rep()
        if rep and not self.rep_text:
            self.rep_text = f"Rep {rep} of {reps}"
        self.rep_label.setText(self.rep_text)
        self.prompt_label.setText(self.prompt_text)
        self.progress.setValue(round(p.progress() * 1000))
        self.pause_button.setText("Resume" if p.paused else "Pause")
        self.pause_button.setAccessibleName("Resume" if p.paused else "Pause")
        self.figure.set_playing(seg.phase == "work" and not p.paused)
        self._show_cues(seg)

    def _show_cues(self, seg: Segment) -> None:
        cues = self.cat.drill(seg.drill).cues
        current = 0
        if seg.phase == "work" and len(cues) > 1:
            share = self.c.player.elapsed() / max(self.c.player.duration(), 1e-9)
            current = 1 + min(len(cues) - 2, int(share * (len(cues) - 1)))
        elif seg.phase == "rest" and not seg.between_sets:
            current = -1
        accent = self.colours.accent
        lines = []
        for i, cue in enumerate(cues):
            if i == current:
                lines.append(f'<b style="color:{accent}">▸ {cue}</b>')
            else:
                lines.append(f"<span>&nbsp;&nbsp;{cue}</span>")
        self.cues_label.setText("<br>".join(lines))
        self.current_cue = current

    # -- look ------------------------------------------------------------------------------
    def apply_colours(self, colours: Colours) -> None:
        self.colours = colours
        dark = colours is DARK or QColor(colours.window).lightness() < 128
        self.figure.set_dark(dark)
        self.next_thumb.dark = dark
        self.ring.set_colours(colours.accent, colours.border, colours.text, colours.muted)
        pal = self.phase_label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(colours.accent))
        self.phase_label.setPalette(pal)
        self.refresh()

    def set_reduce_motion(self, reduce: bool) -> None:
        self.figure.set_reduce_motion(reduce)

    def resizeEvent(self, event: object) -> None:
        h = self.height()
        self.ring.digit_px = round(h * DIGITS_SHARE)
        self.ring.setMinimumHeight(round(h * DIGITS_SHARE * 2.3))
        base = self.font()
        for label, share, weight in (
            (self.phase_label, 0.035, QFont.Weight.DemiBold),
            (self.drill_label, 0.045, QFont.Weight.DemiBold),
            (self.rep_label, 0.05, QFont.Weight.DemiBold),
            (self.prompt_label, 0.04, QFont.Weight.Normal),
            (self.cues_label, 0.024, QFont.Weight.Normal),
            (self.next_label, 0.024, QFont.Weight.Normal),
        ):
            label.setFont(tabular_font(base, round(h * share), weight))
        super().resizeEvent(event)  # type: ignore[arg-type]
