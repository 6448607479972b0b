"""Shown when the journal cannot be opened: says why in one sentence and lets the user choose.

Damaged file: restore the newest good backup, or start a new journal (the damaged file is kept
beside it, never deleted). Locked, full disk or read-only: try again. A journal written by a
newer hipdesk is never touched: the only way on is to quit and update.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Recovery(Enum):
    RESTORE = "restore"
    START_FRESH = "start_fresh"
    RETRY = "retry"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    def __init__(
        self,
        problem: str,
        hint: str,
        *,
        damaged: bool,
        backup_label: str | None,
        can_retry: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.choice = Recovery.QUIT
        self.setWindowTitle(self.tr("hipdesk — journal problem"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = QLabel(self.tr("Your journal could not be opened"))
        title.setProperty("role", "heading")
        layout.addWidget(title)
        what = QLabel(problem[:1].upper() + problem[1:] + ".")
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(what)
        if damaged:
            keep = QLabel(
                self.tr(
                    "Whatever you choose, the damaged file is kept beside the journal "
                    "(as journal.sqlite3.corrupt-…), so nothing is deleted."
                )
            )
        else:
            keep = QLabel(hint[:1].upper() + hint[1:] + "." if hint else "")
        keep.setWordWrap(True)
        keep.setProperty("role", "muted")
        layout.addWidget(keep)

        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[Recovery, QPushButton] = {}
        options: list[tuple[Recovery, str, str]] = []
        if damaged and backup_label:
            options.append(
                (
                    Recovery.RESTORE,
                    self.tr("Restore backup from {date}").format(date=backup_label),
                    self.tr("Put the newest good backup in place of the damaged journal"),
                )
            )
        if damaged:
            options.append(
                (
                    Recovery.START_FRESH,
                    self.tr("Start a new journal"),
                    self.tr("Begin an empty journal; the damaged file is kept"),
                )
            )
        if can_retry:
            options.append(
                (Recovery.RETRY, self.tr("Try again"), self.tr("Open the journal again"))
            )
        options.append(
            (Recovery.QUIT, self.tr("Quit"), self.tr("Close hipdesk without changing anything"))
        )
        for choice, text, tip in options:
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setMinimumWidth(button.sizeHint().width() + 24)  # room for the bold label
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
            row.addWidget(button)
            self.buttons[choice] = button
        first = options[0][0]
        self.buttons[first].setDefault(True)
        self.buttons[first].setProperty("primary", first is not Recovery.QUIT)
        layout.addLayout(row)

    def _choose(self, choice: Recovery) -> None:
        self.choice = choice
        self.accept() if choice is not Recovery.QUIT else self.reject()
