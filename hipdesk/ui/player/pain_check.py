""" "Pain right now? 0–10" before and after a routine: optional, answered from the keyboard.

Digits set the value (``1`` then ``0`` quickly gives 10), Enter continues, Esc or S skips
(one key). ``answered`` carries the value or None when skipped.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TEN_WINDOW_MS = 1200  # "1" then "0" within this time means 10


class PainCheck(QWidget):
    answered = Signal(object)  # int | None

    def __init__(self, when: str, anchors: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = when  # "before" | "after"
        self.value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._last_one = QElapsedTimer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        title = QLabel("Pain right now?")
        title.setProperty("role", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        sub = QLabel(
            ("Before you start" if when == "before" else "After the routine")
            + f": how much back pain do you have? 0 = {anchors[0]}, 10 = {anchors[1]}."
        )
        sub.setProperty("role", "muted")
        sub.setWordWrap(True)
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(sub)
        row = QHBoxLayout()
        row.addStretch(1)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for n in range(11):
            b = QPushButton(str(n))
            b.setCheckable(True)
            b.setMinimumSize(56, 56)
            b.setAccessibleName(f"Pain {n} of 10")
            b.setToolTip(f"Pain {n} (key {n if n < 10 else '1 then 0'})")
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self.group.idClicked.connect(self._pick)
        layout.addLayout(row)
        actions = QHBoxLayout()
        actions.addStretch(1)
        self.skip_button = QPushButton("Skip")
        self.skip_button.setAccessibleName("Skip the pain question")
        self.skip_button.setToolTip("Skip (Esc or S)")
        self.skip_button.clicked.connect(self.skip)
        self.continue_button = QPushButton("Continue")
        self.continue_button.setProperty("primary", True)
        self.continue_button.setAccessibleName("Save the pain rating and continue")
        self.continue_button.setToolTip("Continue (Enter)")
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self.accept)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.continue_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        hint = QLabel("Type 0–10, Enter to continue, Esc to skip")
        hint.setProperty("role", "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

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
