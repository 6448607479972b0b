"""The fallback prompt window: placement, buttons, keyboard, colours, screenshots."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from hipdesk.core.breaks import Prompt
from hipdesk.ui.prompt_window import MARGIN, SIZE, PromptWindow
from hipdesk.ui.theme import DARK, LIGHT

# Qt raises a stay-on-top window when it is shown; the offscreen plugin says it cannot (only
# offscreen: the e2e run on X11 has no such message).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def make_prompt(prompt_id: int = 1, **kw: Any) -> Prompt:
    values: dict[str, Any] = {
        "prompt_id": prompt_id,
        "stretch_id": 3,
        "sitting_seconds": 30 * 60,
        "escalated": False,
        "wall": datetime(2025, 3, 4, 10, 0, tzinfo=UTC),
        "can_snooze": True,
        "can_skip": True,
        "snooze_minutes": (5, 10),
    }
    values.update(kw)
    return Prompt(**values)


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    w = PromptWindow(LIGHT)
    qtbot.addWidget(w)
    return w


def test_shown_without_activation_in_the_corner(window: PromptWindow) -> None:
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert window.windowFlags() & Qt.WindowType.Tool
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.show_prompt(make_prompt())
    assert window.isVisible() and window.prompt_id == 1
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (window.width(), window.height()) == SIZE
    assert window.geometry().right() == area.right() - MARGIN
    assert window.geometry().bottom() == area.bottom() - MARGIN
    assert window.title.text() == "You've been sitting 30 minutes — 2-minute hip break?"
    window.withdraw(99)  # another prompt: stays
    assert window.isVisible()
    window.withdraw(1)
    assert not window.isVisible()
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_can_show_only_when_not_quiet() -> None:
    assert PromptWindow.can_show(quiet=False)
    assert not PromptWindow.can_show(quiet=True)


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("start_button", ["start", 0]),
        ("snooze_button", ["snooze", 10]),
        ("skip_button", ["skip", 0]),
    ],
)
def test_buttons_answer(qtbot, window: PromptWindow, button: str, expected: list[Any]) -> None:  # type: ignore[no-untyped-def]
    window.show_prompt(make_prompt(4))
    with qtbot.waitSignal(window.action) as blocker:
        qtbot.mouseClick(getattr(window, button), Qt.MouseButton.LeftButton)
    assert blocker.args == [4, *expected]
    assert not window.isVisible()


def test_keyboard(qtbot, window: PromptWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_prompt(make_prompt(5))
    with qtbot.waitSignal(window.action) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert blocker.args == [5, "start", 0]
    window.show_prompt(make_prompt(6))
    window.skip_button.setFocus()
    with qtbot.waitSignal(window.action) as blocker:
        qtbot.keyClick(window.skip_button, Qt.Key.Key_Return)
    assert blocker.args == [6, "skip", 0]
    window.show_prompt(make_prompt(7))
    with qtbot.assertNotEmitted(window.action):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert [b.text() for b in (window.start_button, window.snooze_button, window.skip_button)] == [
        "&Start",
        "S&nooze 10 min",
        "S&kip",
    ]
    for b in (window.start_button, window.snooze_button, window.skip_button):
        assert b.accessibleName() and b.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_limits_hide_buttons(window: PromptWindow) -> None:
    window.show_prompt(make_prompt(can_snooze=False, can_skip=False))
    assert not window.snooze_button.isVisible() and not window.skip_button.isVisible()
    window.show_prompt(make_prompt(2, snooze_minutes=(5,)))
    assert window.snooze_button.text() == "S&nooze 5 min" and window.skip_button.isVisible()


@pytest.mark.parametrize(("name", "colours"), [("light", LIGHT), ("dark", DARK)])
def test_screenshots(window: PromptWindow, screenshot, name: str, colours: Any) -> None:  # type: ignore[no-untyped-def]
    window.set_colours(colours)
    window.show_prompt(make_prompt(escalated=(name == "dark"), sitting_seconds=32 * 60))
    path = screenshot(window, f"prompt_window_{name}")
    assert path.stat().st_size > 1000
