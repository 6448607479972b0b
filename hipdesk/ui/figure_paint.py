"""Painting a :class:`~hipdesk.core.pose.Figure` with QPainter (stills and animation frames).

``paint_figure`` scales a figure into a rectangle (5 % margin) and draws, back to front: the
floor line and prop outlines, the limbs and trunk (in side and three-quarter views each near
arm gets a thin background-coloured rim, so an arm lying over the trunk still reads as an
arm; in three-quarter views the head gets one too, so it stays apart from the trunk's end),
the breath marker, the direction arrow (one or both heads) and the side label (brief 9).
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from hipdesk.core.catalogue import ThemeColours, load_catalogue
from hipdesk.core.pose import Figure
from hipdesk.core.pose_skeleton import LIMB_W

#: Rim around near arms, thigh units (at least 1.5 px).
HALO = 0.035
_ARM_SEGMENTS = ("upper_arm", "forearm", "hand")


def _arm_rims(fig: Figure) -> dict[str | None, tuple[tuple[float, float], ...]]:
    """Per near arm: the line to rim, from a third down the upper arm (so the shoulder joint
    is not cut) through elbow and wrist to the finger tips."""
    parts: dict[str | None, dict[str, tuple[tuple[float, float], ...]]] = {}
    for seg in fig.segments:
        if seg.near and seg.name.startswith(_ARM_SEGMENTS) and len(seg.points) == 2:
            parts.setdefault(seg.side, {})[seg.name.rsplit("_", 1)[0]] = seg.points
    rims = {}
    for side, arm in parts.items():
        if set(arm) != set(_ARM_SEGMENTS):
            continue
        (sx, sy), elbow = arm["upper_arm"]
        start = (sx + (elbow[0] - sx) * 0.35, sy + (elbow[1] - sy) * 0.35)
        rims[side] = (start, elbow, arm["forearm"][1], arm["hand"][1])
    return rims


@cache
def palette(dark: bool) -> ThemeColours:
    p = load_catalogue().texts.palette
    return p.dark if dark else p.light


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    fig: Figure,
    bounds: tuple[float, float, float, float],
    colours: ThemeColours,
    label: str = "",
    background: bool = True,
    arrow_alpha: float = 1.0,
) -> None:
    """Draw ``fig`` scaled into ``rect`` (5 % margin; scene ``bounds`` in world units).
    ``arrow_alpha`` fades the direction arrow (0 hides it)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    bg = QColor(colours.background)
    if background:
        painter.fillRect(rect, bg)
    x0, y0, x1, y1 = bounds
    margin = 0.05 * min(rect.width(), rect.height())
    inner = rect.adjusted(margin, margin, -margin, -margin)
    if label:
        inner.setTop(inner.top() + max(14.0, min(24.0, rect.height() * 0.06)))
    bw, bh = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    s = min(inner.width() / bw, inner.height() / bh)
    ox = inner.left() + (inner.width() - bw * s) / 2 - x0 * s
    bottom = inner.bottom() - (inner.height() - bh * s) / 2  # world y0
    floor = bottom + y0 * s

    def pt(q: tuple[float, float]) -> QPointF:
        return QPointF(ox + q[0] * s, floor - q[1] * s)

    figure_c, far_c = QColor(colours.figure), QColor(colours.figure_far)
    accent = QColor(colours.accent)
    accent_far = _mix(accent, bg, 0.25)
    props_c = QColor(colours.props)
    # Floor and props: 2 px outlines.
    pen = QPen(
        props_c, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    if fig.floor_line:
        painter.drawLine(
            QPointF(rect.left() + margin, floor), QPointF(rect.right() - margin, floor)
        )
    tint = QColor(props_c)
    tint.setAlphaF(0.10)
    for prop in fig.props:
        for line in prop.lines:
            poly = QPolygonF([pt(q) for q in line])
            closed = len(line) > 2 and line[0] == line[-1]
            if closed:
                painter.setBrush(QBrush(tint))
                painter.drawPolygon(poly)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.drawPolyline(poly)
    # Figure, back to front.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # Flat front views hang the arms beside the torso; a rim there only draws stripes.
    rims = _arm_rims(fig) if fig.view == "side" or not fig.floor_line else {}
    rim_pen = QPen(bg, LIMB_W * s + 2 * max(1.5, HALO * s), Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)  # fmt: skip
    for seg in fig.segments:
        if seg.near:
            colour = accent if seg.moving else figure_c
        else:
            colour = accent_far if seg.moving else far_c
        width = max(seg.width * s, 2.0)
        rim = rims.pop(seg.side, None) if seg.name.startswith(_ARM_SEGMENTS) else None
        if rim:
            # A thin background-coloured rim round the whole near arm, drawn just before it, so
            # an arm lying over the trunk or a thigh reads as an arm.
            painter.setPen(rim_pen)
            painter.drawPolyline(QPolygonF([pt(q) for q in rim]))
        pen = QPen(
            colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
        painter.setPen(pen)
        if seg.name == "neck":
            if not fig.floor_line:
                # Three-quarter views: a background rim keeps the head apart from the trunk's
                # end, which it overlaps when the body lies along the picture.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bg)
                head_rim = fig.head_r * s + max(1.5, HALO * s)
                painter.drawEllipse(pt(fig.head), head_rim, head_rim)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(pen)
            painter.drawLine(pt(seg.points[0]), pt(seg.points[1]))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(pt(fig.head), fig.head_r * s, fig.head_r * s)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif len(seg.points) == 2:
            painter.drawLine(pt(seg.points[0]), pt(seg.points[1]))
        elif len(seg.points) == 3:
            path = QPainterPath(pt(seg.points[0]))
            path.quadTo(pt(seg.points[1]), pt(seg.points[2]))
            painter.drawPath(path)
        else:
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([pt(q) for q in seg.points]))
            painter.setBrush(Qt.BrushStyle.NoBrush)
    if fig.belly is not None:
        centre, r = fig.belly
        painter.setPen(QPen(accent, max(1.5, 0.04 * s)))
        painter.drawEllipse(pt(centre), r * s, r * s)
    if fig.arrow is not None and arrow_alpha > 0.01:
        arrow_c = QColor(colours.arrow)
        arrow_c.setAlphaF(min(1.0, arrow_alpha))
        _arrow(painter, [pt(q) for q in fig.arrow], arrow_c, max(2.0, 0.05 * s), fig.arrow_both)
    if label:
        font = QFont(painter.font())
        font.setPixelSize(max(11, min(18, int(rect.height() * 0.045))))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor(colours.text))
        painter.drawText(
            QRectF(
                rect.left() + margin,
                rect.top() + margin * 0.6,
                rect.width() - 2 * margin,
                font.pixelSize() * 1.6,
            ),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    painter.restore()


def _head(painter: QPainter, tip: QPointF, towards: QPointF, size: float) -> None:
    """A filled arrowhead at ``tip`` pointing away from ``towards``."""
    d = tip - towards
    ang = math.atan2(d.y(), d.x())
    wing = [
        tip,
        QPointF(tip.x() - size * math.cos(ang - 0.45), tip.y() - size * math.sin(ang - 0.45)),
        QPointF(tip.x() - size * math.cos(ang + 0.45), tip.y() - size * math.sin(ang + 0.45)),
    ]
    painter.drawPolygon(QPolygonF(wing))


def _arrow(
    painter: QPainter, pts: list[QPointF], colour: QColor, width: float, both: bool = False
) -> None:
    """Three points: a quadratic through the middle one; more: a polyline (a curved arrow
    around the pelvis). ``both``: an arrowhead at each end."""
    path = QPainterPath(pts[0])
    if len(pts) == 3:
        # Quadratic through the middle point: control = 2·mid − (start + end)/2.
        ctrl = pts[1] * 2 - (pts[0] + pts[2]) / 2
        path.quadTo(ctrl, pts[2])
        before_end, after_start = ctrl, ctrl
    else:
        for q in pts[1:]:
            path.lineTo(q)
        before_end, after_start = pts[-2], pts[1]
    painter.setPen(
        QPen(
            colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
        )
    )
    painter.drawPath(path)
    painter.setBrush(colour)
    _head(painter, pts[-1], before_end, width * 3.5)
    if both:
        _head(painter, pts[0], after_start, width * 3.5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
