"""Three-quarter cameras for front views that read badly end-on (pure Python, no Qt).

The brief's front view (2.1) looks straight at the chest, or from the feet for lying drills.
Some poses collapse when seen like that: a lying trunk points at the camera, a 90/90 sit puts
both shins in one line along the floor, and an ankle resting on the other knee hides behind
that knee. For these the renderer turns the camera (azimuth from the front towards the figure's
left, elevation above the floor) and draws a projection of the 3-D pose. The contacts are still
checked in the brief's physical front view; only the drawing is turned.

    cam = camera_for(drill, "front", first_keyframe)   # None: draw the flat front view
    axes = camera_axes(cam, prone)                     # towards the camera, image right, up
    world = world_joints(placed, skeleton, ground, prone, base)
    point = project(axes, world["knee_l"])
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from hipdesk.core.catalogue import Contact, Drill, Keyframe
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose_ground import (
    CHAIR_BACK,
    CHAIR_SEAT,
    FLAT_FEET,
    POINTED_FEET,
    Point,
    Prop,
    is_supporting,
)
from hipdesk.core.pose_skeleton import FOOT, HEAD_R, LIMB_W, NECK_HEAD, V3

#: (azimuth, elevation) in degrees. Lying, one-sided drills turn towards the working leg;
#: both-legs drills stay nearly square to the feet so the two sides read alike.
CAMERA_LYING = (45.0, 28.0)
CAMERA_LYING_BOTH = (20.0, 35.0)
#: Lying with an ankle on the other knee: from the feet and the working side, so the legs draw
#: the "4" (the raised knee, the shin lying across it, the open thigh) clear of the trunk and
#: the head (from nearer the feet the raised knees cover them).
CAMERA_LYING_FIGURE4 = (45.0, 35.0)
#: Floor sitting (90/90): high and from the front-left, so the front shin lies across in front
#: of the figure and the back shin points away, both flat on the mat.
CAMERA_FLOOR_SIT = (20.0, 60.0)
#: Seated with an ankle on the other knee: from the front-right and a little above, so the
#: top shin lies across the near knee and the open knee points away to the side.
CAMERA_SEATED = (-50.0, 20.0)
#: Lying on one side with the hips bent (clamshell): from in front and above, so the bent
#: legs lie on the mat in front of the body and the top knee opens upwards.
CAMERA_SIDE_LYING = (180.0, 35.0)
Camera = tuple[V3, V3, V3]  # towards the camera, image right, image up
SHOWN = (
    "pelvis", "spine_ctrl", "shoulder",
    *(f"{n}_{s}" for n in ("hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist", "hand")
      for s in "lr"),
)  # fmt: skip
SEAT_W = 0.55  # half the chair seat's width
SEAT_BACK = 0.3  # the chair back behind the pelvis (as in the side view)
SEAT_DEPTH = 0.95
TORSO_3Q_W = 0.44  # trunk width drawn by a three-quarter camera


def dot(a: V3, b: V3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: V3, b: V3) -> V3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def unit(a: V3) -> V3:
    n = math.sqrt(dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def crosses_a_knee(kfs: Sequence[Keyframe]) -> bool:
    """True when a keyframe rests one foot on the other knee (``foot_x@knee_y``)."""
    return any(c.on in ("knee_l", "knee_r") for k in kfs for c in k.ground)


def camera_for(drill: Drill, view: View, source: Sequence[Keyframe]) -> tuple[float, float] | None:
    """The (azimuth, elevation) to draw ``view`` of ``drill`` from, or None (flat view)."""
    if view != "front":
        return None
    if abs(source[0]["trunk"]) > 45:
        if crosses_a_knee(source):
            return CAMERA_LYING_FIGURE4
        return CAMERA_LYING if drill.sides == "per_side" else CAMERA_LYING_BOTH
    first = source[0].angles
    if abs(first.get("trunk_side", 0.0)) > 45 and max(first["hip_l"], first["hip_r"]) >= 30:
        return CAMERA_SIDE_LYING
    if drill.position == "floor_sitting":
        return CAMERA_FLOOR_SIT
    if drill.position == "seated" and crosses_a_knee(source):
        return CAMERA_SEATED
    return None


def camera_axes(angles: tuple[float, float], prone: bool) -> Camera:
    """(towards the camera, image right, image up). The camera sits in front of the chest
    (upright) or at the feet (lying: supine feet at +X, prone at −X), turned by ``angles``."""
    az, el = (math.radians(a) for a in angles)
    feet = -1.0 if prone else 1.0
    c = unit((math.cos(el) * math.cos(az) * feet, math.sin(el), math.cos(el) * math.sin(az)))
    right = unit(cross(c, (0.0, 1.0, 0.0)))
    return c, right, cross(right, c)


def project(cam: Camera, q: V3) -> Point:
    return (dot(q, cam[1]), dot(q, cam[2]))


def world_joints(
    p: Mapping[str, Point],
    j: Mapping[str, V3],
    ground: Sequence[Contact],
    prone: bool,
    base: float,
) -> dict[str, V3]:
    """3-D joints placed like the physical front view ``p`` (same height and sideways
    shift), with the head resting on the surface and feet flat or pointed."""
    sign = -1.0 if prone else 1.0
    off = (0.0, p["pelvis"][1], sign * p["pelvis"][0])
    w = {k: (j[k][0] + off[0], j[k][1] + off[1], j[k][2] + off[2]) for k in SHOWN}
    sho, nd = w["shoulder"], j["neck_dir"]
    d = NECK_HEAD - HEAD_R
    head = (sho[0] + nd[0] * d, max(sho[1] + nd[1] * d, base + HEAD_R), sho[2] + nd[2] * d)
    w["head"] = head
    floor = base + LIMB_W / 2
    feet_x = -1.0 if prone else 1.0
    for s in "lr":
        parts = {c.base for c in ground if c.side in (s, None) and is_supporting(c)}
        a, t = w[f"ankle_{s}"], w[f"toe_{s}"]
        sd = j[f"shank_dir_{s}"]
        if parts & POINTED_FEET or (t[1] < floor and a[1] < floor + 0.15):
            pointed = (a[0] + sd[0] * FOOT, a[1] + sd[1] * FOOT, a[2] + sd[2] * FOOT)
            if pointed[1] >= floor - 1e-9 or parts & POINTED_FEET:
                w[f"toe_{s}"] = (pointed[0], max(pointed[1], floor), pointed[2])
                continue
        if parts & FLAT_FEET or t[1] < floor:
            hx, hz = t[0] - a[0], t[2] - a[2]
            n = math.hypot(hx, hz)
            if n < 0.05:
                hx, hz, n = feet_x, 0.0, 1.0
            drop = min(max(a[1] - floor, 0.0), FOOT)
            run = math.sqrt(max(0.0, FOOT * FOOT - drop * drop))
            w[f"toe_{s}"] = (a[0] + hx / n * run, floor, a[2] + hz / n * run)
    return w


def _outline(cam: Camera, pts: Sequence[V3]) -> tuple[Point, ...]:
    return tuple(project(cam, q) for q in pts)


def floor_props(cam: Camera, worlds: Sequence[Mapping[str, V3]], base: float) -> tuple[Prop, ...]:
    """The mat (or bed top, or a patch of floor) as an outline on the floor plane, with the
    edges of its thickness the camera sees."""
    xs = [q[0] for w in worlds for q in w.values()]
    zs = [q[2] for w in worlds for q in w.values()]
    x0, x1, z0, z1 = min(xs) - 0.25, max(xs) + 0.25, min(zs) - 0.3, max(zs) + 0.3
    y = base
    top = _outline(cam, [(x0, y, z0), (x1, y, z0), (x1, y, z1), (x0, y, z1), (x0, y, z0)])
    lines: tuple[tuple[Point, ...], ...] = (top,)
    if y > 0:
        near_x = x1 if cam[0][0] >= 0 else x0
        near_z, far_z = (z1, z0) if cam[0][2] >= 0 else (z0, z1)
        side = [(near_x, y, far_z), (near_x, 0.0, far_z), (near_x, 0.0, near_z)]
        if abs(cam[0][2]) > 0.05:  # the end face, unless seen edge-on
            end = [(x0, y, near_z), (x0, 0.0, near_z), (x1, 0.0, near_z), (x1, y, near_z)]
            lines += (_outline(cam, end),)
        else:
            side.append((near_x, y, near_z))
        lines += (_outline(cam, side),)
    return (Prop("mat", lines, ()),)


def chair_prop(cam: Camera, pelvis: V3) -> Prop:
    """A chair seen by the camera: seat, four legs and the back, behind a seated pelvis."""
    bx, fx = pelvis[0] - SEAT_BACK, pelvis[0] - SEAT_BACK + SEAT_DEPTH
    zl, zr = pelvis[2] + SEAT_W, pelvis[2] - SEAT_W
    s, top = CHAIR_SEAT, CHAIR_BACK
    seat = [(bx, s, zl), (fx, s, zl), (fx, s, zr), (bx, s, zr), (bx, s, zl)]
    back = [(bx, s, zl), (bx, top, zl), (bx, top, zr), (bx, s, zr), (bx, s, zl)]
    legs = [[(x, s, z), (x, 0.0, z)] for x in (bx, fx) for z in (zl, zr)]
    lines = tuple(_outline(cam, ln) for ln in (back, seat, *legs))
    return Prop("chair", lines, ())
