"""Direction arrows of the drill figure (pure Python, no Qt).

Brief 9: a curved arrow beside the moving limb, from the current keyframe towards the next;
never rely on colour alone. :func:`limb_arrow` follows the limb that moves most between two
keyframes (a limb carried along by the trunk, such as folded arms, does not count: the head
shows the trunk's movement); a movement too small for any segment to turn more than 5° (a
curl-up's head lift) still gets an arrow when a segment turns more than half that.

In a pelvic tilt only the curve of the low back changes and in pelvic circles the pelvis
travels round under a still chest, so a drill may ask (``arrow`` in its data) for a curved
arrow around the pelvis instead:

* ``pelvis_tilt``: a two-headed arc on the belly side of the pelvis, leaning towards the head
  (a rocking movement, so both ways).
* ``pelvis_circle``: a horizontal ring around the pelvis, seen a little from above, open at the
  back (where the body hides it) and pointing the way the keyframes travel round.

Arrows are polylines in display units: (start, middle, end) for a limb, more points for the
pelvis arrows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from hipdesk.core.catalogue import Keyframe
from hipdesk.core.pose_ground import Point
from hipdesk.core.pose_skeleton import V3

#: A segment "moves" (accent colour, arrow candidate) when it turns more than this (brief 9).
MOVING_DEG = 5.0
#: Shorter moves get a stretched arrow (thigh units).
MIN_ARROW = 0.55
ARROW_OFFSET = 0.3
#: An arrow following one point (``follow``) clears the body within this distance of it by
#: ``FOLLOW_CLEAR`` (half the front-view torso outline's stroke and a gap).
FOLLOW_REACH = 0.45
FOLLOW_CLEAR = 0.2
LIMBS = (
    ("thigh", "hip", "knee"), ("shank", "knee", "ankle"), ("foot", "ankle", "toe"),
    ("upper_arm", "shoulder", "elbow"), ("forearm", "elbow", "wrist"), ("hand", "wrist", "hand"),
)  # fmt: skip
DISTAL = {name: b for name, _a, b in LIMBS}


def angle(u: V3, v: V3) -> float:
    """The angle between two directions, degrees."""
    nu = math.sqrt(sum(c * c for c in u)) or 1.0
    nv = math.sqrt(sum(c * c for c in v)) or 1.0
    d = sum(a * b for a, b in zip(u, v, strict=True)) / (nu * nv)
    return math.degrees(math.acos(max(-1.0, min(1.0, d))))


def seg_dirs(j: Mapping[str, V3]) -> dict[str, V3]:
    """World direction of every segment (``trunk``, ``spine``, ``thigh_l`` …)."""

    def sub(a: V3, b: V3) -> V3:
        return (a[0] - b[0], a[1] - b[1], a[2] - b[2])

    out = {"trunk": sub(j["shoulder"], j["pelvis"]), "spine": sub(j["spine_ctrl"], j["pelvis"])}
    for s in "lr":
        for name, a, b in LIMBS:
            out[f"{name}_{s}"] = sub(j[f"{b}_{s}"], j[f"{a}_{s}"])
    return out


def _carried(ka: Keyframe, kb: Keyframe) -> set[str]:
    """Arm segments that only ride along with the trunk between two keyframes."""
    return {
        f"{seg}_{s}"
        for s in "lr"
        if ka.arms == kb.arms
        and all(ka.angles.get(key) == kb.angles.get(key)
                for key in (f"shoulder_{s}", f"arm_{s}", "elbow"))
        for seg in ("upper_arm", "forearm", "hand")
    }  # fmt: skip


def limb_arrow(
    a: Mapping[str, Point],
    b: Mapping[str, Point],
    ja: Mapping[str, V3],
    jb: Mapping[str, V3],
    ka: Keyframe,
    kb: Keyframe,
    midway: Callable[[str], Point],
    follow: str | None = None,
) -> tuple[Point, ...] | None:
    """(start, middle, end) of the arrow from key pose ``a`` towards ``b`` (display points;
    ``ja``/``jb`` their skeletons, ``midway(name)`` the point halfway through the move),
    beside the figure; None when nothing moves. ``follow`` names the point to follow (the
    pelvis of a hip lift) instead of the one that travels furthest."""
    da, db = seg_dirs(ja), seg_dirs(jb)
    carried = _carried(ka, kb)
    turns = {name: angle(da[name], db[name]) for name in da if name not in carried}

    def travel(q: str) -> float:
        return math.dist(a[q], b[q])

    best = follow
    # Segments that turn more than 5°; failing that, a smaller movement (a curl-up's head lift)
    # still gets its arrow (brief 9: never rely on colour alone).
    for least in (MOVING_DEG, MOVING_DEG / 2) if follow is None else ():
        cands = [
            f"{DISTAL[name[:-2]]}_{name[-1]}" if name[-2:] in ("_l", "_r") else "head"
            for name, turn in turns.items()
            if turn > least
        ]
        best = max(cands, key=travel) if cands else None
        if best is not None and travel(best) >= 0.05:
            break
    if best is None or travel(best) < 0.05:
        return None
    if follow is not None:
        return _above(a, b, follow)
    mid = midway(best)
    p0, p2 = a[best], b[best]
    cx = sum(q[0] for q in a.values()) / len(a)
    cy = sum(q[1] for q in a.values()) / len(a)
    dx, dy = p2[0] - p0[0], p2[1] - p0[1]
    ln = math.hypot(dx, dy)
    nx, ny = -dy / ln, dx / ln
    if (mid[0] - cx) * nx + (mid[1] - cy) * ny < 0:
        nx, ny = -nx, -ny
    pts = [(q[0] + nx * ARROW_OFFSET, q[1] + ny * ARROW_OFFSET) for q in (p0, mid, p2)]
    if ln < MIN_ARROW:  # stretch short moves so the arrow stays readable
        f = MIN_ARROW / ln
        c = pts[0]
        pts = [(c[0] + (q[0] - c[0]) * f, c[1] + (q[1] - c[1]) * f) for q in pts]
    return tuple(pts)


def _above(a: Mapping[str, Point], b: Mapping[str, Point], name: str) -> tuple[Point, ...]:
    """A straight arrow along the path of point ``name`` (stretched about its middle when
    short), raised just clear of the body around that point in both poses: a hip lift reads
    as an arrow over the hips, up on the way up and down on the way down."""
    p0, p2 = a[name], b[name]
    ln = math.dist(p0, p2)
    f = max(1.0, MIN_ARROW / ln) / 2
    cx, cy = (p0[0] + p2[0]) / 2, (p0[1] + p2[1]) / 2
    ux, uy = (p2[0] - p0[0]) * f, (p2[1] - p0[1]) * f
    pts = [(cx - ux, cy - uy), (cx, cy), (cx + ux, cy + uy)]
    body = [q for pose in (a, b) for q in pose.values() if math.dist(q, pose[name]) < FOLLOW_REACH]
    lift = max(q[1] for q in body) + FOLLOW_CLEAR - min(q[1] for q in pts)
    return tuple((x, y + max(0.0, lift)) for x, y in pts)


# -- arrows around the pelvis --------------------------------------------------------------------

TILT_RADIUS = 0.6
RING_RADIUS = 0.8
#: How far above the pelvis the ring sits (thigh units): about the hip bones.
RING_RISE = -0.05
#: Apparent elevation of the ring in the flat side and front views (degrees).
RING_TILT = 22.0
#: The ring's gap at the back, degrees (the body hides that part).
RING_GAP = 130.0
_STEPS = 24


def tilt_arc(pelvis: Point, front: Point, towards_head: Point) -> tuple[Point, ...]:
    """An arc around ``pelvis`` between the belly side (``front``) and the head side
    (``towards_head``), both directions in display units."""
    a0 = math.atan2(front[1], front[0])
    a1 = math.atan2(towards_head[1], towards_head[0])
    span = (a1 - a0 + math.pi) % (2 * math.pi) - math.pi  # signed, shortest way round
    lo, hi = a0 + 0.12 * span, a0 + 0.88 * span
    return tuple(
        (
            pelvis[0] + TILT_RADIUS * math.cos(lo + (hi - lo) * i / _STEPS),
            pelvis[1] + TILT_RADIUS * math.sin(lo + (hi - lo) * i / _STEPS),
        )
        for i in range(_STEPS + 1)
    )


def travel_direction(offsets: Sequence[tuple[float, float]]) -> float:
    """+1 when the loop of (forward, left) pelvis offsets turns from forward towards the
    figure's left (seen from above), −1 the other way; +1 when it does not turn at all."""
    n = len(offsets)
    area = sum(
        offsets[i][0] * offsets[(i + 1) % n][1] - offsets[(i + 1) % n][0] * offsets[i][1]
        for i in range(n)
    )
    return -1.0 if area < -1e-6 else 1.0


def ring(centre: V3, direction: float, project: Callable[[V3], Point]) -> tuple[Point, ...]:
    """The pelvis ring as a projected polyline (body axes: ``X`` forward, ``Z`` the figure's
    left), ending in the direction of travel."""
    half = math.radians(180.0 - RING_GAP / 2)
    pts = []
    for i in range(_STEPS * 2 + 1):
        phi = direction * (-half + 2 * half * i / (_STEPS * 2))
        q = (
            centre[0] + RING_RADIUS * math.cos(phi),
            centre[1],
            centre[2] + RING_RADIUS * math.sin(phi),
        )
        pts.append(project(q))
    return tuple(pts)


def flat_projection(view: str, prone: bool) -> Callable[[V3], Point]:
    """A slightly raised look at the side or front view (display x, y), for the ring."""
    k = math.sin(math.radians(RING_TILT))
    if view == "side":  # near side (+Z) lower on screen
        return lambda q: (q[0], q[1] - k * q[2])
    sign = -1.0 if prone else 1.0
    return lambda q: (sign * q[2], q[1] - k * sign * q[0])
