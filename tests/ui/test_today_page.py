from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.models import PainEntry, PsfsActivity, new_uuid
from hipdesk.store.journal import Journal
from hipdesk.ui.page import Page
from hipdesk.ui.theme import ThemeChoice, ThemeManager
from hipdesk.ui.today import TodayBody

TEXTS = load_catalogue().texts


def snap(**kw):  # type: ignore[no-untyped-def]
    base = dict(sitting_today_seconds=3 * 3600 + 5 * 60, current_stretch_seconds=24 * 60,
                threshold_seconds=30 * 60, next_break_in_seconds=6 * 60, breaks_taken_today=4,
                breaks_skipped_today=1, estimated=False, pending_writes=0)  # fmt: skip
    base.update(kw)
    return SimpleNamespace(**base)


@pytest.fixture
def journal(app_paths, fake_clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def test_sitting_card_is_honest_before_data(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    body = TodayBody(journal, fake_clock, TEXTS)
    qtbot.addWidget(body)
    body.show()
    assert body.sitting_empty.isVisible() and not body.figures.isVisible()
    body.set_sitting(snap())
    assert body.values["today"].text() == "3 h 05 min"
    assert body.values["stretch"].text() == "24 min of 30 min"
    assert body.values["next"].text() == "in 6 min"
    assert body.values["breaks"].text() == "4 / 1"
    assert not body.unsaved.isVisible()
    body.set_sitting(snap(next_break_in_seconds=None, estimated=True))
    assert body.values["next"].text() == "paused" and body.estimated.isVisible()


def test_unsaved_records_are_said_plainly(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    body = TodayBody(journal, fake_clock, TEXTS)
    qtbot.addWidget(body)
    body.show()
    body.set_sitting(snap(pending_writes=3))
    assert body.unsaved.isVisible()
    assert body.unsaved.text().startswith("3 sitting or break records not saved yet")
    body.set_sitting(snap(pending_writes=1))
    assert body.unsaved.text().startswith("1 sitting or break record not saved yet")
    body.set_sitting(snap())  # the journal took them: the warning goes
    assert not body.unsaved.isVisible()


def test_quick_log_and_psfs_reminder(qtbot, journal, fake_clock) -> None:  # type: ignore[no-untyped-def]
    body = TodayBody(journal, fake_clock, TEXTS)
    qtbot.addWidget(body)
    body.show()
    scale = body.pain_form.back.scale
    qtbot.keyClick(scale, Qt.Key.Key_3)
    qtbot.keyClick(scale, Qt.Key.Key_Return)
    assert journal.records(PainEntry)[0].context == "daily"
    body.refresh()
    assert not body.psfs_card.isVisible()
    journal.add(PsfsActivity(new_uuid(), "putting on socks", *journal.stamp_now()))
    body.refresh()
    assert body.psfs_card.isVisible()
    with qtbot.waitSignal(body.psfs_requested):
        qtbot.keyClick(body.psfs_button, Qt.Key.Key_Space)
    plan = QLabel("Week 2 of 6 · Daily hip mobility · 10 min")
    body.add_card(plan)
    assert body.layout().indexOf(plan) == body.layout().indexOf(body.pain_card) - 1


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, journal, fake_clock, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        body = TodayBody(journal, fake_clock, TEXTS)
        page = Page("Today", body)
        qtbot.addWidget(page)
        page.resize(1166, 768)
        page.show()
        qtbot.waitExposed(page)
        screenshot(page, f"today_empty_{choice}")
        body.set_sitting(snap())
        body.set_psfs_due(True)
        screenshot(page, f"today_{choice}")
        body.set_sitting(snap(pending_writes=2))  # the journal refused writes (disk full…)
        screenshot(page, f"today_unsaved_{choice}")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()
