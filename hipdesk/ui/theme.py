"""Look: Fusion everywhere, our own light/dark palettes, one small stylesheet.

The theme follows the system colour scheme live (QStyleHints.colorScheme) unless the user picks
light or dark. All per-widget styling lives here, keyed by object names and dynamic properties
(`role="title"`, `card="true"`), so widgets never carry their own style sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Colours:
    window: str
    surface: str
    text: str
    muted: str
    border: str
    button: str
    accent: str
    on_accent: str
    nav_selected: str
    # Data colours (Okabe–Ito): the same meaning on every chart, badge and legend.
    pain: str = "#D55E00"
    sitting: str = "#0072B2"
    breaks_taken: str = "#009E73"
    breaks_skipped: str = "#E69F00"
    routines: str = "#CC79A7"
    function: str = "#56B4E9"


LIGHT = Colours(
    window="#F4F5F6",
    surface="#FFFFFF",
    text="#1F2933",
    muted="#5B6770",
    border="#D5DADF",
    button="#ECEFF1",
    accent="#0F766E",
    on_accent="#FFFFFF",
    nav_selected="#DCEFEC",
)
DARK = Colours(
    window="#181C20",
    surface="#22282D",
    text="#E6EAED",
    muted="#A0AAB2",
    border="#3A434B",
    button="#2B3238",
    accent="#2DD4BF",
    on_accent="#0B1F1C",
    nav_selected="#1F3F3B",
)


def palette_for(c: Colours) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.window),
        (role.Text, c.text),
        (role.Button, c.button),
        (role.ButtonText, c.text),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.on_accent),
        (role.PlaceholderText, c.muted),
        (role.Link, c.accent),
        (role.Mid, c.border),
        (role.Midlight, c.border),
        (role.Dark, c.border),
        (role.Accent, c.accent),
    ):
        p.setColor(r, QColor(value))
    disabled = QColor(c.muted)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def style_sheet(c: Colours, base_pt: float) -> str:
    # Qt style sheets take no relative font sizes: scale from the system UI font.
    title_pt, heading_pt = round(base_pt * 1.6, 1), round(base_pt * 1.2, 1)
    return f"""
QListWidget#nav {{
    background: {c.window}; border: none; border-right: 1px solid {c.border};
    padding: 8px; outline: 0;
}}
QListWidget#nav::item {{ padding: 8px 12px; border-radius: 8px; margin: 2px 0; color: {c.text}; }}
QListWidget#nav::item:selected {{ background: {c.nav_selected}; color: {c.text}; }}
QListWidget#nav::item:hover:!selected {{ background: {c.button}; }}
QListWidget#nav:focus {{ border-right: 1px solid {c.accent}; }}
QFrame[card="true"] {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 12px;
}}
QLabel[role="title"] {{ font-size: {title_pt}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {heading_pt}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent};
    border-radius: 6px; padding: 6px 16px; font-weight: 600;
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[primary="true"]:disabled {{
    background: {c.button}; color: {c.muted}; border: 1px solid {c.border};
}}
QPushButton:checked {{
    background: {c.nav_selected}; border: 1px solid {c.accent}; border-radius: 6px;
    padding: 4px 12px;
}}
"""


class ThemeManager(QObject):
    """Applies the palette and re-applies it when the system scheme or the choice changes."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication, choice: ThemeChoice = ThemeChoice.SYSTEM) -> None:
        super().__init__()  # owned by the app object, not by QApplication: tests build many
        self._app = app
        self._choice = choice
        self._dark: bool | None = None
        app.setStyle("Fusion")
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: self.apply())

    @property
    def dark(self) -> bool:
        return bool(self._dark)

    @property
    def colours(self) -> Colours:
        return DARK if self._dark else LIGHT

    def set_choice(self, choice: ThemeChoice) -> None:
        self._choice = choice
        self.apply()

    def apply(self) -> None:
        if self._choice is ThemeChoice.SYSTEM:
            dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        else:
            dark = self._choice is ThemeChoice.DARK
        if dark == self._dark:
            return
        self._dark = dark
        c = self.colours
        self._app.setPalette(palette_for(c))
        base_pt = self._app.font().pointSizeF()
        self._app.setStyleSheet(style_sheet(c, base_pt if base_pt > 0 else 10.0))
        self.changed.emit(dark)
