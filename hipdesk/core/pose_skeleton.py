"""Forward kinematics of the stick figure (pure Python, no Qt).

One 3-D skeleton serves both views (content brief 2.1). Body axes: ``X`` forward (the way the
figure faces), ``Y`` up, ``Z`` towards the figure's left. Lengths are in thigh units.

* The trunk frame is the sagittal lean ``trunk`` (forward +) applied after the side lean
  ``trunk_side`` (+ towards the figure's left).
* A leg hangs along the trunk line; ``abd_x`` swings it away from the midline, ``hip_x`` flexes
  it forward, ``rot_x`` turns it about the thigh (internal + moves a bent knee's foot away from
  the midline) and ``knee_x`` bends the shank backwards.
* An arm hangs along the trunk; ``shoulder_x`` raises it forward, ``arm_x`` out to the side and
  ``elbow`` bends the forearm forward.

In the side view (``x = X``) these reduce exactly to the brief's drawing formulas: thigh =
hip − trunk, shank = thigh − knee, upper arm = shoulder − trunk, forearm = upper arm + elbow.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

V3 = tuple[float, float, float]

TRUNK = 1.1
NECK_HEAD = 0.45
HEAD_R = 0.2
THIGH = 1.0
SHANK = 1.0
FOOT = 0.3
UPPER_ARM = 0.7
FOREARM = 0.6
HAND = 0.25
JOINT_SPREAD = 0.2  # hip and shoulder joints either side of the midline
LIMB_W = 0.16  # limb width, 0.16 × thigh (brief 9)
TRUNK_W = 0.36  # side-view trunk thickness


def _add(a: V3, b: V3, s: float = 1.0) -> V3:
    return (a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s)


def _sag(v: V3, deg: float) -> V3:
    """Rotate in the sagittal plane: down (0, −1) turns towards forward (+X) for deg > 0."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (v[0] * c - v[1] * s, v[0] * s + v[1] * c, v[2])


def _lat(v: V3, deg: float) -> V3:
    """Rotate in the frontal plane: up (+Y) turns towards the figure's left (+Z) for deg > 0."""
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return (v[0], v[1] * c - v[2] * s, v[1] * s + v[2] * c)


def _trunk_frame(a: Mapping[str, float]) -> tuple[float, float]:
    return a.get("trunk", 0.0), a.get("trunk_side", 0.0)


def to_world(v: V3, trunk: float, side: float) -> V3:
    """A trunk-frame vector in world axes (the trunk leaned by ``trunk`` and ``trunk_side``)."""
    return _sag(_lat(v, side), -trunk)


def _leg(a: Mapping[str, float], s: str) -> tuple[V3, V3, V3]:
    """Thigh, shank and (perpendicular) foot directions of leg ``s`` in the trunk frame."""
    sign = 1.0 if s == "l" else -1.0
    flex = a.get(f"hip_{s}", 0.0)
    abd = a.get(f"abd_{s}", 0.0)
    rot = math.radians(a.get(f"rot_{s}", 0.0))
    knee = math.radians(a.get(f"knee_{s}", 0.0))
    ck, sk, cr, sr = math.cos(knee), math.sin(knee), math.cos(rot), math.sin(rot)
    local: tuple[V3, V3, V3] = (
        (0.0, -1.0, 0.0),
        (-sk * cr, -ck, sign * sk * sr),  # shank: bent backwards, turned about the thigh
        (ck * cr, -sk, sign * ck * sr),  # foot: at right angles to the shank, forwards
    )
    th, sh, ft = (_sag(_lat(v, -sign * abd), flex) for v in local)
    return th, sh, ft


def _arm(a: Mapping[str, float], s: str) -> tuple[V3, V3]:
    sign = 1.0 if s == "l" else -1.0
    up: V3 = _sag((0.0, -1.0, 0.0), a.get(f"shoulder_{s}", 0.0))
    up = _lat(up, -sign * a.get(f"arm_{s}", 0.0))
    # The elbow bends the forearm forward within the plane of the arm and the trunk's X axis.
    elbow = a.get("elbow", 0.0)
    fwd: V3 = _sag((0.0, -1.0, 0.0), a.get(f"shoulder_{s}", 0.0) + 90.0)
    fwd = _lat(fwd, -sign * a.get(f"arm_{s}", 0.0))
    r = math.radians(elbow)
    fore = _add((up[0] * math.cos(r), up[1] * math.cos(r), up[2] * math.cos(r)), fwd, math.sin(r))
    return up, fore


def skeleton(a: Mapping[str, float]) -> dict[str, V3]:
    """Joint positions with the pelvis (mid-hip) at the origin.

    Keys: pelvis, hip_x, knee_x, ankle_x, toe_x (foot at right angles to the shank), shoulder
    (mid), shoulder_x, elbow_x, wrist_x, hand_x (finger tips), neck_dir (unit vector of the
    neck at the shoulder), spine_ctrl (control point of the trunk arc), front (trunk's forward).
    """
    trunk, side = _trunk_frame(a)

    def w(v: V3) -> V3:
        return to_world(v, trunk, side)

    j: dict[str, V3] = {"pelvis": (0.0, 0.0, 0.0)}
    up = w((0.0, 1.0, 0.0))
    front = w((1.0, 0.0, 0.0))
    j["front"] = front
    shoulder = _add(j["pelvis"], up, TRUNK)
    j["shoulder"] = shoulder
    spine = math.radians(a.get("spine", 0.0))
    # Quadratic arc: rounded (+) bulges backwards; the bulge of a quadratic is half the control
    # offset, and an arc of total bend ``spine`` has sagitta ≈ L·tan(spine/4)/2.
    bulge = TRUNK * math.tan(spine / 4.0)
    mid = _add(j["pelvis"], up, TRUNK / 2)
    j["spine_ctrl"] = _add(mid, front, -bulge)
    # The neck leaves the arc along its tangent at the shoulder end.
    tang = _add(shoulder, j["spine_ctrl"], -1.0)
    n = math.sqrt(sum(c * c for c in tang)) or 1.0
    j["neck_dir"] = (tang[0] / n, tang[1] / n, tang[2] / n)
    for s, sign in (("l", 1.0), ("r", -1.0)):
        lateral = w((0.0, 0.0, sign * JOINT_SPREAD))
        hip = _add(j["pelvis"], lateral)
        th, sh, ft = _leg(a, s)
        th, sh, ft = w(th), w(sh), w(ft)
        j[f"hip_{s}"] = hip
        j[f"knee_{s}"] = _add(hip, th, THIGH)
        j[f"ankle_{s}"] = _add(j[f"knee_{s}"], sh, SHANK)
        j[f"toe_{s}"] = _add(j[f"ankle_{s}"], ft, FOOT)
        j[f"shank_dir_{s}"] = sh
        sho = _add(shoulder, lateral)
        ua, fa = _arm(a, s)
        ua, fa = w(ua), w(fa)
        j[f"shoulder_{s}"] = sho
        j[f"elbow_{s}"] = _add(sho, ua, UPPER_ARM)
        j[f"wrist_{s}"] = _add(j[f"elbow_{s}"], fa, FOREARM)
        j[f"hand_{s}"] = _add(j[f"wrist_{s}"], fa, HAND)
    return j
