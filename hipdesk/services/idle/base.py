"""What every idle source offers, and the error a backend raises when it cannot work here."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


class IdleUnavailableError(RuntimeError):
    """This backend cannot work on this desktop; ``str(err)`` is the one-line reason."""


@runtime_checkable
class IdleSource(Protocol):
    """Seconds since the last keyboard/mouse input on this desktop session."""

    name: str
    estimated: bool
    """True when the number is not real input idle time (the UI labels sitting "estimated")."""

    def idle_seconds(self) -> float:
        """Idle seconds now; raises :class:`IdleUnavailableError` if the backend stopped working."""
        ...

    def close(self) -> None:
        """Release OS handles (X display, bus objects)."""
        ...
