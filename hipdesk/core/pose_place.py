"""Placing a posed skeleton in its view (pure Python, no Qt).

A 3-D skeleton (:mod:`hipdesk.core.pose_skeleton`) becomes the flat picture of one view: its
joints projected (side view: ``x`` forward, front view: the figure's left, seen from the chest
or, lying, from the feet), the contact points the brief names that are not joints (back,
chest, belly, mid-thigh) derived from the trunk arc, and the whole figure shifted so that its
supporting contacts touch their surfaces (brief 2.1). Feet and weight-bearing hands are then
drawn flat, pointed or on the toes, the neck bends so a lying head rests on the surface, and
nothing goes through the floor. :func:`make_props` stands the props where the placed poses
need them.

    placer = Placer("side", prone=False, base=MAT_H, family=family, anchor_point="ankle")
    points = placer.place(skeleton, keyframe.ground)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from hipdesk.core.catalogue import Contact, Keyframe
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose_ground import (
    FLAT_FEET,
    FLAT_HANDS,
    POINTED_FEET,
    Point,
    Prop,
    anchor_x,
    bed,
    chair_gripped,
    chair_seated,
    contact_points,
    is_grip,
    is_supporting,
    mat,
    pillow,
    surface_y,
    table,
    vertical_shift,
    wall,
)
from hipdesk.core.pose_skeleton import FOOT, HAND, HEAD_R, LIMB_W, NECK_HEAD, V3

#: The body's joints (no direction vectors), e.g. for the floor check.
BODY_POINTS = (
    "pelvis", "shoulder", *(f"{n}_{s}" for n in (
        "hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist", "hand") for s in "lr"),
)  # fmt: skip


@dataclass(frozen=True)
class Placer:
    """Projects and places the poses of one drill in one view.

    ``prone``: a front view seen from the feet of a face-down figure (x flipped); ``base``: the
    floor's top (the mat's thickness or 0); ``family``/``anchor_point``: the contacts whose x
    stays put from keyframe to keyframe (:func:`~hipdesk.core.pose_ground.anchor_family`)."""

    view: View
    prone: bool
    base: float
    family: frozenset[str]
    anchor_point: str

    def project(self, j: Mapping[str, V3]) -> dict[str, Point]:
        """The view's flat projection of 3-D points (or directions)."""
        if self.view == "side":
            return {k: (v[0], v[1]) for k, v in j.items()}
        sign = -1.0 if self.prone else 1.0
        return {k: (sign * v[2], v[1]) for k, v in j.items()}

    def points(self, j: Mapping[str, V3]) -> dict[str, Point]:
        """Projected joints plus the derived contact points (back, chest, belly, mid-thigh)."""
        p = self.project(j)
        pel, ctrl, sho = p["pelvis"], p["spine_ctrl"], p["shoulder"]

        def arc(t: float) -> Point:
            u = 1 - t
            return (
                u * u * pel[0] + 2 * u * t * ctrl[0] + t * t * sho[0],
                u * u * pel[1] + 2 * u * t * ctrl[1] + t * t * sho[1],
            )

        samples = [arc(i / 8) for i in range(9)]
        p["back"] = min(samples, key=lambda q: q[1])
        p["chest"], p["belly"] = arc(0.8), arc(0.35)
        for s in "lr":
            h, k = p[f"hip_{s}"], p[f"knee_{s}"]
            p[f"midthigh_{s}"] = ((h[0] + k[0]) / 2, (h[1] + k[1]) / 2)
        p["head"] = self._head(p, j)
        return p

    def _head(self, p: Mapping[str, Point], j: Mapping[str, V3]) -> Point:
        sho = p["shoulder"]
        dx, dy = self.project({"n": j["neck_dir"]})["n"]
        d = NECK_HEAD - HEAD_R
        return (sho[0] + dx * d, sho[1] + dy * d)

    def place(self, j: Mapping[str, V3], ground: Sequence[Contact]) -> dict[str, Point]:
        """The pose's points with its supporting contacts on their surfaces."""
        p = self.points(j)
        dy = vertical_shift(ground, p, self.base)
        if dy is None:
            dy = -min(q[1] for q in p.values()) + self.base + 0.1
        dx = -anchor_x(self.family, self.anchor_point, ground, p)
        placed = {k: (v[0] + dx, v[1] + dy) for k, v in p.items()}
        self._feet(placed, j, ground)
        self._bend_neck(placed, ground)
        low = min(placed[k][1] for k in BODY_POINTS)
        if low < 0.0:  # never through the floor: lift the figure
            placed = {k: (v[0], v[1] - low) for k, v in placed.items()}
        return placed

    def _feet(self, p: dict[str, Point], j: Mapping[str, V3], ground: Sequence[Contact]) -> None:
        """Feet flat on the floor, up on the toes, pointed (shin down) or at right angles;
        hands flat when they bear weight. Nothing is drawn through the floor."""
        floor = self.base + LIMB_W / 2
        for s in "lr":
            parts = {c.base for c in ground if c.side in (s, None) and is_supporting(c)}
            if parts & FLAT_HANDS:
                wx, wy = p[f"wrist_{s}"]
                hx = p[f"hand_{s}"][0] - wx
                if abs(hx) > 0.1:
                    p[f"hand_{s}"] = (wx + math.copysign(HAND, hx), max(wy - 0.02, floor))
                else:
                    p[f"hand_{s}"] = (wx + (HAND if self.view == "side" else hx), floor)
            ax, ay = p[f"ankle_{s}"]
            sd = self.project({"d": j[f"shank_dir_{s}"]})["d"]
            pointed = (ax + sd[0] * FOOT, ay + sd[1] * FOOT)
            toe = p[f"toe_{s}"]
            if parts & (FLAT_FEET | {"toes"}) or min(toe[1], pointed[1]) < floor:
                if parts & POINTED_FEET:
                    p[f"toe_{s}"] = (pointed[0], max(pointed[1], floor))
                    continue
                dx = toe[0] - ax
                if abs(dx) < 0.2:  # foot seen end-on (front view)
                    p[f"toe_{s}"] = (ax + dx, floor)
                    continue
                drop = min(ay - floor, FOOT)
                run = max(0.0, FOOT * FOOT - drop * drop) ** 0.5
                p[f"toe_{s}"] = (ax + math.copysign(run, dx), floor)
            elif parts & POINTED_FEET:
                p[f"toe_{s}"] = pointed

    def _bend_neck(self, p: dict[str, Point], ground: Sequence[Contact]) -> None:
        head = [c for c in ground if c.base == "head" and is_supporting(c)]
        floor = surface_y(head[0], self.base) if head else self.base
        hx, hy = p["head"]
        if not head and hy >= floor + HEAD_R:
            return
        sx, sy = p["shoulder"]
        d = NECK_HEAD - HEAD_R
        ty = floor + HEAD_R
        run = max(0.0, d * d - (ty - sy) ** 2) ** 0.5
        p["head"] = (sx + math.copysign(run, hx - sx), ty if abs(ty - sy) <= d else hy)


def make_props(
    placed: Sequence[Mapping[str, Point]],
    source: Sequence[Keyframe],
    drill_props: Sequence[str],
    base: float,
) -> tuple[Prop, ...]:
    """The props of a flat view, standing where the placed poses touch or grip them: a chair
    under a seat or at a gripped hand, a table, a wall, a bed, a pillow and the mat."""
    props: list[Prop] = []
    xs = [q[0] for pl in placed for q in pl.values()]
    pairs = list(zip(placed, source, strict=True))
    grips = [(p, c) for p, k in pairs for c in k.ground if is_grip(c)]
    seats = [p for p, k in pairs if any(c.on == "chair" and not is_grip(c) for c in k.ground)]
    if seats:
        props.append(chair_seated(seats[0]["pelvis"][0] - 0.3, 1.0))
    for name in ("chair", "table"):
        held = [q for p, c in grips if c.on == name for _n, q, _o in contact_points(c, p)]
        if not held or (name == "chair" and seats):
            continue
        x = sum(q[0] for q in held) / len(held)
        away = 1.0 if x >= grips[0][0]["pelvis"][0] else -1.0
        if name == "chair":
            props.append(chair_gripped(x, away))
        else:
            props.append(table(min(q[0] for q in held) - away * 0.1, away))
    for p, k in pairs:
        for c in k.ground:
            if c.on == "wall" and not any(pr.name == "wall" for pr in props):
                props.append(wall(p["pelvis"][0] - 0.2))
            if c.on == "bed" and not any(pr.name == "bed" for pr in props):
                props.append(bed(p["pelvis"][0] + 0.15, min(xs) - 0.3))
            if c.on == "pillow" and not any(pr.name == "pillow" for pr in props):
                props.append(pillow(p["chest"][0], base))
    if "mat" in drill_props:
        props.insert(0, mat(min(xs) - 0.4, max(xs) + 0.4))
    return tuple(props)
