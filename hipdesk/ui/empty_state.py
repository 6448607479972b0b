"""The empty state every page shows before it has content: icon, one sentence, next action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.ui import icons


class EmptyState(QWidget):
    def __init__(
        self,
        icon_name: str,
        title: str,
        sentence: str,
        action_text: str | None = None,
        on_action: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.setSpacing(16)
        self.icon_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setAccessibleName("")  # decorative
        self.title = QLabel(title, alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setProperty("role", "heading")
        self.sentence = QLabel(sentence, alignment=Qt.AlignmentFlag.AlignCenter)
        self.sentence.setProperty("role", "muted")
        self.sentence.setWordWrap(True)
        self.sentence.setMaximumWidth(440)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.action: QPushButton | None = None
        if action_text and on_action:
            self.action = QPushButton(action_text)
            self.action.setProperty("primary", True)
            self.action.setAccessibleName(action_text)
            self.action.clicked.connect(on_action)
            layout.addWidget(self.action, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.set_colour(self.palette().color(self.foregroundRole()).name())

    def set_colour(self, muted: str) -> None:
        self.icon_label.setPixmap(icons.pixmap(self._icon_name, 64, muted))
