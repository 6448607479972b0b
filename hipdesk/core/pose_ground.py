"""Ground contacts and props of the stick figure (pure Python, no Qt).

Every ``ground`` entry (content brief 2.1) becomes one or more *contact checks*: a body point,
the surface it must touch and the joint-centre offset above it (pelvis, back, chest and head
0.2; knee and ankle 0.1, ankle 0.25 on the toes; elbow 0.08; wrist 0.05). Two readings of the
brief are the renderer's own and are documented here:

* ``buttocks@chair`` uses 0.1, not the pelvis' 0.2: with the brief's seat height 1.0, shank 1.0
  and ankle 0.1, a 90/90 sit puts the hip joint 0.1 above the seat (0.2 is the lying offset).
* ``thighs`` checks mid-thigh at 0.15 (between the pelvis' 0.2 and the knee's 0.1); ``arms``
  checks the wrist (0.05); ``side_x`` the lowest point of the trunk's midline at 0.3 (half
  the front-view trunk width).

Grips (``hand_x@chair``, ``hands@table``) do not set the figure's height; they fix where the
prop stands, and their check is the hand's distance from the prop's grip edge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from hipdesk.core.catalogue import Contact
from hipdesk.core.catalogue.model import swap_side
from hipdesk.core.pose_skeleton import HEAD_R, LIMB_W, V3

Point = tuple[float, float]

CHAIR_SEAT = 1.0
CHAIR_BACK = 2.0
CHAIR_DEPTH = 0.95
TABLE_TOP = 1.65
TABLE_DEPTH = 1.5
BED_TOP = 1.1
PILLOW = 0.5
MAT_H = 0.05
WALL_H = 3.9
SEAT_OFFSET = 0.1

#: (point names, offset) per contact part without its side suffix.
_PARTS: Mapping[str, tuple[tuple[str, ...], float]] = {
    "feet": (("ankle_l", "ankle_r"), 0.1),
    "foot": (("ankle",), 0.1),
    "heel": (("ankle",), 0.1),
    "toes": (("ankle",), 0.25),
    "knees": (("knee_l", "knee_r"), 0.1),
    "knee": (("knee",), 0.1),
    "shins": (("knee_l", "knee_r", "ankle_l", "ankle_r"), 0.1),
    "shin": (("knee", "ankle"), 0.1),
    "leg": (("knee", "ankle"), 0.1),
    "thighs": (("midthigh_l", "midthigh_r"), 0.15),
    "buttocks": (("pelvis",), 0.2),
    "back": (("back",), 0.2),
    "side": (("back",), 0.3),
    "shoulders": (("shoulder",), 0.2),
    "head": (("head",), 0.2),
    "chest": (("chest",), 0.2),
    "belly": (("belly",), 0.2),
    "arms": (("wrist_l", "wrist_r"), 0.05),
    "arm": (("wrist",), 0.05),
    "hands": (("wrist_l", "wrist_r"), 0.05),
    "hand": (("wrist",), 0.05),
    "forearms": (("elbow_l", "elbow_r", "wrist_l", "wrist_r"), 0.08),
    "forearm": (("elbow", "wrist"), 0.08),
}
_WRIST_OFFSET = 0.05
_SIDED_POINTS = frozenset({"ankle", "knee", "wrist", "elbow"})
FLAT_HANDS = frozenset({"hands", "hand", "forearms", "forearm"})
#: Anchor families, in priority order: the first present in every keyframe keeps its x still.
ANCHORS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"feet", "foot", "toes", "heel"}), "ankle"),
    (frozenset({"knees", "knee", "shins", "shin", "leg"}), "knee"),
    (frozenset({"hands", "hand", "forearms", "forearm"}), "wrist"),
    (frozenset({"buttocks", "back", "belly", "thighs", "side"}), "pelvis"),
    (frozenset({"shoulders", "head", "chest", "arms"}), "shoulder"),
)
FLAT_FEET = frozenset({"feet", "foot"})
POINTED_FEET = frozenset({"shins", "shin", "leg"})


def is_grip(c: Contact) -> bool:
    return c.on in ("chair", "table") and c.base in ("hand", "hands")


def is_supporting(c: Contact) -> bool:
    """Contacts that set the figure's height (not grips, walls or body targets)."""
    return c.on in (None, "chair", "bed", "pillow") and not is_grip(c)


def contact_points(c: Contact, joints: Mapping[str, Point]) -> list[tuple[str, Point, float]]:
    """(point name, point, offset) for one contact."""
    names, offset = _PARTS[c.base]
    if c.base == "toes":
        offset = 0.25
    if c.base == "buttocks" and c.on == "chair":
        offset = SEAT_OFFSET
    out = []
    for n in names:
        name = f"{n}_{c.side}" if c.side and n in _SIDED_POINTS else n
        out.append((name, joints[name], _WRIST_OFFSET if n.startswith("wrist") else offset))
    return out


def surface_y(c: Contact, base: float) -> float:
    return {"chair": CHAIR_SEAT, "bed": BED_TOP, "pillow": base + PILLOW}.get(c.on or "", base)


def vertical_shift(
    contacts: Iterable[Contact], joints: Mapping[str, Point], base: float
) -> float | None:
    """The y shift that puts the supporting contacts on their surfaces (mid-range of their
    individual needs, so a pose that cannot meet all exactly splits the error)."""
    needs = [
        surface_y(c, base) + off - p[1]
        for c in contacts
        if is_supporting(c)
        for _n, p, off in contact_points(c, joints)
    ]
    return (max(needs) + min(needs)) / 2 if needs else None


def anchor_family(keyframe_grounds: Sequence[Sequence[Contact]]) -> tuple[frozenset[str], str]:
    for family, point in ANCHORS:
        if all(any(c.base in family and is_supporting(c) for c in g) for g in keyframe_grounds):
            return family, point
    return frozenset(), "pelvis"


def anchor_x(
    family: frozenset[str], point: str, contacts: Iterable[Contact], joints: Mapping[str, Point]
) -> float:
    xs = [
        p[0]
        for c in contacts
        if c.base in family and is_supporting(c)
        for n, p, _o in contact_points(c, joints)
        if n.startswith(point)
    ]
    return sum(xs) / len(xs) if xs else joints["pelvis"][0]


@dataclass(frozen=True)
class Prop:
    """A prop outline: ``lines`` are polylines in world units (y up, floor at 0)."""

    name: str
    lines: tuple[tuple[Point, ...], ...]
    #: The grip edge or support surface used by the contact checks (a polyline).
    surface: tuple[Point, ...] = ()


def chair_seated(back_x: float, facing: float) -> Prop:
    front = back_x + facing * CHAIR_DEPTH
    return Prop(
        "chair",
        (
            ((back_x, CHAIR_BACK), (back_x, 0.0)),
            ((back_x, CHAIR_SEAT), (front, CHAIR_SEAT), (front, 0.0)),
        ),
        ((back_x, CHAIR_SEAT), (front, CHAIR_SEAT)),
    )


def chair_gripped(back_x: float, away: float) -> Prop:
    """A chair whose back is held: back post at ``back_x``, seat extending ``away``."""
    front = back_x + away * CHAIR_DEPTH
    return Prop(
        "chair",
        (
            ((back_x, CHAIR_BACK), (back_x, 0.0)),
            ((back_x, CHAIR_SEAT), (front, CHAIR_SEAT), (front, 0.0)),
        ),
        ((back_x, CHAIR_SEAT + 0.3), (back_x, CHAIR_BACK + _WRIST_OFFSET)),
    )


def table(edge_x: float, away: float) -> Prop:
    far = edge_x + away * TABLE_DEPTH
    inset = away * 0.12
    top = TABLE_TOP
    return Prop(
        "table",
        (
            ((edge_x, top), (far, top), (far, top - 0.1), (edge_x, top - 0.1), (edge_x, top)),
            ((edge_x + inset, top - 0.1), (edge_x + inset, 0.0)),
            ((far - inset, top - 0.1), (far - inset, 0.0)),
        ),
        ((edge_x, top - 0.25), (edge_x, top + _WRIST_OFFSET), (far, top + _WRIST_OFFSET)),
    )


def wall(x: float) -> Prop:
    return Prop("wall", (((x, 0.0), (x, WALL_H)),), ((x, 0.0), (x, WALL_H)))


def bed(edge_x: float, far_x: float) -> Prop:
    return Prop(
        "bed",
        (
            ((far_x, BED_TOP), (edge_x, BED_TOP), (edge_x, 0.25), (far_x, 0.25), (far_x, BED_TOP)),
            ((edge_x, 0.25), (edge_x, 0.0)),
            ((far_x, 0.25), (far_x, 0.0)),
        ),
        ((far_x, BED_TOP), (edge_x, BED_TOP)),
    )


def pillow(cx: float, base: float) -> Prop:
    w = 0.45
    top = base + PILLOW
    return Prop(
        "pillow",
        (((cx - w, base), (cx - w, top), (cx + w, top), (cx + w, base), (cx - w, base)),),
        ((cx - w, top), (cx + w, top)),
    )


def mat(x0: float, x1: float) -> Prop:
    return Prop(
        "mat",
        (((x0, 0.0), (x0, MAT_H), (x1, MAT_H), (x1, 0.0)),),
        ((x0, MAT_H), (x1, MAT_H)),
    )


def dist_to_polyline(p: Point, line: Sequence[Point]) -> float:
    best = float("inf")
    for a, b in pairwise(line):
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = dx * dx + dy * dy
        t = 0.0 if n == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / n))
        qx, qy = a[0] + t * dx - p[0], a[1] + t * dy - p[1]
        best = min(best, (qx * qx + qy * qy) ** 0.5)
    return best


def residuals_of(
    p: Mapping[str, Point],
    ground: Sequence[Contact],
    props: Sequence[Prop],
    base: float,
    mirrored: bool,
    skeleton3d: Mapping[str, V3] | None = None,
) -> list[tuple[str, float]]:
    """(contact label, error in thigh units) for every point of every contact. Contacts
    between two body parts (``foot_l@knee_r``) are checked on the 3-D ``skeleton3d``."""
    out: list[tuple[str, float]] = []
    by_name = {pr.name: pr for pr in props}

    def name(point: str) -> str:  # point names of the picture as drawn (swapped if mirrored)
        return swap_side(point) if mirrored else point

    for c in ground:
        label = str(c.mirrored()) if mirrored else str(c)
        if is_supporting(c):
            top = surface_y(c, base)
            out += [
                (f"{label}:{name(n)}", abs(q[1] - top - off)) for n, q, off in contact_points(c, p)
            ]
        elif is_grip(c) and c.on in by_name:
            surf = by_name[c.on].surface
            out += [
                (f"{label}:{name(n)}", dist_to_polyline(q, surf))
                for n, q, _o in contact_points(c, p)
            ]
        elif c.on == "wall":
            out.append((label, abs(p["pelvis"][0] - 0.2 - by_name["wall"].surface[0][0])))
        elif c.on in ("arm_l", "arm_r"):
            s = c.on[-1]
            arm = (p[f"shoulder_{s}"], p[f"elbow_{s}"], p[f"wrist_{s}"])
            out.append((label, abs(dist_to_polyline(p["head"], arm) - HEAD_R)))
        elif c.on in ("knee_l", "knee_r") and skeleton3d is not None:
            out.append((f"{label}:{name(f'ankle_{c.side}')}", ankle_on_knee(c, skeleton3d)))
    return out


def ankle_on_knee(c: Contact, j: Mapping[str, V3]) -> float:
    """How far the ankle of ``foot_x@knee_y`` is from resting on the far half of the other
    thigh, next to the knee (limbs touching: centres one limb width apart), in 3-D. An ankle
    hanging below that thigh counts its drop as error too."""
    assert c.on is not None
    ankle = j[f"ankle_{c.side}"]
    hip, knee = j[f"hip_{c.on[-1]}"], j[c.on]
    mid = tuple((h + k) / 2 for h, k in zip(hip, knee, strict=True))
    axis = tuple(k - m for k, m in zip(knee, mid, strict=True))
    n = sum(a * a for a in axis) or 1.0
    t = max(0.0, min(1.0, sum((a - m) * x for a, m, x in zip(ankle, mid, axis, strict=True)) / n))
    near = tuple(m + x * t for m, x in zip(mid, axis, strict=True))
    gap = abs(math.dist(ankle, near) - LIMB_W)
    drop = max(0.0, near[1] - ankle[1] - LIMB_W / 2)
    return gap + drop
