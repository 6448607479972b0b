"""Quiet inputs: meeting apps from /proc (at most once a minute) and Do Not Disturb."""

from __future__ import annotations

from pathlib import Path

from hipdesk.core.work_hours import QuietState
from hipdesk.services.quiet import LinuxQuietProbe, NoQuiet, probe, running_meeting_app


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


def test_no_quiet_and_probe_line() -> None:
    assert NoQuiet().sample(0.0) == QuietState()
    [(label, status)] = probe()
    assert label == "quiet modes" and "fullscreen and screen sharing: not detected" in status
