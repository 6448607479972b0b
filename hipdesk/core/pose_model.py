"""Plain-data output of :mod:`hipdesk.core.pose` (pure Python, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
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
    #: Towards the next keyframe: (start, middle, end), drawn as a curve through the middle,
    #: or more points: a polyline (the curved arrow around the pelvis of a pelvis cue).
    arrow: tuple[Point, ...] | None
    belly: tuple[Point, float] | None  # breath marker centre and radius
    contacts: tuple[tuple[str, float], ...]  # (contact, error in thigh units)
    view: View
    #: False for the three-quarter camera (lying and seated front views): the drawing is a
    #: projection, so there is no floor line (the mat is drawn as a floor-plane outline) and
    #: ``segments``/``head``/``arrow`` are display points while ``joints`` and ``contacts``
    #: stay in the physical front view (y = height above the floor).
    floor_line: bool = True
    #: Arrowheads at both ends (a rocking movement such as a pelvic tilt).
    arrow_both: bool = False


def bob_figure(fig: Figure, dy: float) -> Figure:
    """The figure with its chest, head and arms raised by ``dy`` (breathing during a hold):
    the trunk's shoulder end moves fully, its middle half as much; hips and legs stay put."""
    if dy == 0.0:
        return fig

    def up(q: Point, f: float = 1.0) -> Point:
        return (q[0], q[1] + dy * f)

    segs = []
    for s in fig.segments:
        pts = s.points
        if s.name.startswith(("upper_arm", "forearm", "hand", "neck")):
            pts = tuple(up(q) for q in pts)
        elif s.name == "trunk":
            pts = (pts[0], up(pts[1], 0.5), up(pts[2]))
        elif s.name == "torso":
            pts = (pts[0], pts[1], up(pts[2]), up(pts[3]))
        segs.append(Segment(s.name, pts, s.width, s.near, s.moving, s.side))
    belly = None if fig.belly is None else (up(fig.belly[0], 0.5), fig.belly[1])
    return replace(fig, segments=tuple(segs), head=up(fig.head), belly=belly)


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
        contacts=fig.contacts, view=fig.view, floor_line=fig.floor_line,
        arrow_both=fig.arrow_both,
    )  # fmt: skip
