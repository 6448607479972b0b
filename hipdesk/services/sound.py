"""Short sound cues for the routine player (QSoundEffect, from PySide6-Addons).

QtMultimedia is imported on the first cue, never at start-up, and only when a sound server
socket exists (PulseAudio or PipeWire's pulse socket, or ``PULSE_SERVER``): with no server,
creating any QtMultimedia object logs "PulseAudioService: pa_context_connect() failed" at
warning level, which would be noise for users and fails tests (qt_log_level_fail=WARNING). The
backend probe also logs ``qt.multimedia.*`` warnings about optional libraries (pipewire, VA-API)
that are irrelevant to WAV playback, so :func:`quiet_multimedia_logging` switches that category
off with ``QLoggingCategory.setFilterRules`` before the import. No server, no device or a
failed load all mean: silent, no error. :func:`probe` gives ``hipdesk doctor`` its line.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QObject, QUrl

log = logging.getLogger(__name__)

CUES = ("tick", "phase", "go", "done")
BASE_RULES = "qt.multimedia.*=false"


def quiet_multimedia_logging() -> None:
    """Silence QtMultimedia's own logging category (optional-library probes)."""
    QLoggingCategory.setFilterRules(BASE_RULES)


@contextlib.contextmanager
def _no_default_warnings() -> Iterator[None]:
    # The PulseAudio backend reports a failed connection through the *default* category;
    # mute it only while QtMultimedia objects are created.
    QLoggingCategory.setFilterRules(BASE_RULES + "\ndefault.warning=false")
    try:
        yield
    finally:
        QLoggingCategory.setFilterRules(BASE_RULES)


def sound_server_available(environ: dict[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    if env.get("PULSE_SERVER"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")
    if not runtime:
        return False
    return any((Path(runtime) / p).exists() for p in ("pulse/native", "pipewire-0"))


def probe(environ: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` line: can sound cues play here, and if not, why.

    Safe in a CLI process: no GUI application is created, QtMultimedia's warnings are muted
    while it loads, and audio devices are listed only when a QCoreApplication exists.
    """
    label = "sound cues"
    if not sound_server_available(environ):
        return [(label, "silent: no sound server (PulseAudio or PipeWire) in this session")]
    quiet_multimedia_logging()
    try:
        with _no_default_warnings():
            from PySide6.QtMultimedia import QMediaDevices

            if QCoreApplication.instance() is None:
                return [(label, "QtMultimedia loads; audio devices not checked (no Qt app)")]
            outputs = QMediaDevices.audioOutputs()
            default = QMediaDevices.defaultAudioOutput().description() if outputs else ""
    except ImportError as exc:
        why = f"QtMultimedia is not usable (needs PySide6-Addons and libpulse0): {exc}"
        return [(label, f"silent: {why}")]
    if not outputs:
        return [(label, "silent: no audio output device (is the sound server running?)")]
    n = len(outputs)
    return [(label, f"available: {n} output device{'s' if n > 1 else ''}, default {default}")]


class SoundCues(QObject):
    """``play("tick" | "phase" | "go" | "done")``; does nothing while disabled."""

    def __init__(
        self,
        enabled: bool = False,
        volume: float = 0.6,
        environ: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._volume = volume
        self._environ = environ
        self._effects: dict[str, object] | None = None  # built on the first cue
        self.unavailable_reason = ""
        self.played: list[str] = []  # cues requested while enabled (tests, diagnostics)

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    @property
    def available(self) -> bool:
        return self._load() != {}

    def _load(self) -> dict[str, object]:
        if self._effects is not None:
            return self._effects
        self._effects = {}
        if not sound_server_available(self._environ):
            self.unavailable_reason = "no sound server (PulseAudio or PipeWire) in this session"
            log.info("sound cues are silent: %s", self.unavailable_reason)
            return self._effects
        quiet_multimedia_logging()
        try:
            with _no_default_warnings():
                from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

                if not QMediaDevices.audioOutputs():
                    self.unavailable_reason = "no audio output device"
                    log.info("sound cues are silent: %s", self.unavailable_reason)
                    return self._effects
                for name in CUES:
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl(f"qrc:/sounds/{name}.wav"))
                    effect.setVolume(self._volume)
                    self._effects[name] = effect
        except ImportError as exc:  # PySide6-Addons or libpulse missing
            self.unavailable_reason = f"QtMultimedia is not usable ({exc})"
            log.info("sound cues are silent: %s", self.unavailable_reason)
        return self._effects

    def play(self, name: str) -> None:
        if not self._enabled:
            return
        if name not in CUES:
            raise ValueError(f"unknown sound cue {name!r}")
        self.played.append(name)
        effect = self._load().get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
