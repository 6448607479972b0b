"""The end screen: time, drills done and the before/after pain, then Close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def minutes_text(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60} min {s % 60:02d} s" if s >= 60 else f"{s} s"


class Summary(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        card = QFrame()
        card.setProperty("card", True)
        card.setMaximumWidth(640)
        v = QVBoxLayout(card)
        v.setContentsMargins(24, 24, 24, 24)
        v.setSpacing(12)
        self.title = QLabel()
        self.title.setProperty("role", "title")
        v.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setWordWrap(True)
        v.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.values: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(
            (("time", "Time"), ("drills", "Drills done"), ("pain", "Back pain before → after"))
        ):
            name = QLabel(label)
            name.setProperty("role", "muted")
            value = QLabel()
            value.setProperty("role", "heading")
            value.setWordWrap(True)
            value.setAccessibleName(label)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key] = value
        v.addLayout(grid)
        self.drill_list = QLabel()
        self.drill_list.setWordWrap(True)
        self.drill_list.setProperty("role", "muted")
        v.addWidget(self.drill_list)
        self.close_button = QPushButton("Close")
        self.close_button.setProperty("primary", True)
        self.close_button.setAccessibleName("Close the player")
        self.close_button.setToolTip("Close (Enter or Esc)")
        self.close_button.clicked.connect(self.closed)
        v.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
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
        self.title.setText("Routine done" if completed else "Routine stopped")
        self.subtitle.setText(
            f"{routine_name} · saved in your journal"
            if completed
            else f"{routine_name} · stopped early; what you did is saved in your journal"
        )
        self.values["time"].setText(minutes_text(active_seconds))
        self.values["drills"].setText(f"{len(drills_done)} of {drills_total}")

        def fmt(v: int | None) -> str:
            return "–" if v is None else str(v)

        self.values["pain"].setText(f"{fmt(pain_before)} → {fmt(pain_after)}")
        self.drill_list.setText(" · ".join(drills_done) if drills_done else "No drill finished.")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.closed.emit()
            return
        super().keyPressEvent(event)
