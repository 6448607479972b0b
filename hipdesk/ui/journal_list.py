"""Pain entries grouped by day, with filters; edit in place, delete with Undo (10 s toast).

Deleting is immediate and undoable rather than confirmed (ui-style.md): Undo adds the same
record back with its uuid, so exports and trends see no difference.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from itertools import groupby

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.core.models import PainEntry
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalSource,
    day_heading,
    local_time,
    muted,
    region_label,
    store_error_text,
)
from hipdesk.ui.pain_form import RED_FLAG_MARK, PainForm
from hipdesk.ui.toast import Toast

PERIODS = (
    (7, QT_TRANSLATE_NOOP("PainList", "Last 7 days")),
    (30, QT_TRANSLATE_NOOP("PainList", "Last 30 days")),
    (90, QT_TRANSLATE_NOOP("PainList", "Last 3 months")),
    (0, QT_TRANSLATE_NOOP("PainList", "All entries")),
)


def describe(entry: PainEntry) -> str:
    parts = [
        local_time(entry.recorded_at),
        QCoreApplication.translate("PainList", "back {value}").format(value=entry.back),
    ]
    if entry.leg is not None:
        parts.append(QCoreApplication.translate("PainList", "leg {value}").format(value=entry.leg))
    if entry.hip_groin:
        parts.append(QCoreApplication.translate("PainList", "hip or groin discomfort"))
    if entry.regions:
        parts.append(", ".join(region_label(r) for r in entry.regions))
    text = " · ".join(parts)
    note = (
        (entry.note or "")
        .replace(
            RED_FLAG_MARK, QCoreApplication.translate("PainList", "(safety guidance shown)") + " "
        )
        .strip()
    )
    return f"{text}\n{note}" if note else text


class EntryRow(QFrame):
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, entry: PainEntry) -> None:
        super().__init__()
        self.entry = entry
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        self.text = QLabel(describe(entry))
        self.text.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(
            self.tr("Edit entry at {time}").format(time=local_time(entry.recorded_at))
        )
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(
            self.tr("Delete entry at {time}").format(time=local_time(entry.recorded_at))
        )
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self))
        row.addWidget(self.text, 1)
        row.addWidget(self.edit_button, alignment=Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.delete_button, alignment=Qt.AlignmentFlag.AlignTop)


class PainList(QWidget):
    changed = Signal()  # something was edited, deleted or restored

    def __init__(
        self, journal: JournalSource, clock: Clock, texts: Texts, toast: Toast,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._journal = journal
        self._clock = clock
        self._texts = texts
        self.toast = toast
        self.editor: PainForm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        filters = QHBoxLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days, label in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.period.setCurrentIndex(1)
        self.hip_only = QCheckBox(self.tr("Only with hip or groin discomfort"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setAccessibleName(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        filters.addWidget(self.period)
        filters.addWidget(self.hip_only)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.count = muted("")
        layout.addWidget(self.count)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        self.rows: list[EntryRow] = []
        self._in_period: list[PainEntry] = []  # the period's entries, as last read
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        # Filters narrow what was read; typing in the search reads nothing again.
        self.hip_only.toggled.connect(lambda _b: self._render())
        self.search.textChanged.connect(lambda _t: self._render())

    def entries(self) -> list[PainEntry]:
        return self._filtered(self._read())

    def _read(self) -> list[PainEntry]:
        journal = self._journal()
        if journal is None:
            return []
        days = int(self.period.currentData())
        today = self._clock.now().astimezone().date()
        since = (today - timedelta(days=days - 1)).isoformat() if days else None
        return journal.records(PainEntry, since=since, newest_first=True)

    def _filtered(self, found: list[PainEntry]) -> list[PainEntry]:
        if self.hip_only.isChecked():
            found = [e for e in found if e.hip_groin]
        needle = self.search.text().strip().lower()
        if needle:
            found = [e for e in found if needle in (e.note or "").lower()]
        return found

    def refresh(self) -> None:
        """Read the period's entries again (after a save, edit, delete or period change)."""
        self._in_period = self._read()
        self._render()

    def _render(self) -> None:
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()
        self.rows = []
        self.editor = None
        entries = self._filtered(self._in_period)
        today = self._clock.now().astimezone().date().isoformat()
        for day, group in groupby(entries, key=lambda e: e.local_date):
            heading = QLabel(day_heading(day, today))
            heading.setProperty("role", "heading")
            self.rows_box.addWidget(heading)
            for entry in group:
                row = EntryRow(entry)
                row.edit_requested.connect(self.edit)
                row.delete_requested.connect(self.delete)
                self.rows_box.addWidget(row)
                self.rows.append(row)
        n = len(entries)
        self.count.setText(
            (self.tr("1 entry") if n == 1 else self.tr("{count} entries").format(count=n)) if n else
            self.tr("No pain entries here yet. Log today's pain above; entries appear here by day.")
        )  # fmt: skip

    # edit in place ----------------------------------------------------------------------
    def edit(self, row: EntryRow) -> None:
        form = PainForm(self._journal, self._clock, self._texts)
        form.load(row.entry)
        index = self.rows_box.indexOf(row)
        row.hide()
        self.rows_box.insertWidget(index, form)
        self.editor = form

        def done(_entry: object = None) -> None:
            self.refresh()
            self.changed.emit()

        form.saved.connect(done)
        form.cancelled.connect(done)
        form.back.scale.setFocus()

    # delete with undo ---------------------------------------------------------------------
    def delete(self, row: EntryRow) -> None:
        journal = self._journal()
        if journal is None:
            return
        from hipdesk.store.db import JournalError

        entry = row.entry
        try:
            journal.delete(PainEntry, entry.uuid)
        except JournalError as exc:
            self.error.show_message(store_error_text(exc))
            return
        self.error.clear()
        when = locale_date(
            date.fromisoformat(entry.local_date), QCoreApplication.translate("Dates", "d MMM")
        )
        self.toast.show_undo(
            self.tr("Deleted the entry from {date}, {time}.").format(
                date=when, time=local_time(entry.recorded_at)
            ),
            lambda: self._restore(entry),
        )
        self.refresh()
        self.changed.emit()

    def _restore(self, entry: PainEntry) -> None:
        journal = self._journal()
        if journal is None:
            return
        from hipdesk.store.db import JournalError

        try:
            journal.add(dataclasses.replace(entry, id=None))
        except JournalError as exc:
            self.error.show_message(store_error_text(exc))
            return
        self.refresh()
        self.changed.emit()
