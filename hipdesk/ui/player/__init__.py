"""The routine player: screen, countdown ring, pain questions, summary and controller."""

from hipdesk.ui.player.controller import PlayerController
from hipdesk.ui.player.driver import PlayerDriver
from hipdesk.ui.player.player import PlayerWidget
from hipdesk.ui.player.window import PlayerWindow

__all__ = ["PlayerController", "PlayerDriver", "PlayerWidget", "PlayerWindow"]
