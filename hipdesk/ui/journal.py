"""The Journal page: pain (quick log + entries by day), weekly function scores (PSFS) and the
monthly self-checks, one tab each. Built lazily by the composition root once the journal is open.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.ui.journal_list import PainList
from hipdesk.ui.journal_widgets import JournalLike, card, journal_source
from hipdesk.ui.pain_form import PainForm
from hipdesk.ui.psfs import PsfsPanel
from hipdesk.ui.self_checks import SelfChecksPanel
from hipdesk.ui.toast import Toast


class JournalBody(QWidget):
    def __init__(
        self,
        journal: JournalLike,
        clock: Clock,
        texts: Texts,
        timer: QTimer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        source = journal_source(journal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.toast = Toast(clock, timer)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Journal sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Journal sections"))  # the Tab stop

        pain = QWidget()
        p = QVBoxLayout(pain)
        p.setContentsMargins(12, 12, 12, 12)
        p.setSpacing(12)
        log_card, lc = card(self.tr("Log pain now"))
        self.form = PainForm(source, clock, texts, details_open=False)
        lc.addWidget(self.form)
        p.addWidget(log_card)
        self.entries = PainList(source, clock, texts, self.toast)
        p.addWidget(self.entries)
        p.addStretch(1)
        self.form.saved.connect(lambda _e: self.entries.refresh())
        # Each tab scrolls on its own so the tab bar and the Undo toast stay in view:
        # build this body into Page(..., scroll=False).
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(pain)
        self.tabs.addTab(area, self.tr("Pain"))

        self.psfs = PsfsPanel(source, clock, texts)
        self.tabs.addTab(self.psfs, self.tr("Weekly function"))
        self.self_checks = SelfChecksPanel(source, clock, texts)
        self.tabs.addTab(self.self_checks, self.tr("Self-checks"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.toast)

    def refresh(self) -> None:
        self.entries.refresh()
        self.psfs.refresh()

    def show_psfs(self) -> None:
        self.tabs.setCurrentWidget(self.psfs)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
