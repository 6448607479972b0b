"""Spoken cues: the doctor line says whether an engine exists, without starting one."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hipdesk.services import speech


def test_probe_without_speech_dispatcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "speech_dispatcher_present", lambda: False)
    assert speech.probe() == [
        ("spoken cues", "not available: needs speech-dispatcher and a voice such as espeak-ng")
    ]
    cues = speech.SpeechCues(enabled=True)
    cues.say("Go")
    assert cues.spoken == ["Go"] and not cues.available()
    assert cues.unavailable_reason == "needs speech-dispatcher and a voice such as espeak-ng"


def test_probe_with_speech_dispatcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(speech, "speech_dispatcher_present", lambda: True)
    ((label, line),) = speech.probe()
    assert label == "spoken cues" and "\n" not in line
    ok, why = speech.engine_check()
    assert line.startswith("available: " if ok else "not available: ") and why in line


def test_probe_in_a_cli_process_writes_nothing_to_stderr(tmp_path: Path) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication(['hipdesk-doctor'])\n"
        "from hipdesk.services import speech\n"
        "print(speech.probe())\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == "", done.stderr
    ((label, _line),) = ast.literal_eval(done.stdout.strip())
    assert label == "spoken cues"
