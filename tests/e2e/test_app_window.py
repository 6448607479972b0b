"""The real app in a real window on a real X server (Xvfb), started as a user would."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _window_ids(name: str) -> list[str]:
    out = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout.split()


def _wait_for_line(proc: subprocess.Popen[str], prefix: str, timeout: float = 20.0) -> str:
    import selectors
    import time

    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sel.select(timeout=0.5):
            line = proc.stdout.readline()
            if line.startswith(prefix):
                return line
            if not line and proc.poll() is not None:
                break
    raise AssertionError(f"no {prefix!r} line from the app (rc={proc.poll()})")


@pytest.fixture
def running_app(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    data = tmp_path / "data"
    env = dict(os.environ, HIPDESK_REPORT_FIRST_PAINT="1")
    proc = subprocess.Popen(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        _wait_for_line(proc, "first-paint")
        _wait_for_line(proc, "journal-open")
        yield proc, data
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=15)
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()


def test_window_opens_and_sigterm_quits_cleanly(
    running_app: tuple[subprocess.Popen[str], Path],
) -> None:
    proc, data = running_app
    ids = _window_ids("^hipdesk$")
    assert ids, "no visible hipdesk window on the X server"
    # First run: the set-up flow opens beside the main window.
    assert _poll(lambda: bool(_window_ids("Set up hipdesk"))), "onboarding did not open"
    geometry = subprocess.run(
        ["xdotool", "getwindowgeometry", ids[0]], capture_output=True, text=True, check=True
    ).stdout
    assert "Geometry:" in geometry
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / "e2e_main_window_xvfb.png"
    if subprocess.run(["which", "import"], capture_output=True).returncode == 0:
        subprocess.run(["import", "-window", "root", str(shot)], check=False, timeout=20)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0
    # Quitting through the signal path saved the window state.
    saved = (data / "config" / "window.ini").read_text()
    assert "[window]" in saved and "geometry=@ByteArray" in saved


def test_second_launch_raises_first_and_exits_zero(
    running_app: tuple[subprocess.Popen[str], Path],
) -> None:
    proc, data = running_app
    ids = _window_ids("^hipdesk$")
    assert ids
    # Minimise the first window; the second launch must bring it back.
    subprocess.run(["xdotool", "windowminimize", "--sync", ids[0]], check=True, timeout=10)
    second = subprocess.run(
        [sys.executable, "-m", "hipdesk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 0, second.stderr
    assert proc.poll() is None, "the first instance must keep running"
    assert _poll(lambda: bool(_window_ids("^hipdesk$"))), "first window was not raised again"


def _poll(predicate, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    """Wait for another process (the app, the X server) to reach a state."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)  # polling an external process; there is no signal to wait on
    return bool(predicate())
