"""The routine player screen: pain check → guided routine → pain check → summary.

Made to be read from two metres: a big figure, the drill name, a countdown ring whose digits are
at least 15 % of the player's height, the rep counter with tempo prompts and a preview of the
next drill. Everything is on the keyboard (Space, ←, →, +, -, Esc, F, M); the buttons exist
for the mouse and assistive tech but take no focus, so Space always pauses instead of pressing
one. Text and buttons are sized from the player's height (see :mod:`.scale`), so they grow with
the window and in fullscreen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Drill
from hipdesk.core.player import Event, Segment
from hipdesk.ui.figure_view import FigureView, render_pose
from hipdesk.ui.i18n import tempo_text, tempo_word
from hipdesk.ui.player.controller import PlayerController
from hipdesk.ui.player.countdown import CountdownRing
from hipdesk.ui.player.pain_check import PainCheck
from hipdesk.ui.player.scale import (
    ControlButton,
    ElidedLabel,
    PlayerButton,
    fit_row,
    is_font_change,
    scaled_font,
    size_button,
)
from hipdesk.ui.player.summary import Summary
from hipdesk.ui.theme import DARK, LIGHT, Colours

PHASE_TITLES = {"get_ready": QT_TRANSLATE_NOOP("PlayerWidget", "Get ready"), "work": "",
                "switch_sides": QT_TRANSLATE_NOOP("PlayerWidget", "Switch sides"),
                "rest": QT_TRANSLATE_NOOP("PlayerWidget", "Rest"),
                "done": QT_TRANSLATE_NOOP("PlayerWidget", "Done")}  # fmt: skip
DIGITS_SHARE = 0.17  # countdown digits: share of the player's height (style guide: ≥ 15 %)
CONTROL_SHARE = 0.021  # control row text (16 px at 768, 23 px at 1080); buttons 2.4× that
CUES_SHARE = 0.2  # the cues list may take this share of the height, else only the current cue


def _t(text: str) -> str:
    return QCoreApplication.translate("PlayerWidget", text) if text else ""


def tempo_prompt(label: str, index: int, count: int, breaths: bool) -> str:
    """ "Up…", "hold…", "and down"; breaths read "Breathe in…", "and out" (app language)."""
    if label == "rep":
        return ""
    word = tempo_word(label, breaths=breaths)
    if index == 0:
        if breaths:
            text = QCoreApplication.translate("PlayerWidget", "Breathe {word}…").format(word=word)
        else:
            text = QCoreApplication.translate("PlayerWidget", "{word}…").format(word=word)
        return text[:1].upper() + text[1:]
    if index == count - 1:
        return QCoreApplication.translate("PlayerWidget", "and {word}").format(word=word)
    return QCoreApplication.translate("PlayerWidget", "{word}…").format(word=word)


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
    sound_toggled = Signal(bool)  # M or the sound button: cues on? (the app may persist it)

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
    def _button(
        self, icon: str, label: str, name: str, tip: str, slot: Callable[[], object],
        *, keep_text: bool = False,
    ) -> ControlButton:  # fmt: skip
        b = ControlButton(icon, label, name, tip, slot, keep_text=keep_text)
        self.controls.addWidget(b)
        self.control_buttons.append(b)
        return b

    def _build_run(self) -> QWidget:
        run = QWidget()
        run.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer = outer = QVBoxLayout(run)
        self.top = top = QHBoxLayout()
        self.step_label = QLabel()
        self.step_label.setProperty("role", "muted")
        self.routine_label = ElidedLabel(f"· {self.c.routine.name}")
        self.routine_label.setProperty("role", "muted")
        top.addWidget(self.step_label)
        top.addWidget(self.routine_label, 1)
        self.controls = QHBoxLayout()
        self.control_buttons: list[ControlButton] = []
        c = self.c
        b = self._button
        self.prev_button = b(
            "skip-previous",
            self.tr("Previous"),
            self.tr("Previous drill"),
            self.tr("Previous drill (←)"),
            c.previous,
        )
        self.minus_button = b(
            "minus",
            self.tr("10 s"),
            self.tr("Ten seconds less"),
            self.tr("10 s less (-)"),
            lambda: c.adjust(-10),
            keep_text=True,
        )
        self.pause_button = b(
            "pause",
            self.tr("Pause"),
            self.tr("Pause"),
            self.tr("Pause or resume (Space)"),
            c.toggle_pause,
            keep_text=True,
        )
        self.plus_button = b(
            "plus",
            self.tr("10 s"),
            self.tr("Ten seconds more"),
            self.tr("10 s more (+)"),
            lambda: c.adjust(10),
            keep_text=True,
        )
        self.skip_button = b(
            "skip-next",
            self.tr("Skip"),
            self.tr("Skip drill"),
            self.tr("Skip to the next drill (→)"),
            c.skip,
        )
        self.sound_button = b(
            "volume",
            self.tr("Sound"),
            self.tr("Mute sound cues"),
            self.tr("Mute sound cues (M)"),
            self.toggle_sound,
        )
        self.sound_button.setVisible(c.has_sound)
        self.full_button = b(
            "fullscreen",
            self.tr("Fullscreen"),
            self.tr("Toggle fullscreen"),
            self.tr("Fullscreen (F)"),
            self.toggle_fullscreen,
        )
        self.stop_button = b(
            "stop",
            self.tr("Stop"),
            self.tr("Stop the routine"),
            self.tr("Stop (Esc, asks first)"),
            self.ask_stop,
        )
        self._drop_order = [self.full_button, self.sound_button, self.prev_button,
                            self.skip_button, self.stop_button]  # fmt: skip
        self._show_sound_state()
        top.addLayout(self.controls)
        outer.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
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
        self.cues_label.setAccessibleName(self.tr("Cues"))
        for w in (self.phase_label, self.drill_label, self.rep_label, self.prompt_label):
            w.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            w.setWordWrap(True)  # long drill names and tempo texts wrap instead of clipping
        right.addWidget(self.phase_label)
        right.addWidget(self.drill_label)
        right.addWidget(self.ring, 1)
        right.addWidget(self.rep_label)
        right.addWidget(self.prompt_label)
        middle.addLayout(right, 4)
        outer.addLayout(middle, 1)
        # The cues and the preview; the stop question takes their place while it is asked.
        self.bottom_row = QWidget()
        bottom = QHBoxLayout(self.bottom_row)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.cues_label, 3)
        self.next_thumb = NextThumb()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        bottom.addWidget(self.next_thumb)
        bottom.addWidget(self.next_label, 2)
        outer.addWidget(self.bottom_row)
        self.confirm = QFrame()
        self.confirm.setProperty("card", True)
        h = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel(self.tr("Stop this routine? What you did so far is saved."))
        self.confirm_text.setWordWrap(True)
        h.addWidget(self.confirm_text, 1)
        self.confirm_yes = yes = ControlButton(
            "stop",
            self.tr("Stop routine"),
            self.tr("Stop the routine now"),
            self.tr("Stop (Enter)"),
            self.confirm_stop,
        )
        self.confirm_no = no = PlayerButton(self.tr("Keep going"))
        no.setProperty("primary", True)
        no.setAccessibleName(self.tr("Keep going"))
        no.setToolTip(self.tr("Keep going (Esc)"))
        no.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        no.clicked.connect(self.cancel_stop)
        h.addWidget(yes)
        h.addWidget(no)
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
        self._show_confirm(False)
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
        self._show_confirm(True)

    def confirm_stop(self) -> None:
        self._show_confirm(False)
        self.c.stop()

    def cancel_stop(self) -> None:
        self._show_confirm(False)
        self.c.resume()

    def _show_confirm(self, ask: bool) -> None:
        self.bottom_row.setVisible(not ask)
        self.confirm.setVisible(ask)

    def toggle_fullscreen(self) -> None:
        win = self.window()
        full = not win.isFullScreen()
        win.showFullScreen() if full else win.showNormal()
        self._show_fullscreen_state(full)
        self.fullscreen_changed.emit(full)

    def toggle_sound(self) -> None:
        """Sound cues on/off for this session; ``sound_toggled`` lets the app remember it."""
        if not self.c.has_sound:
            return
        on = not self.c.sound_on
        self.c.set_sound_on(on)
        self._show_sound_state()
        self.sound_toggled.emit(on)

    def _show_sound_state(self) -> None:
        on = self.c.sound_on
        b = self.sound_button
        b.set_look("volume" if on else "volume-off", self.tr("Sound") if on else self.tr("Muted"))
        b.setAccessibleName(self.tr("Mute sound cues") if on else self.tr("Turn sound cues on"))
        b.setToolTip(self.tr("Sound cues are on: mute them (M)") if on else
                     self.tr("Sound cues are off: turn them on (M)"))  # fmt: skip

    def _show_fullscreen_state(self, full: bool) -> None:
        self.full_button.set_look("fullscreen-exit" if full else "fullscreen",
                                  self.tr("Window") if full else self.tr("Fullscreen"))  # fmt: skip
        self.full_button.setToolTip(
            self.tr("Leave fullscreen (F)") if full else self.tr("Fullscreen (F)")
        )

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
            Qt.Key.Key_M: self.toggle_sound,
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
            template = (
                self.tr("Breath {rep} of {reps}")
                if seg.kind == "breaths"
                else self.tr("Rep {rep} of {reps}")
            )
            side = f" · {self._side_word(e.side)}" if seg.alternating and e.side else ""
            if seg.alternating and e.side and e.side != self.figure.side:
                self.figure.set_side(e.side)  # the picture follows the working leg
            self.rep_text = template.format(rep=e.rep, reps=e.reps) + side
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
            self.rep_text = self.tr("Hold") if seg.kind == "hold" else self.tr("Keep going")
            self.prompt_text = tempo_text(drill.dose.tempo)
        if seg.sets > 1 and seg.phase == "work":
            set_text = self.tr("Set {set} of {sets}").format(set=seg.set_no, sets=seg.sets)
            self.rep_text = f"{set_text} · {self.rep_text}".rstrip(" ·")
        steps = self.c.routine.steps
        self.step_label.setText(
            self.tr("Drill {step} of {steps}").format(step=seg.step + 1, steps=len(steps))
        )
        nxt = self.cat.drill(steps[seg.step + 1].drill) if seg.step + 1 < len(steps) else None
        self.next_thumb.drill = nxt
        self.next_thumb.setVisible(nxt is not None)
        self.next_thumb.update()
        self.next_label.setText(
            self.tr("Next: {drill} · {seconds} s").format(
                drill=nxt.name, seconds=steps[seg.step + 1].seconds
            )
            if nxt
            else self.tr("Last drill")
        )

    def _side_word(self, side: str) -> str:
        return {"left": self.tr("left"), "right": self.tr("right")}.get(side, side)

    def _phase_title(self, seg: Segment) -> str:
        if seg.phase == "rest" and not seg.between_sets:
            return self.tr("Rest · up next")
        if seg.phase == "rest":
            return self.tr("Rest between sets")
        if seg.phase == "work":
            if seg.side == "left":
                return self.tr("Left side")
            if seg.side == "right":
                return self.tr("Right side")
            return f"{seg.side.capitalize()} side" if seg.side else self.tr("Go")
        return _t(PHASE_TITLES[seg.phase])

    def refresh(self) -> None:
        p = self.c.player
        if p.done or not p.started:
            return
        seg = p.segment
        self.phase_label.setText(self._phase_title(seg))
        title = self.tr("Paused") if p.paused else _t(PHASE_TITLES.get(seg.phase, ""))
        caption = "" if seg.phase == "work" and not p.paused else title
        remaining = p.remaining()
        self.ring.set_state(int(remaining + 0.999), remaining / max(p.duration(), 1e-9), caption,
                            p.paused)  # fmt: skip
        rep, reps, _part = p.current_rep()
        if rep and not self.rep_text:
            self.rep_text = self.tr("Rep {rep} of {reps}").format(rep=rep, reps=reps)
        self.rep_label.setText(self.rep_text)
        self.prompt_label.setText(self.prompt_text)
        self.progress.setValue(round(p.progress() * 1000))
        self.pause_button.set_look("play" if p.paused else "pause",
                                   self.tr("Resume") if p.paused else self.tr("Pause"))  # fmt: skip
        self.pause_button.setAccessibleName(self.tr("Resume") if p.paused else self.tr("Pause"))
        self.figure.set_playing(seg.phase == "work" and not p.paused)
        self._show_cues(seg)

    def _show_cues(self, seg: Segment) -> None:
        cues = list(self.cat.drill(seg.drill).cues)
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
        html = "<br>".join(lines)
        if lines and self._cues_height(html) > self.height() * CUES_SHARE:
            # Short of room (small window, large system font): only the cue that matters now.
            html = lines[max(0, current)]
        self.cues_label.setText(html)
        self.cues_label.setToolTip("\n".join(cues))
        self.current_cue = current

    def _cues_height(self, html: str) -> float:
        doc = QTextDocument()
        doc.setDefaultFont(self.cues_label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        # The cues get 3/5 of the bottom row (next to the preview); estimated before layout.
        inner = self.width() - 2 * self.outer.contentsMargins().left()
        doc.setTextWidth(max(100.0, inner * 0.55))
        return doc.size().height()

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
        for b in (*self.control_buttons, self.confirm_yes):
            b.set_colour(colours.text)
        self.refresh()

    def set_reduce_motion(self, reduce: bool) -> None:
        self.figure.set_reduce_motion(reduce)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_fullscreen_state(self.window().isFullScreen())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_font_change(event):  # the system font (scale) changed
            self._rescale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rescale()
        super().resizeEvent(event)

    def _rescale(self) -> None:
        """Fonts, buttons and margins as shares of the height (read from 2 m), like the ring."""
        h, w = max(1, self.height()), max(1, self.width())
        self.ring.digit_px = round(h * DIGITS_SHARE)
        self.ring.setMinimumHeight(round(h * DIGITS_SHARE * 2.3))
        for label, share, weight in (
            (self.phase_label, 0.035, QFont.Weight.DemiBold),
            (self.drill_label, 0.045, QFont.Weight.DemiBold),
            (self.rep_label, 0.05, QFont.Weight.DemiBold),
            (self.prompt_label, 0.04, QFont.Weight.Normal),
            (self.cues_label, 0.024, QFont.Weight.Normal),
            (self.next_label, 0.024, QFont.Weight.Normal),
            (self.step_label, CONTROL_SHARE, QFont.Weight.DemiBold),
            (self.routine_label, CONTROL_SHARE, QFont.Weight.Normal),
            (self.confirm_text, 0.026, QFont.Weight.Normal),
        ):
            label.setFont(scaled_font(h, share, weight))
        control = scaled_font(h, CONTROL_SHARE)
        for b in (*self.control_buttons, self.confirm_yes, self.confirm_no):
            size_button(b, control)
        mx, my = round(h * 0.03), round(h * 0.02)
        self.outer.setContentsMargins(mx, my, mx, my)
        self.outer.setSpacing(round(h * 0.012))
        spacing = round(h * 0.008)
        self.controls.setSpacing(spacing)
        self.top.setSpacing(round(h * 0.012))
        self.progress.setFixedHeight(max(6, round(h * 0.008)))
        self.next_thumb.setFixedSize(round(h * 0.125), round(h * 0.094))
        # Words on the buttons only where they fit beside the drill count and routine name.
        info = self.step_label.sizeHint().width() + self.routine_label.natural_width()
        room = w - 2 * mx - info - 2 * self.top.spacing()
        visible = [b for b in self.control_buttons if not b.isHidden()]
        fit_row(visible, room, spacing, [b for b in self._drop_order if not b.isHidden()])
        self.refresh()  # the cues list depends on the room
