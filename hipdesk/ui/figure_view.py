"""The animated drill figure: a QPainter renderer over :mod:`hipdesk.core.pose`.

``render_pose`` draws one still (thumbnails, contact sheets, SVG/PNG export); ``FigureView`` is
the animated widget. It animates with a ~60 fps QTimer only while it is visible and playing;
``hideEvent`` stops the timer, so a hidden figure costs no CPU. Timing follows the dose's tempo
(:mod:`hipdesk.core.pose_motion`): eased transitions of the tempo's parts, still holds with a
breathing bob, the arrow fading in during holds and hidden during "Get ready". With
reduce-motion on it shows the key pose and its arrow without animation (brief section 9).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipdesk.core.catalogue import Dose, Drill
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose import Figure, Scene, Side
from hipdesk.core.pose_model import bob_figure
from hipdesk.core.pose_motion import MotionPlan, MotionState, breathing_bob, motion_plan
from hipdesk.ui.figure_paint import paint_figure, palette

__all__ = [
    "FigureView", "frame_at", "paint_figure", "palette", "plan_for", "render_pose",
    "scene_for", "side_label",
]  # fmt: skip
MIN_SIZE = 240
FRAME_MS = 16
#: Phases of the routine player in which the figure only previews the pose (no arrow).
QUIET_PHASES = frozenset({"get_ready", "switch_sides", "rest", "done"})


@cache
def _scene(drill: Drill, view: View | None, side: Side) -> Scene:
    return Scene(drill, view, side)


@cache
def plan_for(scene: Scene, dose: Dose | None = None, max_hold: float | None = None) -> MotionPlan:
    """The scene's motion loop, timed by ``dose`` (default: the drill's own dose); holds cut
    to ``max_hold`` seconds for looping previews."""
    return motion_plan(dose or scene.drill.dose, len(scene.source)).capped(max_hold)


def frame_at(scene: Scene, plan: MotionPlan, seconds: float) -> tuple[Figure, MotionState]:
    """The figure ``seconds`` into the loop: eased transitions, still holds with a breathing
    bob (≤ 1 % of the figure's height) and the arrow state."""
    state = plan.at(seconds)
    fig = scene.frame(state.index, state.frac) if not state.holding else scene.keyframe(state.index)
    if state.holding:
        height = scene.bounds[3] - scene.bounds[1]
        fig = bob_figure(fig, breathing_bob(state.hold_seconds, height))
    return fig, state


def scene_for(drill: Drill, view: View | None = None, side: Side = "left") -> Scene:
    """A cached :class:`Scene` (scenes are immutable; drills are frozen and hashable)."""
    return _scene(drill, view, side)


def side_label(drill: Drill, side: Side) -> str:
    """The still's side label: "Left leg" or "Right leg" for a per-side drill (brief 9: labels
    name the working side), and no label otherwise. Both-sides drills have no side, and
    alternating drills work both legs in turn, so naming one leg would be wrong (the routine
    player hides the label for them too). Also decides the accessible name's side."""
    if not drill.per_side:
        return ""
    if side == "left":
        return QCoreApplication.translate("FigureView", "Left leg")
    return QCoreApplication.translate("FigureView", "Right leg")


def render_pose(
    painter: QPainter,
    rect: QRectF,
    drill: Drill,
    keyframe_index: int | None = None,
    side: Side = "left",
    dark: bool = False,
    view: View | None = None,
    label: bool = True,
) -> None:
    """A still of ``drill`` at ``keyframe_index`` (default: its key pose, with the arrow its
    ``key_arrow`` asks for) into ``rect``."""
    scene = scene_for(drill, view, side)
    fig = scene.still() if keyframe_index is None else scene.keyframe(keyframe_index)
    text = side_label(drill, side) if label else ""
    paint_figure(painter, rect, fig, scene.bounds, palette(dark), text)


class FigureView(QWidget):
    """The animated figure of one drill. Loops through its keyframes (eased) while visible
    and playing; static key pose with reduce-motion on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(MIN_SIZE, MIN_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._drill: Drill | None = None
        self._scene: Scene | None = None
        self._side: Side = "left"
        self._view: View | None = None
        self._dark = False
        self._reduce = False
        self._playing = True
        self._show_label = True
        self._seconds = 0.0  # time into the motion loop
        self._dose: Dose | None = None
        self._max_hold: float | None = None
        self._phase: str | None = None  # the routine player's phase, when it tells us
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

    # -- API -----------------------------------------------------------------------------------
    def set_drill(self, drill: Drill | None, side: Side = "left", view: View | None = None) -> None:
        self._drill, self._side, self._view = drill, side, view
        self._seconds = 0.0
        self._dose = None
        self._rebuild()

    def set_side(self, side: Side) -> None:
        self._side = side
        self._rebuild()

    def set_view(self, view: View | None) -> None:
        self._view = view
        self._rebuild()

    def set_dark(self, dark: bool) -> None:
        self._dark = dark
        self.update()

    def set_reduce_motion(self, reduce: bool) -> None:
        self._reduce = reduce
        self._update_timer()
        self.update()

    def set_playing(self, playing: bool) -> None:
        self._playing = playing
        self._update_timer()

    def set_show_label(self, show: bool) -> None:
        self._show_label = show
        self.update()

    def set_phase_progress(self, t: float) -> None:
        """Show the loop at ``t`` (0…1) — for an external clock such as the routine player."""
        self._seconds = (t % 1.0) * self.plan_period()
        self.update()

    def set_elapsed(self, seconds: float) -> None:
        """Show the motion ``seconds`` into the loop (an external clock in seconds)."""
        self._seconds = max(0.0, seconds)
        self.update()

    def set_dose(self, dose: Dose | None) -> None:
        """Time the motion by ``dose`` (a routine step's override); None: the drill's own."""
        self._dose = dose
        self._seconds = 0.0
        self.update()

    def set_max_hold(self, seconds: float | None) -> None:
        """Cut holds to ``seconds`` (a looping preview such as the Drills page); None: full."""
        self._max_hold = seconds
        self.update()

    def plan(self) -> MotionPlan | None:
        if self._scene is None:
            return None
        return plan_for(self._scene, self._dose, self._max_hold)

    def set_phase(self, phase: str | None) -> None:
        """The routine player's phase. The arrow is hidden in ``get_ready``, ``switch_sides``,
        ``rest`` and ``done``. Without a phase, a figure that is paused before it has moved
        (the player's "Get ready") also hides it."""
        self._phase = phase
        self.update()

    def plan_period(self) -> float:
        plan = self.plan()
        return 0.0 if plan is None else plan.period

    def arrow_alpha(self) -> float:
        """How visible the direction arrow is now (0 hidden … 1)."""
        if self._scene is None:
            return 0.0
        if self._phase is not None and self._phase in QUIET_PHASES:
            return 0.0
        if self._phase is None and not self._playing and self._seconds == 0.0:
            return 0.0
        if self._reduce:
            return 1.0
        state = self.motion_state()
        return 1.0 if state is None else state.arrow_alpha

    def motion_state(self) -> MotionState | None:
        plan = self.plan()
        return None if plan is None else plan.at(self._seconds)

    @property
    def drill(self) -> Drill | None:
        return self._drill

    @property
    def scene(self) -> Scene | None:
        return self._scene

    @property
    def view(self) -> View | None:
        return None if self._scene is None else self._scene.view

    @property
    def side(self) -> Side:
        return self._side

    @property
    def animating(self) -> bool:
        return self._timer.isActive()

    def current_figure(self) -> Figure | None:
        if self._scene is None:
            return None
        if self._reduce:
            return self._scene.still()
        plan = self.plan()
        assert plan is not None
        return frame_at(self._scene, plan, self._seconds)[0]

    def sizeHint(self) -> QSize:
        return QSize(480, 480)

    # -- internals -----------------------------------------------------------------------------
    def _rebuild(self) -> None:
        d = self._drill
        self._scene = None if d is None else scene_for(d, self._view, self._side)
        if d is None:
            self.setAccessibleName("")
            self.setAccessibleDescription("")
        else:
            label = side_label(d, self._side)
            if not label:
                name = d.name
            elif self._side == "left":
                name = QCoreApplication.translate("FigureView", "{drill}, left leg")
            else:
                name = QCoreApplication.translate("FigureView", "{drill}, right leg")
            self.setAccessibleName(name.format(drill=d.name))
            self.setAccessibleDescription(d.alt_text)
        self._update_timer()
        self.update()

    def _update_timer(self) -> None:
        run = (
            self.isVisible()
            and self._playing
            and not self._reduce
            and self._scene is not None
            and len(self._scene.source) > 1
        )
        if run and not self._timer.isActive():
            self._clock.start()
            self._timer.start()
        elif not run and self._timer.isActive():
            self._timer.stop()

    def _tick(self) -> None:
        if self._scene is None:
            return
        dt = self._clock.restart() / 1000.0
        period = self.plan_period()
        self._seconds = (self._seconds + dt) % period if period > 0 else 0.0
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = palette(self._dark)
        fig = self.current_figure()
        rect = QRectF(self.rect())
        if fig is None or self._scene is None or self._drill is None:
            painter.fillRect(rect, QColor(colours.background))
            painter.end()
            return
        label = side_label(self._drill, self._side) if self._show_label else ""
        paint_figure(
            painter, rect, fig, self._scene.bounds, colours, label, arrow_alpha=self.arrow_alpha()
        )
        painter.end()
