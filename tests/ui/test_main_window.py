from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
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


def test_empty_state_action_navigates(hip_app: HipdeskApp, qtbot: QtBot) -> None:
    w = hip_app.window
    w.show()
    w.show_page("routines")
    button = w.stack.currentWidget().findChild(QPushButton)
    assert button is not None and button.text() == "Browse the drills"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert w.current_page() == "drills"


def test_every_empty_state_has_icon_sentence_and_action(hip_app: HipdeskApp) -> None:
    hip_app.window.show()
    for key in ["routines"]:
        hip_app.window.show_page(key)
        page = hip_app.window.stack.currentWidget()
        labels = page.findChildren(QLabel)
        assert any(lbl.pixmap() is not None and not lbl.pixmap().isNull() for lbl in labels), key
        assert any(lbl.wordWrap() and len(lbl.text()) > 20 for lbl in labels), key
        assert page.findChild(QPushButton) is not None, key


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
    assert not body.detail.practice.isVisibleTo(body.detail)  # no player yet
