"""Plain-data output of :mod:`hipdesk.core.pose` (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from hipdesk.core.catalogue import Keyframe
from hipdesk.core.catalogue.model import View, swap_side
from hipdesk.core.pose_ground import Point, Prop


def ease_in_out_cubic(t: float) -> float:
    t = min(1.0, max(0.0, t))
    return 4 * t * t * t if t < 0.5 else 1 - (-2 * t + 2) ** 3 / 2


def interpolate_angles(a: Keyframe, b: Keyframe, t: float) -> dict[str, float]:
    """Angles between two keyframes of one view, eased (t = 0 → a, t = 1 → b)."""
    e = ease_in_out_cubic(t)
    return {k: a[k] + (b.angles.get(k, a[k]) - a[k]) * e for k in a.angles}


@dataclass(frozen=True)
class Segment:
    """One drawable part. ``points``: 2 (capsule), 3 (trunk arc: start, control, end) or 4
    (front-view torso outline). ``side`` is the figure's side after mirroring."""

    name: str
    points: tuple[Point, ...]
    width: float
    near: bool
    moving: bool
    side: Literal["l", "r"] | None


@dataclass(frozen=True)
class Figure:
    segments: tuple[Segment, ...]  # paint order: far limbs, trunk, head, near limbs
    head: Point
    head_r: float
    head_near: bool
    joints: Mapping[str, Point] = field(hash=False)
    props: tuple[Prop, ...]
    floor_y: float
    arrow: tuple[Point, ...] | None  # start, middle, end (towards the next keyframe)
    belly: tuple[Point, float] | None  # breath marker centre and radius
    contacts: tuple[tuple[str, float], ...]  # (contact, error in thigh units)
    view: View


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _flip(q: Point) -> Point:
    return (-q[0], q[1])


def mirror_figure(fig: Figure) -> Figure:
    """The right side: the left-side picture flipped horizontally, ``_l``/``_r`` swapped."""
    segs = tuple(
        Segment(
            swap_side(s.name), tuple(_flip(q) for q in s.points), s.width, s.near, s.moving,
            None if s.side is None else ("r" if s.side == "l" else "l"),
        )
        for s in fig.segments
    )  # fmt: skip
    props = tuple(
        Prop(
            pr.name,
            tuple(tuple(_flip(q) for q in ln) for ln in pr.lines),
            tuple(_flip(q) for q in pr.surface),
        )
        for pr in fig.props
    )
    return Figure(
        segments=segs, head=_flip(fig.head), head_r=fig.head_r, head_near=fig.head_near,
        joints={swap_side(k): _flip(v) for k, v in fig.joints.items()}, props=props,
        floor_y=fig.floor_y,
        arrow=None if fig.arrow is None else tuple(_flip(q) for q in fig.arrow),
        belly=None if fig.belly is None else (_flip(fig.belly[0]), fig.belly[1]),
        contacts=fig.contacts, view=fig.view,
    )  # fmt: skip
