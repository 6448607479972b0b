"""Help page: "When to seek help" first (both red-flag tiers, the stop rule), then how sitting
is measured, privacy, keyboard shortcuts and where hipdesk keeps things.

The safety texts come from the catalogue, never from code. The page is built before the first
paint, and loading the catalogue costs ~80 ms, so when no texts are handed in the safety card is
filled the first time the page is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from hipdesk import __version__
from hipdesk.core.catalogue import Texts

SHORTCUTS: tuple[tuple[str, str], ...] = (
    (
        "Ctrl+1 … Ctrl+7",
        QT_TRANSLATE_NOOP(
            "HelpBody", "Go to Today, Routines, Drills, Journal, Trends, Settings, Help"
        ),
    ),
    ("F1", QT_TRANSLATE_NOOP("HelpBody", "Open this help page")),
    (
        QT_TRANSLATE_NOOP("HelpBody", "0–9, 1 then 0"),
        QT_TRANSLATE_NOOP("HelpBody", "Set a pain score directly on any 0–10 scale"),
    ),
    ("Enter / Ctrl+Enter", QT_TRANSLATE_NOOP("HelpBody", "Save a pain entry")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("HelpBody", "Undo a deletion while its notice is showing")),
    (
        QT_TRANSLATE_NOOP("HelpBody", "Space"),
        QT_TRANSLATE_NOOP(
            "HelpBody", "Count a stand, or start and stop the stopwatch, in the self-checks"
        ),
    ),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("HelpBody", "Quit hipdesk")),
)

SITTING_TEXT = QT_TRANSLATE_NOOP(
    "HelpBody",
    "hipdesk counts sitting from your keyboard and mouse activity, read from the desktop's idle "
    "time. Short pauses for reading or thinking stay part of the same stretch. Being idle for "
    "the natural-break time (3 minutes unless you change it) counts as a break: the stretch "
    "ends at your last input and the idle time is not counted. Locking the screen or putting "
    "the computer to sleep always ends a stretch. Where the desktop cannot report idle time, "
    "hipdesk says so and counts sitting only while the session is unlocked and awake; those "
    "figures are marked as estimated.",
)
PRIVACY_TEXT = QT_TRANSLATE_NOOP(
    "HelpBody",
    "Everything you record stays on this computer, in the data folder shown below. hipdesk has "
    "no account and makes no network connections. You can export the whole journal at any time "
    "(Settings → Export) and delete the folder to remove it.",
)
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "HelpBody",
    "hipdesk helps you notice long sitting, take short hip and core breaks, and keep a private "
    "journal of how your back feels. It offers general wellness guidance only and does not "
    "diagnose anything or replace a health professional.",
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
        heading = QLabel(self.tr("When to seek help"))
        heading.setProperty("role", "heading")
        self._safety_layout.addWidget(heading)
        self.safety_card.setAccessibleName(self.tr("When to seek help"))
        self.safety_panel: QWidget | None = None
        layout.addWidget(self.safety_card)

        for title, body in (
            (self.tr("How hipdesk measures sitting"), SITTING_TEXT),
            (self.tr("Privacy"), PRIVACY_TEXT),
            (self.tr("About hipdesk"), ABOUT_TEXT),
        ):
            frame, c = _card(title)
            c.addWidget(_text(self.tr(body)))
            layout.addWidget(frame)

        keys, keys_l = _card(self.tr("Keyboard shortcuts"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, what in SHORTCUTS:
            k = QLabel(f"<b>{self.tr(key)}</b>")
            k.setTextFormat(Qt.TextFormat.RichText)
            form.addRow(k, _text(self.tr(what)))
        keys_l.addLayout(form)
        layout.addWidget(keys)

        files, files_l = _card(self.tr("Your files"))
        info = QFormLayout()
        for label, value in (
            (self.tr("Version"), __version__),
            (self.tr("Data folder"), str(data_dir)),
            (self.tr("Log file"), str(log_file)),
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
                _text(self.tr("If you notice any of these, stop the exercises and get checked."))
            )
            self.safety_panel = RedFlagPanel(texts)
            self._safety_layout.addWidget(self.safety_panel)
        return self.safety_panel

    def showEvent(self, event: QShowEvent) -> None:
        self.build_safety()
        super().showEvent(event)
