"""The red-flag guidance (self.tr("When to seek help")): a panel for the Help page and a dialog the
journal opens when a logged symptom or a 9–10 pain rating calls for it.

Texts are the catalogue's, never paraphrased here (content-brief.md section 7). The dialog cannot
be dismissed for its first 3 seconds, measured on the injected Clock, so a reflexive Esc or
Enter does not wave it away unread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.ui.journal_widgets import card, muted, symptom_label

LOCK_SECONDS = 3.0
TIERS = ("emergency_now", "see_clinician_soon")
# Symptoms from the journal's symptom checks that open the guidance (all of them do).
RED_FLAG_SYMPTOMS = ("numbness_or_tingling", "leg_weakness", "saddle_numbness",
                     "bladder_or_bowel_change")  # fmt: skip


def red_flag_reasons(back: int | None, leg: int | None, symptoms: Iterable[str]) -> list[str]:
    """Why the guidance must be shown for this entry (empty: it need not be)."""
    reasons = [symptom_label(s) for s in symptoms if s in RED_FLAG_SYMPTOMS]
    if back is not None and back >= 9:
        reasons.append(f"back pain {back} of 10")
    if leg is not None and leg >= 9:
        reasons.append(f"leg pain {leg} of 10")
    return reasons


def _label(text: str, *, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class RedFlagPanel(QWidget):
    """Both tiers (heading, action, items), the stop rule and the footer."""

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        flags: Mapping[str, Any] = texts.block("red_flags")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.tier_cards: list[QWidget] = []
        for tier in TIERS:
            block = flags[tier]
            frame, c = card(block["heading"])
            action = _label(block["action"])
            bold = action.font()
            bold.setBold(True)  # the one instruction to act on
            action.setFont(bold)
            c.addWidget(action)
            items: Sequence[Mapping[str, str]] = block["items"]
            for item in items:
                c.addWidget(_label(f"•  {item['text']}"))
            frame.setAccessibleName(block["heading"])
            layout.addWidget(frame)
            self.tier_cards.append(frame)
        stop, s = card(self.tr("Stop rule"))
        s.addWidget(_label(texts.safety.stop_rule))
        layout.addWidget(stop)
        self.footer = muted(flags["footer"])
        layout.addWidget(self.footer)


class RedFlagDialog(QDialog):
    """Opened right after a worrying entry is saved; closable only after LOCK_SECONDS."""

    shown = Signal(str)  # the reasons, joined; the caller records that it was shown

    def __init__(
        self,
        texts: Texts,
        clock: Clock,
        reasons: Sequence[str],
        timer: QTimer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("When to seek help"))
        self.setModal(True)
        self.resize(720, 620)
        self._clock = clock
        self._opened_at: float | None = None
        self.reasons = list(reasons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        title = QLabel(self.tr("When to seek help"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        intro = _label(
            self.tr("You noted {reasons}. Please read these warning signs now.").format(
                reasons="; ".join(self.reasons)
            )
        )
        layout.addWidget(intro)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.panel = RedFlagPanel(texts)
        area.setWidget(self.panel)
        layout.addWidget(area, 1)
        self.countdown = muted("")
        layout.addWidget(self.countdown)
        buttons = QDialogButtonBox()
        self.ok = QPushButton(self.tr("I have read this"))
        self.ok.setAccessibleName(self.tr("I have read this"))
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.timer = timer or QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self._set_locked(True)

    # lifecycle ------------------------------------------------------------------------------
    def present(self) -> None:
        """Show without blocking (window-modal) and start the lock."""
        self._opened_at = self._clock.monotonic()
        self._set_locked(True)
        self.timer.start()
        self.open()
        self.shown.emit("; ".join(self.reasons))

    @property
    def locked(self) -> bool:
        if self._opened_at is None:
            return True
        return self._clock.monotonic() - self._opened_at < LOCK_SECONDS

    def _tick(self) -> None:
        self._set_locked(self.locked)
        if not self.locked:
            self.timer.stop()

    def _set_locked(self, locked: bool) -> None:
        self.ok.setEnabled(not locked)
        if locked:
            left = LOCK_SECONDS
            if self._opened_at is not None:
                left = LOCK_SECONDS - (self._clock.monotonic() - self._opened_at)
            self.countdown.setText(
                self.tr("You can close this in {seconds} s.").format(
                    seconds=max(1, round(left + 0.49))
                )
            )
        else:
            self.countdown.setText("")
            self.ok.setDefault(True)
            self.ok.setFocus()

    # every way out is refused while locked ---------------------------------------------------
    def accept(self) -> None:
        if not self.locked:
            self.timer.stop()
            super().accept()

    def reject(self) -> None:
        if not self.locked:
            self.timer.stop()
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
            return
        super().closeEvent(event)
