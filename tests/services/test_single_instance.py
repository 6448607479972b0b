from __future__ import annotations

from pathlib import Path

from PySide6.QtNetwork import QLocalServer
from pytestqt.qtbot import QtBot

from hipdesk.services.single_instance import SingleInstance, server_name


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
    first.close()


def test_stale_socket_is_replaced(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path / "stale")
    # Simulate a crash: a server that listened and vanished without cleaning up its socket.
    ghost = QLocalServer()
    assert ghost.listen(name)
    socket_path = ghost.fullServerName()
    ghost.close()
    Path(socket_path).touch()  # the file a killed process would leave behind
    inst = SingleInstance(name)
    assert not inst.notify_running()
    assert inst.listen()
    other = SingleInstance(name)
    with qtbot.waitSignal(inst.raise_requested, timeout=3000):
        assert other.notify_running()
    inst.close()
