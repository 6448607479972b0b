"""Accessibility of the main window: names, focus order and keyboard reach (issue 10).

The real window is built by the composition root. For every page the focus chain is walked the
way Qt's Tab walks it (``nextInFocusChain``, widgets that take Tab focus, visible and enabled):
every interactive widget on it must have a name a screen reader can read, the navigation list
comes first, and every visible button is a Tab stop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hipdesk.app import HipdeskApp

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def is_tab_stop(w: QWidget, window: QWidget) -> bool:
    """What QWidget::focusNextPrevChild accepts as the next Tab stop."""
    return (
        w.window() is window
        and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
    )


def tab_order(window: QWidget) -> list[QWidget]:
    """The Tab stops in order, starting after the window itself."""
    stops: list[QWidget] = []
    w = window.nextInFocusChain()
    seen = 0
    while w is not window and seen < 10_000:
        if is_tab_stop(w, window) and w not in stops:
            stops.append(w)
        w = w.nextInFocusChain()
        seen += 1
    return stops


def part_of_compound(w: QWidget) -> bool:
    """The line edit inside a spin box or combo box: named through its owner."""
    parent = w.parentWidget()
    return isinstance(w, QLineEdit) and isinstance(parent, (QAbstractSpinBox, QComboBox))


def buddies(window: QWidget) -> set[int]:
    return {
        id(label.buddy())
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.text().replace("&", "").strip()
    }


def has_name(w: QWidget, labelled: set[int]) -> bool:
    if w.accessibleName().strip():
        return True
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return True
    return id(w) in labelled


def needs_name(w: QWidget) -> bool:
    """The standard interactive widgets, and our own focusable ones (scale, cards, tab bar);
    a plain scroll area takes focus only to scroll and is named by its content."""
    if isinstance(w, INTERACTIVE):
        return not part_of_compound(w)
    return not isinstance(w, QAbstractScrollArea)


def unnamed(window: QWidget) -> list[str]:
    labelled = buddies(window)
    found = []
    for w in tab_order(window):
        if needs_name(w) and not has_name(w, labelled):
            found.append(f"{type(w).__name__} {w.objectName()!r} tip={w.toolTip()!r}")
    return found


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.window() is root.window()
    ]


def show_window(hip_app_open: HipdeskApp, qtbot: QtBot):  # type: ignore[no-untyped-def]
    window = hip_app_open.window
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def visit(window, key: str) -> None:  # type: ignore[no-untyped-def]
    window.show_page(key)
    QApplication.processEvents()
    QApplication.processEvents()


def test_every_focusable_widget_on_every_page_has_a_name(
    hip_app_open: HipdeskApp, qtbot: QtBot
) -> None:
    window = show_window(hip_app_open, qtbot)
    problems = {}
    for key in window.page_keys():
        visit(window, key)
        found = unnamed(window)
        if found:
            problems[key] = found
    # The journal's sections (pain, weekly function, each self-check) are pages of their own.
    from hipdesk.ui.journal import JournalBody
    from hipdesk.ui.self_checks import SelfChecksPanel

    visit(window, "journal")
    journal = window.findChild(JournalBody)
    assert journal is not None
    for i in range(journal.tabs.count()):
        journal.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        panel = journal.tabs.currentWidget().findChild(SelfChecksPanel)
        for j in range(panel.count() if panel is not None else 1):
            if panel is not None:
                panel.setCurrentIndex(j)
                QApplication.processEvents()
            found = unnamed(window)
            if found:
                problems[f"journal tab {i}.{j}"] = found
    assert not problems, f"interactive widgets without an accessible name: {problems}"


def test_focus_order_starts_with_the_nav_then_the_page(
    hip_app_open: HipdeskApp, qtbot: QtBot
) -> None:
    window = show_window(hip_app_open, qtbot)
    for key in window.page_keys():
        visit(window, key)
        stops = tab_order(window)
        assert stops and stops[0] is window.nav, (key, [type(w).__name__ for w in stops[:3]])
        page = window.stack.currentWidget()
        content = [w for w in stops[1:] if page.isAncestorOf(w)]
        assert content, f"{key}: Tab reaches nothing on the page"
        # The page's stops follow the nav directly: nothing outside the page comes in between.
        assert stops[1] is content[0], key

    # A real Tab from the nav lands on the page's first stop.
    visit(window, "today")
    stops_today = tab_order(window)
    visit(window, "today")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, Qt.Key.Key_Tab)
    page = window.stack.currentWidget()
    assert QApplication.focusWidget() is stops_today[1]
    assert page.isAncestorOf(QApplication.focusWidget())


def test_tab_reaches_every_visible_button(hip_app_open: HipdeskApp, qtbot: QtBot) -> None:
    window = show_window(hip_app_open, qtbot)
    missing = {}
    for key in window.page_keys():
        visit(window, key)
        stops = set(map(id, tab_order(window)))
        page = window.stack.currentWidget()
        left_out = [
            b.text() or b.accessibleName() or type(b).__name__
            for b in visible_buttons(page)
            if id(b) not in stops
        ]
        if left_out:
            missing[key] = left_out
    assert not missing, f"buttons Tab never reaches: {missing}"


def test_drill_detail_names_and_figure_description(hip_app_open: HipdeskApp, qtbot: QtBot) -> None:
    from hipdesk.ui.drills import DrillsBody

    window = show_window(hip_app_open, qtbot)
    visit(window, "drills")
    body = window.findChild(DrillsBody)
    assert body is not None
    slug = "seated_hip_rotation"
    qtbot.mouseClick(body.cards[slug], Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert body.in_detail
    drill = body.detail.figure.drill
    assert drill is not None and drill.slug == slug
    assert drill.alt_text and body.detail.figure.accessibleDescription() == drill.alt_text
    assert body.detail.figure.accessibleName()
    assert not unnamed(window)
    stops = set(map(id, tab_order(window)))
    for button in visible_buttons(body.detail):
        assert id(button) in stops, button.text() or button.accessibleName()
