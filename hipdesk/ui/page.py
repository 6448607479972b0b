"""A page frame: title on top, content centred and capped at a readable width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from hipdesk.ui.theme import Colours

CONTENT_MAX_WIDTH = 960


class Page(QWidget):
    def __init__(
        self, title: str, body: QWidget, scroll: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.body = body
        title = QCoreApplication.translate("Pages", title)  # see MainWindow
        self.title = QLabel(title)
        self.title.setProperty("role", "title")
        self.title.setAccessibleName(title)
        column = QWidget()
        column.setMaximumWidth(CONTENT_MAX_WIDTH)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(body, 1)
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        # Spacers on both sides: the column grows to CONTENT_MAX_WIDTH, then stays centred.
        h.addStretch(1)
        h.addWidget(column, 100)
        h.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if scroll:
            area = QScrollArea()
            area.setWidgetResizable(True)
            # Content width is capped and centred: a horizontal bar would only ever show a
            # few pixels of margin, so never offer one.
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setWidget(row)
            outer.addWidget(area)
        else:
            outer.addWidget(row)

    def apply_colours(self, colours: Colours) -> None:
        apply = getattr(self.body, "apply_colours", None)
        if callable(apply):
            apply(colours)


class LazyPage(QWidget):
    """Builds its page on first show, so start-up never pays for pages nobody opened.

    ``ready`` (optional) says whether the page's dependencies exist yet (the journal opens after
    the first paint); a page shown before that builds as soon as ``call_when_ready`` fires.
    """

    def __init__(
        self,
        factory: Callable[[], QWidget],
        ready: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._ready = ready or (lambda: True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._colours: Colours | None = None
        self.page: QWidget | None = None
        self._waiting: QLabel | None = None
        if ready is not None:
            self._waiting = QLabel(self.tr("Opening your journal…"))
            self._waiting.setProperty("role", "muted")
            self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._layout.addWidget(self._waiting)

    def build(self) -> QWidget | None:
        if self.page is None and self._ready():
            assert self._factory is not None
            self.page = self._factory()
            self._factory = None
            if self._waiting is not None:
                self._layout.removeWidget(self._waiting)
                self._waiting.hide()
                self._waiting.deleteLater()
                self._waiting = None
            self._layout.addWidget(self.page)
            self._layout.activate()
            if self._colours is not None:
                self.apply_colours(self._colours)
        return self.page

    def dependencies_ready(self) -> None:
        """Call when ``ready`` may have become true: builds now if the page is on screen."""
        if self.isVisible():
            self.build()

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)

    def apply_colours(self, colours: Colours) -> None:
        self._colours = colours
        apply = getattr(self.page, "apply_colours", None)
        if callable(apply):
            apply(colours)
