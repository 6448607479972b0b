"""Help page: keyboard shortcuts and where hipdesk keeps things.

The safety guidance ("When to seek help") joins this page with the journal-screens work; the
texts come from the catalogue, never from code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from hipdesk import __version__

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 … Ctrl+7", "Go to Today, Routines, Drills, Journal, Trends, Settings, Help"),
    ("F1", "Open this help page"),
    ("Ctrl+Q", "Quit hipdesk"),
)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("card", True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 16, 16, 16)
    heading = QLabel(title)
    heading.setProperty("role", "heading")
    layout.addWidget(heading)
    return card, layout


class HelpBody(QWidget):
    def __init__(self, data_dir: Path, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)

        about, about_l = _card("About hipdesk")
        text = QLabel(
            "hipdesk helps you notice long sitting, take short hip and core breaks, and keep a "
            "private journal of how your back feels. It offers wellness guidance only: it does "
            "not diagnose or treat anything. Everything stays on this computer."
        )
        text.setWordWrap(True)
        about_l.addWidget(text)
        layout.addWidget(about)

        keys, keys_l = _card("Keyboard shortcuts")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for key, what in SHORTCUTS:
            k = QLabel(f"<b>{key}</b>")
            k.setTextFormat(Qt.TextFormat.RichText)
            form.addRow(k, QLabel(what))
        keys_l.addLayout(form)
        layout.addWidget(keys)

        files, files_l = _card("Your files")
        info = QFormLayout()
        for label, value in (
            ("Version", __version__),
            ("Data folder", str(data_dir)),
            ("Log file", str(log_file)),
        ):
            v = QLabel(value)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            v.setWordWrap(True)
            info.addRow(label, v)
        files_l.addLayout(info)
        layout.addWidget(files)
        layout.addStretch(1)
