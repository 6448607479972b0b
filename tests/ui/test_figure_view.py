"""The figure renderer: draws, animates only while visible, and the contact sheets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.pose import Side
from hipdesk.ui.figure_view import FigureView, palette, render_pose, side_label

CAT = load_catalogue()
SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _non_background(img: QImage, bg: str) -> int:
    background = QColor(bg).rgb()
    step = 4
    return sum(
        1
        for y in range(0, img.height(), step)
        for x in range(0, img.width(), step)
        if img.pixel(x, y) != background
    )


def test_render_pose_draws_every_drill_in_both_themes(qapp) -> None:  # type: ignore[no-untyped-def]
    for dark in (False, True):
        for drill in CAT.drills.values():
            img = QImage(240, 240, QImage.Format.Format_RGB32)
            painter = QPainter(img)
            render_pose(painter, QRectF(0, 0, 240, 240), drill, None, "left", dark)
            painter.end()
            assert _non_background(img, palette(dark).background) > 100, drill.slug


def test_figure_view_animates_only_while_visible(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = FigureView()
    qtbot.addWidget(view)
    view.set_drill(CAT.drill("glute_bridge"))
    assert view.accessibleDescription() == CAT.drill("glute_bridge").alt_text
    assert not view.animating  # not shown yet
    view.show()
    qtbot.waitExposed(view)
    assert view.animating
    first = view.current_figure()
    qtbot.waitUntil(lambda: view.current_figure() != first, timeout=2000)
    view.hide()
    assert not view.animating
    view.show()
    qtbot.waitExposed(view)
    assert view.animating
    view.set_playing(False)
    assert not view.animating
    view.set_playing(True)
    view.set_reduce_motion(True)
    assert not view.animating
    fig = view.current_figure()
    assert fig is not None and fig.arrow is not None  # key pose still shows its arrow


def test_figure_view_side_label_and_mirroring(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = FigureView()
    qtbot.addWidget(view)
    view.set_drill(CAT.drill("clamshell"), side="right")
    assert "right leg" in view.accessibleName()
    view.set_dark(True)
    view.resize(300, 300)
    img = view.grab().toImage()
    assert _non_background(img, palette(True).background) > 100
    view.set_drill(CAT.drill("hip_cars_standing"), view="side")
    assert view.view == "side"
    view.set_view("front")
    assert view.view == "front"


def _sheet(dark: bool) -> QImage:
    drills = list(CAT.drills.values())
    cols, cw, ch = 6, 260, 290
    rows = (len(drills) + cols - 1) // cols
    img = QImage(cols * cw, rows * ch, QImage.Format.Format_RGB32)
    colours = palette(dark)
    img.fill(QColor(colours.background))
    painter = QPainter(img)
    font = QFont(painter.font())
    font.setPixelSize(14)
    for i, drill in enumerate(drills):
        r, c = divmod(i, cols)
        render_pose(painter, QRectF(c * cw, r * ch, cw, cw), drill, None, "left", dark)
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        painter.drawText(
            QRectF(c * cw + 4, r * ch + cw - 6, cw - 8, ch - cw + 6),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            f"{i + 1}. {drill.name}",
        )
    painter.end()
    return img


def test_contact_sheets(qapp, screenshot) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    for dark, name in ((False, "drills_contact_sheet"), (True, "drills_contact_sheet_dark")):
        img = _sheet(dark)
        assert _non_background(img, palette(dark).background) > 5000
        assert img.save(str(SCREENSHOT_DIR / f"{name}.png"), "PNG")


def test_front_view_screenshot(qtbot, screenshot) -> None:  # type: ignore[no-untyped-def]
    view = FigureView()
    qtbot.addWidget(view)
    view.set_drill(CAT.drill("hip_cars_standing"), view="front")
    view.set_reduce_motion(True)
    view.resize(480, 480)
    screenshot(view, "figure_view_front")
    assert isinstance(view, QWidget)


def test_arrow_hidden_while_getting_ready_and_fading_in_during_holds(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = FigureView()
    qtbot.addWidget(view)
    view.set_playing(False)
    view.set_drill(CAT.drill("glute_bridge"))  # "2 s up, 2 s hold, 2 s down"
    assert view.arrow_alpha() == 0.0  # the player's "Get ready": paused before moving
    view.set_playing(True)
    assert view.arrow_alpha() == 1.0
    view.set_elapsed(2.3)  # early in the hold
    assert 0.0 < view.arrow_alpha() < 1.0
    view.set_phase("get_ready")
    assert view.arrow_alpha() == 0.0
    view.set_phase("work")
    view.set_reduce_motion(True)
    assert view.arrow_alpha() == 1.0
    view.set_phase_progress(0.5)
    assert view.plan_period() == 6.0


def _still(drill_slug: str, side: Side, label: bool) -> QImage:
    img = QImage(240, 240, QImage.Format.Format_RGB32)
    painter = QPainter(img)
    render_pose(painter, QRectF(0, 0, 240, 240), CAT.drill(drill_slug), None, side, label=label)
    painter.end()
    return img


def test_only_per_side_drills_are_labelled_with_a_leg(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Alternating drills work both legs in turn: "Left leg" would be wrong (issue #5). The
    label comes from ``side_label``, so stills, contact sheets, asset export and the widget's
    accessible name all agree with the routine player."""
    alternating = [d for d in CAT.drills.values() if d.sides == "alternating"]
    per_side = [d for d in CAT.drills.values() if d.sides == "per_side"]
    assert alternating and per_side
    for drill in CAT.drills.values():
        expected = ("Left leg", "Right leg") if drill.sides == "per_side" else ("", "")
        assert (side_label(drill, "left"), side_label(drill, "right")) == expected, drill.slug
    # The still draws the label only where there is one.
    assert _still("ninety_ninety_switch", "left", True) == _still(
        "ninety_ninety_switch", "left", False
    )
    assert _still("clamshell", "left", True) != _still("clamshell", "left", False)
    view = FigureView()
    qtbot.addWidget(view)
    view.set_drill(CAT.drill("bird_dog"), side="right")
    assert view.accessibleName() == CAT.drill("bird_dog").name
    view.set_drill(CAT.drill("clamshell"), side="right")
    assert view.accessibleName().endswith("right leg")
