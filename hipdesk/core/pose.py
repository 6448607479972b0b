"""The drill figure as plain data: kinematics, easing, mirroring, ground contacts and props.

Pure Python (no Qt), so the same numbers feed the renderer, the thumbnails, the asset export
and the tests. World units are thigh lengths, y points up and the floor line is y = 0.

    scene = Scene(drill, view="front", side="right")
    fig = scene.at(0.3)                  # 30 % through the loop (eased between keyframes)
    fig = scene.keyframe(scene.key_pose) # the still (thumbnails, contact sheets, assets)
    for seg in fig.segments: ...         # paint order, back to front

Side view: the figure faces image-right and its left (working) side is nearest. The right side
is the mirror image (x flipped, ``_l``/``_r`` swapped), so the working limb stays nearest.
See :mod:`hipdesk.core.pose_skeleton` (kinematics), :mod:`hipdesk.core.pose_arms` (arms placed
on the body), :mod:`hipdesk.core.pose_ground` (contacts and props),
:mod:`hipdesk.core.pose_camera` (three-quarter views) and :mod:`hipdesk.core.pose_arrows`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

from hipdesk.core.catalogue import Contact, Drill
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose_arms import posed_skeleton
from hipdesk.core.pose_arrows import (
    BODY_POINTS,
    LIMBS,
    MOVING_DEG,
    RING_RISE,
    angle,
    flat_projection,
    limb_arrow,
    ring,
    seg_dirs,
    tilt_arc,
    travel_direction,
)
from hipdesk.core.pose_camera import (
    TORSO_3Q_W,
    camera_axes,
    camera_for,
    chair_prop,
    dot,
    floor_props,
    project,
    world_joints,
)
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
from hipdesk.core.pose_skeleton import FOOT, HAND, HEAD_R, LIMB_W, NECK_HEAD, TRUNK_W, V3

Side = Literal["left", "right"]
__all__ = ["Figure", "Prop", "Scene", "Segment", "ease_in_out_cubic", "interpolate_angles"]


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
        self._skel = [posed_skeleton(k.angles, k.arms) for k in self.source]
        dirs = [seg_dirs(j) for j in self._skel]
        n = len(dirs)
        self.moving = frozenset(
            name
            for name in dirs[0]
            if any(angle(dirs[i][name], dirs[(i + 1) % n][name]) > MOVING_DEG for i in range(n))
        )
        self._placed = [
            self._place(j, k.ground) for j, k in zip(self._skel, self.source, strict=True)
        ]
        self.props = self._make_props()
        angles = camera_for(drill, view, self.source)
        self.camera = None if angles is None else camera_axes(angles, self.prone)
        self._shown = [
            self._display(p, j, k.ground)
            for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
        ]
        self.shown_props = self._camera_props() if self.camera else self.props
        self._cue = self._pelvis_cue()
        self.bounds = self._bounds()

    # -- three-quarter camera --------------------------------------------------------------------
    def _display(
        self, p: dict[str, Point], j: Mapping[str, V3], ground: Sequence[Contact]
    ) -> dict[str, Point]:
        """Points as drawn: ``p`` itself, or the three-quarter projection of the 3-D pose."""
        if self.camera is None:
            return p
        world = world_joints(p, j, ground, self.prone, self.base)
        return {k: project(self.camera, q) for k, q in world.items()}

    def _camera_props(self) -> tuple[Prop, ...]:
        """The mat (or bed top) on the floor plane and a chair under a seated figure."""
        assert self.camera is not None
        worlds = [
            world_joints(p, j, k.ground, self.prone, self.base)
            for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
        ]
        props = floor_props(self.camera, worlds, self.base, self.prone)
        seated = [
            w for w, k in zip(worlds, self.source, strict=True)
            if any(c.on == "chair" and c.base == "buttocks" for c in k.ground)
        ]  # fmt: skip
        if seated:
            props += (chair_prop(self.camera, seated[0]["pelvis"]),)
        return props

    # -- geometry ------------------------------------------------------------------------------
    def _project(self, j: Mapping[str, V3]) -> dict[str, Point]:
        if self.view == "side":
            return {k: (v[0], v[1]) for k, v in j.items()}
        sign = -1.0 if self.prone else 1.0
        return {k: (sign * v[2], v[1]) for k, v in j.items()}

    def _depth(self, v: V3) -> float:
        """Nearness to the camera (larger = nearer)."""
        if self.camera is not None:
            return dot(v, self.camera[0])
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
        low = min(ys)
        # A projection is framed all round; a flat view sits on its floor line unless an arrow
        # dips below it (a foot swinging out).
        y0 = low - r if self.camera is not None or low < -1e-6 else 0.0
        if self.side == "right":
            x0, x1 = -x1, -x0
        return (x0, y0, x1, y1)

    # -- frames --------------------------------------------------------------------------------
    @property
    def key_pose(self) -> int:
        """The keyframe that best shows the drill in a still: the drill's ``key_pose`` in its
        default view, otherwise the first move's target."""
        d = self.drill
        if d.key_pose is not None and self.view == d.default_view:
            return d.key_pose
        return 1 if len(self.source) > 1 else 0

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
        j = posed_skeleton(angles, a.arms, b.arms, ease_in_out_cubic(frac))
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
        residuals = tuple(residuals_of(p, ground, self.props, self.base, self.side == "right", j))
        fig = Figure(
            segments=segs, head=shown["head"], head_r=HEAD_R, head_near=True, joints=p,
            props=self.shown_props, floor_y=0.0, arrow=arrow, belly=belly, contacts=residuals,
            view=self.view, floor_line=self.camera is None,
            arrow_both=self.drill.arrow == "pelvis_tilt",
        )  # fmt: skip
        return mirror_figure(fig) if self.side == "right" else fig

    def _segments(self, p: Mapping[str, Point], j: Mapping[str, V3]) -> tuple[Segment, ...]:
        limbs: list[tuple[float, Segment]] = []
        for s in "lr":
            for name, a, b in LIMBS:
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

    def _pelvis_cue(self) -> tuple[Point, ...] | None:
        """The curved arrow around the pelvis the drill asks for (:mod:`pose_cues`), or None."""
        kind = self.drill.arrow
        if kind == "limb":
            return None
        n = len(self.source)
        px = sum(sh["pelvis"][0] for sh in self._shown) / n
        py = sum(sh["pelvis"][1] for sh in self._shown) / n
        j0, sh0 = self._skel[0], self._shown[0]
        if kind == "pelvis_tilt":
            front = (
                project(self.camera, j0["front"])
                if self.camera is not None
                else self._project({"d": j0["front"]})["d"]
            )
            head = (sh0["shoulder"][0] - sh0["pelvis"][0], sh0["shoulder"][1] - sh0["pelvis"][1])
            return tilt_arc((px, py), front, head)
        offsets = [
            (-(j["ankle_l"][0] + j["ankle_r"][0]) / 2, -(j["ankle_l"][2] + j["ankle_r"][2]) / 2)
            for j in self._skel
        ]
        direction = travel_direction(offsets)
        if self.camera is not None:
            cam = self.camera
            worlds = [
                world_joints(p, j, k.ground, self.prone, self.base)["pelvis"]
                for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
            ]
            centre = tuple(sum(w[c] for w in worlds) / n for c in range(3))
            return ring(
                (centre[0], centre[1] + RING_RISE, centre[2]), direction, lambda q: project(cam, q)
            )
        flat = flat_projection(self.view, self.prone)
        sign = -1.0 if self.prone else 1.0
        if self.view == "side":
            centre3: V3 = (px, py + RING_RISE, 0.0)
        else:
            centre3 = (0.0, py + RING_RISE, sign * px)
        return ring(centre3, direction, flat)

    def _arrow(self, i: int) -> tuple[Point, ...] | None:
        if self.drill.arrow != "limb":
            return self._cue
        n = len(self.source)
        k = (i + 1) % n
        a, b = self._shown[i], self._shown[k]
        return limb_arrow(
            a, b, self._skel[i], self._skel[k], self.source[i], self.source[k],
            lambda name: self._display(*self._between(i, 0.5))[name],
        )  # fmt: skip
