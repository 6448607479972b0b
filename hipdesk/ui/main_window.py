"""The main window: left navigation and one stacked page per section.

Pages are built by the composition root and handed in; the window knows only their titles,
icons and widgets. It remembers size, position and the last page (QSettings in the config dir).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from hipdesk.ui import icons
from hipdesk.ui.theme import Colours

MIN_SIZE = QSize(960, 640)
DEFAULT_SIZE = QSize(1200, 760)


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable id, stored in settings ("today", "drills", ...)
    title: str
    icon: str  # name in assets/icons
    tooltip: str
    widget: QWidget


class MainWindow(QMainWindow):
    first_painted = Signal()
    page_changed = Signal(str)
    closed = Signal()  # the user closed the window (the app may keep running in the tray)

    def __init__(
        self, pages: list[PageSpec], settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._pages = pages
        self._settings = settings
        self._painted = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("hipdesk")
        self.setMinimumSize(MIN_SIZE)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(200)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for i, page in enumerate(pages, start=1):
            # Titles come from the composition root in English; their German is in the .ts
            # under the context "Pages" (translations/fill_ts.py keeps those entries).
            title = QCoreApplication.translate("Pages", page.title)
            tooltip = QCoreApplication.translate("Pages", page.tooltip)
            item = QListWidgetItem(title)
            item.setToolTip(f"{tooltip} (Ctrl+{i})" if i <= 9 else tooltip)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tooltip)
            self.nav.addItem(item)
            page.widget.setAccessibleName(title)
            self.stack.addWidget(page.widget)
            if i <= 9:
                sc = QShortcut(QKeySequence(f"Ctrl+{i}"), self)
                sc.activated.connect(lambda key=page.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self._on_row)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.HelpContents),
            self,
            activated=lambda: self.show_page("help"),
        )

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._restore()

    # navigation -----------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return [p.key for p in self._pages]

    def current_page(self) -> str:
        return self._pages[max(self.stack.currentIndex(), 0)].key

    def show_page(self, key: str) -> None:
        keys = self.page_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def _on_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.stack.setCurrentIndex(row)
            self.page_changed.emit(self._pages[row].key)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def apply_colours(self, colours: Colours) -> None:
        for i, page in enumerate(self._pages):
            self.nav.item(i).setIcon(icons.icon(page.icon, colours.text))
            apply = getattr(page.widget, "apply_colours", None)
            if callable(apply):
                apply(colours)

    # persistence ----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        page = self._settings.value("window/page", "today")
        self.show_page(str(page) if str(page) in self.page_keys() else self.page_keys()[0])

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/page", self.current_page())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
