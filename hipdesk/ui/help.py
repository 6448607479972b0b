"""Help page: "When to seek help" first (both red-flag tiers, the stop rule), then how sitting
is measured, privacy, keyboard shortcuts and where hipdesk keeps things.

The safety texts come from the catalogue, never from code. The page is built before the first
paint, and loading the catalogue costs ~80 ms, so when no texts are handed in the safety card is
filled the first time the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from hipdesk import __version__
from hipdesk.core.catalogue import Texts

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 … Ctrl+7", "Go to Today, Routines, Drills, Journal, Trends, Settings, Help"),
    ("F1", "Open this help page"),
    ("0–9, 1 then 0", "Set a pain score directly on any 0–10 scale"),
    ("Enter / Ctrl+Enter", "Save a pain entry"),
    ("Ctrl+Z", "Undo a deletion while its notice is showing"),
    ("Space", "Count a stand, or start and stop the stopwatch, in the self-checks"),
    ("Ctrl+Q", "Quit hipdesk"),
)

SITTING_TEXT = (
    "hipdesk counts sitting from your keyboard and mouse activity, read from the desktop's idle "
    "time. Short pauses for reading or thinking stay part of the same stretch. Being idle for "
    "the natural-break time (3 minutes unless you change it) counts as a break: the stretch "
    "ends at your last input and the idle time is not counted. Locking the screen or putting "
    "the computer to sleep always ends a stretch. Where the desktop cannot report idle time, "
    "hipdesk says so and counts sitting only while the session is unlocked and awake; those "
    "figures are marked as estimated."
)
PRIVACY_TEXT = (
    "Everything you record stays on this computer, in the data folder shown below. hipdesk has "
    "no account and makes no network connections. You can export the whole journal at any time "
    "(Settings → Export) and delete the folder to remove it."
)
ABOUT_TEXT = (
    "hipdesk helps you notice long sitting, take short hip and core breaks, and keep a private "
    "journal of how your back feels. It offers general wellness guidance only and does not "
    "diagnose anything or replace a health professional."
)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("card", True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(8)
    heading = QLabel(title)
    heading.setProperty("role", "heading")
    layout.addWidget(heading)
    return card, layout


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class HelpBody(QWidget):
    def __init__(
        self,
        data_dir: Path,
        log_file: Path,
        texts: Texts | Callable[[], Texts] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._texts = texts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)

        # Not a card: the red-flag panel brings its own cards, one per tier.
        self.safety_card = QWidget()
        self._safety_layout = QVBoxLayout(self.safety_card)
        self._safety_layout.setContentsMargins(0, 0, 0, 0)
        self._safety_layout.setSpacing(8)
        heading = QLabel("When to seek help")
        heading.setProperty("role", "heading")
        self._safety_layout.addWidget(heading)
        self.safety_card.setAccessibleName("When to seek help")
        self.safety_panel: QWidget | None = None
        layout.addWidget(self.safety_card)

        for title, body in (
            ("How hipdesk measures sitting", SITTING_TEXT),
            ("Privacy", PRIVACY_TEXT),
            ("About hipdesk", ABOUT_TEXT),
        ):
            frame, c = _card(title)
            c.addWidget(_text(body))
            layout.addWidget(frame)

        keys, keys_l = _card("Keyboard shortcuts")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, what in SHORTCUTS:
            k = QLabel(f"<b>{key}</b>")
            k.setTextFormat(Qt.TextFormat.RichText)
            form.addRow(k, _text(what))
        keys_l.addLayout(form)
        layout.addWidget(keys)

        files, files_l = _card("Your files")
        info = QFormLayout()
        for label, value in (
            ("Version", __version__),
            ("Data folder", str(data_dir)),
            ("Log file", str(log_file)),
        ):
            info.addRow(label, _text(value))
        files_l.addLayout(info)
        layout.addWidget(files)
        layout.addStretch(1)
        if isinstance(texts, Texts):
            self.build_safety()

    def build_safety(self) -> QWidget:
        """Fill the safety card (once)."""
        if self.safety_panel is None:
            from hipdesk.ui.red_flags import RedFlagPanel

            texts = self._texts
            if texts is None:
                from hipdesk.core.catalogue import load_catalogue

                texts = load_catalogue().texts
            elif not isinstance(texts, Texts):
                texts = texts()
            self._safety_layout.addWidget(
                _text("If you notice any of these, stop the exercises and get checked.")
            )
            self.safety_panel = RedFlagPanel(texts)
            self._safety_layout.addWidget(self.safety_panel)
        return self.safety_panel

    def showEvent(self, event: QShowEvent) -> None:
        self.build_safety()
        super().showEvent(event)
