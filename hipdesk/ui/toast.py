"""An in-page toast with an Undo button, shown for a limited time (10 s by default).

Undo replaces "are you sure?" for reversible actions (ui-style.md). Time comes from the
injected Clock: a QTimer only asks "has the deadline passed?", so tests advance a FakeClock
and emit the timer's ``timeout`` instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from hipdesk.core.clock import Clock

UNDO_SECONDS = 10.0


class Toast(QFrame):
    undone = Signal()
    expired = Signal()

    def __init__(
        self, clock: Clock, timer: QTimer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setAccessibleName(self.tr("Notice"))
        self._clock = clock
        self._deadline: float | None = None
        self._on_undo: Callable[[], None] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.message, 1)
        row.addWidget(self.undo_button)
        self.timer = timer or QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        # Ctrl+Z anywhere in the window undoes while the toast is up.
        self._shortcut = QShortcut(QKeySequence.StandardKey.Undo, self)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.undo)
        self.hide()

    @property
    def active(self) -> bool:
        return self._deadline is not None

    def show_undo(
        self, text: str, on_undo: Callable[[], None], seconds: float = UNDO_SECONDS
    ) -> None:
        """Show ``text`` with Undo; a second call replaces the first (its undo lapses)."""
        self.message.setText(text)
        self._on_undo = on_undo
        self._deadline = self._clock.monotonic() + seconds
        self.undo_button.show()
        self.show()
        self.timer.start()

    def undo(self) -> None:
        action = self._on_undo
        if action is None:
            return
        self._finish()
        action()
        self.undone.emit()

    def _tick(self) -> None:
        if self._deadline is not None and self._clock.monotonic() >= self._deadline:
            self._finish()
            self.expired.emit()

    def _finish(self) -> None:
        self._deadline = None
        self._on_undo = None
        self.timer.stop()
        self.hide()
