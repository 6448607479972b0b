"""First-run set-up: welcome → safety → self-screen → baseline pain → hours → tray and start-up.

A stack of steps with Back / Next rather than QWizard, so the keys are ours: Enter goes on
(fields that use Enter themselves, the pain scale and the activity name, keep it), Alt+B goes
back, Esc skips the rest of set-up. Nothing can be skipped before the safety step has been
acknowledged. The step is saved on every change (``onboarding.step``), so closing the window
and reopening continues where the user left off. Each step saves its own settings when the user
goes forward; every one of them is editable later in Settings.

Signals for the composition root: ``setting_changed(key, value)`` after each saved setting
(apply work hours and the threshold at once), ``autostart_chosen(bool)`` on Finish, and
``finished()`` when set-up is done (finished or skipped; ``skipped`` says which).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalLike,
    journal_source,
    muted,
    not_open_text,
    store_error_text,
)
from hipdesk.ui.onboarding_pages import (
    FinishPage,
    HoursPage,
    PainPage,
    SafetyPage,
    StepPage,
    WelcomePage,
)
from hipdesk.ui.onboarding_screen import SelfScreenPage

if TYPE_CHECKING:
    from hipdesk.store.settings import Settings

SAFETY_STEP = 1
CONTENT_WIDTH = 880


class OnboardingWizard(QWidget):
    finished = Signal()
    autostart_chosen = Signal(bool)
    setting_changed = Signal(str, object)
    step_changed = Signal(int)

    def __init__(
        self,
        journal: JournalLike,
        clock: Clock,
        texts: Texts,
        parent: QWidget | None = None,
        *,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up hipdesk"))
        self.setMinimumSize(960, 640)
        self._journal = journal_source(journal)
        self._clock = clock
        self.skipped = False
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.welcome = WelcomePage()
        self.safety = SafetyPage(texts)
        self.self_screen = SelfScreenPage(texts)
        self.pain = PainPage(journal, clock, texts)
        self.hours = HoursPage()
        self.finish = FinishPage(tray_available)
        self.pages: list[StepPage] = [
            self.welcome, self.safety, self.self_screen, self.pain, self.hours, self.finish
        ]  # fmt: skip

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # Steps scroll with their bar just right of the column; title and buttons keep that
        # room too, so all three line up whether or not the step scrolls.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        head = QWidget()
        h = QVBoxLayout(head)
        h.setContentsMargins(32, 24, 32, 8)
        h.setSpacing(4)
        self.progress = muted("")
        self.progress.setAccessibleName(self.tr("Set-up progress"))
        self.title = QLabel("")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        h.addWidget(self.progress)
        h.addWidget(self.title)
        outer.addWidget(_centred(head, right=bar))

        self.stack = QStackedWidget()
        self.areas: list[QScrollArea] = []
        for page in self.pages:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QScrollArea.Shape.NoFrame)
            area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            holder.setMaximumWidth(CONTENT_WIDTH)
            v = QVBoxLayout(holder)
            v.setContentsMargins(32, 8, 32, 16)
            v.addWidget(page)
            v.addStretch(1)  # short steps sit at the top instead of spreading out
            area.setWidget(holder)
            self.stack.addWidget(area)
            self.areas.append(area)
        outer.addWidget(_centred(self.stack, CONTENT_WIDTH + bar), 1)

        foot = QWidget()
        f = QVBoxLayout(foot)
        f.setContentsMargins(32, 8, 32, 16)
        self.error = InlineMessage()
        f.addWidget(self.error)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip set-up"))
        self.skip_button.setToolTip(self.tr("Keep the defaults for the remaining steps (Esc)"))
        self.skip_button.clicked.connect(self.skip)
        self.hint = muted("")
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Previous step (Alt+B)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.skip_button)
        row.addWidget(self.hint, 1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        f.addLayout(row)
        outer.addWidget(_centred(foot, right=bar))
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)

        for page in self.pages:
            page.complete_changed.connect(self._update_buttons)
        self.pain.next_requested.connect(self.next)
        self._load()

    # state ------------------------------------------------------------------------------
    def _settings(self) -> Settings | None:
        journal = self._journal()
        if journal is None:
            return None
        from hipdesk.store.settings import Settings

        return Settings(journal)

    def _acknowledged(self) -> bool:
        if self.safety.is_complete():  # on screen: no need to ask the store
            return True
        settings = self._settings()
        return settings is not None and settings.get("safety.acknowledged_at") is not None

    def _load(self) -> None:
        settings = self._settings()
        step = 0
        if settings is None:
            self.error.show_message(not_open_text())
        else:
            for page in self.pages:
                page.load(settings)
            step = int(settings.get("onboarding.step"))
            if settings.get("safety.acknowledged_at") is None:
                step = min(step, SAFETY_STEP)  # nothing beyond safety before it is read
        self._show(max(0, min(step, len(self.pages) - 1)), save=False)

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> StepPage:
        return self.pages[self.step]

    def _show(self, index: int, save: bool = True) -> None:
        self.stack.setCurrentIndex(index)
        page = self.pages[index]
        self.progress.setText(
            self.tr("Step {step} of {steps}").format(step=index + 1, steps=len(self.pages))
        )
        title = QCoreApplication.translate("StepPage", page.title)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self._update_buttons()
        if save:
            self._write(lambda s: s.set("onboarding.step", index))
        self._focus_page()
        self.step_changed.emit(index)

    def _focus_page(self) -> None:
        if self.current_page().focus_first():
            return
        if self.step == SAFETY_STEP:
            self.areas[SAFETY_STEP].setFocus()  # arrows and Page Down scroll; Tab ticks next
        else:
            self.next_button.setFocus()

    def _update_buttons(self) -> None:
        index = self.step
        last = index == len(self.pages) - 1
        complete = self.current_page().is_complete()
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setToolTip(
            self.tr("Finish set-up (Enter)") if last else self.tr("Next step (Enter)")
        )
        self.next_button.setEnabled(complete)
        # The accent marks the way on; a disabled Next must not look like one.
        if self.next_button.property("primary") != complete:
            self.next_button.setProperty("primary", complete)
            self.next_button.style().unpolish(self.next_button)
            self.next_button.style().polish(self.next_button)
        self.back_button.setEnabled(index > 0)
        can_skip = self._acknowledged() and not last
        self.skip_button.setEnabled(can_skip)
        self.skip_button.setVisible(not last)
        if index == SAFETY_STEP and not complete:
            self.hint.setText(self.tr("Read this page and tick “I have read this” to go on."))
        else:
            self.hint.setText("")

    def _write(self, action: Any) -> bool:
        """Run ``action(settings)``; a store problem is shown inline and returns False."""
        settings = self._settings()
        if settings is None:
            self.error.show_message(not_open_text())
            return False
        from hipdesk.store.db import JournalError

        try:
            action(settings)
        except JournalError as exc:
            self.error.show_message(store_error_text(exc))
            return False
        self.error.clear()
        return True

    def _store_acknowledgement(self, settings: Settings) -> None:
        if settings.get("safety.acknowledged_at") is None:
            from hipdesk.core.models import utc_text

            when = settings.set("safety.acknowledged_at", utc_text(self._clock.now()))
            self._emit("safety.acknowledged_at", when)

    def _emit(self, key: str, value: Any) -> None:
        self.setting_changed.emit(key, value)

    # navigation -------------------------------------------------------------------------
    def next(self) -> bool:
        page = self.current_page()
        if not page.is_complete():
            return False
        ok = [False]

        def commit(settings: Settings) -> None:
            if page is self.safety:
                self._store_acknowledgement(settings)
            ok[0] = page.commit(settings, self._emit)

        if not self._write(commit) or not ok[0]:
            return False
        if page is self.finish:
            self.autostart_chosen.emit(self.finish.autostart.isChecked())
            return self._complete()
        self._show(self.step + 1)
        return True

    def back(self) -> bool:
        if self.step == 0:
            return False
        self._show(self.step - 1)
        return True

    def skip(self) -> bool:
        """Keep the defaults for everything not yet saved; only once safety is acknowledged."""
        if not self._acknowledged() or self.step == len(self.pages) - 1:
            return False
        if self.step == SAFETY_STEP and not self._write(self._store_acknowledgement):
            return False  # ticked, but it could not be stored
        self.skipped = True
        return self._complete()

    def _complete(self) -> bool:
        def done(settings: Settings) -> None:
            if settings.get("plan.start_date") is None:
                today = self._clock.now().astimezone().date().isoformat()
                self._emit("plan.start_date", settings.set("plan.start_date", today))
            self._emit("onboarding.completed", settings.set("onboarding.completed", True))

        if not self._write(done):
            return False
        self.finished.emit()
        self.close()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_page()  # focus set while hidden is not kept by every platform

    # keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = QApplication.focusWidget()
            if isinstance(focus, QPushButton) and not focus.isCheckable():
                focus.click()  # Enter on a focused button presses that button
            else:
                self.next()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            if not self.skip() and self.step == SAFETY_STEP:
                self.hint.setText(self.tr("Set-up can be skipped once you have read this page."))
            event.accept()
            return
        if key == Qt.Key.Key_B and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.back()
            event.accept()
            return
        super().keyPressEvent(event)


def _centred(widget: QWidget, width: int = CONTENT_WIDTH, right: int = 0) -> QWidget:
    """The content column, capped at a readable width and centred on wide windows
    (``right``: a margin that centres it like the scrolling column, whose bar is outside)."""
    widget.setMaximumWidth(width)
    row = QWidget()
    h = QHBoxLayout(row)
    h.setContentsMargins(0, 0, right, 0)
    h.addStretch(1)
    h.addWidget(widget, 100)
    h.addStretch(1)
    return row
