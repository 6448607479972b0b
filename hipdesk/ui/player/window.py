"""A top-level window for the player (the lead may also embed PlayerWidget elsewhere)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hipdesk.ui.player.player import PlayerWidget


class PlayerWindow(QWidget):
    """A top-level window for the player; closing it mid-routine saves the routine."""

    def __init__(self, player: PlayerWidget) -> None:
        super().__init__()
        self.player = player
        self.setWindowTitle(self.tr("{routine} — hipdesk").format(routine=player.c.routine.name))
        self.setMinimumSize(960, 640)
        self.resize(1366, 768)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(player)
        player.closed.connect(self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.player.c.shutdown()
        super().closeEvent(event)
