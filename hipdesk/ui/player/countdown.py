"""The countdown ring: a thin track, an accent arc for the time left and large digits.

Digits scale with the player (``digit_px`` is set by the player from its own height, at least
15 % of it, brief ui-style) and use tabular figures so "10" → "9" does not jiggle.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from hipdesk.ui.theme import LIGHT


def tabular_font(base: QFont, pixel_size: int, weight: QFont.Weight) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, pixel_size))
    font.setWeight(weight)
    font.setFeature(QFont.Tag("tnum"), 1)  # tabular (equal-width) figures
    return font


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.seconds = 0
        self.fraction = 1.0  # time left / phase length
        self.caption = ""
        self.paused = False
        self.digit_px = 96
        # Light until the player applies its colours.
        self.accent = QColor(LIGHT.accent)
        self.track = QColor(LIGHT.border)
        self.text = QColor(LIGHT.text)
        self.muted = QColor(LIGHT.muted)
        self.setAccessibleName(self.tr("Time left"))

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def set_colours(self, accent: str, track: str, text: str, muted: str) -> None:
        self.accent, self.track = QColor(accent), QColor(track)
        self.text, self.muted = QColor(text), QColor(muted)
        self.update()

    def set_state(self, seconds: int, fraction: float, caption: str, paused: bool) -> None:
        self.seconds = max(0, seconds)
        self.fraction = min(1.0, max(0.0, fraction))
        self.caption, self.paused = caption, paused
        self.setAccessibleDescription(
            self.tr("{seconds} seconds left").format(seconds=self.seconds)
        )
        self.update()

    def ring_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        width = max(6.0, side * 0.045)
        return QRectF(
            (self.width() - side) / 2 + width, (self.height() - side) / 2 + width,
            side - 2 * width, side - 2 * width,
        )  # fmt: skip

    def effective_digit_px(self) -> int:
        # The digits must fit inside the ring; the player asks for at least 15 % of its height.
        text = self.format(self.seconds)
        return min(self.digit_px, int(self.ring_rect().width() * (0.5 if len(text) <= 2 else 0.34)))

    @staticmethod
    def format(seconds: int) -> str:
        return f"{seconds // 60}:{seconds % 60:02d}" if seconds >= 60 else str(seconds)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        width = max(6.0, side * 0.045)
        rect = self.ring_rect()
        pen = QPen(self.track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawEllipse(rect)
        if self.fraction > 0:
            pen.setColor(self.muted if self.paused else self.accent)
            p.setPen(pen)
            p.drawArc(rect, 90 * 16, round(self.fraction * 360 * 16))
        text = self.format(self.seconds)
        px = self.effective_digit_px()
        digits = tabular_font(self.font(), px, QFont.Weight.DemiBold)
        p.setPen(self.text)
        p.setFont(digits)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        if self.caption or self.paused:
            # Under the digits' baseline (where AlignCenter put it), never over the digits.
            fm = QFontMetricsF(digits)
            baseline = rect.center().y() + (fm.ascent() - fm.descent()) / 2
            caption = tabular_font(self.font(), max(12, int(px * 0.16)), QFont.Weight.Normal)
            p.setPen(self.muted)
            p.setFont(caption)
            below = QRectF(rect.left(), baseline + px * 0.1, rect.width(),
                           QFontMetricsF(caption).height() * 1.2)  # fmt: skip
            p.drawText(
                below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr("Paused") if self.paused else self.caption,
            )  # fmt: skip
        p.end()
