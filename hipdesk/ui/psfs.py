"""Weekly function scores (Patient-Specific Functional Scale): name 3–5 activities, rate each
0–10 once a week, archive one to replace it (its history is kept: activities are never renamed).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.core.models import NAME_MAX, PsfsActivity, PsfsScore, new_uuid, utc_text
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalLike,
    journal_source,
    muted,
    not_open_text,
    store_error_text,
)

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

MIN_ACTIVITIES, MAX_ACTIVITIES = 3, 5
DUE_AFTER_DAYS = 7


def active_activities(journal: Journal) -> list[PsfsActivity]:
    return [a for a in journal.records(PsfsActivity) if a.archived_at is None]


def last_rated(journal: Journal) -> str | None:
    """Local date of the newest weekly score, or None."""
    newest = journal.records(PsfsScore, newest_first=True, limit=1)
    return newest[0].local_date if newest else None


def psfs_due(journal: Journal, today: date) -> bool:
    """Due when activities are named and none was rated in the last 7 days."""
    if not active_activities(journal):
        return False
    last = last_rated(journal)
    return last is None or date.fromisoformat(last) <= today - timedelta(days=DUE_AFTER_DAYS)


class PsfsPanel(QWidget):
    changed = Signal()

    def __init__(
        self, journal: JournalLike, clock: Clock, texts: Texts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal_source(journal)
        self._clock = clock
        screens: Mapping[str, Any] = texts.block("screens")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        anchors = screens["psfs_anchors"]
        question = QLabel(screens["psfs_question"])
        question.setProperty("role", "heading")
        layout.addWidget(question)
        layout.addWidget(muted(f"0 = {anchors['0']} · 10 = {anchors['10']}"))
        self.due = muted("")
        layout.addWidget(self.due)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        layout.addLayout(self.grid)
        self.scores: dict[str, QSpinBox] = {}
        self.save_button = QPushButton(self.tr("Save this week's scores"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_scores)
        layout.addWidget(self.save_button)

        layout.addWidget(
            QLabel(self.tr("Add an activity that is hard because of your back or hips"))
        )
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(self.tr("New activity"))
        self.new_name.setPlaceholderText(self.tr("e.g. ") + ", ".join(screens["psfs_examples"][:3]))
        self.new_name.returnPressed.connect(self.add_activity)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_activity)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        self.status = muted("")
        layout.addWidget(self.status)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        layout.addWidget(muted(screens["psfs_attribution"]))
        for b in (self.save_button, self.add_button):
            b.setAutoDefault(False)

    def refresh(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()
        self.scores = {}
        journal = self._journal()
        if journal is None:
            self.due.setText(not_open_text())
            return
        activities = active_activities(journal)
        for row, activity in enumerate(activities):
            name = QLabel(activity.name)
            name.setWordWrap(True)
            spin = QSpinBox()
            spin.setRange(-1, 10)
            spin.setSpecialValueText(self.tr("not rated"))  # -1: an unrated row is visible, not a 0
            spin.setValue(-1)
            spin.setAccessibleName(self.tr("Score for {activity}").format(activity=activity.name))
            name.setBuddy(spin)
            archive = QPushButton(self.tr("Archive"))
            archive.setAutoDefault(False)
            archive.setAccessibleName(self.tr("Archive {activity}").format(activity=activity.name))
            archive.clicked.connect(lambda _c=False, a=activity: self.archive(a))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(spin, row, 1)
            self.grid.addWidget(archive, row, 2)
            self.scores[activity.uuid] = spin
        self.grid.setColumnStretch(0, 1)
        self.save_button.setEnabled(bool(activities))
        last = last_rated(journal)
        today = self._clock.now().astimezone().date()
        if not activities:
            self.due.setText(
                self.tr("Name {min} to {max} activities to start.").format(
                    min=MIN_ACTIVITIES, max=MAX_ACTIVITIES
                )
            )
        elif psfs_due(journal, today):
            self.due.setText(
                self.tr("Due: rate each activity for this week.")
                + (self.tr(" Last rated {date}.").format(date=last) if last else "")
            )
        else:
            self.due.setText(
                self.tr("Rated this week ({date}). Next due a week later.").format(date=last)
            )
        if 0 < len(activities) < MIN_ACTIVITIES:
            self.status.setText(
                self.tr("Add {count} more to reach 3.").format(
                    count=MIN_ACTIVITIES - len(activities)
                )
            )

    def add_activity(self) -> bool:
        name = self.new_name.text().strip()
        journal = self._journal()
        if journal is None:
            self.error.show_message(not_open_text())
            return False
        if not name:
            self.error.show_message(self.tr("Type the activity's name first."))
            return False
        if len(name) > NAME_MAX:
            self.error.show_message(
                self.tr("Keep the name under {max} characters.").format(max=NAME_MAX)
            )
            return False
        if len(active_activities(journal)) >= MAX_ACTIVITIES:
            self.error.show_message(
                self.tr("You already rate {max} activities: archive one to add another.").format(
                    max=MAX_ACTIVITIES
                )
            )
            return False
        return self._write(
            lambda: journal.add(PsfsActivity(new_uuid(), name, *journal.stamp_now())),
            self.tr("Added “{activity}”.").format(activity=name),
            clear=True,
        )

    def archive(self, activity: PsfsActivity) -> bool:
        journal = self._journal()
        if journal is None:
            return False
        when = utc_text(self._clock.now())
        return self._write(
            lambda: journal.update(dataclasses.replace(activity, archived_at=when)),
            self.tr("Archived “{activity}”; its scores stay in your journal.").format(
                activity=activity.name
            ),
        )

    def save_scores(self) -> bool:
        journal = self._journal()
        if journal is None:
            self.error.show_message(not_open_text())
            return False
        missing = [u for u, spin in self.scores.items() if spin.value() < 0]
        if missing or not self.scores:
            self.error.show_message(self.tr("Rate every activity from 0 to 10 before saving."))
            return False
        stamp = journal.stamp_now()
        scores = [PsfsScore(new_uuid(), u, *stamp, score=s.value()) for u, s in self.scores.items()]
        return self._write(lambda: journal.add_many(scores), self.tr("Saved this week's scores."))

    def _write(self, action: Any, done: str, clear: bool = False) -> bool:
        from hipdesk.store.db import JournalError

        try:
            action()
        except JournalError as exc:
            self.error.show_message(store_error_text(exc))
            return False
        self.error.clear()
        if clear:
            self.new_name.clear()
        self.refresh()
        self.status.setText(done)
        self.changed.emit()
        return True
