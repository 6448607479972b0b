"""The Settings page's data card: data folder (open, move), backups (restore), export/import,
reset.

Export and import call the same store functions as the CLI (``hipdesk.store.exchange``) in a
worker thread with its own journal connection (:mod:`hipdesk.ui.exchange_worker`), behind a
progress dialog with Cancel; the result or the problem is shown inline. Moving the data folder
copies and verifies in a worker too (:mod:`hipdesk.ui.data_move`), then emits
``data_folder_moved(Path)``: the composition root persists the new location and switches.
Restoring a backup replaces the journal file, which must not happen under an open connection,
so the card only asks (``restore_requested``): the composition root closes the journal,
calls ``db.restore_from_backup`` and opens it again. Dialogs (confirmation, file and folder
choice) are injected so tests drive the card without native dialogs.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from hipdesk.store.db import table_counts
from hipdesk.ui import icons
from hipdesk.ui.data_move import (
    MoveOutcome,
    MoveWorker,
    remove_copy,
    target_problem,
)
from hipdesk.ui.exchange_worker import BackgroundTask, ExchangeWorker, Outcome, Task
from hipdesk.ui.i18n import locale_datetime
from hipdesk.ui.journal_widgets import InlineMessage, JournalSource, card, muted, not_open_text
from hipdesk.ui.theme import Colours

log = logging.getLogger(__name__)

Confirm = Callable[[str, str], bool]  # (title, question) → yes?
PathChooser = Callable[[], Path | None]


def ask_yes_no(parent: QWidget) -> Confirm:
    def ask(title: str, question: str) -> bool:
        answer = QMessageBox.question(
            parent, title, question, defaultButton=QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    return ask


class DataCard(QFrame):
    reset_requested = Signal()
    restore_requested = Signal(object)  # Path
    exported = Signal(object)  # Path (JSON file or CSV folder)
    imported = Signal(object)  # ImportResult
    data_folder_moved = Signal(object)  # Path of the new, verified data folder
    task_done = Signal(object)  # Outcome | MoveOutcome, after the inline message is shown

    progress_delay_ms = 300  # the progress dialog appears only for tasks that take a while

    def __init__(
        self,
        data_dir: Path,
        journal: JournalSource,
        *,
        backup_dir: Path | None,
        app_version: str,
        confirm: Confirm | None,
        choose_save_path: PathChooser | None,
        choose_open_path: PathChooser | None,
        choose_csv_folder: PathChooser | None = None,
        choose_move_target: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self._data_dir = data_dir
        self._backup_dir = backup_dir or data_dir / "backups"
        self._journal = journal
        self._version = app_version
        self._confirm = confirm or ask_yes_no(self)
        self._save_path = choose_save_path or self._ask_save_path
        self._open_path = choose_open_path or self._ask_open_path
        self._csv_folder = choose_csv_folder or self._ask_csv_folder
        self._move_target = choose_move_target or self._ask_move_target
        self.exchange_worker_class: type[ExchangeWorker] = ExchangeWorker  # tests swap these
        self.move_worker_class: type[MoveWorker] = MoveWorker
        self.worker: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        _frame, layout = card(self.tr("Your data"))
        self.setLayout(layout)
        layout.addWidget(
            muted(
                self.tr(
                    "Your journal, settings and backups are kept here, on this computer only. "
                    "Move… copies them to another folder, checks the copy and switches to it."
                )
            )
        )
        row = QHBoxLayout()
        self.path_label = QLabel(str(data_dir))
        self.path_label.setAccessibleName(self.tr("Data folder path"))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.path_label, 1)
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setToolTip(self.tr("Show the data folder in your file manager"))
        self.open_button.setAccessibleName(self.tr("Open data folder"))
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.open_button)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setToolTip(
            self.tr("Copy your data to another folder, check it and use it")
        )
        self.move_button.setAccessibleName(self.tr("Move data folder"))
        self.move_button.clicked.connect(self.move_folder)
        row.addWidget(self.move_button)
        layout.addLayout(row)

        layout.addWidget(QLabel(self.tr("Backups (one a day, the last 7 kept)")))
        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups"))
        self.backups.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.backups)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button = QPushButton(self.tr("Export journal (JSON)…"))
        self.export_button.clicked.connect(self.export_json)
        self.csv_button = QPushButton(self.tr("Export tables (CSV)…"))
        self.csv_button.setToolTip(self.tr("One CSV file per table, for a spreadsheet"))
        self.csv_button.clicked.connect(self.export_csv)
        self.import_button = QPushButton(self.tr("Import journal (JSON)…"))
        self.import_button.clicked.connect(self.import_json)
        self.reset_button = QPushButton(self.tr("Reset settings to defaults…"))
        self.reset_button.clicked.connect(self.reset)
        for group in (
            (self.restore_button, self.reset_button),
            (self.export_button, self.csv_button, self.import_button),
        ):
            buttons = QHBoxLayout()
            for b in group:
                b.setAutoDefault(False)
                buttons.addWidget(b)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        self._task_buttons = (
            self.move_button, self.restore_button, self.export_button, self.csv_button,
            self.import_button,
        )  # fmt: skip
        self.status = muted("")
        self.status.setAccessibleName(self.tr("Data status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def set_data_dir(self, data_dir: Path, backup_dir: Path | None = None) -> None:
        """The app switched folders (after ``data_folder_moved``): show and use the new one."""
        self._data_dir = data_dir
        self._backup_dir = backup_dir or data_dir / "backups"
        self.path_label.setText(str(data_dir))
        self.move_button.setEnabled(self.worker is None)
        self.refresh()

    # backups --------------------------------------------------------------------------------
    def refresh(self) -> None:
        from hipdesk.store.db import all_backups

        self.backups.clear()
        for path in all_backups(self._backup_dir):
            when = locale_datetime(
                datetime.fromtimestamp(path.stat().st_mtime),
                QCoreApplication.translate("Dates", "dd MMM yyyy, HH:mm"),
            )
            item = QListWidgetItem(f"{when} · {path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self.backups.addItem(
                self.tr("No backups yet: the first is made when the journal opens.")
            )
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            self.error.show_message(self.tr("Choose a backup from the list first."))
            return
        question = self.tr(
            "Restore the backup {name}? Entries made since then will not be in the "
            "restored journal; the current journal is kept aside, not deleted."
        ).format(name=backup.name)
        if self._confirm(self.tr("Restore backup"), question):
            self.error.clear()
            self.restore_requested.emit(backup)

    # export / import (off the GUI thread) -------------------------------------------------
    def export_json(self) -> ExchangeWorker | None:
        return self._exchange(Task.EXPORT_JSON, self._save_path)

    def export_csv(self) -> ExchangeWorker | None:
        return self._exchange(Task.EXPORT_CSV, self._csv_folder)

    def import_json(self) -> ExchangeWorker | None:
        return self._exchange(Task.IMPORT_JSON, self._open_path)

    def _exchange(self, task: Task, choose: PathChooser) -> ExchangeWorker | None:
        if self.worker is not None:
            return None
        journal = self._journal()
        if journal is None:
            self.error.show_message(not_open_text())
            return None
        path = choose()
        if path is None:
            return None
        worker = self.exchange_worker_class(
            task, journal.path, journal.clock, path, app_version=self._version
        )
        text = (
            self.tr("Importing {name}…")
            if task is Task.IMPORT_JSON
            else self.tr("Exporting {name}…")
        )
        self._start(worker, text.format(name=path.name))
        return worker

    # moving the data folder -----------------------------------------------------------------
    def move_folder(self) -> MoveWorker | None:
        """Ask for a folder, check it, copy and verify there; the app switches on success."""
        if self.worker is not None:
            return None
        target = self._move_target()
        if target is None:
            return None
        problem = target_problem(self._data_dir, target)
        if problem is not None:
            self.status.setText("")
            self.error.show_message(problem)
            return None
        question = self.tr(
            "Copy your journal, backups and settings to {target}? After the copy is checked "
            "hipdesk uses the new folder. The current folder is left as it is."
        ).format(target=target)
        if not self._confirm(self.tr("Move data folder"), question):
            return None
        worker = self.move_worker_class(self._data_dir, target)
        self._start(worker, self.tr("Moving your data to {target}…").format(target=target))
        return worker

    def _move_done(self, outcome: MoveOutcome, worker: MoveWorker) -> MoveOutcome:
        """The copy verified: check nothing was saved meanwhile, then ask the app to switch."""
        journal = self._journal()
        if outcome.ok and journal is not None:
            try:
                live = table_counts(journal.conn)  # the GUI thread is the only writer
            except sqlite3.Error as exc:
                live = {"?": -1}
                log.warning("could not recount the journal after copying: %s", exc)
            if live != outcome.counts:
                remove_copy(worker.target, worker.created)
                outcome = MoveOutcome(
                    False,
                    self.tr(
                        "Not moved: an entry was saved while copying. "
                        "Nothing was switched; try again."
                    ),
                    worker.target,
                )
        if not outcome.ok:
            return outcome
        old = self._data_dir
        self._data_dir = outcome.target
        self.path_label.setText(str(outcome.target))
        self.move_button.setEnabled(False)  # until the app has switched (it rebuilds the page)
        rows = sum(outcome.counts.values())
        message = self.tr(
            "Moved {rows} journal rows and {files} other files to {target} "
            "and checked them; hipdesk now uses that folder. The old folder {old} was left "
            "untouched: you can delete it once you have checked your entries here."
        ).format(rows=f"{rows:,}", files=outcome.files, target=outcome.target, old=old)
        self.data_folder_moved.emit(outcome.target)
        return replace(outcome, message=message)

    # running a background task --------------------------------------------------------------
    def _start(self, worker: BackgroundTask, text: str) -> None:
        self.worker = worker
        self.error.clear()
        self.status.setText(text)
        for b in self._task_buttons:
            b.setEnabled(False)
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle("hipdesk")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setMinimumDuration(self.progress_delay_ms)
        progress.setValue(0)  # (re)starts the show timer with that delay (else Qt's 4 s)
        progress.canceled.connect(self._cancel)  # the Cancel button (and its Esc shortcut)
        progress.rejected.connect(self._cancel)  # Esc before the dialog is the active window
        worker.progress.connect(progress.setLabelText)
        worker.finished.connect(self._finished)
        self.progress = progress
        worker.start()

    def _cancel(self) -> None:
        if self.worker is not None and not self.worker.cancel_requested():
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _finished(self) -> None:
        worker = self.worker
        if worker is None:
            return
        worker.wait()  # run() has returned; this only joins the thread
        self.worker = None
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            self.progress.rejected.disconnect(self._cancel)
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None
        for b in self._task_buttons:
            b.setEnabled(True)
        self.restore_button.setEnabled(self.selected_backup() is not None)
        outcome = worker.outcome
        if isinstance(worker, MoveWorker):
            outcome = self._move_done(outcome, worker)
        if outcome.ok or outcome.cancelled:
            self.error.clear()
            self.status.setText(outcome.message)
        else:
            self.status.setText("")
            self.error.show_message(outcome.message)
        if outcome.ok and isinstance(outcome, Outcome):
            if outcome.task is Task.IMPORT_JSON:
                self.imported.emit(outcome.result)
            else:
                self.exported.emit(outcome.path)
        worker.deleteLater()
        self.task_done.emit(outcome)

    def shutdown(self) -> None:
        """Cancel a running task and wait for it (the app is quitting)."""
        worker = self.worker
        if worker is not None:
            worker.cancel()
            worker.wait()

    def reset(self) -> None:
        if self._confirm(
            self.tr("Reset settings"),
            self.tr(
                "Put every break, hours, quiet, sound and appearance setting back to its default? "
                "Your journal is not touched."
            ),
        ):
            self.reset_requested.emit()
            self.status.setText(self.tr("Settings are back to their defaults."))

    def _ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export journal"),
            str(Path.home() / "hipdesk-journal.json"),
            "JSON (*.json)",
        )
        return Path(name) if name else None

    def _ask_csv_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Export CSV files to"), str(Path.home())
        )
        return Path(name) if name else None

    def _ask_move_target(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Move your data to (an empty or new folder)"), str(self._data_dir.parent)
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import journal"), str(Path.home()), "JSON (*.json)"
        )
        return Path(name) if name else None

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def apply_colours(self, colours: Colours) -> None:
        self.open_button.setIcon(icons.icon("folder", colours.text))
