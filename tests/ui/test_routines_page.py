"""The Routines page: a card per routine with duration, positions, drills and Start."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hipdesk.core.catalogue import load_catalogue
from hipdesk.ui.page import Page
from hipdesk.ui.routines import RoutinesBody, duration_text

CAT = load_catalogue()


def test_duration_text() -> None:
    assert duration_text(600) == "10 min"
    assert duration_text(150) == "2 min 30 s"
    assert duration_text(45) == "45 s"


def test_cards_and_start(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    body = RoutinesBody(CAT)
    page = Page("Routines", body)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert list(body.cards) == list(CAT.routines)
    card = body.cards["daily_hip_10"]
    assert card.meta.text().startswith("10 min · ")
    assert "90/90 knee switch" in card.drills.text()
    assert card.start.accessibleName() == "Start Daily hip mobility, 10 minutes"
    with qtbot.waitSignal(body.start_requested) as blocker:
        qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    assert blocker.args == ["daily_hip_10"]
    with qtbot.waitSignal(body.start_requested) as blocker:
        qtbot.keyClick(body.cards["starter_5"], Qt.Key.Key_Return)
    assert blocker.args == ["starter_5"]
    screenshot(page, "routines_page")
