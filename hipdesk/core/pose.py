"""The drill figure as plain data: kinematics, easing, mirroring, ground contacts and props.

Pure Python (no Qt), so the same numbers feed the renderer, the thumbnails, the asset export
and the tests. World units are thigh lengths, y points up and the floor line is y = 0.

    scene = Scene(drill, view="front", side="right")
    fig = scene.at(0.3)                  # 30 % through the loop (eased between keyframes)
    fig = scene.still()                  # the key pose (thumbnails, contact sheets, assets)
    for seg in fig.segments: ...         # paint order, back to front

Side view: the figure faces image-right and its left (working) side is nearest. The right side
is the mirror image (x flipped, ``_l``/``_r`` swapped), so the working limb stays nearest.
See :mod:`hipdesk.core.pose_skeleton` (kinematics), :mod:`hipdesk.core.pose_arms` (arms placed
on the body), :mod:`hipdesk.core.pose_place` (a pose projected and put on its contacts),
:mod:`hipdesk.core.pose_ground` (contacts and props), :mod:`hipdesk.core.pose_camera`
(three-quarter views) and :mod:`hipdesk.core.pose_arrows`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from hipdesk.core.catalogue import Contact, Drill
from hipdesk.core.catalogue.model import View
from hipdesk.core.pose_arms import posed_skeleton
from hipdesk.core.pose_arrows import (
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
from hipdesk.core.pose_ground import MAT_H, Point, Prop, anchor_family, residuals_of
from hipdesk.core.pose_model import (
    Figure,
    Segment,
    ease_in_out_cubic,
    interpolate_angles,
    lerp,
    mirror_figure,
)
from hipdesk.core.pose_place import Placer, make_props
from hipdesk.core.pose_skeleton import HEAD_R, LIMB_W, TRUNK_W, V3

Side = Literal["left", "right"]
ARM_SEGMENTS = ("upper_arm", "forearm", "hand")
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
        family, anchor_point = anchor_family([k.ground for k in self.source])
        self.placer = Placer(view, self.prone, self.base, family, anchor_point)
        self._place, self._project = self.placer.place, self.placer.project
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
        self.props = make_props(self._placed, self.source, drill.props, self.base)
        angles = camera_for(drill, view, self.source)
        self.camera = None if angles is None else camera_axes(angles, self.prone)
        self._shown = [
            self._display(p, j, k.ground)
            for p, j, k in zip(self._placed, self._skel, self.source, strict=True)
        ]
        self.shown_props = self._camera_props() if self.camera else self.props
        self._cue = self._pelvis_cue()
        # The arrow of each move depends only on its key poses: worked out once, not per frame.
        n = len(self.source)
        self._arrows = tuple(self._arrow(i) for i in range(n)) if n > 1 else ()
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
        props = floor_props(self.camera, worlds, self.base)
        seated = [
            w for w, k in zip(worlds, self.source, strict=True)
            if any(c.on == "chair" and c.base == "buttocks" for c in k.ground)
        ]  # fmt: skip
        if seated:
            props += (chair_prop(self.camera, seated[0]["pelvis"]),)
        return props

    # -- geometry ------------------------------------------------------------------------------
    def _depth(self, v: V3) -> float:
        """Nearness to the camera (larger = nearer)."""
        if self.camera is not None:
            return dot(v, self.camera[0])
        if self.view == "side":
            return v[2]
        return -v[0] if self.prone else v[0]

    def _bounds(self) -> tuple[float, float, float, float]:
        pts = [q for pl in self._shown for q in pl.values()]
        if len(self.source) > 1:
            pts += [q for arrow in self._arrows for q in (arrow or ())]
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

    def still(self) -> Figure:
        """The key pose as stills show it (thumbnails, reduce-motion, assets): with the arrow
        towards the next keyframe, or, when the drill's ``key_arrow`` is ``into``, with the
        arrow of the move that reaches it (a lift drawn on the lifted pose)."""
        i = self.key_pose
        n = len(self.source)
        into = self.drill.key_arrow == "into" and self.view == self.drill.default_view
        return self._figure(i, 0.0, (i - 1) % n if into and n > 1 else i)

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

    def _figure(self, i: int, frac: float, arrow_from: int | None = None) -> Figure:
        """The pose ``frac`` of the way from key pose ``i`` to the next, with the arrow of the
        move from key pose ``arrow_from`` (default ``i``) towards the one after it."""
        p, j, ground = self._between(i, frac)
        n = len(self.source)
        nxt = (i + 1) % n
        shown = self._display(p, j, ground)
        segs = self._segments(shown, j, ground)
        arrow = self._arrows[i if arrow_from is None else arrow_from] if n > 1 else None
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

    def _segments(
        self, p: Mapping[str, Point], j: Mapping[str, V3], ground: Sequence[Contact]
    ) -> tuple[Segment, ...]:
        limbs: list[tuple[float, Segment]] = []
        under_head = {c.on[-1] for c in ground if c.on in ("arm_l", "arm_r")}
        for s in "lr":
            near = True
            for name, a, b in LIMBS:
                key = f"{name}_{s}"
                depth = (self._depth(j[f"{a}_{s}"]) + self._depth(j[f"{b}_{s}"])) / 2
                if self.view == "side":
                    near = s == "l"
                elif self.camera is None or name not in ("foot", "hand"):
                    near = depth > -0.25  # a hand or foot seen three-quarter: as its limb
                if s in under_head and name in ARM_SEGMENTS:
                    near, depth = False, min(depth, -0.25)  # the head rests on it
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
        if kind in ("limb", "hips"):
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
        if self.drill.arrow not in ("limb", "hips"):
            return self._cue
        n = len(self.source)
        k = (i + 1) % n
        a, b = self._shown[i], self._shown[k]
        return limb_arrow(
            a, b, self._skel[i], self._skel[k], self.source[i], self.source[k],
            lambda name: self._display(*self._between(i, 0.5))[name],
            "pelvis" if self.drill.arrow == "hips" else None,
        )  # fmt: skip
