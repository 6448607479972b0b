"""Security and privacy: private files whatever the umask, no network at all, a per-user
single-instance socket, no shell/eval in the code, and logs free of notes and pain values."""

from __future__ import annotations

import ast
import io
import logging
import os
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import hipdesk.ui.rc_resources  # noqa: F401  (icons)
from hipdesk import cli
from hipdesk import log as logsetup
from hipdesk.app import HipdeskApp, Options
from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock, SystemClock
from hipdesk.core.models import PainEntry, new_uuid
from hipdesk.paths import AppPaths, resolve
from hipdesk.store.journal import Journal

ROOT = Path(__file__).resolve().parents[2]
MARKER = "zebra-marker-5f3a private note"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    rc = cli.run(cli.parse(argv), out, err)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture(params=[0o000, 0o022, 0o077], ids=["umask000", "umask022", "umask077"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_files_are_private_whatever_the_umask(umask: int, tmp_path: Path) -> None:
    data = tmp_path / "data"
    rc, _, err = _run(["--data-dir", str(data), "log", "pain", "3"])
    assert rc == 0, err
    paths = resolve(data)
    with Journal.open(paths.journal, SystemClock(), backup_dir=paths.backup_dir) as j:
        j.add(PainEntry(new_uuid(), *j.stamp_now(), back=2))
        for side in ("-wal", "-shm"):  # while open, beside the journal
            assert _mode(paths.journal.with_name(paths.journal.name + side)) == 0o600
    for d in (paths.data_dir, paths.config_dir, paths.state_dir, paths.cache_dir):
        assert _mode(d) == 0o700, d
    assert _mode(paths.journal) == 0o600
    [backup] = paths.backup_dir.glob("journal-*.sqlite3")
    assert _mode(backup) == 0o600 and _mode(paths.backup_dir) == 0o700
    export = tmp_path / "export.json"
    assert _run(["--data-dir", str(data), "export", "--output", str(export)])[0] == 0
    assert _mode(export) == 0o600
    folder = tmp_path / "csv"
    assert (
        _run(["--data-dir", str(data), "export", "--format", "csv", "--output", str(folder)])[0]
        == 0
    )
    assert _mode(folder) == 0o700
    assert {_mode(p) for p in folder.iterdir()} == {0o600}
    log_file = logsetup.setup(paths.log_dir)
    try:
        assert _mode(log_file) == 0o600 and _mode(paths.log_dir) == 0o700
    finally:
        _drop_log_handlers()


def _drop_log_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_hipdesk", False):
            root.removeHandler(handler)
            handler.close()


# ---- no network -----------------------------------------------------------------------------


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture
def socket_guard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any AF_INET/AF_INET6 connect or sendto fails the test; AF_UNIX (D-Bus) is allowed."""
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(f"{sock.family.name} {address!r}")
            raise NetworkUsedError(f"network connection attempted: {address!r}")

    def connect(sock: socket.socket, address: object) -> None:
        check(sock, address)
        real_connect(sock, address)  # type: ignore[arg-type]

    def connect_ex(sock: socket.socket, address: object) -> int:
        check(sock, address)
        return real_connect_ex(sock, address)  # type: ignore[arg-type]

    def sendto(sock: socket.socket, *args: object) -> int:
        check(sock, args[-1])
        return real_sendto(sock, *args)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    return attempts


def test_cli_and_app_make_no_network_connection(
    socket_guard: list[str], qapp: QApplication, tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    for argv in (
        ["log", "pain", "4", "--note", "x"],
        ["log", "sitting", "--start", "2026-01-05T09:00", "--end", "2026-01-05T09:40"],
        ["stats", "--json"], ["export"], ["config", "list"], ["doctor", "--json"],
    ):  # fmt: skip
        rc, _, err = _run(["--data-dir", data, *argv])
        assert rc == 0, (argv, err)
    paths = resolve(data).ensure()
    app = HipdeskApp(qapp, paths, FakeClock(), Options(minimized=True), tmp_path / "t.log")
    try:
        assert app.open_journal(lambda exc: pytest.fail(str(exc)))
        assert app.companion is not None  # sitting, notifier and tray really started
        app.companion.sitting.tick_now()
    finally:
        app.dispose()
    assert socket_guard == []
    from PySide6.QtNetwork import QNetworkAccessManager

    assert not qapp.findChildren(QNetworkAccessManager)


def test_source_never_reaches_for_the_network() -> None:
    pattern = re.compile(
        r"QNetworkAccessManager|QNetworkInformation|QTcpSocket|QUdpSocket|QWebSocket|"
        r"urllib\.request|http\.client|import requests|socket\.create_connection"
    )
    hits = [
        f"{p.relative_to(ROOT)}:{n}"
        for p in (ROOT / "hipdesk").rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert hits == []


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_gui_process_connects_to_no_inet_address(tmp_path: Path) -> None:
    """The real GUI process (Qt's own sockets included) under strace: no AF_INET/AF_INET6."""
    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    cmd = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace),
           sys.executable, "-m", "hipdesk", "--data-dir", str(tmp_path / "data"),
           "--quit-after-ms", "1500"]  # fmt: skip
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    if "PTRACE" in done.stderr or "Operation not permitted" in done.stderr:
        pytest.skip(f"strace cannot trace here: {done.stderr.strip()[:200]}")
    assert done.returncode == 0, done.stderr[-2000:]
    calls = trace.read_text(encoding="utf-8")
    assert "connect(" in calls or "sendto(" in calls or calls == ""  # the trace really ran
    assert "AF_INET" not in calls, [x for x in calls.splitlines() if "AF_INET" in x][:5]


def test_single_instance_socket_is_private_to_the_user(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hipdesk.services.single_instance import SingleInstance, server_name

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # the <tmp>/hipdesk-<uid> fallback
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    name = server_name(tmp_path / "data")
    assert str(os.getuid()) in name  # per user as well as per data folder
    single = SingleInstance(name)
    try:
        assert single.listen()
        path = Path(single.address)
        assert stat.S_ISSOCK(path.stat().st_mode)
        assert _mode(path) & 0o077 == 0, f"{path} is mode {_mode(path):o}"
        assert _mode(path.parent) == 0o700 and path.parent.stat().st_uid == os.getuid()
    finally:
        single.close()


# ---- code hygiene -----------------------------------------------------------------------------


def test_no_shell_eval_or_unsafe_loaders_in_hipdesk() -> None:
    found: list[str] = []
    for path in (ROOT / "hipdesk").rglob("*.py"):
        if path.name == "rc_resources.py":  # generated by pyside6-rcc
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            func = ast.unparse(node.func)
            if func in ("eval", "exec", "compile", "__import__", "os.system", "os.popen"):
                found.append(f"{where} {func}()")
            if func in ("yaml.load", "yaml.unsafe_load", "pickle.load", "pickle.loads",
                        "marshal.loads", "shelve.open"):  # fmt: skip
                found.append(f"{where} {func}()")
            for kw in node.keywords:
                if kw.arg == "shell" and not (
                    isinstance(kw.value, ast.Constant) and kw.value.value is False
                ):
                    found.append(f"{where} shell={ast.unparse(kw.value)}")
    assert found == []


# ---- logs -----------------------------------------------------------------------------------


def test_logs_never_contain_notes_or_pain_values(
    qapp: QApplication, app_paths: AppPaths, qtbot: object
) -> None:
    from hipdesk.ui.pain_form import PainForm

    log_file = logsetup.setup(app_paths.log_dir, verbose=False)
    logging.getLogger().setLevel(logging.DEBUG)  # the most a log can ever say
    try:
        rc, _, err = _run(["--data-dir", str(app_paths.data_dir), "-v", "log", "pain", "7",
                           "--leg", "6", "--note", MARKER])  # fmt: skip
        assert rc == 0
        assert MARKER not in err
        app = HipdeskApp(qapp, app_paths, FakeClock(), Options(minimized=True), log_file)
        try:
            assert app.open_journal(lambda exc: pytest.fail(str(exc)))
            form = PainForm(lambda: app.journal.journal, app.clock, load_catalogue().texts)
            form.back.scale.set_value(9)  # 9: the red-flag path logs too
            form.note.setPlainText(MARKER)
            assert form.save() is not None
            form.deleteLater()
            app.setting_changed("breaks.threshold_minutes", 45)
        finally:
            app.dispose()
    finally:
        _drop_log_handlers()
    text = "".join(p.read_text(encoding="utf-8") for p in app_paths.log_dir.glob("*.log*"))
    assert "starting" in text or "idle" in text or text  # something was logged
    assert MARKER not in text
    assert "PainEntry(" not in text and "back=" not in text
