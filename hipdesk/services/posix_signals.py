"""Quit cleanly on SIGTERM/SIGINT (logout, `kill`, Ctrl+C in a terminal).

Python runs signal handlers only between bytecodes, and Qt's event loop runs in C++ for long
stretches; a socket pair with ``signal.set_wakeup_fd`` wakes the loop at once so the app can
save its state (window geometry, the current sitting stretch) before it exits.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class SignalWatcher(QObject):
    def __init__(self, on_quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_quit = on_quit
        self._read, self._write = socket.socketpair()
        for s in (self._read, self._write):
            s.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self._previous = {
            sig: signal.signal(sig, self._handle) for sig in (signal.SIGTERM, signal.SIGINT)
        }

    def _handle(self, signum: int, _frame: object) -> None:
        log.info("received signal %s; quitting", signal.Signals(signum).name)
        self._on_quit()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._read.recv(64)

    def close(self) -> None:
        for sig, previous in self._previous.items():
            signal.signal(sig, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
