"""Sizes for the player's screens, taken from the screen's height so they read from two metres.

Every font is a share of the widget's height, never smaller than the system UI font (so a 150 %
font scale still grows the text), with tabular figures. Buttons are sized the same way and carry
a line icon tinted from the palette; a row of them drops its words (icons and tooltips stay)
when the window is too narrow for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from hipdesk.ui import icons
from hipdesk.ui.player.countdown import tabular_font


def base_px() -> int:
    """The system UI font's pixel size (follows the user's font scale)."""
    return QFontInfo(QGuiApplication.font()).pixelSize()


def font_px(height: int, share: float, at_least: float = 1.0) -> int:
    return max(round(height * share), round(base_px() * at_least))


def scaled_font(
    height: int, share: float, weight: QFont.Weight = QFont.Weight.Normal, at_least: float = 1.0
) -> QFont:
    return tabular_font(QGuiApplication.font(), font_px(height, share, at_least), weight)


class PlayerButton(QPushButton):
    """A push button whose size hint has a floor: big, yet never narrower than its word.

    (A minimum width would override the size hint, letting a layout squeeze the text.)
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.floor = QSize(0, 0)

    def set_floor(self, floor: QSize) -> None:
        self.floor = floor
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(self.floor)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def size_button(button: PlayerButton, font: QFont, min_width: int = 0) -> None:
    """Font, icon and height for a button from its font size (~2.4× the text height)."""
    px = font.pixelSize()
    if button.property("primary"):
        font = QFont(font)
        font.setWeight(QFont.Weight.DemiBold)  # as the style sheet paints it: measure it so
    button.setFont(font)
    side = round(px * 1.3)
    button.setIconSize(QSize(side, side))
    button.set_floor(QSize(min_width, round(px * 2.4)))


def is_font_change(event: QEvent) -> bool:
    return event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)


class ControlButton(PlayerButton):
    """A player control: icon + short word, the word dropped when the row is short of room.

    The accessible name and tooltip (with the shortcut) never change with the look. Controls take
    no focus: Space must always pause rather than press the last clicked button.
    """

    def __init__(
        self,
        icon_name: str,
        label: str,
        name: str,
        tip: str,
        slot: Callable[[], object],
        *,
        keep_text: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.icon_name, self.label, self.keep_text = icon_name, label, keep_text
        self.compact = False
        self.colour: str | None = None
        self.setAccessibleName(name)
        self.setToolTip(tip)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clicked.connect(slot)
        self._apply()

    def set_look(self, icon_name: str, label: str) -> None:
        self.icon_name, self.label = icon_name, label
        self._apply()

    def set_compact(self, compact: bool) -> None:
        self.compact = compact and not self.keep_text
        self._apply()

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self._apply()

    def full_width(self) -> int:
        """Width with its word shown (used to decide whether a row fits)."""
        extra = self.fontMetrics().horizontalAdvance(self.label) + self.iconSize().width()
        return self._padding() + extra

    def icon_width(self) -> int:
        return max(self.floor.height(), self._padding() + self.iconSize().width())

    def _padding(self) -> int:
        return round(self.font().pixelSize() * 1.6)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.icon_width() if self.compact else max(hint.width(), self.full_width())
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:
        # What the row could shrink to (its word dropped), so the window may get narrower;
        # fit_row() decides the words before the layout hands out the widths.
        hint = self.sizeHint()
        return hint if self.keep_text else QSize(self.icon_width(), hint.height())

    def _apply(self) -> None:
        self.setIcon(icons.icon(self.icon_name, self.colour))
        self.setText("" if self.compact else self.label)
        self.updateGeometry()


def fit_row(
    buttons: Sequence[ControlButton],
    available: int,
    spacing: int,
    drop_order: Sequence[ControlButton] = (),
) -> None:
    """Show words on as many buttons as fit in ``available`` px, dropping them in
    ``drop_order`` (default: from the row's end); ``keep_text`` buttons keep theirs."""
    compact: set[int] = set()

    def width() -> int:
        total = sum(b.icon_width() if id(b) in compact else b.full_width() for b in buttons)
        return total + spacing * max(0, len(buttons) - 1)

    for b in drop_order or list(reversed(buttons)):
        if width() <= available:
            break
        if not b.keep_text:
            compact.add(id(b))
    for b in buttons:
        b.set_compact(id(b) in compact)


class ElidedLabel(QLabel):
    """One line that ends in "…" when short of room; the accessible name keeps the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def natural_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self._full) + 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_font_change(event):
            self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class ScaledScreen(QWidget):
    """A full-window player screen sized from its own height (pain check, summary): it takes
    the keyboard focus when shown and calls ``_rescale()`` on resize and font changes."""

    def _rescale(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._rescale()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_font_change(event):
            self._rescale()
