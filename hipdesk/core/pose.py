"""The drill figure as plain data: kinematics, easing, mirroring, ground contacts and props.

Pure Python (no Qt), so the same numbers feed the renderer, the thumbnails, the asset export
and the tests. World units are thigh lengths, y points up and the floor line is y = 0.

    scene = Scene(drill, view="front", side="right")
    fig = scene.at(0.3)                  # 30 % through the loop (eased between keyframes)
    fig = scene.keyframe(1)              # a key pose
    for seg in fig.segments: ...         # paint order, back to front

Side view: the figure faces image-right and its left (working) side is nearest. The right side
is the mirror image (x flipped, ``_l``/``_r`` swapped), so the working limb stays nearest.
See :mod:`hipdesk.core.pose_skeleton` (kinematics) and :mod:`hipdesk.core.pose_ground`
(contacts and props).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from hipdesk.core.catalogue import Contact, Drill
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose_ground import (
    FLAT_FEET,
    FLAT_HANDS,
    MAT_H,
    POINTED_FEET,
    Point,
    Prop,
    anchor_family,
    anchor_x,
    bed,
    chair_gripped,
    chair_seated,
    contact_points,
    is_grip,
    is_supporting,
    mat,
    pillow,
    residuals_of,
    surface_y,
    table,
    vertical_shift,
    wall,
)
from hipdesk.core.pose_model import (
    Figure,
    Segment,
    ease_in_out_cubic,
    interpolate_angles,
    lerp,
    mirror_figure,
)
from hipdesk.core.pose_skeleton import FOOT, HAND, HEAD_R, LIMB_W, NECK_HEAD, TRUNK_W, V3, skeleton

Side = Literal["left", "right"]
MOVING_DEG = 5.0
__all__ = ["Figure", "Prop", "Scene", "Segment", "ease_in_out_cubic", "interpolate_angles"]


_FLOOR_CHECK = (
    "pelvis", "shoulder", *(f"{n}_{s}" for n in (
        "hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist", "hand") for s in "lr"),
)  # fmt: skip
_DISTAL = {"thigh": "knee", "shank": "ankle", "foot": "toe", "upper_arm": "elbow",
           "forearm": "wrist", "hand": "hand"}  # fmt: skip
_LIMBS = (
    ("thigh", "hip", "knee"), ("shank", "knee", "ankle"), ("foot", "ankle", "toe"),
    ("upper_arm", "shoulder", "elbow"), ("forearm", "elbow", "wrist"), ("hand", "wrist", "hand"),
)  # fmt: skip


#: Three-quarter camera for front views whose body would collapse into a blob when seen
#: end-on (lying: the trunk points at the camera). (azimuth from the feet towards the figure's
#: left, elevation above the floor), degrees. One-sided drills turn towards the working leg;
#: both-legs drills stay nearly square to the feet so the two sides read alike. The contacts
#: are still checked in the brief's front view; only the drawing is turned.
CAMERA_LYING = (45.0, 28.0)
CAMERA_LYING_BOTH = (20.0, 35.0)
_SHOWN = (
    "pelvis", "spine_ctrl", "shoulder",
    *(f"{n}_{s}" for n in ("hip", "knee", "ankle", "toe", "shoulder", "elbow", "wrist", "hand")
      for s in "lr"),
)  # fmt: skip
TORSO_3Q_W = 0.44


def _dot(a: V3, b: V3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _cross(a: V3, b: V3) -> V3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _unit(a: V3) -> V3:
    n = math.sqrt(_dot(a, a)) or 1.0
    return (a[0] / n, a[1] / n, a[2] / n)


def _sub(a: V3, b: V3) -> V3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _angle(u: V3, v: V3) -> float:
    nu = math.sqrt(sum(c * c for c in u)) or 1.0
    nv = math.sqrt(sum(c * c for c in v)) or 1.0
    d = sum(a * b for a, b in zip(u, v, strict=True)) / (nu * nv)
    return math.degrees(math.acos(max(-1.0, min(1.0, d))))


def _seg_dirs(j: Mapping[str, V3]) -> dict[str, V3]:
    out = {"trunk": _sub(j["shoulder"], j["pelvis"]), "spine": _sub(j["spine_ctrl"], j["pelvis"])}
    for s in "lr":
        for name, a, b in _LIMBS:
            out[f"{name}_{s}"] = _sub(j[f"{b}_{s}"], j[f"{a}_{s}"])
    return out


class Scene:
    """A drill in one view and side, with its key poses placed on the floor and props."""

    def __init__(self, drill: Drill, view: View | None = None, side: Side = "left") -> None:
        view = view or drill.default_view
        if not drill.keyframes_for(view):
            view = drill.keyframes[0].view
        self.drill, self.view, self.side = drill, view, side
        self.source = drill.keyframes_for(view)  # left-side poses
        self.keyframes = (
            tuple(k.mirrored() for k in self.source) if side == "right" else self.source
        )
        self.prone = self.source[0]["trunk"] > 45  # front view: camera at the feet
        self.base = MAT_H if "mat" in drill.props else 0.0
        self.family, self.anchor_point = anchor_family([k.ground for k in self.source])
        self._skel = [skeleton(k.angles) for k in self.source]
        dirs = [_seg_dirs(j) for j in self._skel]
        n = len(dirs)
        self.moving = frozenset(
            name
            for name in dirs[0]
            if any(_angle(dirs[i][name], dirs[(i + 1) % n][name]) > MOVING_DEG for i in range(n))
        )
        self._placed = [
            self._place(j, k.ground) for j, k in zip(self._skel, self.source, strict=True)
        ]
        self.props = self._make_props()
        self.camera = self._camera()
        self._shown = [
            self._display(p, j, k.ground)
            for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
        ]
        self.shown_props = self._camera_props() if self.camera else self.props
        self.bounds = self._bounds()

    # -- three-quarter camera --------------------------------------------------------------------
    def _camera(self) -> tuple[V3, V3, V3] | None:
        """(towards the camera, image right, image up) for a lying front view, else None."""
        if self.view != "front" or abs(self.source[0]["trunk"]) <= 45:
            return None
        cam = CAMERA_LYING if self.drill.sides == "per_side" else CAMERA_LYING_BOTH
        az, el = (math.radians(a) for a in cam)
        feet = -1.0 if self.prone else 1.0  # supine: head at −X, feet at +X
        c = _unit(
            (
                math.cos(el) * math.cos(az) * feet,
                math.sin(el),
                math.cos(el) * math.sin(az),
            )
        )
        right = _unit(_cross(c, (0.0, 1.0, 0.0)))
        return c, right, _cross(right, c)

    def _world(
        self, p: Mapping[str, Point], j: Mapping[str, V3], ground: Sequence[Contact]
    ) -> dict[str, V3]:
        """3-D joints placed like the physical front view ``p`` (same height and sideways
        shift), with the head resting on the surface and feet flat or pointed."""
        sign = -1.0 if self.prone else 1.0
        off = (0.0, p["pelvis"][1], sign * p["pelvis"][0])
        w = {k: (j[k][0] + off[0], j[k][1] + off[1], j[k][2] + off[2]) for k in _SHOWN}
        sho, nd = w["shoulder"], j["neck_dir"]
        d = NECK_HEAD - HEAD_R
        head = (sho[0] + nd[0] * d, max(sho[1] + nd[1] * d, self.base + HEAD_R), sho[2] + nd[2] * d)
        w["head"] = head
        floor = self.base + LIMB_W / 2
        feet_x = -1.0 if self.prone else 1.0
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

    def _display(
        self, p: dict[str, Point], j: Mapping[str, V3], ground: Sequence[Contact]
    ) -> dict[str, Point]:
        """Points as drawn: ``p`` itself, or the three-quarter projection of the 3-D pose."""
        if self.camera is None:
            return p
        _c, r, u = self.camera
        return {k: (_dot(q, r), _dot(q, u)) for k, q in self._world(p, j, ground).items()}

    def _camera_props(self) -> tuple[Prop, ...]:
        """The mat (or bed top) as an outline on the floor plane, seen by the camera."""
        assert self.camera is not None
        _c, r, u = self.camera
        worlds = [
            self._world(p, j, k.ground)
            for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
        ]
        xs = [q[0] for w in worlds for q in w.values()]
        zs = [q[2] for w in worlds for q in w.values()]
        x0, x1, z0, z1 = min(xs) - 0.25, max(xs) + 0.25, min(zs) - 0.3, max(zs) + 0.3
        y = self.base

        def pr(x: float, z: float, yy: float = y) -> Point:
            q = (x, yy, z)
            return (_dot(q, r), _dot(q, u))

        top = (pr(x0, z0), pr(x1, z0), pr(x1, z1), pr(x0, z1), pr(x0, z0))
        edge = (pr(x0, z1, 0.0), pr(x1, z1, 0.0)) if y > 0 else ()
        lines: tuple[tuple[Point, ...], ...] = (top,)
        if edge:
            near_x = x1 if not self.prone else x0
            lines += ((pr(x0, z1), pr(x0, z1, 0.0), pr(x1, z1, 0.0), pr(x1, z1)),)
            lines += ((pr(near_x, z0), pr(near_x, z0, 0.0), pr(near_x, z1, 0.0)),)
        return (Prop("mat", lines, ()),)

    # -- geometry ------------------------------------------------------------------------------
    def _project(self, j: Mapping[str, V3]) -> dict[str, Point]:
        if self.view == "side":
            return {k: (v[0], v[1]) for k, v in j.items()}
        sign = -1.0 if self.prone else 1.0
        return {k: (sign * v[2], v[1]) for k, v in j.items()}

    def _depth(self, v: V3) -> float:
        """Nearness to the camera (larger = nearer)."""
        if self.camera is not None:
            return _dot(v, self.camera[0])
        if self.view == "side":
            return v[2]
        return -v[0] if self.prone else v[0]

    def _points(self, j: Mapping[str, V3]) -> dict[str, Point]:
        """Projected joints plus the derived contact points (back, chest, belly, mid-thigh)."""
        p = self._project(j)
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
        nd = j["neck_dir"]
        d = NECK_HEAD - HEAD_R
        if self.view == "side":
            dx, dy = nd[0], nd[1]
        else:
            dx, dy = (-nd[2] if self.prone else nd[2]), nd[1]
        return (sho[0] + dx * d, sho[1] + dy * d)

    def _place(self, j: Mapping[str, V3], ground: Sequence[Contact]) -> dict[str, Point]:
        p = self._points(j)
        dy = vertical_shift(ground, p, self.base)
        if dy is None:
            dy = -min(q[1] for q in p.values()) + self.base + 0.1
        dx = -anchor_x(self.family, self.anchor_point, ground, p)
        placed = {k: (v[0] + dx, v[1] + dy) for k, v in p.items()}
        self._feet(placed, j, ground)
        self._bend_neck(placed, ground)
        low = min(placed[k][1] for k in _FLOOR_CHECK)
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
            sd = self._project({"d": j[f"shank_dir_{s}"]})["d"]
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

    # -- props ---------------------------------------------------------------------------------
    def _make_props(self) -> tuple[Prop, ...]:
        props: list[Prop] = []
        xs = [q[0] for pl in self._placed for q in pl.values()]
        pairs = list(zip(self._placed, self.source, strict=True))
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
                    props.append(pillow(p["chest"][0], self.base))
        if "mat" in self.drill.props:
            props.insert(0, mat(min(xs) - 0.4, max(xs) + 0.4))
        return tuple(props)

    def _bounds(self) -> tuple[float, float, float, float]:
        pts = [q for pl in self._shown for q in pl.values()]
        if len(self.source) > 1:
            pts += [q for i in range(len(self.source)) for q in (self._arrow(i) or ())]
        pts += [
            q for pr in self.shown_props if pr.name not in ("wall",) for ln in pr.lines for q in ln
        ]
        r = HEAD_R
        xs, ys = [q[0] for q in pts], [q[1] for q in pts]
        x0, x1, y1 = min(xs) - r, max(xs) + r, max(ys) + r
        y0 = 0.0 if self.camera is None else min(ys) - r
        if self.side == "right":
            x0, x1 = -x1, -x0
        return (x0, y0, x1, y1)

    # -- frames --------------------------------------------------------------------------------
    def keyframe(self, index: int) -> Figure:
        """Key pose ``index`` (arrow towards the next one)."""
        i = index % len(self.source)
        return self._figure(i, 0.0)

    def at(self, t: float) -> Figure:
        """The pose ``t`` of the way through the loop (0…1), each transition an equal share."""
        n = len(self.source)
        pos = (t % 1.0) * n
        i = int(pos) % n
        return self._figure(i, pos - int(pos))

    def frame(self, index: int, frac: float) -> Figure:
        """Between key pose ``index`` and the next, ``frac`` (0…1, eased) of the way."""
        return self._figure(index % len(self.source), frac)

    def _between(
        self, i: int, frac: float
    ) -> tuple[dict[str, Point], dict[str, V3], list[Contact]]:
        a, b = self.source[i], self.source[(i + 1) % len(self.source)]
        if frac <= 0.0 or a is b:
            return self._placed[i], self._skel[i], list(a.ground)
        angles = interpolate_angles(a, b, frac)
        j = skeleton(angles)
        keys_b = {str(c) for c in b.ground}
        ground = [c for c in a.ground if str(c) in keys_b] or list(
            a.ground if frac < 0.5 else b.ground
        )
        return self._place(j, ground), j, ground

    def _figure(self, i: int, frac: float) -> Figure:
        p, j, ground = self._between(i, frac)
        n = len(self.source)
        nxt = (i + 1) % n
        shown = self._display(p, j, ground)
        segs = self._segments(shown, j)
        arrow = self._arrow(i) if n > 1 else None
        belly = None
        a, b = self.source[i], self.source[nxt]
        if self.view == "side" and (a.breath or b.breath):
            size = {"in": 0.13, "out": 0.07, None: 0.09}
            e = ease_in_out_cubic(frac)
            r = size[a.breath] + (size[b.breath] - size[a.breath]) * e
            fr = j["front"]
            bx, by = p["belly"]
            belly = ((bx + fr[0] * TRUNK_W / 2, by + fr[1] * TRUNK_W / 2), r)
        residuals = tuple(residuals_of(p, ground, self.props, self.base, self.side == "right"))
        fig = Figure(
            segments=segs, head=shown["head"], head_r=HEAD_R, head_near=True, joints=p,
            props=self.shown_props, floor_y=0.0, arrow=arrow, belly=belly, contacts=residuals,
            view=self.view, floor_line=self.camera is None,
        )  # fmt: skip
        return mirror_figure(fig) if self.side == "right" else fig

    def _segments(self, p: Mapping[str, Point], j: Mapping[str, V3]) -> tuple[Segment, ...]:
        limbs: list[tuple[float, Segment]] = []
        for s in "lr":
            for name, a, b in _LIMBS:
                key = f"{name}_{s}"
                depth = (self._depth(j[f"{a}_{s}"]) + self._depth(j[f"{b}_{s}"])) / 2
                near = s == "l" if self.view == "side" else depth > -0.25
                w = LIMB_W * (0.85 if name in ("hand", "foot") else 1.0)
                seg = Segment(key, (p[f"{a}_{s}"], p[f"{b}_{s}"]), w, near, key in self.moving, s)  # type: ignore[arg-type]
                limbs.append((depth if self.view == "front" else (1.0 if near else -1.0), seg))
        trunk_moving = bool({"trunk", "spine"} & self.moving)
        if self.camera is not None:
            arc = (p["pelvis"], p["spine_ctrl"], p["shoulder"])
            torso = Segment("trunk", arc, TORSO_3Q_W, True, trunk_moving, None)
        elif self.view == "side":
            torso = Segment(
                "trunk",
                (p["pelvis"], p["spine_ctrl"], p["shoulder"]),
                TRUNK_W,
                True,
                trunk_moving,
                None,
            )
        else:
            inset = [
                lerp(p[mid], p[f"{joint}_{s}"], 1.1)
                for mid, joint, s in (
                    ("pelvis", "hip", "l"), ("pelvis", "hip", "r"),
                    ("shoulder", "shoulder", "r"), ("shoulder", "shoulder", "l"),
                )
            ]  # fmt: skip
            torso = Segment("torso", tuple(inset), LIMB_W * 1.5, True, trunk_moving, None)
        neck = Segment("neck", (p["shoulder"], p["head"]), LIMB_W, True, trunk_moving, None)
        limbs.sort(key=lambda t: t[0])
        back = [s for d, s in limbs if not s.near]
        front = [s for d, s in limbs if s.near]
        legs_first = sorted(
            front, key=lambda s: s.name.startswith(("upper_arm", "forearm", "hand"))
        )
        order = back + [torso, neck] + (legs_first if self.view == "side" else front)
        if self.camera is not None:  # nearer parts of the trunk line cover the far limbs only
            order = [*back, torso, neck, *front]
        return tuple(order)

    def _arrow(self, i: int) -> tuple[Point, ...] | None:
        n = len(self.source)
        k = (i + 1) % n
        a, b = self._shown[i], self._shown[k]
        da, db = _seg_dirs(self._skel[i]), _seg_dirs(self._skel[k])
        cands = [
            f"{_DISTAL[name[:-2]]}_{name[-1]}" if name[-2:] in ("_l", "_r") else "shoulder"
            for name in da
            if _angle(da[name], db[name]) > MOVING_DEG
        ]
        if not cands:
            return None
        best = max(cands, key=lambda q: math.dist(a[q], b[q]))
        if math.dist(a[best], b[best]) < 0.05:
            return None
        mid = self._display(*self._between(i, 0.5))[best]
        p0, p2 = a[best], b[best]
        cx = sum(q[0] for q in a.values()) / len(a)
        cy = sum(q[1] for q in a.values()) / len(a)
        dx, dy = p2[0] - p0[0], p2[1] - p0[1]
        ln = math.hypot(dx, dy)
        nx, ny = -dy / ln, dx / ln
        if (mid[0] - cx) * nx + (mid[1] - cy) * ny < 0:
            nx, ny = -nx, -ny
        off = 0.3
        pts = [(q[0] + nx * off, q[1] + ny * off) for q in (p0, mid, p2)]
        if ln < 0.4:  # stretch short moves so the arrow stays readable
            f = 0.4 / ln
            c = pts[0]
            pts = [(c[0] + (q[0] - c[0]) * f, c[1] + (q[1] - c[1]) * f) for q in pts]
        return tuple(pts)
