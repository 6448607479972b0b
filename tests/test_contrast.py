"""Text contrast of the palettes (WCAG 2 relative luminance): >= 4.5:1 for text, >= 3:1 for
large or non-text accents, in both themes (issue 10, accessibility)."""

from __future__ import annotations

import pytest

from hipdesk.ui.theme import DARK, LIGHT, Colours


def luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


TEXT_PAIRS = [
    ("text", "window"), ("text", "surface"), ("text", "button"), ("text", "nav_selected"),
    ("muted", "window"), ("muted", "surface"), ("on_accent", "accent"),
]  # fmt: skip


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_text_roles_reach_4_5_to_1(theme: Colours, fg: str, bg: str) -> None:
    ratio = contrast(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= 4.5, f"{fg} on {bg}: {ratio:.2f}:1"


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_accent_is_visible_on_backgrounds(theme: Colours) -> None:
    for bg in (theme.window, theme.surface):
        assert contrast(theme.accent, bg) >= 3.0
