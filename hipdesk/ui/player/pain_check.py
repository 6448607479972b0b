""" "Pain right now? 0–10" before and after a routine: optional, answered from the keyboard.

Digits set the value (``1`` then ``0`` quickly gives 10), Enter continues, Esc or S skips
(one key). ``answered`` carries the value or None when skipped. The eleven numbers are big
square targets and all text is sized from the screen's height, to be read from two metres.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hipdesk.ui.player.countdown import tabular_font
from hipdesk.ui.player.scale import (
    PlayerButton,
    ScaledScreen,
    base_px,
    scaled_font,
    size_button,
)

TEN_WINDOW_MS = 1200  # "1" then "0" within this time means 10
NUMBER_SHARE = 0.13  # side of a number button: share of the height (100 px at 768)


class NumberButton(QPushButton):
    """A square 0–10 target: ``side`` px when there is room, never under 44 px."""

    MIN_SIDE = 44

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.side = 56
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

    def set_side(self, side: int) -> None:
        self.side = side
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_SIDE, self.side)


class PainCheck(ScaledScreen):
    answered = Signal(object)  # int | None

    def __init__(self, when: str, anchors: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = when  # "before" | "after"
        self.value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._last_one = QElapsedTimer()
        self.layout_ = layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("Pain right now?"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.sub = QLabel(
            self.tr("Before you start: how much back pain do you have?")
            if when == "before"
            else self.tr("After the routine: how much back pain do you have?")
        )
        self.sub.setProperty("role", "muted")
        self.sub.setWordWrap(True)
        self.sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.sub)
        self.row = row = QHBoxLayout()
        row.addStretch(1)
        self.group = QButtonGroup(self)
        self.buttons: list[NumberButton] = []
        for n in range(11):
            b = NumberButton(str(n))
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Pain {value} of 10").format(value=n))
            key = str(n) if n < 10 else self.tr("1 then 0")
            b.setToolTip(self.tr("Pain {value} (key {key})").format(value=n, key=key))
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self.group.idClicked.connect(self._pick)
        layout.addLayout(row)
        # The scale's anchors, under its two ends.
        self.anchors = QWidget()
        a = QHBoxLayout(self.anchors)
        a.setContentsMargins(0, 0, 0, 0)
        self.low = QLabel(f"0 = {anchors[0]}")
        self.high = QLabel(f"10 = {anchors[1]}")
        self.high.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.low, self.high):
            label.setProperty("role", "muted")
            label.setWordWrap(True)
            a.addWidget(label, 1)
        layout.addWidget(self.anchors)  # as wide as the row at most, centred
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.skip_button = PlayerButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the pain question"))
        self.skip_button.setToolTip(self.tr("Skip (Esc or S)"))
        self.skip_button.clicked.connect(self.skip)
        self.continue_button = PlayerButton(self.tr("Continue"))
        self.continue_button.setProperty("primary", True)
        self.continue_button.setAccessibleName(self.tr("Save the pain rating and continue"))
        self.continue_button.setToolTip(self.tr("Continue (Enter)"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.accept)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.continue_button)
        actions.addStretch(1)
        self.action_row = actions
        layout.addLayout(actions)
        self.hint = QLabel(self.tr("Type 0–10, Enter to continue, Esc to skip"))
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addStretch(2)

    def reset(self) -> None:
        self.value = None
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(False)
        self.group.setExclusive(True)
        self.continue_button.setEnabled(False)

    def _pick(self, n: int) -> None:
        self.value = n
        self.buttons[n].setChecked(True)
        self.continue_button.setEnabled(True)

    def accept(self) -> None:
        self.answered.emit(self.value)

    def skip(self) -> None:
        self.answered.emit(None)

    # -- size ------------------------------------------------------------------------------
    def _rescale(self) -> None:
        h, w = max(1, self.height()), max(1, self.width())
        margin = round(h * 0.05)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(round(h * 0.02))
        gap = round(h * 0.012)
        self.row.setSpacing(gap)
        room = (w - 2 * margin - 10 * gap) // 11
        side = max(NumberButton.MIN_SIDE, min(round(h * NUMBER_SHARE), room))
        px = max(round(side * 0.42), base_px())
        number = tabular_font(self.font(), px, QFont.Weight.DemiBold)
        for b in self.buttons:
            b.setFont(number)
            b.set_side(side)
        self.anchors.setMaximumWidth(11 * side + 10 * gap)
        self.title.setFont(scaled_font(h, 0.065, QFont.Weight.DemiBold, at_least=1.6))
        self.sub.setFont(scaled_font(h, 0.03))
        for label in (self.low, self.high):
            label.setFont(scaled_font(h, 0.026))
        self.hint.setFont(scaled_font(h, 0.022))
        self.action_row.setSpacing(round(h * 0.016))
        for action in (self.skip_button, self.continue_button):
            size_button(action, scaled_font(h, 0.028), min_width=round(h * 0.2))

    # -- keyboard --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            n = key - Qt.Key.Key_0
            recent_one = self._last_one.isValid() and self._last_one.elapsed() < TEN_WINDOW_MS
            if n == 0 and self.value == 1 and recent_one:
                n = 10
            self._pick(n)
            if n == 1:
                self._last_one.start()
            else:
                self._last_one.invalidate()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept() if self.value is not None else self.skip()
            return
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_S):
            self.skip()
            return
        super().keyPressEvent(event)
