"""The Today page's plan card: headline, week strip, flare-day offer and Start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.plan import PlanConfig, suggest
from hipdesk.ui.plan_card import PlanCard

CAT = load_catalogue()
CONFIG = PlanConfig.from_block(CAT.texts.block("plan_6_weeks"))
START = date(2026, 1, 5)


@dataclass(frozen=True)
class S:
    routine_slug: str
    local_date: str
    completed: bool = True


def _card(qtbot) -> PlanCard:  # type: ignore[no-untyped-def]
    card = PlanCard(CAT)
    qtbot.addWidget(card)
    card.resize(900, 220)
    card.show()
    qtbot.waitExposed(card)
    return card


def test_no_plan_yet_offers_to_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    assert card.headline.text() == "6-week plan"
    assert not card.week_note.isVisible()  # nothing to count yet, and no "0 days"
    with qtbot.waitSignal(card.start_plan_requested):
        qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)


def test_week_headline_strip_and_start(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    today = START + timedelta(days=9)  # Wednesday, week 2
    monday = (START + timedelta(days=7)).isoformat()
    sessions = [S("daily_hip_10", monday), S("core_hip_12", monday)]
    card.show_suggestion(suggest(CONFIG, START, today, sessions))
    assert card.headline.text() == "Week 2 of 6 · Daily hip mobility, 10 minutes · 10 min"
    assert "Core and hip" in card.detail.text()
    assert card.chips[0].text().endswith("✓") and card.chips[2].accessibleName().startswith(
        "Wednesday: today"
    )
    assert not card.flare.isVisible()
    assert card.week_note.text() == "A routine done on 1 day this week."
    with qtbot.waitSignal(card.start_requested) as blocker:
        qtbot.keyClick(card.start, Qt.Key.Key_Space)
    assert blocker.args == ["daily_hip_10"]
    screenshot(card, "plan_card")


def test_flare_day_offer(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    today = START + timedelta(days=9)
    card.show_suggestion(suggest(CONFIG, START, today, today_back=8, previous_7_days=[3, 4, 4]))
    assert card.flare.isVisible() and "harder than usual" in card.flare.text()
    assert "Easy day" in card.headline.text()
    with qtbot.waitSignal(card.start_requested) as blocker:
        qtbot.mouseClick(card.start, Qt.MouseButton.LeftButton)
    assert blocker.args == ["flare_day_4"]
    screenshot(card, "plan_card_flare")


def test_done_for_today(qtbot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    today = START + timedelta(days=8)  # Tuesday: no core day
    card.show_suggestion(suggest(CONFIG, START, today, [S("daily_hip_10", today.isoformat())]))
    assert card.headline.text().endswith("done for today")
    assert "Bedtime" in card.detail.text() and not card.start.isVisible()
    assert "Six weeks done" not in card.detail.text()


def test_after_six_weeks_says_what_comes_next(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot)
    card.show_suggestion(suggest(CONFIG, START, START + timedelta(days=44)))  # week 7, Wednesday
    assert card.headline.text().startswith("Plan complete · repeating")
    assert "Six weeks done: keep repeating weeks 2–6" in card.detail.text()
    assert card.start.isVisible()
    screenshot(card, "plan_card_after_six_weeks")


def test_the_app_holds_the_plan_on_past_flare_days(hip_app_open, fake_clock) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.core.models import PainEntry, new_uuid, stamp
    from hipdesk.store.settings import Settings

    journal = hip_app_open.journal.journal
    now = fake_clock.now().astimezone()
    Settings(journal).set("plan.start_date", (now.date() - timedelta(days=7)).isoformat())
    card = hip_app_open.player.build_plan_card()
    assert card.headline.text().startswith("Week 2 of 6")  # a week of calendar days
    for days_ago, back in ((7, 2), (6, 2), (5, 3), (4, 8)):  # 4 days ago: a flare day
        journal.add(PainEntry(new_uuid(), *stamp(now - timedelta(days=days_ago)), back=back))
    hip_app_open.player.refresh_plan()
    assert card.headline.text().startswith("Week 1 of 6")  # that day did not count
    assert not card.flare.isVisible()  # today is not a flare day
