"""Synthesise the player's sound cues into assets/sounds/*.wav (stdlib only: wave + math).

Soft sine tones with short fades, so nothing clicks or startles someone lying on the floor:
``tick`` (last 3 seconds), ``phase`` (get ready / rest / switch sides), ``go`` (work starts)
and ``done`` (routine finished). Run ``python tools/make_sounds.py``; the files are committed
and compiled into the resources by ``make resources``.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from pathlib import Path

RATE = 22050
VOLUME = 0.35  # well below full scale: cues should be calm


def tone(freqs: list[tuple[float, float]], fade: float = 0.012) -> list[float]:
    """Consecutive notes (frequency Hz, seconds), each with a raised-cosine fade in and out."""
    out: list[float] = []
    for freq, seconds in freqs:
        n = int(RATE * seconds)
        edge = max(1, int(RATE * fade))
        for i in range(n):
            env = 1.0
            if i < edge:
                env = 0.5 - 0.5 * math.cos(math.pi * i / edge)
            elif i > n - edge:
                env = 0.5 - 0.5 * math.cos(math.pi * (n - i) / edge)
            decay = math.exp(-2.5 * i / n)  # a gentle bell-like fall
            sample = math.sin(2 * math.pi * freq * i / RATE) + 0.2 * math.sin(
                4 * math.pi * freq * i / RATE
            )
            out.append(VOLUME * env * decay * sample / 1.2)
    return out


SOUNDS = {
    "tick": [(880.0, 0.09)],
    "phase": [(660.0, 0.12), (880.0, 0.16)],
    "go": [(523.25, 0.10), (659.25, 0.10), (783.99, 0.20)],
    "done": [(783.99, 0.14), (659.25, 0.14), (523.25, 0.14), (1046.5, 0.35)],
}


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", round(s * 32767)) for s in samples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent.parent / "assets/sounds")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, notes in SOUNDS.items():
        path = args.out / f"{name}.wav"
        write(path, tone(notes))
        print(f"{path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
