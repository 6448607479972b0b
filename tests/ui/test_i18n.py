"""Translations: the German .ts is complete, and a German run shows no English UI strings.

The German run installs the translator before the window is built (as app.py does) and removes
it afterwards, so every other test stays English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipdesk.app import HipdeskApp, Options
from hipdesk.core.breaks import Prompt
from hipdesk.core.clock import FakeClock
from hipdesk.paths import AppPaths
from hipdesk.ui.i18n import install_translator, remove_translators, resolve_language
from hipdesk.ui.theme import ThemeChoice

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "hipdesk_de.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")

# English words that are the same in German, or names: never a sign of a missing wrap.
SAME_IN_GERMAN = {"Version", "Optional: {routines}.", "hipdesk"}


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def english_sources() -> set[str]:
    """Source texts a German screen must not show (placeholders and same-in-German left out)."""
    result = set()
    for _ctx, source, message in messages():
        german = message.findtext("translation") or ""
        text = source.replace("&", "").strip()
        if PLACEHOLDER.search(source) or german.replace("&", "").strip() == text:
            continue
        if text in SAME_IN_GERMAN or len(text) < 3:
            continue
        result.add(text)
    return result


def test_german_ts_has_no_unfinished_entries() -> None:
    assert messages(), "no messages in the .ts: was pyside6-lupdate run?"
    problems = []
    for ctx, source, message in messages():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            problems.append(f"unfinished: {ctx}: {source}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"placeholders differ: {ctx}: {source}")
        elif source.count("&") != translation.text.count("&"):
            problems.append(f"mnemonic differs: {ctx}: {source}")
    assert not problems, "\n".join(problems)


def test_resolve_language() -> None:
    assert resolve_language("de") == "de"
    assert resolve_language("de_AT") == "de"
    assert resolve_language("de-CH") == "de"
    assert resolve_language("") in {resolve_language("system")}
    assert resolve_language("???") == "en"


def test_english_and_unknown_languages_install_nothing(qapp: QApplication) -> None:
    try:
        assert install_translator(qapp, "en") == "en"
        assert install_translator(qapp, "xx") == "en"
        assert QApplication.translate("Pages", "Today") == "Today"
    finally:
        remove_translators(qapp)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[str]:
    import hipdesk.ui.rc_resources  # noqa: F401  (the .qm lives in the resources)

    code = install_translator(qapp, "de")
    try:
        yield code
    finally:
        remove_translators(qapp)
    assert QApplication.translate("Pages", "Today") == "Today"
    assert QLocale().toString(QDate(2025, 12, 10), "dddd") == "Wednesday"


@pytest.fixture
def german_app(
    german: str, qapp: QApplication, app_paths: AppPaths, fake_clock: FakeClock
) -> Iterator[HipdeskApp]:
    app = HipdeskApp(
        qapp, app_paths, fake_clock, Options(companion=False), app_paths.log_dir / "test.log"
    )
    assert app.open_journal(lambda exc: pytest.fail(f"journal did not open: {exc}"))
    yield app
    app.theme.set_choice(ThemeChoice.LIGHT)
    app.dispose()


def visible_texts(root: QWidget) -> list[str]:
    """Texts a user reads on ``root`` as shown: labels, buttons, group boxes, tabs, combos,
    placeholders, tooltips and accessible names of visible widgets, window titles."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root) and w is not root:
            continue
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [t.replace("&", "").strip() for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    sources = english_sources()
    return sorted({t for t in texts if t in sources})


def catalogue_texts() -> set[str]:
    """Texts that come from the catalogue (translated by the catalogue, not by Qt)."""
    from hipdesk.core.catalogue import load_catalogue

    cat = load_catalogue()
    found = {d.name for d in cat.drills.values()} | {r.name for r in cat.routines.values()}
    return found


PAGES = ("today", "routines", "drills", "journal", "trends", "settings", "help")


def test_german_pages_show_no_english_ui_strings(german_app: HipdeskApp, qtbot: QtBot) -> None:
    window = german_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    allowed = catalogue_texts()
    leftovers: dict[str, list[str]] = {}
    for key in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        found = [t for t in english_in(visible_texts(window)) if t not in allowed]
        if found:
            leftovers[key] = found
    assert not leftovers, f"English UI strings in a German run: {leftovers}"
    # The German words really are there (the translator was used, not just absent English).
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[0] == "Heute" and "Einstellungen" in nav


def test_german_prompt_window_and_tray_menu(german: str, qtbot: QtBot) -> None:
    from hipdesk.services.tray import TrayController
    from hipdesk.ui.prompt_window import PromptWindow

    window = PromptWindow()
    qtbot.addWidget(window)
    prompt = Prompt(1, 1, 32 * 60, False, datetime(2025, 3, 3, 10, tzinfo=UTC), True, True, (5, 10))
    window.show_prompt(prompt)
    texts = visible_texts(window)
    assert not english_in(texts), english_in(texts)
    assert window.title.text().startswith("Du sitzt seit 32 Minuten")
    window.withdraw(1)

    tray = TrayController(dark=False)
    menu_texts = [a.text() for a in tray.menu.actions() if a.text()]
    menu_texts += [a.text() for a in tray.pause_menu.actions()]
    texts = [t.replace("&", "") for t in menu_texts] + [tray.tooltip]
    assert not english_in(texts), english_in(texts)
    assert "Schreibtischpause starten" in texts
    assert tray.tooltip.startswith("0 min gesessen")
    tray.menu.deleteLater()


@pytest.mark.parametrize("key", ["today", "trends", "settings", "help"])
def test_german_screenshots(
    german_app: HipdeskApp,
    qtbot: QtBot,
    screenshot,  # type: ignore[no-untyped-def]
    key: str,
) -> None:
    window = german_app.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(key)
    path = screenshot(window, f"de_{key}")
    assert path.stat().st_size > 5_000


def german_player(qtbot: QtBot, fake_clock: FakeClock, app_paths: AppPaths, *, ask_pain: bool):  # type: ignore[no-untyped-def]
    from hipdesk.core.catalogue import load_catalogue
    from hipdesk.ui.player import PlayerController, PlayerWidget

    cat = load_catalogue("de")
    controller = PlayerController(cat.routine("desk_break"), cat, fake_clock, lambda: None)
    widget = PlayerWidget(controller, ask_pain=ask_pain)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.start()
    QApplication.processEvents()
    return widget


def test_german_player_pain_question_and_get_ready(
    german: str,
    qtbot: QtBot,
    fake_clock: FakeClock,
    app_paths: AppPaths,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    widget = german_player(qtbot, fake_clock, app_paths, ask_pain=True)
    assert widget.stack.currentWidget() is widget.pain_before
    texts = visible_texts(widget)
    assert not english_in(texts), english_in(texts)
    assert widget.pain_before.title.text() == "Schmerz gerade jetzt?"
    widget.pain_before.skip()  # on to the routine: the first drill's get-ready phase
    QApplication.processEvents()
    assert widget.c.player.segment.phase == "get_ready"
    texts = visible_texts(widget)
    assert not english_in(texts), english_in(texts)
    assert widget.phase_label.text() == "Mach dich bereit"
    path = screenshot(widget, "de_player")
    assert path.stat().st_size > 5_000
    widget.c.shutdown()


def test_german_onboarding_welcome(
    german: str,
    qtbot: QtBot,
    fake_clock: FakeClock,
    app_paths: AppPaths,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    from hipdesk.core.catalogue import load_catalogue
    from hipdesk.store.journal import Journal
    from hipdesk.ui.onboarding import OnboardingWizard

    journal = Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir)
    try:
        wizard = OnboardingWizard(
            journal, fake_clock, load_catalogue("de").texts, tray_available=True
        )
        qtbot.addWidget(wizard)
        wizard.resize(1366, 768)
        wizard.show()
        qtbot.waitExposed(wizard)
        assert wizard.step == 0
        texts = visible_texts(wizard)
        assert not english_in(texts), english_in(texts)
        assert wizard.title.text() == "Willkommen bei hipdesk"
        path = screenshot(wizard, "de_onboarding")
        assert path.stat().st_size > 5_000
        wizard.close()
    finally:
        journal.close()


def test_german_error_and_recovery_dialogs(german: str, qtbot: QtBot) -> None:
    from hipdesk.ui.error_dialog import ErrorDialog
    from hipdesk.ui.recovery_dialog import RecoveryDialog

    error = ErrorDialog("Traceback (most recent call last): …")
    qtbot.addWidget(error)
    error.show()
    texts = visible_texts(error)
    assert not english_in(texts), english_in(texts)
    assert error.windowTitle() == "hipdesk ist auf ein Problem gestoßen"
    error.copy_report()
    assert error.copy_button.text() == "Kopiert"

    recovery = RecoveryDialog(
        "the file is not a database", "", damaged=True, backup_label="1 Jan", can_retry=True
    )
    qtbot.addWidget(recovery)
    recovery.show()
    texts = visible_texts(recovery)
    assert not english_in(texts), english_in(texts)
    assert recovery.windowTitle() == "hipdesk – Problem mit dem Tagebuch"


def test_german_tempo_and_dates(german: str) -> None:
    from datetime import date

    from hipdesk.ui.i18n import locale_date, tempo_text
    from hipdesk.ui.player.player import tempo_prompt

    assert tempo_text("2 s down, 2 s up") == "2 s runter, 2 s hoch"
    assert tempo_text("in 4 s, out 6 s") == "4 s ein, 6 s aus"
    assert tempo_text("3 slow circles each way, about 8 s each") == (
        "3 langsame Kreise in jede Richtung, je etwa 8 s"
    )
    assert tempo_prompt("in", 0, 2, True) == "Einatmen …"
    assert tempo_prompt("out", 1, 2, True) == "und aus"
    assert tempo_prompt("down", 2, 3, False) == "und runter"
    assert locale_date(date(2025, 12, 10), "dddd") == "Mittwoch"


def test_every_catalogue_tempo_text_is_fully_translated(german: str) -> None:
    """Each tempo text is made only of known pieces: none is shown half in English."""
    from hipdesk.core.catalogue import load_catalogue
    from hipdesk.ui.i18n import tempo_text

    english = {"down", "up", "hold", "back", "out", "slow", "circles", "each", "about", "ease"}
    for drill in load_catalogue().drills.values():
        shown = tempo_text(drill.dose.tempo)
        words = set(shown.replace(",", " ").split())
        assert not words & english, (drill.dose.tempo, shown)


def test_german_swap_unsaved_and_plan_notes(german: str) -> None:
    from hipdesk.core.catalogue import load_catalogue
    from hipdesk.core.swaps import Change
    from hipdesk.services.tray import TrayStatus, tooltip_text
    from hipdesk.ui.routines import changes_text
    from hipdesk.ui.today import unsaved_text

    changes = [
        Change("half_kneel_hip_flexor", "standing_hip_flexor", "kneeling"),
        Change("bird_dog", None, "kneeling", kept=True),
    ]
    text = changes_text(changes, load_catalogue("de"))
    assert text.startswith("An deine Antworten angepasst:") and "Keine Version ohne Knien" in text
    assert unsaved_text(2).startswith("2 Sitz- oder Pauseneinträge sind noch nicht gespeichert")
    assert unsaved_text(1).startswith("1 Sitz- oder Pauseneintrag ist")
    assert tooltip_text(TrayStatus(60, 1800, unsaved=1)).endswith(
        "1 Eintrag noch nicht gespeichert"
    )
