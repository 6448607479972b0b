"""Sound and speech cues degrade to silence without a sound server, device or engine."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QFile

import hipdesk.ui.rc_resources  # noqa: F401  (qrc:/sounds/*)
from hipdesk.services.sound import CUES, SoundCues, probe, sound_server_available
from hipdesk.services.speech import SpeechCues

ROOT = Path(__file__).resolve().parents[2]


def test_cue_files_exist_and_are_short_wavs() -> None:
    for name in CUES:
        path = ROOT / "assets" / "sounds" / f"{name}.wav"
        with wave.open(str(path)) as w:
            assert w.getnchannels() == 1 and w.getsampwidth() == 2
            assert 0.05 < w.getnframes() / w.getframerate() < 1.0
        assert QFile.exists(f":/sounds/{name}.wav")


def test_server_detection(tmp_path: Path) -> None:
    assert not sound_server_available({})
    assert sound_server_available({"PULSE_SERVER": "unix:/nowhere"})
    assert not sound_server_available({"XDG_RUNTIME_DIR": str(tmp_path)})
    (tmp_path / "pulse").mkdir()
    (tmp_path / "pulse" / "native").touch()
    assert sound_server_available({"XDG_RUNTIME_DIR": str(tmp_path)})


def test_disabled_sound_does_nothing(qapp) -> None:  # type: ignore[no-untyped-def]
    cues = SoundCues(enabled=False, environ={})
    cues.play("tick")
    assert cues.played == []


def test_no_server_is_silent(qapp) -> None:  # type: ignore[no-untyped-def]
    cues = SoundCues(enabled=True, environ={})
    cues.play("go")
    assert cues.played == ["go"] and not cues.available
    assert "no sound server" in cues.unavailable_reason
    with pytest.raises(ValueError, match="unknown sound cue"):
        cues.play("bang")


def test_unreachable_server_is_silent_without_qt_warnings(qapp) -> None:  # type: ignore[no-untyped-def]
    # A server that is named but does not answer: QtMultimedia is loaded and finds no
    # device. Its warnings must not leak (qt_log_level_fail=WARNING would fail this test).
    cues = SoundCues(enabled=True, environ={"PULSE_SERVER": "unix:/nonexistent/socket"})
    cues.play("tick")
    cues.play("done")
    assert cues.played == ["tick", "done"]


def test_speech_is_off_by_default_and_degrades(qapp) -> None:  # type: ignore[no-untyped-def]
    speech = SpeechCues()
    speech.say("Get ready")
    assert speech.spoken == []
    speech.set_enabled(True)
    speech.say("Switch sides")
    assert speech.spoken == ["Switch sides"]
    if not speech.available():
        assert speech.unavailable_reason


def test_probe_without_a_server() -> None:
    assert probe({}) == [
        ("sound cues", "silent: no sound server (PulseAudio or PipeWire) in this session")
    ]


CLI_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication
if sys.argv[1] == "app":
    app = QCoreApplication(["hipdesk-doctor"])
from hipdesk.services import sound
rows = sound.probe()
assert QCoreApplication.instance() is None or type(QCoreApplication.instance()) is QCoreApplication
print(rows)
"""


@pytest.mark.parametrize("with_app", ["app", "none"])
def test_probe_in_a_cli_process_writes_nothing_to_stderr(with_app: str, tmp_path: Path) -> None:
    # A server that is named but does not answer: QtMultimedia loads and logs plenty.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PULSE"))}
    env["PULSE_SERVER"] = "unix:/nonexistent/socket"
    done = subprocess.run(
        [sys.executable, "-c", CLI_PROBE, with_app],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    rows = ast.literal_eval(done.stdout.strip())
    assert len(rows) == 1 and rows[0][0] == "sound cues" and "\n" not in rows[0][1]
    if with_app == "app":
        assert rows[0][1].startswith(("silent: ", "available: "))
