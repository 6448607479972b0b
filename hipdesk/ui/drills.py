"""The Drills page body: a filterable grid of animated drill cards and a detail view.

Only visible cards animate: one shared timer (running while the grid is shown) advances a
common clock (seconds) and each card repaints only when part of it is on screen, following its
drill's tempo. The detail view shows a
large :class:`FigureView`, the cues, easier/harder, cautions and the stop rule (always visible).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QElapsedTimer,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Catalogue, Drill
from hipdesk.core.catalogue.model import GROUPS, POSITIONS, PROPS
from hipdesk.ui.figure_view import (
    FigureView,
    frame_at,
    paint_figure,
    palette,
    plan_for,
    scene_for,
)
from hipdesk.ui.i18n import tempo_text
from hipdesk.ui.theme import Colours

#: Holds in the looping previews (cards and detail) last this long, not the dose's 30–60 s.
PREVIEW_HOLD_S = 4.0

THUMB_MS = 33  # thumbnails animate at ~30 fps
COLUMNS = 3


#: Words for the catalogue's fixed group, position and prop tokens (translated at use).
TOKEN_WORDS = {
    "hip_rotation": QT_TRANSLATE_NOOP("Drills", "Hip rotation"),
    "hip_flexors_extension": QT_TRANSLATE_NOOP("Drills", "Hip flexors and extension"),
    "squat_sit_to_stand": QT_TRANSLATE_NOOP("Drills", "Squat and sit-to-stand"),
    "bedtime_gentle": QT_TRANSLATE_NOOP("Drills", "Bedtime gentle"),
    "core_stability": QT_TRANSLATE_NOOP("Drills", "Core stability"),
    "desk_breaks": QT_TRANSLATE_NOOP("Drills", "Desk breaks"),
    "standing": QT_TRANSLATE_NOOP("Drills", "Standing"),
    "seated": QT_TRANSLATE_NOOP("Drills", "Seated"),
    "supine": QT_TRANSLATE_NOOP("Drills", "Supine"),
    "prone": QT_TRANSLATE_NOOP("Drills", "Prone"),
    "kneeling": QT_TRANSLATE_NOOP("Drills", "Kneeling"),
    "quadruped": QT_TRANSLATE_NOOP("Drills", "Quadruped"),
    "side_lying": QT_TRANSLATE_NOOP("Drills", "Side lying"),
    "floor_sitting": QT_TRANSLATE_NOOP("Drills", "Floor sitting"),
    "chair": QT_TRANSLATE_NOOP("Drills", "Chair"),
    "wall": QT_TRANSLATE_NOOP("Drills", "Wall"),
    "mat": QT_TRANSLATE_NOOP("Drills", "Mat"),
    "bed": QT_TRANSLATE_NOOP("Drills", "Bed"),
    "table": QT_TRANSLATE_NOOP("Drills", "Table"),
    "pillow": QT_TRANSLATE_NOOP("Drills", "Pillow"),
}


def pretty(token: str) -> str:
    words = TOKEN_WORDS.get(token)
    if words is not None:
        return QCoreApplication.translate("Drills", words)
    return token.replace("_", " ").capitalize()


#: Props as they read inside a sentence ("chair, wall").
PROP_WORDS = {
    "chair": QT_TRANSLATE_NOOP("Drills", "chair"),
    "wall": QT_TRANSLATE_NOOP("Drills", "wall"),
    "mat": QT_TRANSLATE_NOOP("Drills", "mat"),
    "bed": QT_TRANSLATE_NOOP("Drills", "bed"),
    "table": QT_TRANSLATE_NOOP("Drills", "table"),
    "pillow": QT_TRANSLATE_NOOP("Drills", "pillow"),
}


def props_text(props: tuple[str, ...] | list[str]) -> str:
    if not props:
        return QCoreApplication.translate("Drills", "no props")
    return ", ".join(
        QCoreApplication.translate("Drills", PROP_WORDS[p]) if p in PROP_WORDS else p for p in props
    )


def _label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class DrillThumb(QWidget):
    """A small looping figure painted from the shared phase of the grid."""

    def __init__(self, drill: Drill, body: DrillsBody) -> None:
        super().__init__()
        self.drill = drill
        self._body = body
        self.scene = scene_for(drill)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("{drill} animation").format(drill=drill.name))
        self.setAccessibleDescription(drill.alt_text)
        self.painted = 0

    def sizeHint(self) -> QSize:
        return QSize(240, 180)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted += 1
        painter = QPainter(self)
        bg = palette(self._body.dark)
        alpha = 1.0
        if self._body.reduce_motion:
            fig = self.scene.still()  # the same key pose and arrow as the contact sheet
        else:
            plan = plan_for(self.scene, None, PREVIEW_HOLD_S)
            fig, state = frame_at(self.scene, plan, self._body.phase)
            alpha = state.arrow_alpha
        paint_figure(painter, QRectF(self.rect()), fig, self.scene.bounds, bg, "", False, alpha)
        painter.end()


class DrillCard(QFrame):
    activated = Signal(str)

    def __init__(self, drill: Drill, body: DrillsBody) -> None:
        super().__init__()
        self.drill = drill
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(drill.name)
        self.setAccessibleDescription(drill.alt_text)
        self.setToolTip(self.tr("{drill} — open the drill").format(drill=drill.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(4)
        self.thumb = DrillThumb(drill, body)
        self.thumb.setFixedHeight(180)
        layout.addWidget(self.thumb)
        name = QLabel(drill.name)
        name.setProperty("role", "heading")
        name.setWordWrap(True)
        layout.addWidget(name)
        props = props_text(drill.props)
        meta = QLabel(
            self.tr("{position} · {props} · {seconds} s").format(
                position=pretty(drill.position), props=props, seconds=drill.default_seconds
            )
        )
        meta.setProperty("role", "muted")
        meta.setWordWrap(True)
        layout.addWidget(meta)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.drill.slug)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.drill.slug)
            return
        super().keyPressEvent(event)


class DrillDetail(QWidget):
    back_requested = Signal()
    practice_requested = Signal(str)

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._cat = catalogue
        self.drill: Drill | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.back.setAccessibleName(self.tr("Back to all drills"))
        self.back.setToolTip(self.tr("Back to all drills (Esc)"))
        self.back.clicked.connect(self.back_requested)
        self.title = _label("", "heading")
        top.addWidget(self.back)
        top.addWidget(self.title, 1)
        self.practice = QPushButton(self.tr("Practice this drill"))
        self.practice.setProperty("primary", True)
        self.practice.setAccessibleName(self.tr("Practice this drill"))
        self.practice.setToolTip(self.tr("Start this drill on its own"))
        self.practice.clicked.connect(self._practice)
        top.addWidget(self.practice)
        outer.addLayout(top)
        row = QHBoxLayout()
        left = QVBoxLayout()
        self.figure = FigureView()
        self.figure.set_max_hold(PREVIEW_HOLD_S)
        self.figure.setMinimumSize(320, 320)
        left.addWidget(self.figure, 1)
        toggles = QHBoxLayout()
        self.view_group = QButtonGroup(self)
        self.side_view = self._toggle(
            self.tr("Side"), self.tr("Show the side view"), toggles, self.view_group
        )
        self.front_view = self._toggle(
            self.tr("Front"), self.tr("Show the front view"), toggles, self.view_group
        )
        toggles.addSpacing(16)
        self.side_group = QButtonGroup(self)
        self.left_side = self._toggle(
            self.tr("Left"), self.tr("Show the left side"), toggles, self.side_group
        )
        self.right_side = self._toggle(
            self.tr("Right"), self.tr("Show the right side"), toggles, self.side_group
        )
        toggles.addStretch(1)
        left.addLayout(toggles)
        self.view_group.buttonClicked.connect(lambda _b: self._refresh_figure())
        self.side_group.buttonClicked.connect(lambda _b: self._refresh_figure())
        row.addLayout(left, 3)
        text = QVBoxLayout()
        self.meta = _label("", "muted")
        self.cues = _label("")
        self.easier = _label("")
        self.harder = _label("")
        self.cautions = _label("")
        self.stop_rule = _label("")
        self.stop_rule.setAccessibleName(self.tr("Stop rule"))
        for heading, widget in (
            (None, self.meta),
            (self.tr("How to do it"), self.cues),
            (self.tr("Easier"), self.easier),
            (self.tr("Harder"), self.harder),
            (self.tr("Take care"), self.cautions),
            (self.tr("Stop if"), self.stop_rule),
        ):
            if heading:
                h = _label(heading, "heading")
                text.addWidget(h)
                if widget is self.cautions:
                    self.cautions_heading = h
            text.addWidget(widget)
        text.addStretch(1)
        row.addLayout(text, 2)
        outer.addLayout(row, 1)

    def _toggle(self, text: str, tip: str, layout: QHBoxLayout, group: QButtonGroup) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        group.addButton(button)
        layout.addWidget(button)
        return button

    def show_drill(self, drill: Drill) -> None:
        self.drill = drill
        self.title.setText(drill.name)
        both = bool(drill.keyframes_for("side")) and bool(drill.keyframes_for("front"))
        for b in (self.side_view, self.front_view):
            b.setVisible(both)
        (self.front_view if drill.default_view == "front" else self.side_view).setChecked(True)
        for b in (self.left_side, self.right_side):
            b.setVisible(drill.sided)
        self.left_side.setChecked(True)
        self.meta.setText(
            self.tr("{group} · {position} · {props} · {tempo} · about {seconds} s").format(
                group=pretty(drill.group),
                position=pretty(drill.position),
                props=props_text(drill.props),
                tempo=tempo_text(drill.dose.tempo),
                seconds=drill.default_seconds,
            )
        )
        self.cues.setText("\n".join(f"{i}. {c}" for i, c in enumerate(drill.cues, 1)))
        self.easier.setText(drill.easier)
        self.harder.setText(drill.harder)
        cautions = self._cat.caution_texts(drill)
        self.cautions.setText("\n".join(f"• {c}" for c in cautions))
        self.cautions.setVisible(bool(cautions))
        self.cautions_heading.setVisible(bool(cautions))
        self.stop_rule.setText(self._cat.stop_rule_text(drill))
        self.setAccessibleDescription(drill.alt_text)
        self._refresh_figure()

    def _refresh_figure(self) -> None:
        if self.drill is None:
            return
        both = self.side_view.isVisible() or self.front_view.isVisible()
        view = None
        if both or (self.drill.keyframes_for("side") and self.drill.keyframes_for("front")):
            view = "front" if self.front_view.isChecked() else "side"
        side = "right" if self.right_side.isChecked() else "left"
        self.figure.set_drill(self.drill, side, view)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def _practice(self) -> None:
        if self.drill is not None:
            self.practice_requested.emit(self.drill.slug)


class DrillsBody(QWidget):
    """Body of the Drills page: filters, search, card grid and the drill detail."""

    practice_requested = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.dark = False
        self.reduce_motion = False
        self.phase = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        # Grid page.
        grid_page = QWidget()
        g = QVBoxLayout(grid_page)
        g.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search drills"))
        self.search.setAccessibleName(self.tr("Search drills by name"))
        self.search.setToolTip(self.tr("Search drills by name"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 2)
        self.group = self._combo(self.tr("All groups"), GROUPS, self.tr("Filter by group"), bar)
        self.position = self._combo(
            self.tr("All positions"), POSITIONS, self.tr("Filter by position"), bar
        )
        self.props = self._combo(self.tr("Any props"), PROPS, self.tr("Filter by props"), bar)
        g.addLayout(bar)
        self.count = _label("", "muted")
        g.addWidget(self.count)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        self.scroll_area.setWidget(holder)
        g.addWidget(self.scroll_area, 1)
        self.cards: dict[str, DrillCard] = {}
        for drill in catalogue.drills.values():
            card = DrillCard(drill, self)
            card.activated.connect(self.open_drill)
            self.cards[drill.slug] = card
        self.stack.addWidget(grid_page)
        # Detail page.
        self.detail = DrillDetail(catalogue)
        self.detail.back_requested.connect(self.show_grid)
        self.detail.practice_requested.connect(self.practice_requested)
        self.stack.addWidget(self.detail)
        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.group, self.position, self.props):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.timer = QTimer(self)
        self.timer.setInterval(THUMB_MS)
        self.timer.timeout.connect(self._tick)
        self._clock = QElapsedTimer()
        self.apply_filters()

    def _combo(self, first: str, values: tuple[str, ...], tip: str, bar: QHBoxLayout) -> QComboBox:
        combo = QComboBox()
        combo.addItem(first, "")
        for v in values:
            combo.addItem(self.tr("No props") if v == "none" else pretty(v), v)
        combo.setAccessibleName(tip)
        combo.setToolTip(tip)
        bar.addWidget(combo, 1)
        return combo

    # -- filtering -----------------------------------------------------------------------------
    def matches(self, drill: Drill) -> bool:
        text = self.search.text().strip().lower()
        if text and text not in drill.name.lower():
            return False
        group, position, prop = (c.currentData() for c in (self.group, self.position, self.props))
        if group and drill.group != group:
            return False
        if position and drill.position != position:
            return False
        if prop == "none":
            return not drill.props
        return not prop or prop in drill.props

    def visible_slugs(self) -> list[str]:
        return [s for s, c in self.cards.items() if not c.isHidden()]

    def apply_filters(self) -> None:
        for card in self.cards.values():
            self.grid.removeWidget(card)
        shown = [c for c in self.cards.values() if self.matches(c.drill)]
        for card in self.cards.values():
            card.setHidden(card not in shown)
        for i, card in enumerate(shown):
            self.grid.addWidget(card, i // COLUMNS, i % COLUMNS)
        self.grid.setRowStretch(len(shown) // COLUMNS + 1, 1)
        n = len(shown)
        self.count.setText(
            self.tr("No drills match these filters.")
            if n == 0
            else self.tr("{count} drills").format(count=n)
        )

    # -- navigation ----------------------------------------------------------------------------
    def open_drill(self, slug: str) -> None:
        self.detail.show_drill(self.catalogue.drill(slug))
        self.detail.figure.set_dark(self.dark)
        self.detail.figure.set_reduce_motion(self.reduce_motion)
        self.stack.setCurrentWidget(self.detail)
        self.detail.back.setFocus()
        self._update_timer()

    def show_grid(self) -> None:
        self.stack.setCurrentIndex(0)
        slug = self.detail.drill.slug if self.detail.drill else None
        if slug in self.cards:
            self.cards[slug].setFocus()
        self._update_timer()

    @property
    def in_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail

    # -- look and motion -----------------------------------------------------------------------
    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.detail.figure.set_dark(dark)
        self.update()
        for card in self.cards.values():
            card.thumb.update()

    def apply_colours(self, colours: Colours) -> None:
        self.set_dark(QColor(colours.window).lightness() < 128)

    def set_reduce_motion(self, reduce: bool) -> None:
        self.reduce_motion = reduce
        self.detail.figure.set_reduce_motion(reduce)
        self._update_timer()
        for card in self.cards.values():
            card.thumb.update()

    def _update_timer(self) -> None:
        run = self.isVisible() and not self.in_detail and not self.reduce_motion
        if run and not self.timer.isActive():
            self._clock.start()
            self.timer.start()
        elif not run:
            self.timer.stop()

    def _tick(self) -> None:
        # Seconds on the shared clock; each card follows its own drill's tempo from it.
        self.phase = (self.phase + self._clock.restart() / 1000.0) % 3600.0
        for card in self.cards.values():
            thumb = card.thumb
            if thumb.isVisible() and not thumb.visibleRegion().isEmpty():
                thumb.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.timer.stop()
