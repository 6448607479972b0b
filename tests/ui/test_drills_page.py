"""The Drills page body: filters, search, detail view and the thumbnail timer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hipdesk.core.catalogue import load_catalogue
from hipdesk.ui.drills import DrillsBody
from hipdesk.ui.theme import DARK, LIGHT

CAT = load_catalogue()


def _body(qtbot) -> DrillsBody:  # type: ignore[no-untyped-def]
    body = DrillsBody(CAT)
    qtbot.addWidget(body)
    body.resize(960, 720)
    return body


def _select(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_filters_and_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot)
    assert len(body.visible_slugs()) == 31
    _select(body.group, "hip_rotation")
    assert set(body.visible_slugs()) == {
        d.slug for d in CAT.drills.values() if d.group == "hip_rotation"
    }
    _select(body.position, "prone")
    assert body.visible_slugs() == ["prone_hip_rotation"]
    _select(body.group, "")
    _select(body.position, "")
    _select(body.props, "chair")
    assert set(body.visible_slugs()) == {d.slug for d in CAT.drills.values() if "chair" in d.props}
    _select(body.props, "none")
    assert set(body.visible_slugs()) == {d.slug for d in CAT.drills.values() if not d.props}
    _select(body.props, "")
    body.search.setText("bridge")
    assert body.visible_slugs() == ["glute_bridge"]
    body.search.setText("zzz")
    assert body.visible_slugs() == []
    assert "No drills" in body.count.text()
    body.search.clear()
    assert len(body.visible_slugs()) == 31
    for widget in (body.search, body.group, body.position, body.props):
        assert widget.accessibleName() and widget.toolTip()


def test_detail_view_opens_and_closes(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot)
    body.show()
    qtbot.waitExposed(body)
    screenshot(body, "drills_page")
    card = body.cards["seated_hip_rotation"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert body.in_detail
    detail = body.detail
    drill = CAT.drill("seated_hip_rotation")
    assert detail.title.text() == drill.name
    assert detail.stop_rule.text() == CAT.stop_rule_text(drill)
    assert detail.stop_rule.isVisible()
    assert detail.figure.accessibleDescription() == drill.alt_text
    assert detail.front_view.isVisible() and detail.front_view.isChecked()
    assert detail.figure.view == "front"
    qtbot.mouseClick(detail.side_view, Qt.MouseButton.LeftButton)
    assert detail.figure.view == "side"
    qtbot.mouseClick(detail.right_side, Qt.MouseButton.LeftButton)
    assert detail.figure.side == "right"
    assert detail.figure.animating
    assert not body.timer.isActive()  # the grid's thumbnails are hidden
    with qtbot.waitSignal(body.practice_requested) as blocker:
        qtbot.mouseClick(detail.practice, Qt.MouseButton.LeftButton)
    assert blocker.args == ["seated_hip_rotation"]
    screenshot(body, "drills_detail")
    qtbot.keyClick(detail.back, Qt.Key.Key_Escape)
    assert not body.in_detail
    assert not detail.figure.animating
    assert body.timer.isActive()


def test_detail_texts_for_a_drill_with_cautions(qtbot) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot)
    drill = next(d for d in CAT.drills.values() if d.cautions)
    body.open_drill(drill.slug)
    for text in CAT.caution_texts(drill):
        assert text in body.detail.cautions.text()
    assert drill.cues[0] in body.detail.cues.text()
    assert body.detail.easier.text() == drill.easier


def test_thumbnail_timer_runs_only_while_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    body = _body(qtbot)
    assert not body.timer.isActive()
    body.show()
    qtbot.waitExposed(body)
    assert body.timer.isActive()
    first = body.cards[next(iter(body.cards))].thumb
    start = first.painted
    qtbot.waitUntil(lambda: first.painted > start + 2, timeout=2000)
    body.hide()
    assert not body.timer.isActive()
    body.show()
    qtbot.waitExposed(body)
    body.set_reduce_motion(True)
    assert not body.timer.isActive()


def test_theme_switch(qtbot, qapp, screenshot) -> None:  # type: ignore[no-untyped-def]
    from hipdesk.ui.theme import ThemeChoice, ThemeManager

    body = _body(qtbot)
    ThemeManager(qapp, ThemeChoice.DARK).apply()  # the whole window dark, as the app does it
    try:
        body.apply_colours(DARK)
        assert body.dark
        body.open_drill("clamshell")
        body.show()
        qtbot.waitExposed(body)
        screenshot(body, "drills_detail_dark")
    finally:
        ThemeManager(qapp, ThemeChoice.LIGHT).apply()
    body.apply_colours(LIGHT)
    assert not body.dark
