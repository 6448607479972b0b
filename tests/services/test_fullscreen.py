"""Fullscreen detection: the geometry rule and the honest refusals (real X: tests/e2e)."""

from __future__ import annotations

import pytest

from hipdesk.services.fullscreen import (
    FullscreenUnavailableError,
    X11FullscreenDetector,
    covers_screen,
    fullscreen_detector,
    probe,
)


@pytest.mark.parametrize(
    ("geometry", "expected"),
    [
        ((0, 0, 1600, 900), True),
        ((-2, -2, 1604, 904), True),  # a border outside the screen still covers it
        ((0, 24, 1600, 876), False),  # maximised under a panel
        ((0, 0, 1600, 899), False),
        ((10, 0, 1600, 900), False),
        ((0, 0, 0, 0), False),
    ],
)
def test_covers_screen(geometry: tuple[int, int, int, int], expected: bool) -> None:
    assert covers_screen(*geometry, screen=(1600, 900)) is expected


def test_refuses_on_wayland_and_without_a_display() -> None:
    with pytest.raises(FullscreenUnavailableError, match="Wayland"):
        X11FullscreenDetector({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    with pytest.raises(FullscreenUnavailableError, match="Wayland"):
        X11FullscreenDetector({"XDG_SESSION_TYPE": "wayland"})
    detector, reason = fullscreen_detector({})
    assert detector is None and reason == "not detectable: no X display (DISPLAY is not set)"


def test_unreachable_display_is_reported() -> None:
    detector, reason = fullscreen_detector({"DISPLAY": ":987654"})
    assert detector is None and reason.startswith("not detectable: cannot open ':987654'")
    assert probe({"DISPLAY": ":987654"})[0] == "fullscreen"
