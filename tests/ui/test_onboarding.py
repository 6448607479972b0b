"""First-run set-up by keyboard: every step, safety that cannot be skipped, resuming at the saved
step, inline messages that save nothing, and the keys Finish sets; screenshots of every step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, PsfsActivity, utc_text
from hipdesk.store.journal import Journal
from hipdesk.store.settings import Settings
from hipdesk.ui.onboarding import OnboardingWizard
from hipdesk.ui.onboarding_screen import HIP_SCORE_IDS, screen_result
from hipdesk.ui.theme import ThemeChoice, ThemeManager

TEXTS = load_catalogue().texts
SCREEN = TEXTS.block("onboarding_screen")
Key = Qt.Key


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(app_paths, clock):  # type: ignore[no-untyped-def]
    j = Journal.open(app_paths.journal, clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


def _wizard(qtbot, journal, clock, **kw) -> OnboardingWizard:  # type: ignore[no-untyped-def]
    wizard = OnboardingWizard(journal, clock, TEXTS, tray_available=kw.pop("tray", True), **kw)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    with qtbot.waitActive(wizard):
        wizard.show()
        wizard.activateWindow()
    return wizard


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(_focus(), key, modifier)


def _type(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(_focus(), text)


def _answer(qtbot, wizard: OnboardingWizard, qid: str, presses: int) -> None:  # type: ignore[no-untyped-def]
    """Focus the question's first option, move right ``presses`` times and pick with Space."""
    choices = {**wizard.self_screen.questions, **wizard.self_screen.extras}
    choices[qid].first_button().setFocus()
    for _ in range(presses):
        _press(qtbot, Key.Key_Right)
    _press(qtbot, Key.Key_Space)


def _ack(journal: Journal, step: int) -> Settings:
    settings = Settings(journal)
    settings.set("safety.acknowledged_at", "2026-01-05T08:00:00.000Z")
    settings.set("onboarding.step", step)
    return settings


def test_keyboard_walk_through_every_step(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(journal)
    wizard = _wizard(qtbot, journal, clock)
    changed: list[tuple[str, object]] = []
    wizard.setting_changed.connect(lambda k, v: changed.append((k, v)))
    assert wizard.step == 0
    _press(qtbot, Key.Key_Return)

    # 2. safety: Enter and Esc do nothing until "I have read this" is ticked
    assert wizard.step == 1 and not wizard.next_button.isEnabled()
    _press(qtbot, Key.Key_Return)
    _press(qtbot, Key.Key_Escape)
    assert wizard.step == 1 and settings.get("safety.acknowledged_at") is None
    assert _focus() is wizard.areas[1]  # the text first: arrows and Page Down scroll it
    _press(qtbot, Key.Key_PageDown)
    _press(qtbot, Key.Key_Tab)
    assert _focus() is wizard.safety.read
    _press(qtbot, Key.Key_Space)
    assert wizard.next_button.isEnabled()
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 2
    assert settings.get("safety.acknowledged_at") == utc_text(clock.now())
    assert settings.get("onboarding.step") == 2

    # 3. self-screen: arrows choose, Enter goes on
    for qid, presses in (("sit_pain", 2), ("rise_stiff", 2), ("back_with_groin_hip", 1),
                         ("socks_shoes", 1), ("morning_stiff", 0), ("floor_ok", 1)):  # fmt: skip
        _answer(qtbot, wizard, qid, presses)
    page = wizard.self_screen
    assert page.result_label.text() == SCREEN["effects"]["hip_focused"]["label"]
    assert "not a diagnosis" in "\n".join(w.text() for w in page.findChildren(QLabel))
    assert "sit-to-stand" in page.result_notes.text()
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 3
    assert settings.get("onboarding.self_screen") == {
        "sit_pain": 2, "rise_stiff": 2, "back_with_groin_hip": 1, "socks_shoes": 1,
        "morning_stiff": 0, "floor_ok": False,
    }  # fmt: skip
    assert settings.get("plan.label") == "hip_focused"

    # 4. baseline pain (digit, Enter saves) and three activities; Enter on the empty name goes on
    assert _focus() is wizard.pain.form.back.scale
    _press(qtbot, Key.Key_4)
    _press(qtbot, Key.Key_Return)
    [entry] = journal.records(PainEntry)
    assert entry.back == 4 and entry.context == "daily"
    assert _focus() is wizard.pain.psfs.new_name
    for name in ("putting on socks", "sitting through a meeting", "getting out of the car"):
        _type(qtbot, name)
        _press(qtbot, Key.Key_Return)
    assert [a.name for a in journal.records(PsfsActivity)] == [
        "putting on socks", "sitting through a meeting", "getting out of the car"
    ]  # fmt: skip
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 4 and not wizard.pain.psfs.error.text()

    # 5. hours and threshold
    assert _focus() is wizard.hours.hours.fields["mon"]
    _focus().selectAll()  # type: ignore[attr-defined]
    _type(qtbot, "8:30-12, 13:00-17:00")
    _press(qtbot, Key.Key_Tab)
    wizard.hours.threshold.setFocus()
    wizard.hours.threshold.selectAll()
    _type(qtbot, "45")
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 5
    assert settings.get("work_hours")["mon"] == ["08:30-12:00", "13:00-17:00"]
    assert settings.get("breaks.threshold_minutes") == 45

    # 6. tray, autostart, Finish
    assert wizard.next_button.text() == "&Finish" and not wizard.skip_button.isVisible()
    assert _focus() is wizard.finish.autostart
    _press(qtbot, Key.Key_Space)
    with qtbot.waitSignal(wizard.autostart_chosen) as chosen, qtbot.waitSignal(wizard.finished):
        _press(qtbot, Key.Key_Return)
    assert chosen.args == [True]
    assert settings.get("onboarding.completed") is True
    assert settings.get("autostart") is True
    assert settings.get("plan.start_date") == clock.now().astimezone().date().isoformat()
    assert not wizard.skipped and not wizard.isVisible()
    keys = [k for k, _v in changed]
    assert {"work_hours", "breaks.threshold_minutes", "plan.label", "autostart"} <= set(keys)


def test_back_with_alt_b_saves_the_step(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = _ack(journal, 3)
    wizard = _wizard(qtbot, journal, clock)
    assert wizard.step == 3
    _press(qtbot, Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.step == 2)  # a mnemonic "animates" the click (~100 ms)
    assert settings.get("onboarding.step") == 2


def test_safety_cannot_be_skipped(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(journal)
    wizard = _wizard(qtbot, journal, clock)
    done: list[bool] = []
    wizard.finished.connect(lambda: done.append(True))
    _press(qtbot, Key.Key_Escape)  # welcome: safety not read yet
    assert not wizard.skip_button.isEnabled() and wizard.step == 0
    _press(qtbot, Key.Key_Return)
    _press(qtbot, Key.Key_Escape)
    assert wizard.step == 1 and not done and not wizard.skip()
    assert "read this page" in wizard.hint.text()
    assert settings.get("onboarding.completed") is False
    _press(qtbot, Key.Key_Tab)
    _press(qtbot, Key.Key_Space)  # tick "I have read this"
    assert wizard.skip_button.isEnabled()
    _press(qtbot, Key.Key_Escape)
    assert done and wizard.skipped
    assert settings.get("safety.acknowledged_at") == utc_text(clock.now())
    assert settings.get("onboarding.completed") is True
    assert settings.get("plan.start_date") is not None
    assert settings.get("onboarding.self_screen") is None  # defaults kept
    assert settings.get("plan.label") == "general"


def test_resume_at_the_saved_step(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(journal)
    settings.set("onboarding.step", 4)  # but safety was never acknowledged
    wizard = _wizard(qtbot, journal, clock)
    assert wizard.step == 1
    wizard.close()
    _ack(journal, 4)
    settings.set("breaks.threshold_minutes", 50)
    settings.set("onboarding.self_screen", {"sit_pain": 1})
    again = _wizard(qtbot, journal, clock)
    assert again.step == 4 and again.title.text() == "Working hours and breaks"
    assert again.progress.text() == "Step 5 of 6"
    assert again.hours.threshold.value() == 50
    assert again.self_screen.questions["sit_pain"].value() == 1
    assert again.safety.read.isChecked()


def test_bad_threshold_is_inline_and_saves_nothing(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = _ack(journal, 4)
    wizard = _wizard(qtbot, journal, clock)
    hours = wizard.hours
    hours.threshold.setFocus()
    hours.threshold.selectAll()
    _type(qtbot, "95")
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 4
    assert "between 20 and 90" in hours.threshold_error.text()
    assert settings.get("breaks.threshold_minutes") == 30
    assert settings.get("onboarding.step") == 4
    hours.threshold.selectAll()
    _type(qtbot, "40")
    assert not hours.threshold_error.text()
    hours.hours.fields["tue"].setFocus()
    _type(qtbot, ", 25:00-26:00")
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 4 and hours.hours.error.text().startswith("Tuesday")
    assert settings.get("breaks.threshold_minutes") == 30  # nothing saved from this step
    assert settings.get("work_hours") == Settings(journal).get("work_hours")
    assert "work_hours" not in settings.stored()


def test_partial_self_screen_asks_for_the_rest(qtbot, journal, clock) -> None:  # type: ignore[no-untyped-def]
    settings = _ack(journal, 2)
    wizard = _wizard(qtbot, journal, clock)
    _answer(qtbot, wizard, "sit_pain", 1)
    _answer(qtbot, wizard, "morning_stiff", 2)
    assert wizard.self_screen.extras["morning_long"].label.isVisibleTo(wizard)
    _answer(qtbot, wizard, "morning_long", 0)  # yes
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 2 and "3 remaining questions" in wizard.self_screen.error.text()
    assert settings.get("onboarding.self_screen") is None
    for qid in ("rise_stiff", "back_with_groin_hip", "socks_shoes"):
        _answer(qtbot, wizard, qid, 0)
    assert wizard.self_screen.result_label.text() == SCREEN["effects"]["general"]["label"]
    assert "worth mentioning" in wizard.self_screen.result_notes.text()
    wizard.self_screen.clear_button.setFocus()
    _press(qtbot, Key.Key_Return)  # Enter on a focused button presses it
    assert wizard.step == 2 and not wizard.self_screen.answers()
    _press(qtbot, Key.Key_Return)
    assert wizard.step == 3 and settings.get("onboarding.self_screen") is None


def test_scoring_matches_the_brief() -> None:
    assert "hip_score >= 2 or total >= 6" in SCREEN["scoring"]["plan_label"]
    assert all(q in SCREEN["scoring"]["hip_score"] for q in HIP_SCORE_IDS)
    ids = [q["id"] for q in SCREEN["questions"]]

    def label(**given: int) -> str:
        return screen_result({q: given.get(q, 0) for q in ids}, SCREEN).label

    assert label() == "general"
    assert label(back_with_groin_hip=1, socks_shoes=1) == "hip_focused"
    assert label(sit_pain=2, rise_stiff=2, morning_stiff=1) == "general"  # total 5
    assert label(sit_pain=2, rise_stiff=2, morning_stiff=2) == "hip_focused"  # total 6


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_screenshots(qtbot, qapp, journal, clock, screenshot, choice) -> None:  # type: ignore[no-untyped-def]
    ThemeManager(qapp, choice).apply()
    try:
        wizard = _wizard(qtbot, journal, clock)
        for step in range(len(wizard.pages)):
            if step == 1:
                bar = wizard.areas[1].verticalScrollBar()
                bar.setValue(bar.maximum())
                screenshot(wizard, f"onboarding_2_end_{choice}")
                wizard.safety.read.setChecked(True)
                bar.setValue(0)
            if step == 2:
                for qid, value in (("sit_pain", 2), ("rise_stiff", 1), ("back_with_groin_hip", 1),
                                   ("socks_shoes", 1), ("morning_stiff", 2)):  # fmt: skip
                    wizard.self_screen.questions[qid].set_value(value)
            if step == 3:
                for name in ("putting on socks", "sitting through a meeting"):
                    wizard.pain.psfs.new_name.setText(name)
                    assert wizard.pain.psfs.add_activity()
                # the panel rebuilds its rows with deleteLater: let the old ones go before the grab
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            screenshot(wizard, f"onboarding_{step + 1}_{choice}")
            if step < len(wizard.pages) - 1:
                assert wizard.next(), f"step {step + 1} did not go on"
        wizard.hours.threshold.setValue(95)
        wizard.back()
        screenshot(wizard, f"onboarding_5_error_{choice}")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()


def test_no_clipping_at_125_percent(qtbot, qapp, journal, clock, screenshot) -> None:  # type: ignore[no-untyped-def]
    old = QFont(qapp.font())
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.25)
    QApplication.setFont(big)
    try:
        _ack(journal, 2)
        wizard = _wizard(qtbot, journal, clock)
        wizard.resize(960, 640)  # the smallest window
        for step in (2, 4, 5):
            wizard._show(step, save=False)
            screenshot(wizard, f"onboarding_{step + 1}_125")
            for b in wizard.findChildren(QAbstractButton):
                if b.isVisible():
                    assert b.width() >= b.fontMetrics().horizontalAdvance(b.text()), b.text()
    finally:
        QApplication.setFont(old)
