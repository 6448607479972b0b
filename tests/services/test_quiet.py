"""Quiet inputs: meeting apps and screen-share helpers from /proc (at most once a minute), Do
Not Disturb, and fullscreen through an injected reader (asked on every sample)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.core.work_hours import QuietState
from hipdesk.services.quiet import (
    LinuxQuietProbe,
    NoQuiet,
    probe,
    running_meeting_app,
    scan_processes,
)


def _proc(tmp_path: Path, comms: dict[str, str]) -> Path:
    proc = tmp_path / "proc"
    for pid, comm in comms.items():
        (proc / pid).mkdir(parents=True)
        (proc / pid / "comm").write_text(comm + "\n")
    (proc / "self").mkdir(exist_ok=True)  # not a pid: ignored
    (proc / "77").mkdir()  # a process that vanished: no comm file
    return proc


def test_running_meeting_app(tmp_path: Path) -> None:
    proc = _proc(tmp_path, {"1": "systemd", "42": "ZoomWebviewHost"})
    assert running_meeting_app(["zoom", "teams"], proc) == "zoomwebviewhost"
    assert running_meeting_app(["teams"], proc) is None
    assert running_meeting_app([], proc) is None
    assert running_meeting_app(["zoom"], tmp_path / "missing") is None


def test_probe_rescans_at_most_once_a_minute(tmp_path: Path) -> None:
    proc = _proc(tmp_path, {"1": "bash"})
    dnd_reads: list[int] = []

    def dnd() -> bool:
        dnd_reads.append(1)
        return True

    quiet = LinuxQuietProbe(["teams"], proc=proc, dnd_reader=dnd)
    assert quiet.sample(0.0) == QuietState(do_not_disturb=True)
    (proc / "9").mkdir()
    (proc / "9" / "comm").write_text("teams-for-linux\n")
    assert not quiet.sample(59.0).meeting_app  # cached
    assert quiet.sample(60.0).meeting_app
    assert len(dnd_reads) == 2
    quiet.set_meeting_apps([])
    assert not quiet.sample(61.0).meeting_app  # a settings change rescans at once


def test_screen_share_helpers_by_exact_name(tmp_path: Path) -> None:
    proc = _proc(tmp_path, {"5": "obsidian", "6": "x11vnc", "7": "zoom"})
    assert scan_processes(["zoom"], proc=proc) == ("zoom", "x11vnc")
    assert scan_processes([], proc=_proc(tmp_path / "b", {"5": "obsidian"})) == (None, None)
    quiet = LinuxQuietProbe([], proc=proc)
    assert quiet.sample(0.0) == QuietState(screen_shared=True)


def test_fullscreen_is_read_on_every_sample(tmp_path: Path) -> None:
    answers = [True, True, False]
    quiet = LinuxQuietProbe(["zoom"], proc=_proc(tmp_path, {"1": "bash"}),
                            fullscreen_reader=lambda: answers.pop(0))  # fmt: skip
    assert quiet.sample(0.0) == QuietState(fullscreen=True)
    assert quiet.sample(1.0).fullscreen  # within the minute: /proc cached, fullscreen not
    assert quiet.sample(2.0) == QuietState()
    assert answers == []


def test_a_failing_fullscreen_reader_is_dropped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[int] = []

    class Broken:
        closed = False

        def __call__(self) -> bool:
            calls.append(1)
            raise RuntimeError("X display closed")

        def close(self) -> None:
            self.closed = True

    reader = Broken()
    quiet = LinuxQuietProbe([], proc=tmp_path / "none", fullscreen_reader=reader)
    assert quiet.sample(0.0) == QuietState() and quiet.sample(1.0) == QuietState()
    assert calls == [1] and "fullscreen check failed" in caplog.text
    quiet.close()
    assert not reader.closed  # already let go of


def test_no_quiet_and_probe_lines() -> None:
    assert NoQuiet().sample(0.0) == QuietState()
    lines = dict(probe(environ={"WAYLAND_DISPLAY": "wayland-0"}))
    assert "screen sharing: covered by the meeting apps" in lines["quiet modes"]
    assert "desktop portal is not detectable" in lines["quiet modes"]
    assert lines["fullscreen"].startswith("not detectable on Wayland")
    assert dict(probe(environ={}))["fullscreen"] == (
        "not detectable: no X display (DISPLAY is not set)"
    )
