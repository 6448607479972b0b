"""Small pieces shared by the journal screens: the journal source, cards, inline messages.

Kept free of the store at import time: the Today, Help and Settings pages are built before the
first paint, and sqlite-utils must stay off that path (tests/test_startup_imports.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hipdesk.ui import icons
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.theme import LIGHT

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

# The journal opens after the first paint, so widgets ask for it when they need it.
JournalSource = Callable[[], "Journal | None"]
JournalLike = Union["Journal", JournalSource, None]

# Okabe–Ito vermillion: visible on both themes, and the same hue as pain on the charts.
ALERT_COLOUR = LIGHT.pain
NOT_OPEN = QT_TRANSLATE_NOOP(
    "JournalWidgets", "The journal is not open yet. Try again in a moment."
)


def not_open_text() -> str:
    return QCoreApplication.translate("JournalWidgets", NOT_OPEN)


def journal_source(journal: JournalLike) -> JournalSource:
    if journal is None:
        return lambda: None
    if callable(journal):
        return journal
    return lambda: journal


def card(title: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(8)
    if title:
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
    return frame, layout


def muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "muted")
    label.setWordWrap(True)
    return label


class InlineMessage(QWidget):
    """An alert icon and one sentence beside the field it is about; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.icon = QLabel()
        self.icon.setPixmap(icons.pixmap("alert", 16, ALERT_COLOUR))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.show_message("")


def region_label(key: str) -> str:
    """``hip_left`` → ``Hip (left)``; the stored keys never change, the labels may."""
    names = {
        "sacroiliac": QCoreApplication.translate("JournalWidgets", "Sacroiliac joint"),
        "lower_leg": QCoreApplication.translate("JournalWidgets", "Lower leg"),
        "hip": QCoreApplication.translate("JournalWidgets", "Hip"),
        "groin": QCoreApplication.translate("JournalWidgets", "Groin"),
        "buttock": QCoreApplication.translate("JournalWidgets", "Buttock"),
        "thigh": QCoreApplication.translate("JournalWidgets", "Thigh"),
        "knee": QCoreApplication.translate("JournalWidgets", "Knee"),
        "foot": QCoreApplication.translate("JournalWidgets", "Foot"),
        "lower_back": QCoreApplication.translate("JournalWidgets", "Lower back"),
        "mid_back": QCoreApplication.translate("JournalWidgets", "Mid back"),
    }
    sides = {
        "left": QCoreApplication.translate("JournalWidgets", "left"),
        "right": QCoreApplication.translate("JournalWidgets", "right"),
    }
    for side in ("left", "right"):
        if key.endswith("_" + side):
            base = key[: -len(side) - 1]
            name = names.get(base, base.replace("_", " ").capitalize())
            return QCoreApplication.translate("JournalWidgets", "{region} ({side})").format(
                region=name, side=sides[side]
            )
    return names.get(key, key.replace("_", " ").capitalize())


def symptom_label(key: str) -> str:
    return {
        "numbness_or_tingling": QCoreApplication.translate(
            "JournalWidgets", "New numbness or tingling in a leg"
        ),
        "leg_weakness": QCoreApplication.translate("JournalWidgets", "Leg weakness"),
        "saddle_numbness": QCoreApplication.translate(
            "JournalWidgets", "Numbness between the legs (saddle area)"
        ),
        "bladder_or_bowel_change": QCoreApplication.translate(
            "JournalWidgets", "Change in bladder or bowel control"
        ),
    }.get(key, key.replace("_", " ").capitalize())


def local_time(instant_text: str) -> str:
    """A stored UTC instant shown in the computer's local time, e.g. ``14:05``."""
    return datetime.fromisoformat(instant_text).astimezone().strftime("%H:%M")


def day_heading(local_date: str, today: str) -> str:
    day = datetime.fromisoformat(local_date).date()
    # The QLocale date format is itself translatable ("Montag, 5. Januar 2026").
    label = locale_date(day, QCoreApplication.translate("Dates", "dddd d MMMM yyyy"))
    if local_date == today:
        return QCoreApplication.translate("JournalWidgets", "Today · {date}").format(date=label)
    return label


def store_error_text(exc: Exception) -> str:
    """One sentence for a failed write; the form keeps its values so nothing typed is lost."""
    hint = getattr(exc, "hint", "")
    text = QCoreApplication.translate("JournalWidgets", "Not saved: {error}").format(error=exc)
    return f"{text} — {hint}" if hint else text
