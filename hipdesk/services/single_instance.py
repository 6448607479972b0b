"""One hipdesk per user and data folder.

The first process listens on a QLocalServer; a second launch connects, asks the first to show
its window, and exits 0. The name includes the user id (sockets of different users never meet)
and a hash of the data folder (a test or portable install with its own --data-dir is separate).
"""

from __future__ import annotations

import logging
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    # zlib, not hashlib: hashlib loads OpenSSL (~4 MB RSS) that the tray process never needs.
    digest = f"{zlib.crc32(str(data_dir).encode()):08x}"
    return f"hipdesk-{uid}-{digest}"


class SingleInstance(QObject):
    """Owns the local server; emits ``raise_requested`` when another launch asks."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """True if another instance answered (it has been asked to show itself)."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(_TIMEOUT_MS):
            return False
        sock.write(RAISE_MESSAGE)
        sock.waitForBytesWritten(_TIMEOUT_MS)
        sock.disconnectFromServer()
        log.info("another hipdesk is running; asked it to show its window")
        return True

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crash leaves the socket file behind and listen() would fail: nobody answered our
        # connect, so the file is stale and safe to remove.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single-instance server failed: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        assert self._server is not None
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(self._read)

    def _read(self) -> None:
        sock = self.sender()
        if not isinstance(sock, QLocalSocket):
            return
        data = bytes(sock.readAll().data())
        if RAISE_MESSAGE.strip() in data:
            self.raise_requested.emit()
