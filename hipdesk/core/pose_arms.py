"""Arm conventions: arms placed on the body instead of by their angles (pure Python, no Qt).

A keyframe's optional ``arms`` key (``crossed``, ``hand_on_belly``, ``hands_on_hips``,
``hands_under_back``) puts the hands where the brief's text says they are, which the side-view
angles alone cannot: crossed forearms in front of the chest, a hand resting on the belly, hands
on the hips with the elbows out, hands tucked under the low back of a figure lying on its
back. The targets are in the trunk frame (``X`` forward, ``Y`` up the trunk line, ``Z``
towards the figure's left, origin mid-hip), so they lean with the trunk and read the same in
the side, front and three-quarter views, and mirroring swaps them like any limb.

    elbow, wrist, hand = place_arm("hands_on_hips", "l", shoulder)

Each arm is solved as two bones (upper arm, forearm) reaching for its wrist target, the elbow
bending towards a pole direction; the hand continues in a given direction.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from hipdesk.core.pose_skeleton import (
    FOREARM,
    HAND,
    JOINT_SPREAD,
    TRUNK,
    UPPER_ARM,
    V3,
    skeleton,
    to_world,
)

#: Per convention and arm (``l``: the figure's left): wrist target, elbow pole, hand direction,
#: all in the trunk frame. ``None``: that arm follows its angles.
_Target = tuple[V3, V3, V3]
ARM_TARGETS: Mapping[str, Mapping[str, _Target | None]] = {
    # Forearms folded across the lower chest, the left one in front, hands at the other arm.
    "crossed": {
        "l": ((0.34, 0.70, -0.24), (0.35, -1.0, 0.5), (0.0, 0.25, -1.0)),
        "r": ((0.27, 0.80, 0.24), (0.3, -1.0, -0.5), (0.0, 0.25, 1.0)),
    },
    # The near (left) hand rests on the upper belly, fingers towards the navel (where the
    # breath marker swells); the elbow lies out to the side.
    "hand_on_belly": {
        "l": ((0.26, 0.80, 0.06), (-0.6, 0.0, 1.0), (0.0, -1.0, -0.2)),
        "r": None,
    },
    # Lying on the back: hands palms down under the small of the back, fingers towards each
    # other, elbows on the floor out to the sides (curl-up).
    "hands_under_back": {
        "l": ((-0.15, 0.32, 0.1), (0.15, 0.0, 1.0), (-0.05, 0.1, -1.0)),
        "r": ((-0.15, 0.36, -0.1), (0.15, 0.0, -1.0), (-0.05, 0.1, 1.0)),
    },
    # Hands on the hip bones, fingers forward, elbows out to the sides and a little back.
    "hands_on_hips": {
        "l": ((0.02, 0.26, 0.34), (-0.45, 0.0, 1.0), (0.5, -1.0, -0.15)),
        "r": ((0.02, 0.26, -0.34), (-0.45, 0.0, -1.0), (0.5, -1.0, 0.15)),
    },
}


def _add(a: V3, b: V3, s: float = 1.0) -> V3:
    return (a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s)


def _sub(a: V3, b: V3) -> V3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a: V3, b: V3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _unit(a: V3) -> V3:
    n = math.sqrt(_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def two_bone(start: V3, target: V3, pole: V3, a: float, b: float) -> tuple[V3, V3]:
    """(joint, end) of a two-bone chain of lengths ``a`` and ``b`` from ``start`` reaching for
    ``target`` (the end stops short when it is out of reach), bending towards ``pole``."""
    span = _sub(target, start)
    d = math.sqrt(_dot(span, span))
    axis = _unit(span) if d > 1e-9 else (0.0, -1.0, 0.0)
    d = min(max(d, abs(a - b) + 1e-6), a + b - 1e-6)
    along = (a * a - b * b + d * d) / (2 * d)
    height = math.sqrt(max(0.0, a * a - along * along))
    side = _sub(pole, (axis[0] * _dot(pole, axis), axis[1] * _dot(pole, axis),
                       axis[2] * _dot(pole, axis)))  # fmt: skip
    joint = _add(_add(start, axis, along), _unit(side), height)
    return joint, _add(start, axis, d)


def place_arm(arms: str, s: str, shoulder: V3) -> tuple[V3, V3, V3] | None:
    """(elbow, wrist, hand tip) of arm ``s`` in the trunk frame for the convention ``arms``;
    None when that arm follows its angles."""
    spec = ARM_TARGETS.get(arms, {}).get(s)
    if spec is None:
        return None
    target, pole, hand_dir = spec
    elbow, wrist = two_bone(shoulder, target, pole, UPPER_ARM, FOREARM)
    return elbow, wrist, _add(wrist, _unit(hand_dir), HAND)


_ARM_JOINTS = ("elbow", "wrist", "hand")


def _with_arms(j: dict[str, V3], a: Mapping[str, float], arms: str | None) -> dict[str, V3]:
    if not arms or arms not in ARM_TARGETS:
        return j
    trunk, side = a.get("trunk", 0.0), a.get("trunk_side", 0.0)
    out = dict(j)
    for s, sign in (("l", 1.0), ("r", -1.0)):
        placed = place_arm(arms, s, (0.0, TRUNK, sign * JOINT_SPREAD))
        if placed is not None:
            for name, q in zip(_ARM_JOINTS, placed, strict=True):
                out[f"{name}_{s}"] = to_world(q, trunk, side)
    return out


def posed_skeleton(
    a: Mapping[str, float], arms: str | None, arms_next: str | None = None, t: float = 0.0
) -> dict[str, V3]:
    """:func:`skeleton` with the arm convention applied; between keyframes whose conventions
    differ (``arms`` → ``arms_next``) the arm joints blend by ``t`` (0…1, already eased)."""
    base = skeleton(a)
    j = _with_arms(base, a, arms)
    if arms_next == arms or t <= 0.0:
        return j
    k = _with_arms(base, a, arms_next)
    for s in "lr":
        for name in _ARM_JOINTS:
            p, q = j[f"{name}_{s}"], k[f"{name}_{s}"]
            j[f"{name}_{s}"] = (
                p[0] + (q[0] - p[0]) * t,
                p[1] + (q[1] - p[1]) * t,
                p[2] + (q[2] - p[2]) * t,
            )
    return j
