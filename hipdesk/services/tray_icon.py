"""The tray icon, drawn at run time: a ring that fills as the sitting stretch nears the break.

Variants: active (accent ring), due (full ring in the "breaks skipped" orange: time to move),
paused (grey track with two pause bars) and outside working hours (grey track, small crescent).
Drawn per pixel size rather than scaled from one bitmap, so the stroke stays on whole pixels and
crisp from 16 to 64 px. Colours follow the panel: strong teal on light panels, bright teal on dark.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

SIZES = (16, 22, 24, 32, 48, 64)
STEPS = 24  # fill is quantised: the icon only changes (and is re-rendered) every 1/24 of the way

ACCENT = {False: "#0F766E", True: "#2DD4BF"}  # ui-style accent, light / dark
TRACK = {False: "#5B6770", True: "#A0AAB2"}  # theme "muted"
DUE = "#E69F00"


class IconState(StrEnum):
    ACTIVE = "active"
    DUE = "due"
    PAUSED = "paused"
    OFF_HOURS = "off_hours"


def quantise(fraction: float) -> int:
    """Filled steps out of STEPS; any sitting at all shows at least one step."""
    if fraction <= 0:
        return 0
    return max(1, min(STEPS, int(fraction * STEPS)))


def render(size: int, steps: int, state: IconState, dark: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    stroke = max(2.0, round(size * 0.14))
    inset = stroke / 2 + max(0.5, size / 32)
    ring = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    muted = QColor(TRACK[dark])
    accent = QColor(DUE if state is IconState.DUE else ACCENT[dark])

    track = QColor(muted)
    track.setAlphaF(0.45 if state in (IconState.ACTIVE, IconState.DUE) else 0.9)
    p.setPen(QPen(track, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(ring)

    if state in (IconState.ACTIVE, IconState.DUE):
        filled = STEPS if state is IconState.DUE else steps
        if filled:
            p.setPen(QPen(accent, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            # Qt angles: 1/16 degree, counter-clockwise; start at 12 o'clock, fill clockwise.
            p.drawArc(ring, 90 * 16, -round(360 * 16 * filled / STEPS))
        centre = QColor(accent if state is IconState.DUE else muted)
        r = size * 0.12
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(centre)
        p.drawEllipse(QPointF(size / 2, size / 2), r, r)
    elif state is IconState.PAUSED:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(muted)
        bar_w, bar_h = max(2.0, round(size * 0.11)), round(size * 0.34)
        gap = max(2.0, round(size * 0.09))
        top = round((size - bar_h) / 2)
        left = round((size - 2 * bar_w - gap) / 2)
        p.drawRect(QRectF(left, top, bar_w, bar_h))
        p.drawRect(QRectF(left + bar_w + gap, top, bar_w, bar_h))
    else:
        # Crescent moon: a disc minus an offset disc.
        r = size * 0.2
        c = QPointF(size / 2, size / 2)
        moon = QPainterPath()
        moon.addEllipse(c, r, r)
        bite = QPainterPath()
        bite.addEllipse(c + QPointF(r * 0.6, -r * 0.45), r * 0.85, r * 0.85)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(muted)
        p.drawPath(moon.subtracted(bite))
    p.end()
    return pixmap


def icon(fraction: float, state: IconState, dark: bool) -> QIcon:
    steps = quantise(fraction)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(render(size, steps, state, dark))
    return result


def state_for(fraction: float, paused: bool, in_hours: bool) -> IconState:
    if paused:
        return IconState.PAUSED
    if not in_hours:
        return IconState.OFF_HOURS
    return IconState.DUE if fraction >= 1.0 else IconState.ACTIVE
