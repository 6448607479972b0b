"""The Today page's plan card: "Week N of 6 · <routine> · <minutes> · Start", the week strip
and, on a flare day, the gentle alternative (brief section 3).

It shows a :class:`~hipdesk.core.plan.Suggestion` computed by the caller (plan start date and
core days from settings, sessions and pain numbers from the journal) and emits
``start_requested(slug)``; it reads nothing itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.core.catalogue import Catalogue
from hipdesk.core.plan import WEEKS, StripDay, Suggestion
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.theme import Colours


def long_day_format() -> str:
    """QLocale format of a weekday with its date ("Monday 05 January"); translatable."""
    return QCoreApplication.translate("Dates", "dddd dd MMMM")


class DayChip(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(56, 48)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def show_day(self, day: StripDay) -> None:
        mark = "✓" if day.all_done else "◐" if day.done or day.partial else "·"
        if day.future:
            mark = " "
        name = locale_date(day.day, "ddd")
        self.setText(f"{name}\n{mark}")
        font = self.font()
        font.setBold(day.today)
        self.setFont(font)
        done = ", ".join(day.done) or self.tr("nothing yet")
        state = (
            self.tr("today") if day.today else self.tr("planned") if day.future else self.tr("done")
        )
        self.setAccessibleName(
            self.tr("{day}: {state}, {done}").format(
                day=locale_date(day.day, "dddd"), state=state, done=done
            )
        )
        self.setToolTip(
            self.tr("{date}: planned {planned}; done {done}").format(
                date=locale_date(day.day, long_day_format()),
                planned=", ".join(day.planned) or self.tr("rest"),
                done=done,
            )
        )


def week_note(active_days: int) -> str:
    """Adherence, counted up (brief: a missed day is never shown as a failure)."""
    if active_days == 0:
        return ""
    if active_days == 1:
        return QCoreApplication.translate("PlanCard", "A routine done on 1 day this week.")
    return QCoreApplication.translate("PlanCard", "Routines done on {days} days this week.").format(
        days=active_days
    )


class PlanCard(QFrame):
    start_requested = Signal(str)
    start_plan_requested = Signal()  # no plan yet: the caller sets plan.start_date

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cat = catalogue
        self.slug: str | None = None
        self.setProperty("card", True)
        v = QVBoxLayout(self)
        v.setContentsMargins(16, 12, 16, 12)
        row = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setProperty("role", "heading")
        self.headline.setWordWrap(True)
        row.addWidget(self.headline, 1)
        self.start = QPushButton(self.tr("Start"))
        self.start.setProperty("primary", True)
        self.start.clicked.connect(self._start)
        row.addWidget(self.start)
        v.addLayout(row)
        self.detail = QLabel()
        self.detail.setProperty("role", "muted")
        self.detail.setWordWrap(True)
        v.addWidget(self.detail)
        self.flare = QLabel(str(catalogue.texts.block("screens")["flare_day"]))
        self.flare.setWordWrap(True)
        v.addWidget(self.flare)
        strip = QHBoxLayout()
        self.chips = [DayChip() for _ in range(7)]
        for chip in self.chips:
            strip.addWidget(chip)
        strip.addStretch(1)
        v.addLayout(strip)
        self.week_note = QLabel()
        self.week_note.setProperty("role", "muted")
        v.addWidget(self.week_note)
        self.show_suggestion(None)

    def show_suggestion(self, s: Suggestion | None) -> None:
        """None (no start date) offers to start the plan."""
        self.flare.setVisible(bool(s and s.flare))
        for chip, day in zip(self.chips, s.strip if s else (), strict=False):
            chip.show_day(day)
        for chip in self.chips:
            chip.setVisible(s is not None and s.week > 0)
        self.week_note.setText(week_note(s.active_days if s is not None and s.week > 0 else 0))
        self.week_note.setVisible(bool(self.week_note.text()))
        if s is None or s.week == 0:
            self.slug = None
            self.headline.setText(self.tr("6-week plan"))
            self.detail.setText(
                self.tr(
                    "A few minutes a day: gentle basics in week 1, then hip mobility daily and "
                    "core work three days a week."
                )
                if s is None
                else self.tr("Your plan starts on {date}.").format(
                    date=locale_date(s.strip[0].day, long_day_format())
                )
            )
            self._button(
                self.tr("Start the plan") if s is None else "",
                self.tr("Start the 6-week plan today"),
            )
            return
        self.slug = s.routine
        week = (
            self.tr("Week {week} of {weeks}").format(week=s.week, weeks=WEEKS)
            if not s.finished
            else self.tr("Plan complete · repeating")
        )
        if s.routine is None:
            self.headline.setText(self.tr("{week} · done for today").format(week=week))
            extra = ", ".join(self.cat.routine(r).name for r in s.today.optional)
            self.detail.setText(
                self._after_six_weeks(
                    s,
                    self.tr("Optional: {routines}.").format(routines=extra)
                    if extra
                    else self.tr("Rest is part of the plan."),
                )
            )
            self._button("", "")
            return
        routine = self.cat.routine(s.routine)
        minutes = round(routine.total_seconds / 60)
        self.headline.setText(
            self.tr("{week} · {routine} · {minutes} min").format(
                week=week, routine=routine.name, minutes=minutes
            )
        )
        rest = [self.cat.routine(r).name for r in s.today.routines if r != s.routine]
        self.detail.setText(self._after_six_weeks(s,
            self.tr("An easy day instead of today's plan.") if s.flare
            else self.tr("Also today: {routines}.").format(routines=", ".join(rest)) if rest
            else routine.purpose
        ))  # fmt: skip
        self._button(self.tr("Start"), self.tr("Start {routine}").format(routine=routine.name))

    def _after_six_weeks(self, s: Suggestion, detail: str) -> str:
        """Once the 6 weeks are done, say what comes next (brief: after_week_6)."""
        if not s.finished or s.flare:
            return detail
        return (
            detail
            + " "
            + self.tr(
                "Six weeks done: keep repeating weeks 2–6, or make one drill harder at a time "
                "(its “Harder” line on the Drills page)."
            )
        )

    def _button(self, text: str, name: str) -> None:
        self.start.setVisible(bool(text))
        self.start.setText(text)
        self.start.setAccessibleName(name)
        self.start.setToolTip(name)

    def _start(self) -> None:
        if self.slug is None:
            self.start_plan_requested.emit()
        else:
            self.start_requested.emit(self.slug)

    def apply_colours(self, colours: Colours) -> None:
        """Palette-driven; nothing to repaint by hand."""
