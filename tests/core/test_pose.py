"""The figure's kinematics and placement over every keyframe of every drill (brief 2.1)."""

from __future__ import annotations

import ast
import dataclasses
import math
from pathlib import Path

import pytest

from hipdesk.core.catalogue import Contact, Drill, load_catalogue
from hipdesk.core.catalogue.model import ARMS, swap_side
from hipdesk.core.pose import Figure, Scene, ease_in_out_cubic, interpolate_angles
from hipdesk.core.pose_arms import ARM_TARGETS, posed_skeleton
from hipdesk.core.pose_arrows import travel_direction
from hipdesk.core.pose_ground import MAT_H, ankle_on_knee, is_grip, is_supporting
from hipdesk.core.pose_skeleton import FOREARM, HAND, JOINT_SPREAD, TRUNK_W, UPPER_ARM

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


# --- arm conventions, pelvis arrows and three-quarter views (issue #5) ----------------------


def _upright(**angles: float) -> dict[str, float]:
    base = {k: 0.0 for k in ("trunk", "hip_l", "hip_r", "knee_l", "knee_r", "shoulder_l",
                             "shoulder_r", "elbow", "spine")}  # fmt: skip
    return {**base, **angles}


def test_every_arm_convention_is_drawn() -> None:
    assert set(ARM_TARGETS) == set(ARMS) - {"free"}


@pytest.mark.parametrize("arms", [a for a in ARMS if a != "free"])
def test_placed_arms_keep_their_bone_lengths(arms: str) -> None:
    for trunk in (0.0, 40.0, -90.0):
        j = posed_skeleton(_upright(trunk=trunk), arms)
        for s in "lr":
            assert math.dist(j[f"shoulder_{s}"], j[f"elbow_{s}"]) == pytest.approx(UPPER_ARM)
            assert math.dist(j[f"elbow_{s}"], j[f"wrist_{s}"]) == pytest.approx(FOREARM)
            assert math.dist(j[f"wrist_{s}"], j[f"hand_{s}"]) == pytest.approx(HAND)


def test_arm_conventions_put_the_hands_where_the_text_says() -> None:
    half = TRUNK_W / 2
    crossed = posed_skeleton(_upright(), "crossed")
    for s, side in (("l", 1.0), ("r", -1.0)):
        x, y, z = crossed[f"wrist_{s}"]
        assert x > half and 0.5 < y < 1.0, "in front of the chest"
        assert z * side < -0.1, "each forearm crosses to the other side"
    plain = posed_skeleton(_upright(), "free")
    belly = posed_skeleton(_upright(), "hand_on_belly")
    x, y, z = belly["wrist_l"]
    assert x > half and abs(z) < 0.15 and 0.3 < y < 0.9  # on the front of the belly
    assert belly["hand_r"] == plain["hand_r"]  # the other arm keeps its angles
    hips = posed_skeleton(_upright(), "hands_on_hips")
    for s in "lr":
        wrist, elbow = hips[f"wrist_{s}"], hips[f"elbow_{s}"]
        assert 0.1 < wrist[1] < 0.45 and abs(wrist[2]) > JOINT_SPREAD  # at the hip bones
        assert abs(elbow[2]) > abs(wrist[2]) + 0.2  # elbows out to the sides
    # Arms placed in the trunk frame lean with the trunk.
    leaned = posed_skeleton(_upright(trunk=40.0), "crossed")
    assert math.dist(leaned["wrist_l"], leaned["shoulder"]) == pytest.approx(
        math.dist(crossed["wrist_l"], crossed["shoulder"])
    )


def test_arm_conventions_blend_between_keyframes() -> None:
    a = posed_skeleton(_upright(), "free")
    b = posed_skeleton(_upright(), "crossed")
    half = posed_skeleton(_upright(), "free", "crossed", 0.5)
    mid = tuple((p + q) / 2 for p, q in zip(a["wrist_l"], b["wrist_l"], strict=True))
    assert half["wrist_l"] == pytest.approx(mid)
    assert posed_skeleton(_upright(), "free", "crossed", 0.0) == a


def test_hands_on_hips_read_from_the_front_and_stay_on_the_hips() -> None:
    scene = Scene(CAT.drill("standing_pelvic_circles"))
    assert scene.view == "front"
    for i in range(12):
        fig = scene.at(i / 12)
        j = fig.joints
        mid = j["pelvis"][0]
        for s, side in (("l", 1.0), ("r", -1.0)):
            # front view, camera facing the chest: the figure's left is image-right
            assert (j[f"elbow_{s}"][0] - mid) * side > (j[f"wrist_{s}"][0] - mid) * side + 0.2
            assert abs(j[f"wrist_{s}"][1] - j[f"hip_{s}"][1]) < 0.45
            assert math.dist(j[f"wrist_{s}"], j[f"hip_{s}"]) < 0.45


def test_pelvic_tilt_still_is_not_the_breathing_still() -> None:
    tilt, breath = Scene(CAT.drill("pelvic_tilt")), Scene(CAT.drill("crook_breathing"))
    ft, fb = tilt.keyframe(tilt.key_pose), breath.keyframe(breath.key_pose)
    # Pelvic tilt: a two-headed arrow curving round the pelvis.
    assert ft.arrow is not None and ft.arrow_both and len(ft.arrow) > 3
    radii = [math.dist(q, ft.joints["pelvis"]) for q in ft.arrow]
    assert min(radii) > 0.4 and max(radii) < 0.8
    assert all(q[1] > ft.joints["pelvis"][1] for q in ft.arrow)  # above it, not in the floor
    # Belly breathing: nothing but the breath moves (no arrow); the near hand on the belly.
    assert fb.arrow is None and fb.belly is not None
    assert math.dist(fb.joints["hand_l"], fb.belly[0]) < 0.35
    assert math.dist(ft.joints["wrist_l"], fb.joints["wrist_l"]) > 0.4


def test_pelvic_circles_ring_the_pelvis_and_the_animation_moves_it() -> None:
    from hipdesk.core.pose_motion import motion_plan

    drill = CAT.drill("standing_pelvic_circles")
    for view in ("front", "side"):
        scene = Scene(drill, view)  # type: ignore[arg-type]
        fig = scene.keyframe(scene.key_pose)
        assert fig.arrow is not None and not fig.arrow_both and len(fig.arrow) > 12
        px, py = fig.joints["pelvis"]
        xs = [q[0] for q in fig.arrow]
        behind = 0.5 if view == "front" else 0.1  # seen from the side, open at the back
        assert min(xs) < px - behind and max(xs) > px + 0.5  # round the hips
        assert all(abs(q[1] - py) < 0.5 for q in fig.arrow)
        # The loop, timed as the player plays it: the pelvis travels, the feet stay.
        plan = motion_plan(drill.dose, len(scene.source))
        assert all(step.kind == "move" for step in plan.steps)
        frames = [plan.at(plan.period * i / 40) for i in range(40)]
        figs = [scene.frame(st.index, ease_in_out_cubic(st.frac)) for st in frames]
        shift = [f.joints["pelvis"][0] - f.joints["ankle_l"][0] for f in figs]
        assert max(shift) - min(shift) > 0.25, view
        assert (
            max(f.joints["ankle_l"][0] for f in figs) - min(f.joints["ankle_l"][0] for f in figs)
            < 0.01
        )
    assert travel_direction([(1, 0), (0, 1), (-1, 0), (0, -1)]) == 1.0  # forward, then left
    assert travel_direction([(1, 0), (0, -1), (-1, 0), (0, 1)]) == -1.0
    assert travel_direction([(1, 0), (-1, 0)]) == 1.0  # rocking: drawn one way


def _segment(fig: Figure, name: str) -> tuple[tuple[float, float], ...]:
    return next(s.points for s in fig.segments if s.name == name)


def test_ninety_ninety_is_drawn_from_above_with_both_shins_on_the_mat() -> None:
    scene = Scene(CAT.drill("ninety_ninety_switch"))
    assert scene.view == "front" and scene.camera is not None
    assert math.degrees(math.asin(scene.camera[0][1])) >= 45  # looking down on the mat
    fig = scene.keyframe(scene.key_pose)
    for s in "lr":
        thigh, shin = _segment(fig, f"thigh_{s}"), _segment(fig, f"shank_{s}")
        assert math.dist(*shin) > 0.7, "a shin seen end-on would not read"
        t = (thigh[1][0] - thigh[0][0], thigh[1][1] - thigh[0][1])
        k = (shin[1][0] - shin[0][0], shin[1][1] - shin[0][1])
        cos = (t[0] * k[0] + t[1] * k[1]) / (math.hypot(*t) * math.hypot(*k))
        assert abs(cos) < 0.5, f"the {s} knee does not draw as a right angle"
    j = Scene(CAT.drill("ninety_ninety_switch"), "front")._skel[scene.key_pose]
    assert j["ankle_l"][2] < j["knee_l"][2] - 0.5  # front shin lies across in front
    assert j["ankle_r"][0] < j["knee_r"][0] - 0.6  # back shin points back
    assert j["wrist_l"][0] < -0.2 and j["wrist_r"][0] < -0.2  # hands behind


def test_seated_figure4_rests_the_ankle_on_the_other_knee() -> None:
    drill = CAT.drill("seated_figure4")
    scene = Scene(drill)
    assert scene.view == "front" and scene.camera is not None
    assert "chair" in {p.name for p in scene.shown_props}
    for side in ("left", "right"):
        sc = Scene(drill, side=side)  # type: ignore[arg-type]
        near, far = ("l", "r") if side == "left" else ("r", "l")
        for i in (1, 2):
            fig = sc.keyframe(i)
            shin, knee = _segment(fig, f"shank_{near}"), _segment(fig, f"thigh_{far}")[1]
            assert math.dist(*shin) > 0.5  # the crossed shin reads across the picture
            assert math.dist(shin[1], knee) < 0.3  # ankle drawn on the other knee
            label = f"foot_{near}@knee_{far}:ankle_{near}"
            assert dict(fig.contacts)[label] <= CONTACT_TOL


def test_ankle_on_knee_check_can_fail() -> None:
    sitting = CAT.drill("seated_figure4").keyframes_front[0]  # both feet on the floor
    err = ankle_on_knee(Contact("foot_l", "knee_r"), posed_skeleton(sitting.angles, "free"))
    assert err > 0.5


def test_small_moves_and_carried_arms_get_a_readable_arrow() -> None:
    curl = CAT.drill("mcgill_curl_up")
    k0, k1 = curl.keyframes
    # A lift of 5° (the brief's own numbers): no segment turns more than 5°, yet it has an arrow.
    tiny = {**k1.angles, "trunk": -85.0, "hip_l": 5.0, "hip_r": 65.0, "spine": 10.0}
    small = dataclasses.replace(
        curl, keyframes=(k0, dataclasses.replace(k1, angles=tiny)), key_pose=0, key_arrow="next"
    )
    fig = Scene(small).still()
    assert fig.arrow is not None
    assert fig.arrow[-1][1] > fig.arrow[0][1]  # the head lifts
    assert math.dist(fig.arrow[0], fig.head) < 0.6
    lean = Scene(CAT.drill("seated_figure4"))
    fig = lean.keyframe(1)  # → leaning forward: the arms ride along, the head shows it
    assert fig.arrow is not None and math.dist(fig.arrow[0], fig.head) < 0.6


def test_a_still_shows_the_arrow_its_drill_asks_for() -> None:
    bridge = Scene(CAT.drill("glute_bridge"))  # default: towards the next keyframe
    assert bridge.still() == bridge.keyframe(bridge.key_pose)
    plank = Scene(CAT.drill("side_plank_knees"))  # key_arrow "into": the move reaching it
    still, hold, lying = plank.still(), plank.keyframe(1), plank.keyframe(0)
    assert still.joints == hold.joints and still.arrow == lying.arrow != hold.arrow
    assert Scene(CAT.drill("side_plank_knees"), side="right").still().arrow == tuple(
        (-x, y) for x, y in still.arrow or ()
    )


def test_curl_up_still_shows_a_gentle_lift_and_its_arrow() -> None:
    curl = Scene(CAT.drill("mcgill_curl_up"))
    flat, lifted = curl.keyframe(0), curl.still()
    assert curl.key_pose == 1
    rise = lifted.head[1] - flat.head[1]
    assert 0.2 < rise < 0.6, "head and shoulders visibly, but only slightly, off the floor"
    assert lifted.joints["shoulder"][1] - flat.joints["shoulder"][1] > 0.15
    assert lifted.joints["pelvis"] == pytest.approx(flat.joints["pelvis"])  # low back stays
    assert lifted.arrow is not None
    assert lifted.arrow[-1][1] - lifted.arrow[0][1] > 0.4  # the still's arrow: the lift
    assert math.dist(lifted.arrow[-1], lifted.head) < 0.6
    hold = curl.keyframe(1).arrow  # during the hold the animation points on to lowering
    assert hold is not None and hold[-1][1] < hold[0][1]
    for s in "lr":  # hands under the small of the back, not along the thighs
        x, y = flat.joints[f"wrist_{s}"]
        assert y < flat.joints["pelvis"][1] - 0.1
        assert flat.joints["shoulder"][0] < x < flat.joints["pelvis"][0]


def _knee_angle(fig: Figure, s: str) -> float:
    (hx, hy), (kx, ky) = _segment(fig, f"thigh_{s}")
    ax, ay = _segment(fig, f"shank_{s}")[1]
    u, v = (hx - kx, hy - ky), (ax - kx, ay - ky)
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(cos))


@pytest.mark.parametrize("side", ["left", "right"])
def test_clamshell_lies_on_its_side_with_bent_knees_and_the_top_knee_open(side: str) -> None:
    scene = Scene(CAT.drill("clamshell"), side=side)  # type: ignore[arg-type]
    assert scene.camera is not None  # a flat front view draws the bent legs straight
    top, low = ("l", "r") if side == "left" else ("r", "l")
    closed, fig = scene.keyframe(0), scene.still()
    for f in (closed, fig):
        for s in "lr":
            assert _knee_angle(f, s) < 135, f"the {s} knee does not draw bent"
    knee = _segment(fig, f"thigh_{top}")[1]
    assert knee[1] - _segment(fig, f"thigh_{low}")[1][1] > 0.5  # the top knee lifted
    assert knee[1] - _segment(closed, f"thigh_{top}")[1][1] > 0.3
    ankles = [_segment(fig, f"shank_{s}")[1] for s in "lr"]
    assert math.dist(*ankles) < 0.6  # heels (nearly) together
    # The head rests on the lower arm: that arm is drawn beneath the head, past it.
    order = [seg.name for seg in fig.segments]
    for part in ("upper_arm", "forearm"):
        seg = next(x for x in fig.segments if x.name == f"{part}_{low}")
        assert not seg.near and order.index(seg.name) < order.index("neck")
    assert fig.arrow is not None and math.dist(fig.arrow[-1], knee) < 0.6  # arrow at the knee
    assert fig.arrow[-1][1] > fig.arrow[0][1]  # opening


@pytest.mark.parametrize("side", ["left", "right"])
def test_side_plank_arrow_is_over_the_hips(side: str) -> None:
    scene = Scene(CAT.drill("side_plank_knees"), side=side)  # type: ignore[arg-type]
    for fig, up in ((scene.still(), True), (scene.keyframe(1), False)):
        j = fig.joints
        assert fig.arrow is not None
        assert all(abs(x - j["pelvis"][0]) < 0.3 for x, _y in fig.arrow)
        assert min(y for _x, y in fig.arrow) > max(j["hip_l"][1], j["hip_r"][1])
        assert (fig.arrow[-1][1] > fig.arrow[0][1]) is up  # lift; lowering during the hold
        assert min(math.dist(q, j[f"ankle_{s}"]) for q in fig.arrow for s in "lr") > 0.8


def test_figure4_legs_draw_the_4_clear_of_the_head() -> None:
    for side in ("left", "right"):
        fig = Scene(CAT.drill("supine_figure4"), side=side).still()  # type: ignore[arg-type]
        near, far = ("l", "r") if side == "left" else ("r", "l")
        legs = [_segment(fig, f"{n}_{s}") for n in ("thigh", "shank") for s in "lr"]
        clear = min(_point_to_segment(fig.head, *seg) for seg in legs)
        assert clear > fig.head_r + 0.2, "a raised knee covers the head"
        shin = _segment(fig, f"shank_{near}")
        assert math.dist(*shin) > 0.6  # the crossed shin reads across the picture
        assert math.dist(shin[1], _segment(fig, f"thigh_{far}")[1]) < 0.3  # on the knee
        moving = {s.name for s in fig.segments if s.moving}
        assert {f"thigh_{near}", f"shank_{near}"} <= moving
        assert not {f"thigh_{far}", f"shank_{far}"} & moving


def _point_to_segment(
    p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]
) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return math.dist(p, (a[0] + t * dx, a[1] + t * dy))


def test_hip_circles_front_view_holds_the_chair() -> None:
    for side, s in (("left", "r"), ("right", "l")):
        fig = Scene(CAT.drill("hip_cars_standing"), "front", side).still()  # type: ignore[arg-type]
        chair = next(p for p in fig.props if p.name == "chair")
        wrist = fig.joints[f"wrist_{s}"]
        assert min(math.dist(wrist, q) for q in chair.surface) < 0.1  # at the chair back's top
        pelvis = fig.joints["pelvis"]
        assert (wrist[0] - pelvis[0]) * (chair.surface[0][0] - pelvis[0]) > 0  # beside it
        assert dict(fig.contacts)[f"hand_{s}@chair:wrist_{s}"] <= GRIP_TOL


def test_pelvis_ring_follows_a_three_quarter_camera() -> None:
    drill = dataclasses.replace(CAT.drill("ninety_ninety_switch"), arrow="pelvis_circle")
    scene = Scene(drill, "front")
    assert scene.camera is not None
    fig = scene.keyframe(0)
    assert fig.arrow is not None and len(fig.arrow) > 12
    pelvis = next(s.points[0] for s in fig.segments if s.name == "trunk")  # as drawn
    cx = sum(q[0] for q in fig.arrow) / len(fig.arrow)
    cy = sum(q[1] for q in fig.arrow) / len(fig.arrow)
    assert math.dist((cx, cy), pelvis) < 0.5
