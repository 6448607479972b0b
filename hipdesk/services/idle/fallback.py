"""The "estimated" source: no real idle time, so sitting counts while unlocked and awake.

Used when no desktop idle API works (a Wayland compositor without Mutter or ScreenSaver, a
sandbox...). The sitting tracker then relies on lock and sleep only; the UI says "estimated".
"""

from __future__ import annotations


class FallbackIdleSource:
    name = "estimated"
    estimated = True

    def idle_seconds(self) -> float:
        # Zero means "active": the stretch runs until a lock, sleep or quit ends it.
        return 0.0

    def close(self) -> None:
        pass
