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
    assert not card.changes.isVisible()  # no self-screen limits: nothing adapted


def test_the_app_adapts_routines_to_the_self_screen(hip_app_open, qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.store.settings import Settings

    journal = hip_app_open.journal.journal
    Settings(journal).set("onboarding.self_screen", {"kneel_ok": False, "floor_ok": True})
    page = hip_app_open.build_routines_page()
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    qtbot.waitExposed(page)
    body = page.findChild(RoutinesBody)
    card = body.cards["daily_hip_10"]
    assert "Half-kneeling" not in card.drills.text()
    assert "Standing hip flexor stretch" in card.drills.text()
    assert card.changes.isVisible()
    assert card.changes.text().startswith(
        "Adapted to your answers: Standing hip flexor stretch instead of Half-kneeling hip flexor"
    )
    core = body.cards["core_hip_12"]
    assert "No version without kneeling for Side plank from the knees, Bird dog" in (
        core.changes.text()
    )
    assert "kneeling" not in card.meta.text()  # the positions follow the swapped drills
    assert not body.cards["desk_break"].changes.isVisible()
    screenshot(page, "routines_page_adapted")
    # The player plays the same adapted routine.
    routine, _ = hip_app_open.player.adapted(CAT.routine("daily_hip_10"), CAT)
    assert [s.drill for s in routine.steps] == [
        s.drill for s in body.cards["daily_hip_10"].routine.steps
    ]


def test_the_desk_break_plays_at_the_chosen_length(hip_app_open, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.store.settings import Settings

    started = []
    monkeypatch.setattr(
        hip_app_open.player, "_start", lambda routine, cat, trigger: started.append(routine)
    )
    settings = Settings(hip_app_open.journal.journal)
    hip_app_open.player.play_break()  # default 2 min: the brief's routine as it is
    settings.set("breaks.break_minutes", 1)
    hip_app_open.player.play_break()
    default, short = started
    assert default == CAT.routine("desk_break")
    assert short.slug == "desk_break" and short.total_seconds < default.total_seconds * 0.7
