"""Sound and speech cues degrade to silence without a sound server, device or engine."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QFile

import hipdesk.ui.rc_resources  # noqa: F401  (qrc:/sounds/*)
from hipdesk.services.sound import CUES, SoundCues, sound_server_available
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
