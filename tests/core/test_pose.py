"""The figure's kinematics and placement over every keyframe of every drill (brief 2.1)."""

from __future__ import annotations

import ast
import math
from pathlib import Path

import pytest

from hipdesk.core.catalogue import Drill, load_catalogue
from hipdesk.core.catalogue.model import swap_side
from hipdesk.core.pose import Scene, ease_in_out_cubic, interpolate_angles
from hipdesk.core.pose_ground import MAT_H, is_grip, is_supporting

CONTACT_TOL = 0.08  # thigh units, ≈ 2 % of the standing figure's height
GRIP_TOL = 0.10  # hand grips only fix where the prop stands (brief 2.1)
FLOOR_TOL = 0.02

#: Poses the brief's numbers cannot meet within the tolerance. Each entry: (slug, view, keyframe
#: index) → (largest allowed error, reason). The test fails if an entry is no longer needed, so
#: the list cannot silently outlive a data fix.
ALLOWED: dict[tuple[str, str, int], tuple[float, str]] = {
    ("split_squat_supported", "side", 0): (
        0.19,
        "brief 11 (minor): the grip sits below the chair top; the hand moves between keyframes "
        "while the chair stays put.",
    ),
    ("split_squat_supported", "side", 1): (0.19, "brief 11, as keyframe 0"),
}

CAT = load_catalogue()
CASES = [
    (d.slug, view, side)
    for d in CAT.drills.values()
    for view in ("side", "front")
    if d.keyframes_for(view)  # type: ignore[arg-type]
    for side in (("left", "right") if d.sided else ("left",))
]


@pytest.mark.parametrize(("slug", "view", "side"), CASES)
def test_contacts_touch_and_nothing_below_floor(slug: str, view: str, side: str) -> None:
    drill = CAT.drill(slug)
    scene = Scene(drill, view, side)  # type: ignore[arg-type]
    for i, kf in enumerate(scene.source):
        fig = scene.keyframe(i)
        grips = {str(c) for c in kf.ground if is_grip(c)}
        if side == "right":
            grips = {str(c.mirrored()) for c in kf.ground if is_grip(c)}
        allowed = ALLOWED.get((slug, view, i))
        worst = 0.0
        for label, err in fig.contacts:
            limit = GRIP_TOL if label.split(":")[0] in grips else CONTACT_TOL
            if allowed is None:
                assert err <= limit, f"{slug} {view} {side} kf{i}: {label} off by {err:.3f}"
            worst = max(worst, err)
        if allowed is not None:
            assert worst <= allowed[0], f"{slug} {view} kf{i}: {worst:.3f} ({allowed[1]})"
            assert worst > CONTACT_TOL, f"{slug} {view} kf{i} no longer needs its allow-list entry"
        assert len(fig.contacts) >= len([c for c in kf.ground if is_supporting(c)])
        low = min(
            q[1]
            for name, q in fig.joints.items()
            if name.rsplit("_", 1)[0] in ("hip", "knee", "ankle", "toe", "elbow", "wrist", "hand")
            or name in ("pelvis", "shoulder", "head")
        )
        assert low >= -FLOOR_TOL, f"{slug} {view} {side} kf{i}: a limb at y={low:.3f}"
        if fig.floor_line:  # a three-quarter drawing is a projection: joints checked above
            for seg in fig.segments:
                for q in seg.points:
                    assert q[1] >= -FLOOR_TOL, f"{slug} kf{i}: {seg.name} below the floor"


def test_every_drill_has_a_scene_and_the_mat_is_the_floor() -> None:
    assert len(CAT.drills) == 31
    for d in CAT.drills.values():
        scene = Scene(d)
        assert scene.view == (d.default_view if d.keyframes_for(d.default_view) else "side")
        assert scene.base == (MAT_H if "mat" in d.props else 0.0)


def test_ease_in_out_cubic() -> None:
    assert ease_in_out_cubic(0.0) == 0.0
    assert ease_in_out_cubic(1.0) == 1.0
    assert ease_in_out_cubic(0.5) == pytest.approx(0.5)
    assert ease_in_out_cubic(0.25) < 0.25 < 0.75 < ease_in_out_cubic(0.75)
    values = [ease_in_out_cubic(i / 50) for i in range(51)]
    assert values == sorted(values)


@pytest.mark.parametrize("slug", list(CAT.drills))
def test_interpolation_endpoints_equal_keyframes(slug: str) -> None:
    drill: Drill = CAT.drill(slug)
    scene = Scene(drill)
    n = len(scene.source)
    for i, kf in enumerate(scene.source):
        nxt = scene.source[(i + 1) % n]
        assert interpolate_angles(kf, nxt, 0.0) == dict(kf.angles)
        assert interpolate_angles(kf, nxt, 1.0) == pytest.approx(dict(nxt.angles))
        key = scene.keyframe(i)
        assert scene.frame(i, 0.0).joints == key.joints
        at = scene.at(i / n).joints
        assert all(at[k] == pytest.approx(v) for k, v in key.joints.items())
        if n > 1:
            end = scene.frame(i, 1.0)
            nxt_fig = scene.keyframe(i + 1)
            for name in ("pelvis", "knee_l", "ankle_l", "wrist_r", "shoulder"):
                assert math.dist(end.joints[name], nxt_fig.joints[name]) < 0.35, (slug, i, name)


@pytest.mark.parametrize("slug", [d.slug for d in CAT.drills.values() if d.sided])
def test_mirroring_swaps_sides(slug: str) -> None:
    drill = CAT.drill(slug)
    left = Scene(drill, side="left")
    right = Scene(drill, side="right")
    assert right.keyframes == tuple(k.mirrored() for k in left.source)
    for i in range(len(left.source)):
        a, b = left.keyframe(i), right.keyframe(i)
        for name, (x, y) in a.joints.items():
            assert b.joints[swap_side(name)] == pytest.approx((-x, y))
        near_a = {s.name for s in a.segments if s.near and s.side}
        near_b = {s.name for s in b.segments if s.near and s.side}
        assert {swap_side(n) for n in near_a} == near_b
        labels_a = [c.split(":")[0] for c, _e in a.contacts]
        labels_b = [c.split(":")[0] for c, _e in b.contacts]
        mirror = {str(c): str(c.mirrored()) for c in left.source[i].ground}
        assert labels_b == [mirror[x] for x in labels_a]
        if a.view == "side" and drill.sided:
            assert all(s.side == "l" for s in a.segments if s.near and s.side)
            assert all(s.side == "r" for s in b.segments if s.near and s.side)


def test_moving_limbs_are_flagged() -> None:
    bridge = Scene(CAT.drill("glute_bridge")).keyframe(0)
    assert any(s.moving for s in bridge.segments if s.name.startswith("thigh"))
    lift = Scene(CAT.drill("quadruped_hip_ext")).keyframe(0)
    moving = {s.name for s in lift.segments if s.moving}
    assert "thigh_l" in moving and "thigh_r" not in moving
    assert lift.arrow is not None and len(lift.arrow) == 3


def test_pose_modules_do_not_import_qt() -> None:
    core = Path(__file__).resolve().parents[2] / "hipdesk" / "core"
    for path in sorted(core.glob("pose*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any("PySide" in n or "Qt" in n for n in names), path.name


def test_motion_follows_the_tempo_split() -> None:
    from hipdesk.core.pose_motion import motion_plan

    bridge = CAT.drill("glute_bridge")  # "2 s up, 2 s hold, 2 s down" over 2 keyframes
    plan = motion_plan(bridge.dose, 2)
    assert [(s.kind, s.index, s.seconds) for s in plan.steps] == [
        ("move", 0, 2.0), ("hold", 1, 2.0), ("move", 1, 2.0),
    ]  # fmt: skip
    assert plan.at(1.0).frac == pytest.approx(0.5) and not plan.at(1.0).holding
    hold = plan.at(2.5)
    assert hold.holding and 0.0 < hold.arrow_alpha < 1.0  # the arrow fades in
    assert plan.at(3.9).arrow_alpha == 1.0
    stand = motion_plan(CAT.drill("sit_to_stand").dose, 3)  # "2 s up, 3 s down"
    assert [s.seconds for s in stand.steps] == [1.0, 1.0, 3.0]
    circles = motion_plan(CAT.drill("hip_cars_standing").dose, 3)  # no split: even shares
    assert circles.period == pytest.approx(8.0) and len(circles.steps) == 3


def test_hold_moves_in_then_bobs_under_one_percent() -> None:
    from hipdesk.core.pose_motion import breathing_bob, motion_plan

    drill = CAT.drill("half_kneel_hip_flexor")  # "ease in over 5 s, then hold and breathe"
    plan = motion_plan(drill.dose, 2)
    assert plan.steps[0].kind == "move" and plan.steps[0].seconds == 5.0
    assert plan.steps[1].kind == "hold" and plan.steps[1].seconds == 30.0
    scene = Scene(drill)
    height = scene.bounds[3] - scene.bounds[1]
    bobs = [breathing_bob(t / 10, height) for t in range(100)]
    assert max(bobs) <= 0.01 * height and max(bobs) > 0


def test_lying_front_views_are_drawn_three_quarter_with_a_head() -> None:
    for slug in ("supine_windshield", "supine_butterfly", "supine_figure4", "prone_hip_rotation"):
        scene = Scene(CAT.drill(slug), "front")
        fig = scene.keyframe(1)
        assert scene.camera is not None and not fig.floor_line
        trunk = next(s for s in fig.segments if s.name == "trunk")
        # The head is clear of the trunk's pelvis end: the body is not seen end-on.
        assert math.dist(fig.head, trunk.points[0]) > 0.8, slug
