from __future__ import annotations

import os
import socket
import stat
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hipdesk.services import single_instance as si
from hipdesk.services.single_instance import SingleInstance, server_name

posix_only = pytest.mark.skipif(os.name != "posix", reason="the Unix socket channel is POSIX only")


@pytest.fixture(autouse=True)
def private_runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def test_name_depends_on_user_and_data_dir(tmp_path: Path) -> None:
    a, b = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert a != b and a.startswith("hipdesk-")
    assert server_name(tmp_path / "a") == a


def test_second_instance_asks_first_to_raise(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    first = SingleInstance(name)
    assert not first.notify_running()  # nobody listening yet
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.notify_running()
    # ... and again: the server keeps serving after the first client went away.
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert SingleInstance(name).notify_running()
    first.close()
    assert not SingleInstance(name).notify_running()


@posix_only
def test_other_bytes_do_not_raise(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(server_name(tmp_path))
    assert first.listen()
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(first.address)
        sock.sendall(b"GET / HTTP/1.0\r\n\r\n" * 10)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(first.address)
        sock.sendall(si.RAISE_MESSAGE)
    qtbot.waitUntil(lambda: raised == [True], timeout=3000)
    first.close()


@posix_only
def test_stale_socket_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path / "stale")
    inst = SingleInstance(name)
    # A crash: a server that bound the socket file and vanished without removing it.
    ghost = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    ghost.bind(inst.address)
    ghost.close()
    assert stat.S_ISSOCK(Path(inst.address).stat().st_mode)
    assert not inst.notify_running()
    assert inst.listen()
    with qtbot.waitSignal(inst.raise_requested, timeout=3000):
        assert SingleInstance(name).notify_running()
    inst.close()
    assert not Path(inst.address).exists()  # a clean exit leaves nothing behind


@posix_only
def test_a_folder_another_user_could_enter_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(si.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    folder = si.private_socket_dir()
    assert folder == tmp_path / "tmp" / f"hipdesk-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    folder.chmod(0o755)  # now neither is private: no socket rather than an exposed one
    assert si.private_socket_dir() is None
    inst = SingleInstance(server_name(tmp_path))
    assert not inst.listen() and not inst.notify_running()


def test_the_tray_process_does_not_load_qtnetwork() -> None:
    """QtNetwork costs the tray process ~3 MB; POSIX single-instance does without it."""
    import subprocess

    code = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from hipdesk.services.single_instance import SingleInstance; "
        "s = SingleInstance('hipdesk-test-qtnetwork'); s.notify_running(); s.listen(); s.close(); "
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == ("False" if os.name == "posix" else "True")
