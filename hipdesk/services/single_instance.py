"""One hipdesk per user and data folder.

The first process listens on a local socket; a second launch connects, asks the first to show
its window, and exits 0. The name includes the user id and a hash of the data folder (a test or
portable install with its own --data-dir is separate).

POSIX: a Unix socket in a folder only the user can enter (``$XDG_RUNTIME_DIR``, else
``<tmp>/hipdesk-<uid>`` created 0700), served with Python's ``socket`` and a QSocketNotifier.
QtNetwork's QLocalServer does the same job but maps QtNetwork and the Kerberos libraries
(~3 MB RSS) into the tray process all day; it is used on Windows, where Python has no AF_UNIX.
"""

from __future__ import annotations

import logging
import os
import socket
import stat
import tempfile
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
_TIMEOUT_S = 1.0
_MAX_MESSAGE = 64


def server_name(data_dir: Path) -> str:
    uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    # zlib, not hashlib: hashlib loads OpenSSL (~4 MB RSS) that the tray process never needs.
    digest = f"{zlib.crc32(str(data_dir).encode()):08x}"
    return f"hipdesk-{uid}-{digest}"


def private_socket_dir() -> Path | None:
    """A folder only this user can enter, for the socket; None if none can be made safely."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    candidates = [Path(runtime)] if runtime else []
    candidates.append(Path(tempfile.gettempdir()) / f"hipdesk-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        # Someone else's folder (made first to catch our socket) or a symlink: not ours.
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
            return folder
        log.warning("single instance: %s is not private to this user; not using it", folder)
    return None


class SingleInstance(QObject):
    """Owns the listening socket; emits ``raise_requested`` when another launch asks."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._channel: _UnixChannel | _QtChannel
        if hasattr(socket, "AF_UNIX") and os.name == "posix":
            self._channel = _UnixChannel(name, self.raise_requested.emit)
        else:
            self._channel = _QtChannel(name, self.raise_requested.emit, self)

    @property
    def address(self) -> str:
        """Where the server listens (a socket path on POSIX, a pipe name on Windows)."""
        return self._channel.address

    def notify_running(self) -> bool:
        """True if another instance answered (it has been asked to show itself)."""
        if self._channel.notify_running():
            log.info("another hipdesk is running; asked it to show its window")
            return True
        return False

    def listen(self) -> bool:
        return self._channel.listen()

    def close(self) -> None:
        self._channel.close()


class _UnixChannel:
    def __init__(self, name: str, on_raise: Any) -> None:
        folder = private_socket_dir()
        self.path = folder / f"{name}.sock" if folder else None
        self.address = str(self.path or "")
        self._on_raise = on_raise
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[QSocketNotifier, tuple[socket.socket, bytearray]] = {}

    def notify_running(self) -> bool:
        if self.path is None:
            return False
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(_TIMEOUT_S)
            try:
                sock.connect(str(self.path))
                sock.sendall(RAISE_MESSAGE)
            except OSError:
                return False  # no file, or a stale one nobody listens on
        return True

    def listen(self) -> bool:
        if self.path is None:
            return False
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            # A crash leaves the socket file behind and bind() would fail: nobody answered
            # notify_running(), so the file is stale and safe to remove.
            self.path.unlink(missing_ok=True)
            sock.bind(str(self.path))
            self.path.chmod(0o600)
            sock.listen(4)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            log.warning("single-instance server failed: %s", exc)
            return False
        self._sock = sock
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for notifier, (conn, _) in list(self._clients.items()):
            self._drop(notifier, conn)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None
            if self.path is not None:
                self.path.unlink(missing_ok=True)

    def _accept(self, *_args: object) -> None:
        assert self._sock is not None
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:  # BlockingIOError: none left to accept
                return
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read)
            self._clients[notifier] = (conn, bytearray())
            notifier.activated.connect(lambda *_a, n=notifier: self._read(n))

    def _read(self, notifier: QSocketNotifier) -> None:
        conn, buf = self._clients[notifier]
        try:
            data = conn.recv(_MAX_MESSAGE)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        buf += data
        if b"\n" in buf or not data or len(buf) >= _MAX_MESSAGE:
            self._drop(notifier, conn)
            if buf == RAISE_MESSAGE:
                self._on_raise()

    def _drop(self, notifier: QSocketNotifier, conn: socket.socket) -> None:
        notifier.setEnabled(False)
        self._clients.pop(notifier, None)
        conn.close()


class _QtChannel:
    """QLocalServer (a named pipe on Windows)."""

    def __init__(self, name: str, on_raise: Any, parent: QObject) -> None:
        self.name = self.address = name
        self._on_raise = on_raise
        self._parent = parent
        self._server: Any = None

    def notify_running(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(int(_TIMEOUT_S * 1000)):
            return False
        sock.write(RAISE_MESSAGE)
        sock.waitForBytesWritten(int(_TIMEOUT_S * 1000))
        sock.disconnectFromServer()
        return True

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self._parent)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            log.warning("single-instance server failed: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_connection)
        self.address = server.fullServerName()
        self._server = server
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._read(s))

    def _read(self, sock: Any) -> None:
        if RAISE_MESSAGE.strip() in bytes(sock.readAll().data()):
            self._on_raise()
