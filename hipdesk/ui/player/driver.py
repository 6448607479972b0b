"""Qt adapter for the pure :class:`~hipdesk.core.player.Player`: one single-shot precise timer,
re-armed to the player's next deadline after every poll (no busy polling, no fixed interval).

Tests drive it without waiting: advance the FakeClock, then call :meth:`PlayerDriver.tick`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from hipdesk.core.player import Event, Player


class PlayerDriver(QObject):
    event = Signal(object)  # hipdesk.core.player.Event

    def __init__(self, player: Player, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.wakeups = 0  # timer fires (the benchmark counts them)

    def start(self) -> None:
        self._emit(self.player.start())

    def tick(self) -> None:
        self.wakeups += 1
        self._emit(self.player.poll())

    def control(self, events: list[Event]) -> None:
        """Publish what a control (pause, skip, …) returned and re-arm the timer."""
        self._emit(events)

    def _emit(self, events: list[Event]) -> None:
        for e in events:
            self.event.emit(e)
        self._arm()

    def _arm(self) -> None:
        deadline = self.player.next_deadline()
        if deadline is None:
            self.timer.stop()
            return
        # Rounded up: a timer that fires a little early would only find nothing due.
        ms = max(0, math.ceil((deadline - self.player.clock.monotonic()) * 1000))
        self.timer.start(ms)
