from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hipdesk.app import HipdeskApp, Options
from hipdesk.ui.main_window import MIN_SIZE, MainWindow
from hipdesk.ui.theme import DARK, LIGHT, ThemeChoice

PAGES = ["today", "routines", "drills", "journal", "trends", "settings", "help"]


def test_navigation_has_the_seven_sections_in_order(hip_app: HipdeskApp) -> None:
    assert hip_app.window.page_keys() == PAGES
    titles = [hip_app.window.nav.item(i).text() for i in range(hip_app.window.nav.count())]
    assert titles == ["Today", "Routines", "Drills", "Journal", "Trends", "Settings", "Help"]


@pytest.mark.parametrize(("index", "key"), list(enumerate(PAGES, start=1)))
def test_ctrl_number_switches_page(hip_app: HipdeskApp, qtbot: QtBot, index: int, key: str) -> None:
    w = hip_app.window
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.show_page("help" if key != "help" else "today")
    qtbot.keyClick(w, getattr(Qt.Key, f"Key_{index}"), Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == key
    assert w.stack.currentWidget().accessibleName() == w.nav.currentItem().text()


def test_f1_opens_help(hip_app: HipdeskApp, qtbot: QtBot) -> None:
    w = hip_app.window
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_F1)
    assert w.current_page() == "help"


def test_routines_page_starts_the_player(hip_app_open: HipdeskApp, qtbot: QtBot) -> None:
    from hipdesk.core.models import RoutineSession

    app = hip_app_open
    w = app.window
    w.show()
    w.show_page("routines")
    body = app.pages.lazy["routines"].page.body
    assert len(body.cards) == 8
    body.start_requested.emit("starter_5")
    assert app.player.window is not None and app.player.window.isVisible()
    app.player.widget.pain_before.skip()  # "Pain right now?" is optional
    app.player.controller.shutdown()  # quitting mid-routine saves it as not completed
    journal = app.journal.journal
    assert journal is not None
    sessions = journal.records(RoutineSession)
    assert [(s.routine_slug, s.completed) for s in sessions] == [("starter_5", False)]
    app.player.window.close()


def test_today_shows_the_plan_card(hip_app_open: HipdeskApp) -> None:
    from hipdesk.ui.plan_card import PlanCard

    w = hip_app_open.window
    w.show()
    w.show_page("today")
    card = hip_app_open.pages.lazy["today"].page.findChild(PlanCard)
    assert card is not None and card.headline.text() == "6-week plan"


def test_geometry_and_page_are_remembered(
    qapp: QApplication,
    app_paths,
    fake_clock,  # type: ignore[no-untyped-def]
    qtbot: QtBot,
) -> None:
    first = HipdeskApp(qapp, app_paths, fake_clock, Options(), app_paths.log_dir / "t.log")
    first.window.show()
    qtbot.waitExposed(first.window)
    first.window.resize(1000, 717)  # offscreen screen is 800x800: width gets clamped
    first.window.show_page("trends")
    first.window.close()
    first.dispose()

    second = HipdeskApp(qapp, app_paths, fake_clock, Options(), app_paths.log_dir / "t.log")
    assert second.window.current_page() == "trends"
    assert second.window.size().height() == 717
    settings = QSettings(str(app_paths.config_dir / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/page") == "trends"
    second.dispose()


def test_ctrl_q_quits(hip_app: HipdeskApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(hip_app, "quit", lambda: calls.append("quit"))
    w = hip_app.window
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["quit"]


def test_window_respects_minimum_size(hip_app: HipdeskApp) -> None:
    assert hip_app.window.minimumSize() == MIN_SIZE


def test_theme_switches_palette_live(hip_app: HipdeskApp, qapp: QApplication) -> None:
    hip_app.theme.set_choice(ThemeChoice.DARK)
    assert hip_app.theme.dark
    assert qapp.palette().window().color().name().upper() == DARK.window.upper()
    hip_app.theme.set_choice(ThemeChoice.LIGHT)
    assert qapp.palette().window().color().name().upper() == LIGHT.window.upper()


@pytest.mark.parametrize("theme", [ThemeChoice.LIGHT, ThemeChoice.DARK])
@pytest.mark.parametrize("key", PAGES)
def test_screenshot_each_page(
    hip_app_open: HipdeskApp,
    qtbot: QtBot,
    screenshot,  # type: ignore[no-untyped-def]
    key: str,
    theme: ThemeChoice,
) -> None:
    hip_app = hip_app_open
    hip_app.theme.set_choice(theme)
    w: MainWindow = hip_app.window
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_page(key)
    lazy = hip_app.pages.lazy.get(key)
    assert lazy is None or lazy.page is not None, f"{key} page was not built"
    path = screenshot(w, f"page_{key}_{theme.value}")
    assert path.stat().st_size > 5_000  # a real rendering, not a blank image


def test_drills_page_is_built_on_first_show(hip_app: HipdeskApp, qtbot: QtBot) -> None:
    from hipdesk.ui.drills import DrillsBody
    from hipdesk.ui.page import LazyPage

    w = hip_app.window
    w.show_page("today")
    w.show()
    qtbot.waitExposed(w)
    lazy = w.stack.widget(w.page_keys().index("drills"))
    assert isinstance(lazy, LazyPage) and lazy.page is None
    w.show_page("drills")
    assert lazy.page is not None
    body = lazy.page.findChild(DrillsBody)
    assert body is not None and len(body.visible_slugs()) == 31
    assert body.detail.practice.isVisibleTo(body.detail)  # the player exists


def test_companion_wiring_without_a_tray(qapp, app_paths, fake_clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Offscreen there is no tray: the companion says so as a bool, closing the window quits,
    and the fallback prompt window is built only when a prompt needs it."""
    from hipdesk.app import HipdeskApp, Options
    from hipdesk.ui.prompt_window import PromptWindow

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    app = HipdeskApp(qapp, app_paths, fake_clock, Options(), app_paths.log_dir / "test.log")
    try:
        assert app.open_journal(lambda exc: pytest.fail(str(exc)))
        companion = app.companion
        assert companion is not None and companion.tray_available is False
        assert qapp.quitOnLastWindowClosed()  # no tray to come back from
        assert companion.notifier._window is None  # nothing built at start
        window = companion.notifier._window_factory()
        assert isinstance(window, PromptWindow)
        window.deleteLater()
    finally:
        app.dispose()
        qapp.setQuitOnLastWindowClosed(True)
