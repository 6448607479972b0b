"""The Settings page's data card: data folder, backups (restore), export/import, reset.

Export and import call the same store functions as the CLI (``hipdesk.store.exchange``).
Restoring a backup replaces the journal file, which must not happen under an open connection,
so the card only asks (``restore_requested``): the composition root closes the journal,
calls ``db.restore_from_backup`` and opens it again. Dialogs (confirmation, file choice) are
injected so tests drive the card without native dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from hipdesk.ui import icons
from hipdesk.ui.journal_widgets import NOT_OPEN, InlineMessage, JournalSource, card, muted
from hipdesk.ui.theme import Colours

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
    exported = Signal(object)  # Path
    imported = Signal(object)  # ImportResult

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
        _frame, layout = card("Your data")
        self.setLayout(layout)
        layout.addWidget(
            muted(
                "Your journal, settings and backups are kept here, on this computer only. "
                "Choose another folder with --data-dir or HIPDESK_DATA_DIR."
            )
        )
        row = QHBoxLayout()
        self.path_label = QLabel(str(data_dir))
        self.path_label.setAccessibleName("Data folder path")
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.path_label, 1)
        self.open_button = QPushButton("Open folder")
        self.open_button.setToolTip("Show the data folder in your file manager")
        self.open_button.setAccessibleName("Open data folder")
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.open_button)
        layout.addLayout(row)

        layout.addWidget(QLabel("Backups (one a day, the last 7 kept)"))
        self.backups = QListWidget()
        self.backups.setAccessibleName("Backups")
        self.backups.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.backups)
        buttons = QHBoxLayout()
        self.restore_button = QPushButton("Restore selected backup…")
        self.restore_button.clicked.connect(self.restore_selected)
        self.export_button = QPushButton("Export journal (JSON)…")
        self.export_button.clicked.connect(self.export_json)
        self.import_button = QPushButton("Import journal (JSON)…")
        self.import_button.clicked.connect(self.import_json)
        self.reset_button = QPushButton("Reset settings to defaults…")
        self.reset_button.clicked.connect(self.reset)
        for b in (self.restore_button, self.export_button, self.import_button, self.reset_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = muted("")
        self.status.setAccessibleName("Data status")
        layout.addWidget(self.status)
        self.error = InlineMessage()
        layout.addWidget(self.error)

    # backups --------------------------------------------------------------------------------
    def refresh(self) -> None:
        from hipdesk.store.db import all_backups

        self.backups.clear()
        for path in all_backups(self._backup_dir):
            when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %Y, %H:%M")
            item = QListWidgetItem(f"{when} · {path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        else:
            self.backups.addItem("No backups yet: the first is made when the journal opens.")
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            self.error.show_message("Choose a backup from the list first.")
            return
        question = (
            f"Restore the backup {backup.name}? Entries made since then will not be in the "
            "restored journal; the current journal is kept aside, not deleted."
        )
        if self._confirm("Restore backup", question):
            self.error.clear()
            self.restore_requested.emit(backup)

    # export / import ------------------------------------------------------------------------
    def export_json(self) -> Path | None:
        journal = self._journal()
        if journal is None:
            self.error.show_message(NOT_OPEN)
            return None
        path = self._save_path()
        if path is None:
            return None
        from hipdesk.store import exchange

        self._busy(f"Exporting to {path.name}…")
        try:
            doc = exchange.export_document(
                journal, app_version=self._version, include_settings=True
            )
            with path.open("w", encoding="utf-8") as out:
                exchange.write_json(doc, out)
        except OSError as exc:
            self.error.show_message(f"Not exported: {exc.strerror or exc}")
            self.status.setText("")
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.error.clear()
        self.status.setText(f"Exported to {path}")
        self.exported.emit(path)
        return path

    def import_json(self) -> bool:
        journal = self._journal()
        if journal is None:
            self.error.show_message(NOT_OPEN)
            return False
        path = self._open_path()
        if path is None:
            return False
        from hipdesk.core.models import ValidationError
        from hipdesk.store import exchange
        from hipdesk.store.db import JournalError

        self._busy(f"Importing {path.name}…")
        try:
            result = exchange.import_document(journal, exchange.read_document(path))
        except (ValidationError, JournalError, OSError) as exc:
            self.status.setText("")
            self.error.show_message(f"Nothing was imported: {exc}")
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.error.clear()
        self.status.setText(
            f"Imported {result.total_added} records; {result.total_skipped} were already here."
        )
        self.imported.emit(result)
        return True

    def _busy(self, text: str) -> None:
        # Export and import run on the journal's own connection (sqlite objects stay on their
        # thread), so the loop is blocked while they run: say so before starting.
        self.status.setText(text)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.status.repaint()

    def reset(self) -> None:
        if self._confirm(
            "Reset settings",
            "Put every break, hours, quiet, sound and appearance setting back to its default? "
            "Your journal is not touched.",
        ):
            self.reset_requested.emit()
            self.status.setText("Settings are back to their defaults.")

    def _ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export journal", str(Path.home() / "hipdesk-journal.json"), "JSON (*.json)"
        )
        return Path(name) if name else None

    def _ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Import journal", str(Path.home()), "JSON (*.json)"
        )
        return Path(name) if name else None

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def apply_colours(self, colours: Colours) -> None:
        self.open_button.setIcon(icons.icon("folder", colours.text))
