"""The end screen: time, drills done and the before/after pain, then Close.

Sized from the screen's height like the rest of the player: the three figures are big enough
to read from where the routine was done.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipdesk.ui.player.scale import (
    PlayerButton,
    ScaledScreen,
    scaled_font,
    size_button,
)

FIGURES = (
    ("time", QT_TRANSLATE_NOOP("Summary", "Time")),
    ("drills", QT_TRANSLATE_NOOP("Summary", "Drills done")),
    ("pain", QT_TRANSLATE_NOOP("Summary", "Back pain before → after")),
)


def minutes_text(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return QCoreApplication.translate("Summary", "{seconds} s").format(seconds=s)
    if s % 60 == 0:
        return QCoreApplication.translate("Summary", "{minutes} min").format(minutes=s // 60)
    return QCoreApplication.translate("Summary", "{minutes} min {seconds} s").format(
        minutes=s // 60, seconds=f"{s % 60:02d}"
    )


class Summary(ScaledScreen):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer = outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.card = card = QFrame()
        card.setProperty("card", True)
        self.v = v = QVBoxLayout(card)
        self.title = QLabel()
        self.title.setWordWrap(True)
        v.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        v.addWidget(self.subtitle)
        self.grid = grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        self.names: list[QLabel] = []
        for col, (key, source) in enumerate(FIGURES):
            label = self.tr(source)
            value = QLabel()
            value.setAccessibleName(label)
            name = QLabel(label)
            name.setProperty("role", "muted")
            name.setWordWrap(True)
            grid.addWidget(value, 0, col, Qt.AlignmentFlag.AlignBottom)
            grid.addWidget(name, 1, col, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(col, 1)
            self.values[key] = value
            self.names.append(name)
        v.addLayout(grid)
        self.drill_list = QLabel()
        self.drill_list.setWordWrap(True)
        self.drill_list.setProperty("role", "muted")
        self.drill_list.setAccessibleName(self.tr("Drills done"))
        v.addWidget(self.drill_list)
        self.close_button = PlayerButton(self.tr("Close"))
        self.close_button.setProperty("primary", True)
        self.close_button.setAccessibleName(self.tr("Close the player"))
        self.close_button.setToolTip(self.tr("Close (Enter or Esc)"))
        self.close_button.clicked.connect(self.closed)
        v.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        middle = QHBoxLayout()  # the card grows to its maximum width; the rest centres it
        middle.addStretch(1)
        middle.addWidget(card, 1000)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def show_result(
        self,
        routine_name: str,
        completed: bool,
        active_seconds: float,
        drills_done: list[str],
        drills_total: int,
        pain_before: int | None,
        pain_after: int | None,
    ) -> None:
        self.title.setText(self.tr("Routine done") if completed else self.tr("Routine stopped"))
        subtitle = (
            self.tr("{routine} · saved in your journal")
            if completed
            else self.tr("{routine} · stopped early; what you did is saved in your journal")
        )
        self.subtitle.setText(subtitle.format(routine=routine_name))
        self.values["time"].setText(minutes_text(active_seconds))
        self.values["drills"].setText(
            self.tr("{done} of {total}").format(done=len(drills_done), total=drills_total)
        )

        def fmt(v: int | None) -> str:
            return "–" if v is None else str(v)

        self.values["pain"].setText(f"{fmt(pain_before)} → {fmt(pain_after)}")
        self.drill_list.setText(
            " · ".join(drills_done) if drills_done else self.tr("No drill finished.")
        )
        self._fit_values()

    # -- size ------------------------------------------------------------------------------
    def _rescale(self) -> None:
        h, w = max(1, self.height()), max(1, self.width())
        margin = round(h * 0.05)
        self.outer.setContentsMargins(margin, margin, margin, margin)
        # Content width capped so lines stay readable; wider with the screen's height.
        self.card.setMaximumWidth(max(200, min(w - 2 * margin, round(h * 1.25))))
        pad = round(h * 0.04)
        self.v.setContentsMargins(pad, pad, pad, pad)
        self.v.setSpacing(round(h * 0.022))
        self.grid.setHorizontalSpacing(round(h * 0.04))
        self.grid.setVerticalSpacing(round(h * 0.004))
        self.title.setFont(scaled_font(h, 0.06, QFont.Weight.DemiBold, at_least=1.6))
        self.subtitle.setFont(scaled_font(h, 0.028))
        self._fit_values()
        for label in (*self.names, self.drill_list):
            label.setFont(scaled_font(h, 0.026))
        size_button(self.close_button, scaled_font(h, 0.028), min_width=round(h * 0.2))

    def _fit_values(self) -> None:
        """The three figures share one size: large, but each on one line in its column."""
        h = max(1, self.height())
        font = scaled_font(h, 0.06, QFont.Weight.DemiBold, at_least=1.4)
        margins = self.v.contentsMargins()
        inner = self.card.maximumWidth() - margins.left() - margins.right()  # its width
        column = (inner - 2 * self.grid.horizontalSpacing()) / len(FIGURES)
        widest = max(QFontMetrics(font).horizontalAdvance(v.text()) for v in self.values.values())
        if widest > column > 0:
            font.setPixelSize(max(8, int(font.pixelSize() * column / widest)))
        for value in self.values.values():
            value.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.closed.emit()
            return
        super().keyPressEvent(event)
