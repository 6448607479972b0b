"""The Today page: quick pain log, a sitting summary, the PSFS reminder and room for cards
built elsewhere (the plan card) via :meth:`TodayBody.add_card`.

Sitting figures arrive through :meth:`TodayBody.set_sitting` from the sitting service; until the
first call the card says plainly that nothing has been measured yet rather than showing zeros.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.ui.journal_widgets import JournalLike, card, journal_source, muted
from hipdesk.ui.pain_form import PainForm


class SittingSnapshot(Protocol):
    sitting_today_seconds: float
    current_stretch_seconds: float
    threshold_seconds: float
    next_break_in_seconds: float | None  # None while paused or outside working hours
    breaks_taken_today: int
    breaks_skipped_today: int
    estimated: bool
    pending_writes: int  # rows the journal refused so far (kept and retried every tick)


def minutes(seconds: float) -> str:
    total = int(seconds // 60)
    if total >= 60:
        return QCoreApplication.translate("TodayBody", "{hours} h {minutes} min").format(
            hours=total // 60, minutes=f"{total % 60:02d}"
        )
    return QCoreApplication.translate("TodayBody", "{minutes} min").format(minutes=total)


def unsaved_text(count: int) -> str:
    # Two sentences rather than a %n plural: English has no .qm to pick "record"/"records".
    if count == 1:
        text = QCoreApplication.translate(
            "TodayBody",
            "1 sitting or break record not saved yet: the journal cannot be written right now. "
            "hipdesk keeps it and saves it as soon as it can.",
        )
    else:
        text = QCoreApplication.translate(
            "TodayBody",
            "{count} sitting or break records not saved yet: the journal cannot be written "
            "right now. hipdesk keeps them and saves them as soon as it can.",
        )
    return text.format(count=count)


class TodayBody(QWidget):
    psfs_requested = Signal()  # "Rate this week" → the lead shows the Journal's PSFS tab

    def __init__(
        self, journal: JournalLike, clock: Clock, texts: Texts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal_source(journal)
        self._clock = clock
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(16)

        self.sitting_card, s = card(self.tr("Sitting today"))
        self.sitting_empty = muted(
            self.tr(
                "Nothing measured yet today. Sitting time and breaks appear here once hipdesk "
                "has noticed you at the keyboard."
            )
        )
        s.addWidget(self.sitting_empty)
        self.figures = QWidget()
        grid = QGridLayout(self.figures)
        grid.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}
        for i, (key, label) in enumerate((
            ("today", self.tr("Sitting so far")),
            ("stretch", self.tr("This stretch")),
            ("next", self.tr("Next break")),
            ("breaks", self.tr("Breaks taken / skipped")),
        )):  # fmt: skip
            name = muted(label)
            value = QLabel("")
            value.setProperty("role", "heading")
            value.setAccessibleName(label)
            grid.addWidget(name, 0, i)
            grid.addWidget(value, 1, i)
            self.values[key] = value
        s.addWidget(self.figures)
        self.estimated = muted(
            self.tr(
                "Estimated: this desktop does not report idle time, so sitting is counted while "
                "the session is unlocked and awake."
            )
        )
        s.addWidget(self.estimated)
        self.unsaved = QLabel()
        self.unsaved.setWordWrap(True)
        s.addWidget(self.unsaved)
        self.figures.hide()
        self.estimated.hide()
        self.unsaved.hide()
        self._layout.addWidget(self.sitting_card)

        self.psfs_card, p = card(self.tr("Weekly function scores are due"))
        p.addWidget(muted(self.tr("Rate your chosen activities for this week; it takes a minute.")))
        self.psfs_button = QPushButton(self.tr("Rate this week"))
        self.psfs_button.clicked.connect(self.psfs_requested)
        p.addWidget(self.psfs_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.psfs_card.hide()
        self._layout.addWidget(self.psfs_card)

        self.pain_card, pc = card(self.tr("How is your back right now?"))
        self.pain_form = PainForm(self._journal, clock, texts, context="daily", details_open=False)
        pc.addWidget(self.pain_form)
        self._layout.addWidget(self.pain_card)
        self._cards_at = self._layout.indexOf(self.pain_card)
        self._layout.addStretch(1)

    def add_card(self, widget: QWidget) -> None:
        """Insert a card (e.g. the plan card) after the sitting summary, in call order."""
        self._layout.insertWidget(self._cards_at, widget)
        self._cards_at += 1

    def set_sitting(self, snap: SittingSnapshot) -> None:
        self.sitting_empty.hide()
        self.figures.show()
        self.values["today"].setText(minutes(snap.sitting_today_seconds))
        self.values["stretch"].setText(
            self.tr("{stretch} of {threshold}").format(
                stretch=minutes(snap.current_stretch_seconds),
                threshold=minutes(snap.threshold_seconds),
            )
        )
        nxt = snap.next_break_in_seconds
        self.values["next"].setText(
            self.tr("paused") if nxt is None else self.tr("in {time}").format(time=minutes(nxt))
        )
        self.values["breaks"].setText(f"{snap.breaks_taken_today} / {snap.breaks_skipped_today}")
        self.estimated.setVisible(snap.estimated)
        self.unsaved.setVisible(snap.pending_writes > 0)
        if snap.pending_writes:
            self.unsaved.setText(unsaved_text(snap.pending_writes))

    def set_psfs_due(self, due: bool) -> None:
        self.psfs_card.setVisible(due)

    def refresh(self) -> None:
        """Re-check what depends on the journal (call when it opens and after PSFS saves)."""
        journal = self._journal()
        if journal is None:
            return
        from hipdesk.ui.psfs import psfs_due

        self.set_psfs_due(psfs_due(journal, self._clock.now().astimezone().date()))
