"""The steps of first-run set-up (``onboarding.py`` runs them): welcome, safety, baseline pain
and activities, hours and threshold, tray and start-up. The self-screen is in
``onboarding_screen.py``.

Each step loads what is stored (set-up is resumable), and ``commit`` validates and saves its
values when the user goes forward: on a problem it shows an inline message, saves nothing and
returns False. Safety texts come from the catalogue (content-brief.md section 7).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.ui.help import ABOUT_TEXT
from hipdesk.ui.journal_widgets import InlineMessage, JournalLike, card, muted
from hipdesk.ui.red_flags import RedFlagPanel

if TYPE_CHECKING:
    from hipdesk.store.settings import Settings

Emit = Callable[[str, Any], None]  # (key, value) of a saved setting


def text(value: str, *, role: str | None = None) -> QLabel:
    label = QLabel(value)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class StepPage(QWidget):
    """One step: a title, its widgets, and how it loads and saves."""

    title = ""
    complete_changed = Signal()

    def is_complete(self) -> bool:
        return True

    def load(self, settings: Settings) -> None:
        """Show the stored values."""

    def commit(self, settings: Settings, emit: Emit) -> bool:
        """Validate and save; False (with an inline message) keeps the user on this step."""
        return True

    def focus_first(self) -> bool:
        """Focus the step's first field; False: the step has none (Next takes the focus)."""
        return False

    def _column(self) -> QVBoxLayout:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        return layout


class WelcomePage(StepPage):
    title = QT_TRANSLATE_NOOP("StepPage", "Welcome to hipdesk")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._column()
        layout.addWidget(
            text(
                self.tr(
                    "hipdesk notices long stretches of sitting and offers short hip and core "
                    "breaks you can do at your desk. It also keeps a private journal of how your "
                    "back feels, so you can follow your own trends."
                )
            )
        )
        layout.addWidget(
            muted(
                self.tr(
                    "It gives general wellness guidance only: it does not diagnose anything or "
                    "replace a health professional."
                )
            )
        )
        steps, s = card(self.tr("Set-up takes about two minutes"))
        for line in (
            self.tr("Safety: when to stop and when to seek help"),
            self.tr("A few questions to choose where your plan starts"),
            self.tr("Your back pain today and, if you like, activities to follow"),
            self.tr("Your working hours and how long you sit before a break"),
            self.tr("Where to find hipdesk once this window is closed"),
        ):
            s.addWidget(text(f"•  {line}"))
        s.addWidget(muted(self.tr("Everything you choose here can be changed later in Settings.")))
        layout.addWidget(steps)
        keys, k = card(self.tr("Keys"))
        k.addWidget(
            text(
                self.tr(
                    "Enter goes to the next step, Alt+B goes back. Once you have read the safety "
                    "step, Esc skips the rest of set-up and keeps the defaults."
                )
            )
        )
        layout.addWidget(keys)
        layout.addStretch(1)


class SafetyPage(StepPage):
    title = QT_TRANSLATE_NOOP("StepPage", "Before you start: your safety")

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._column()
        about, a = card(self.tr("What hipdesk is, and is not"))
        a.addWidget(text(ABOUT_TEXT))
        a.addWidget(text(texts.safety.general_note))
        layout.addWidget(about)
        layout.addWidget(
            text(
                self.tr("If you notice any of these, stop the exercises and get checked."),
                role="heading",
            )
        )
        self.panel = RedFlagPanel(texts)  # the Help page's panel: both tiers, stop rule, footer
        layout.addWidget(self.panel)
        self.read = QCheckBox(self.tr("I have read this"))
        self.read.setAccessibleName(self.tr("I have read this"))
        self.read.toggled.connect(lambda _c: self.complete_changed.emit())
        layout.addWidget(self.read)
        layout.addWidget(
            muted(self.tr("You can read this again at any time: Help (F1) → When to seek help."))
        )

    def is_complete(self) -> bool:
        return self.read.isChecked()

    def load(self, settings: Settings) -> None:
        self.read.setChecked(settings.get("safety.acknowledged_at") is not None)

    def focus_first(self) -> bool:
        return False  # the wizard focuses the scrolling text; Tab reaches the checkbox


class PainPage(StepPage):
    """Baseline pain (the journal's pain form, context "daily") and optional PSFS activities."""

    title = QT_TRANSLATE_NOOP("StepPage", "How your back is today")
    next_requested = Signal()

    def __init__(
        self, journal: JournalLike, clock: Clock, texts: Texts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from hipdesk.ui.pain_form import PainForm
        from hipdesk.ui.psfs import PsfsPanel

        layout = self._column()
        pain, p = card(self.tr("Back pain right now (optional)"))
        p.addWidget(
            muted(
                self.tr(
                    "Your ratings over the first week become your own starting point on the Trends "
                    "page. Type a digit, then Enter to save it."
                )
            )
        )
        self.form = PainForm(journal, clock, texts, context="daily", details_open=False)
        p.addWidget(self.form)
        layout.addWidget(pain)
        acts, a = card(self.tr("Everyday activities (optional)"))
        a.addWidget(
            muted(
                self.tr(
                    "Name 3 to 5 everyday activities that are hard because of your back or hips. "
                    "Once a week hipdesk asks how able you are to do each one."
                )
            )
        )
        self.psfs = PsfsPanel(journal, clock, texts)
        a.addWidget(self.psfs)
        layout.addWidget(acts)
        layout.addStretch(1)
        self.form.saved.connect(lambda _e: self.psfs.new_name.setFocus())
        self.psfs.changed.connect(self._rating_shown)
        self.psfs.new_name.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the activity field adds the activity and stays here (it must not also reach
        # the wizard as Next); Enter in the empty field means "done naming": go on.
        if (
            watched is self.psfs.new_name
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.psfs.new_name.text().strip():
                self.psfs.add_activity()
            else:
                self.next_requested.emit()
            return True
        return super().eventFilter(watched, event)

    def _rating_shown(self) -> None:
        # Naming comes first here: the (disabled) save button only once there is something to rate.
        self.psfs.save_button.setVisible(bool(self.psfs.scores))

    def load(self, settings: Settings) -> None:
        self.psfs.refresh()
        self._rating_shown()

    def commit(self, settings: Settings, emit: Emit) -> bool:
        # Rated but not saved yet: save now rather than lose it (a problem keeps the step).
        if self.form.back.scale.value() is not None and self.form.save() is None:
            return False
        rated = any(spin.value() >= 0 for spin in self.psfs.scores.values())
        return not rated or self.psfs.save_scores()

    def focus_first(self) -> bool:
        self.form.back.scale.setFocus()
        return True


class HoursPage(StepPage):
    title = QT_TRANSLATE_NOOP("StepPage", "Working hours and breaks")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from hipdesk.ui.hours_editor import HoursEditor

        layout = self._column()
        hours, h = card(self.tr("Working hours"))
        h.addWidget(
            muted(
                self.tr(
                    "Break prompts appear only inside these hours. Type one or more ranges a day, "
                    "such as 09:00-12:00, 13:00-17:30; leave a day empty for no prompts."
                )
            )
        )
        self.hours = HoursEditor()
        h.addWidget(self.hours)
        layout.addWidget(hours)
        sit, s = card(self.tr("Sitting before a break"))
        row = QHBoxLayout()
        label = QLabel(self.tr("Suggest a break after"))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 999)  # wider than allowed: a bad number gets a message
        self.threshold.setSingleStep(5)
        self.threshold.setSuffix(self.tr(" min"))
        self.threshold.setAccessibleName(self.tr("Sitting minutes before a break"))
        label.setBuddy(self.threshold)
        row.addWidget(label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        s.addLayout(row)
        self.threshold_error = InlineMessage()
        s.addWidget(self.threshold_error)
        s.addWidget(
            muted(
                self.tr(
                    "Between 20 and 90 minutes; 30 suits most people. A stretch of sitting is "
                    "counted from your keyboard and mouse activity and ends with any pause of "
                    "3 minutes or more."
                )
            )
        )
        self.threshold.valueChanged.connect(self._check_threshold)
        layout.addWidget(sit)
        layout.addStretch(1)

    def _check_threshold(self) -> bool:
        value = self.threshold.value()
        if 20 <= value <= 90:
            self.threshold_error.clear()
            return True
        self.threshold_error.show_message(
            self.tr("{value} min is outside the range: choose between 20 and 90 minutes.").format(
                value=value
            )
        )
        return False

    def load(self, settings: Settings) -> None:
        self.hours.set_value(settings.get("work_hours"))
        self.threshold.setValue(settings.get("breaks.threshold_minutes"))

    def commit(self, settings: Settings, emit: Emit) -> bool:
        hours = self.hours.checked_value()
        threshold_ok = self._check_threshold()
        if hours is None or not threshold_ok:
            (self.threshold if hours is not None else self.hours.fields["mon"]).setFocus()
            return False
        emit("work_hours", settings.set("work_hours", hours))
        minutes = self.threshold.value()
        emit("breaks.threshold_minutes", settings.set("breaks.threshold_minutes", minutes))
        return True

    def focus_first(self) -> bool:
        self.hours.fields["mon"].setFocus()
        return True


class FinishPage(StepPage):
    title = QT_TRANSLATE_NOOP("StepPage", "You're set")

    def __init__(self, tray_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = self._column()
        tray, t = card(self.tr("Find hipdesk in the tray"))
        if tray_available:
            t.addWidget(
                text(
                    self.tr(
                        "hipdesk keeps running in the system tray (the notification area): usually "
                        "the top-right corner on Linux desktops, next to the clock at the bottom "
                        "right on Windows (perhaps under the ^ arrow), and the menu bar on macOS. "
                        "Its icon is a ring that fills as your sitting stretch nears break time."
                    )
                )
            )
            t.addWidget(
                text(
                    self.tr(
                        "Click it for Start desk break, Log pain…, Pause reminders and Open "
                        "hipdesk. Closing this window keeps hipdesk running; Quit in the tray menu "
                        "stops it."
                    )
                )
            )
        else:
            t.addWidget(
                text(
                    self.tr(
                        "This desktop shows no tray icons (plain GNOME, for example). The "
                        "AppIndicator extension adds a tray. Until then hipdesk prompts you "
                        "through notifications or a small window in a corner of the screen."
                    )
                )
            )
        layout.addWidget(tray)
        opening, o = card(self.tr("Opening hipdesk"))
        o.addWidget(
            text(
                self.tr(
                    "Choose Open hipdesk in the tray menu, or start hipdesk from your applications "
                    "menu. Help (F1) explains the rest."
                )
            )
        )
        layout.addWidget(opening)
        start, s = card(self.tr("Start-up"))
        self.autostart = QCheckBox(self.tr("Start hipdesk when I log in"))
        self.autostart.setAccessibleName(self.tr("Start hipdesk when I log in"))
        s.addWidget(self.autostart)
        s.addWidget(muted(self.tr("Break prompts only work while hipdesk is running.")))
        layout.addWidget(start)
        layout.addWidget(
            muted(self.tr("Press Finish (Enter) to begin. You can change all of this in Settings."))
        )
        layout.addStretch(1)

    def load(self, settings: Settings) -> None:
        self.autostart.setChecked(bool(settings.get("autostart")))

    def commit(self, settings: Settings, emit: Emit) -> bool:
        emit("autostart", settings.set("autostart", self.autostart.isChecked()))
        return True

    def focus_first(self) -> bool:
        self.autostart.setFocus()
        return True
