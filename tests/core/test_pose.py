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
    ("supine_windshield", "front", 1): (
        0.16,
        "abd ±35/15 with rot ∓30 lifts the feet ~0.3 off the floor when the back is down; "
        "the placement splits the error (feet ~0.15 up, back ~0.15 down). Data file not ours.",
    ),
    ("supine_windshield", "front", 2): (0.16, "mirror of keyframe 1, same reason"),
    ("supine_butterfly", "front", 1): (
        0.21,
        "abd 40 with rot −40 lifts the feet ~0.4 when the back is down; the error is split.",
    ),
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
        for seg in fig.segments:
            for q in seg.points:
                assert q[1] >= -FLOOR_TOL - 0.0, f"{slug} kf{i}: {seg.name} below the floor"


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
