"""Optional spoken cues (QTextToSpeech from PySide6-Addons), off by default.

Speech needs a real engine: on Linux that is ``speech-dispatcher`` with a voice such as
``espeak-ng``. The ``mock`` engine Qt always lists is not one. QtTextToSpeech is imported on
first use; with no engine every call is a no-op and :attr:`SpeechCues.unavailable_reason` says
why (the settings page shows it next to the switch). :func:`probe` gives ``hipdesk doctor`` its
line without starting an engine.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


def speech_dispatcher_present() -> bool:
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    socket = Path(runtime) / "speech-dispatcher" / "speechd.sock" if runtime else None
    return bool(shutil.which("speech-dispatcher")) or bool(socket and socket.exists())


def engine_check() -> tuple[bool, str]:
    """(usable, why): speech-dispatcher, QtTextToSpeech and its speechd plugin; starts nothing."""
    if not speech_dispatcher_present():
        return False, "needs speech-dispatcher and a voice such as espeak-ng"
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return False, f"QtTextToSpeech is not usable ({exc})"
    if "speechd" not in [e for e in QTextToSpeech.availableEngines() if e != "mock"]:
        return False, "no speech engine (speech-dispatcher) found"
    return True, "speech-dispatcher (QtTextToSpeech speechd engine)"


def probe() -> list[tuple[str, str]]:
    """`hipdesk doctor` line: can spoken cues work here, and if not, why (CLI-safe)."""
    ok, why = engine_check()
    if not ok:
        return [("spoken cues", f"not available: {why}")]
    voice = "" if shutil.which("espeak-ng") else "; no espeak-ng found, another voice is needed"
    return [("spoken cues", f"available: {why}{voice}")]


class SpeechCues(QObject):
    def __init__(self, enabled: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._engine: object | None = None
        self._tried = False
        self.unavailable_reason = ""
        self.spoken: list[str] = []  # what was asked for while enabled (tests, diagnostics)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    def available(self) -> bool:
        return self._load() is not None

    def _load(self) -> object | None:
        if self._tried:
            return self._engine
        self._tried = True
        ok, why = engine_check()
        if not ok:
            self.unavailable_reason = why
            return None
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._engine = QTextToSpeech("speechd", self)
        return self._engine

    def say(self, text: str) -> None:
        if not self._enabled or not text:
            return
        self.spoken.append(text)
        engine = self._load()
        if engine is not None:
            engine.say(text)  # type: ignore[attr-defined]
