"""Settings page. Starts with the data folder; break, hours and theme settings join it with
the journal-screens work (typed settings live in the store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.ui import icons
from hipdesk.ui.theme import Colours


class SettingsBody(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card = QFrame()
        card.setProperty("card", True)
        c = QVBoxLayout(card)
        c.setContentsMargins(16, 16, 16, 16)
        heading = QLabel("Data folder")
        heading.setProperty("role", "heading")
        c.addWidget(heading)
        explain = QLabel(
            "Your journal, settings and backups are kept here, on this computer "
            "only. Choose another folder with --data-dir or HIPDESK_DATA_DIR."
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        c.addWidget(explain)
        row = QHBoxLayout()
        self.path_label = QLabel(str(data_dir))
        self.path_label.setAccessibleName("Data folder path")
        row.addWidget(self.path_label, 1)
        self.open_button = QPushButton("Open folder")
        self.open_button.setToolTip("Show the data folder in your file manager")
        self.open_button.setAccessibleName("Open data folder")
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.open_button)
        c.addLayout(row)
        layout.addWidget(card)
        layout.addStretch(1)

    def open_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def apply_colours(self, colours: Colours) -> None:
        self.open_button.setIcon(icons.icon("folder", colours.text))
