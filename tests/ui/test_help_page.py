"""Help: both red-flag tiers from the catalogue, the stop rule, privacy, sitting; F1 path."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from hipdesk.core.catalogue import load_catalogue
from hipdesk.ui.help import HelpBody
from hipdesk.ui.page import Page
from hipdesk.ui.theme import ThemeChoice, ThemeManager

TEXTS = load_catalogue().texts


def _all_text(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_safety_texts_are_the_catalogues(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = HelpBody(tmp_path, tmp_path / "log.txt", TEXTS)
    qtbot.addWidget(body)
    text = _all_text(body)
    flags = TEXTS.block("red_flags")
    for tier in ("emergency_now", "see_clinician_soon"):
        assert flags[tier]["heading"] in text
        assert flags[tier]["action"] in text
        for item in flags[tier]["items"]:
            assert item["text"] in text
    assert TEXTS.safety.stop_rule in text
    assert flags["footer"] in text
    assert "no network" in text and "idle time" in text


def test_texts_load_lazily_on_first_show(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = HelpBody(tmp_path, tmp_path / "log.txt")
    qtbot.addWidget(body)
    assert body.safety_panel is None  # nothing loaded before the page is seen
    body.show()
    qtbot.waitExposed(body)
    assert body.safety_panel is not None


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, tmp_path, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        page = Page("Help", HelpBody(tmp_path, tmp_path / "log.txt", TEXTS))
        qtbot.addWidget(page)
        page.resize(1166, 768)
        page.show()
        qtbot.waitExposed(page)
        screenshot(page, f"help_{choice}")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()
