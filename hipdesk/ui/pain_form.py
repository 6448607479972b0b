"""The quick pain log: back 0–10 (required), leg 0–10 (optional), hip/groin, regions, symptoms,
note. Used on the Today page, the Journal page (also to edit an entry in place) and in the small
``PainDialog`` behind the tray's "Log pain…".

"Saved" appears only after the journal's commit returned; a store error shows inline and the
form keeps every value so nothing typed is lost. Symptom ticks or a 9–10 rating open the
red-flag dialog right after the save, and a line in the entry's note records that it was shown
(the pain_entries table has no symptom column).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.core.models import BODY_REGIONS, NOTE_MAX, PainEntry, ValidationError, new_uuid
from hipdesk.ui.journal_pain_scale import PainQuestion
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalLike,
    journal_source,
    local_time,
    muted,
    not_open_text,
    region_label,
    store_error_text,
    symptom_label,
)
from hipdesk.ui.red_flags import RedFlagDialog, red_flag_reasons

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

RED_FLAG_MARK = "⚑ When to seek help was shown: "


class PainForm(QWidget):
    saved = Signal(object)  # the stored PainEntry
    cancelled = Signal()  # edit mode only
    red_flags_shown = Signal(str)

    def __init__(
        self,
        journal: JournalLike,
        clock: Clock,
        texts: Texts,
        *,
        context: str = "manual",
        details_open: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal_source(journal)
        self._clock = clock
        self._texts = texts
        self._context = context
        self._editing: PainEntry | None = None
        self._kept_marks: list[str] = []
        self.red_flag_dialog: RedFlagDialog | None = None
        measures: Mapping[str, Any] = texts.block("journal_measures")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.back = PainQuestion(measures["pain_back"], optional=False)
        self.leg = PainQuestion(measures["pain_leg"], optional=True)
        self.leg.scale.setToolTip(self.leg.scale.toolTip() + self.tr(" (leave empty if none)"))
        self.hip_groin = QCheckBox(measures["hip_groin_today"]["question"])
        layout.addWidget(self.back)

        self.more = QPushButton(self.tr("More: leg pain, body areas, symptoms, note"))
        self.more.setCheckable(True)
        self.more.setAccessibleName(self.tr("Show more fields"))
        self.details = QWidget()
        d = QVBoxLayout(self.details)
        d.setContentsMargins(0, 0, 0, 0)
        d.setSpacing(12)
        d.addWidget(self.leg)
        d.addWidget(self.hip_groin)
        d.addWidget(QLabel(self.tr("Where do you feel it?")))
        grid = QGridLayout()
        grid.setSpacing(6)
        self.region_chips: dict[str, QPushButton] = {}
        for i, key in enumerate(BODY_REGIONS):
            chip = QPushButton(region_label(key))
            chip.setCheckable(True)
            chip.setAccessibleName(region_label(key))
            grid.addWidget(chip, i // 4, i % 4)
            self.region_chips[key] = chip
        d.addLayout(grid)
        d.addWidget(QLabel(self.tr("Any of these since your last entry?")))
        self.symptoms: dict[str, QCheckBox] = {}
        for key in measures["symptom_checks"]:
            box = QCheckBox(symptom_label(key))
            d.addWidget(box)
            self.symptoms[key] = box
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.note_count = muted("")
        self.note.textChanged.connect(self._count)
        d.addWidget(self.note)
        d.addWidget(self.note_count)
        layout.addWidget(self.more, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        self.more.toggled.connect(self.details.setVisible)
        self.more.setChecked(details_open)
        self.details.setVisible(details_open)

        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAccessibleName(self.tr("Save pain entry"))
        self.save_button.setToolTip(self.tr("Save (Enter on the scale, or Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        self.status = muted("")
        self.status.setAccessibleName(self.tr("Save status"))
        row.addWidget(self.save_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        self.error = InlineMessage()
        layout.addWidget(self.error)

        for scale in (self.back.scale, self.leg.scale):
            scale.activated.connect(self.save)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self.save)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter saves; it must not toggle whatever has focus
        self._count()

    # values ---------------------------------------------------------------------------------
    def _count(self) -> None:
        n = len(self.note.toPlainText())
        self.note_count.setText(
            self.tr("{count} / {limit} characters").format(count=n, limit=self._note_limit())
        )

    def _note_limit(self) -> int:
        # Room is kept for the red-flag line so a long note never blocks recording it.
        return NOTE_MAX - 200

    def regions(self) -> tuple[str, ...]:
        return tuple(k for k, chip in self.region_chips.items() if chip.isChecked())

    def ticked_symptoms(self) -> list[str]:
        return [k for k, box in self.symptoms.items() if box.isChecked()]

    def clear(self) -> None:
        self.back.scale.set_value(None)
        self.leg.scale.set_value(None)
        self.hip_groin.setChecked(False)
        for chip in self.region_chips.values():
            chip.setChecked(False)
        for box in self.symptoms.values():
            box.setChecked(False)
        self.note.clear()
        self._kept_marks = []

    def load(self, entry: PainEntry) -> None:
        """Edit mode: show ``entry``; Save updates it, Cancel (Esc) leaves it as it was."""
        self.clear()
        self._editing = entry
        self.back.scale.set_value(entry.back)
        self.leg.scale.set_value(entry.leg)
        self.hip_groin.setChecked(entry.hip_groin)
        for key in entry.regions:
            self.region_chips[key].setChecked(True)
        lines = (entry.note or "").split("\n")
        self._kept_marks = [ln for ln in lines if ln.startswith(RED_FLAG_MARK)]
        self.note.setPlainText("\n".join(ln for ln in lines if not ln.startswith(RED_FLAG_MARK)))
        self.save_button.setText(self.tr("Save changes"))
        self.cancel_button.show()
        self.more.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._editing is not None:
            self._cancel()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()  # Enter on a checkbox or chip saves too: one keypress to log
            return
        super().keyPressEvent(event)

    def _cancel(self) -> None:
        self._editing = None
        self.cancelled.emit()

    # saving ---------------------------------------------------------------------------------
    def save(self) -> PainEntry | None:
        self.status.setText("")
        back = self.back.scale.value()
        if back is None:
            self.error.show_message(
                self.tr("Choose your back pain from 0 to 10 first (type a digit).")
            )
            self.back.scale.setFocus()
            return None
        note = self.note.toPlainText().strip()
        if len(note) > self._note_limit():
            self.error.show_message(
                self.tr("The note is {count} characters long; at most {limit} fit.").format(
                    count=len(note), limit=self._note_limit()
                )
            )
            self.note.setFocus()
            return None
        journal = self._journal()
        if journal is None:
            self.error.show_message(not_open_text())
            return None
        leg = self.leg.scale.value()
        reasons = red_flag_reasons(back, leg, self.ticked_symptoms())
        marks = list(self._kept_marks)
        if reasons:
            marks.append(RED_FLAG_MARK + "; ".join(reasons))
        full_note = "\n".join([note, *marks] if note else marks) or None
        try:
            entry = self._commit(journal, back, leg, full_note)
        except ValidationError as exc:
            self.error.show_message(self.tr("Not saved: {error}").format(error=exc))
            return None
        except Exception as exc:
            from hipdesk.store.db import JournalError

            if not isinstance(exc, JournalError):
                raise
            self.error.show_message(store_error_text(exc))
            return None
        self.error.clear()
        editing = self._editing is not None
        self._editing = None
        self.status.setText(
            self.tr("Saved at {time} · back {back}").format(
                time=local_time(entry.recorded_at), back=entry.back
            )
        )
        if not editing:
            self.clear()
        if reasons:  # before `saved`, so a host closing on save sees the guidance is up
            self.show_red_flags(reasons)
        self.saved.emit(entry)
        return entry

    def _commit(self, journal: Journal, back: int, leg: int | None, note: str | None) -> PainEntry:
        values: dict[str, Any] = {
            "back": back,
            "leg": leg,
            "hip_groin": self.hip_groin.isChecked(),
            "regions": self.regions(),
            "note": note,
        }
        if self._editing is not None:
            return journal.update(dataclasses.replace(self._editing, **values))
        entry = PainEntry(new_uuid(), *journal.stamp_now(), context=self._context, **values)
        return journal.add(entry)

    def show_red_flags(self, reasons: list[str]) -> None:
        self.red_flag_dialog = RedFlagDialog(self._texts, self._clock, reasons, parent=self)
        self.red_flag_dialog.shown.connect(self.red_flags_shown)
        self.red_flag_dialog.present()


class PainDialog(QDialog):
    """The tray's "Log pain…": the same form in a small window; closes after a normal save."""

    def __init__(
        self, journal: JournalLike, clock: Clock, texts: Texts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log pain"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.form = PainForm(journal, clock, texts, details_open=False)
        layout.addWidget(self.form)
        self.form.saved.connect(self._saved)
        self.resize(620, self.sizeHint().height())

    def _saved(self, _entry: object) -> None:
        # With red flags showing, the dialog stays (the guidance is its child) until read.
        dialog = self.form.red_flag_dialog
        if dialog is None or not dialog.isVisible():
            self.accept()
        else:
            dialog.finished.connect(lambda _r: self.accept())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.form.back.scale.setFocus()
