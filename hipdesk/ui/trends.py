"""The Trends page body: range picker, summary sentences, charts, PNG and PDF export.

pyqtgraph and numpy are heavy (~200 ms, ~60 MB), so this module never imports them: the charts
(:mod:`hipdesk.ui.trends_charts`) are built the first time the page is shown. The journal comes
from a provider because it opens after the first paint; ``refresh()`` re-reads it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.clock import Clock
from hipdesk.core.trends import BASELINE_DAYS, MIN_DAYS, TrendDay, Trends
from hipdesk.ui.empty_state import EmptyState
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.theme import LIGHT, Colours

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal
    from hipdesk.ui.trends_charts import ChartPanel

# (label, days); None = everything in the journal. The label is the range's key (English);
# buttons show it translated (context "TrendsBody").
RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("TrendsBody", "2 weeks"), 14),
    (QT_TRANSLATE_NOOP("TrendsBody", "6 weeks"), 42),
    (QT_TRANSLATE_NOOP("TrendsBody", "3 months"), 91),
    (QT_TRANSLATE_NOOP("TrendsBody", "1 year"), 365),
    (QT_TRANSLATE_NOOP("TrendsBody", "All"), None),
)
#: Accessible names of the range buttons, by key.
RANGE_NAMES = {
    "2 weeks": QT_TRANSLATE_NOOP("TrendsBody", "Show 2 weeks"),
    "6 weeks": QT_TRANSLATE_NOOP("TrendsBody", "Show 6 weeks"),
    "3 months": QT_TRANSLATE_NOOP("TrendsBody", "Show 3 months"),
    "1 year": QT_TRANSLATE_NOOP("TrendsBody", "Show 1 year"),
    "All": QT_TRANSLATE_NOOP("TrendsBody", "Show all"),
}
DEFAULT_RANGE = "6 weeks"
HOVER_HINT = QT_TRANSLATE_NOOP("TrendsBody", "Point at a day to see its values.")


def _t(text: str) -> str:
    return QCoreApplication.translate("TrendsBody", text)


def _num(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def day_text(d: TrendDay) -> str:
    """One line with a day's values (the hover readout)."""
    parts = [locale_date(d.day, "ddd dd MMM yyyy")]
    if d.pain_mean is not None:
        pain = QCoreApplication.translate("TrendsBody", "pain {mean}").format(
            mean=_num(d.pain_mean, 1)
        )
        if d.pain_count > 1:
            pain += QCoreApplication.translate(
                "TrendsBody", " (max {max}, {count} entries)"
            ).format(max=d.pain_max, count=d.pain_count)
        if d.leg_mean is not None:
            pain += QCoreApplication.translate("TrendsBody", ", leg {mean}").format(
                mean=_num(d.leg_mean, 1)
            )
        parts.append(pain)
    else:
        parts.append(QCoreApplication.translate("TrendsBody", "no pain entry"))
    if d.sitting_minutes:
        parts.append(
            QCoreApplication.translate(
                "TrendsBody", "sitting {hours} h, longest {minutes} min"
            ).format(hours=_num(d.sitting_minutes / 60, 1), minutes=f"{d.longest_minutes:.0f}")
        )
    if d.breaks_prompted:
        parts.append(
            QCoreApplication.translate(
                "TrendsBody", "breaks {taken} taken, {skipped} skipped of {prompted}"
            ).format(taken=d.breaks_taken, skipped=d.breaks_skipped, prompted=d.breaks_prompted)
        )
    if d.routine_sessions:
        parts.append(
            QCoreApplication.translate("TrendsBody", "routine {minutes} min").format(
                minutes=f"{d.routine_minutes:.0f}"
            )
        )
    return " · ".join(parts)


def summary_html(t: Trends) -> str:
    """Overview sentences in one paragraph, each comparison on its own line."""
    patterns = {c.sentence for c in t.comparisons}
    overview = [html.escape(s) for s in t.summary if s not in patterns]
    found = [html.escape(s) for s in t.summary if s in patterns]
    text = f"<p>{' '.join(overview)}</p>"
    if found:
        text += f"<p>{'<br>'.join(found)}</p>"
    return text


class TrendsBody(QWidget):
    def __init__(
        self,
        journal_provider: Callable[[], Journal | None],
        clock: Clock,
        parent: QWidget | None = None,
        *,
        open_journal: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal_provider
        self._clock = clock
        self._colours = LIGHT
        self.range_key = DEFAULT_RANGE
        self.first = self.last = self._today()
        self.trends: Trends | None = None
        self.charts: ChartPanel | None = None
        self._shown = False

        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        bar = QHBoxLayout()
        bar.setSpacing(4)
        for label, _days in RANGES:
            button = QPushButton(_t(label))
            button.setProperty("range_key", label)
            button.setCheckable(True)
            button.setAccessibleName(_t(RANGE_NAMES[label]))
            button.clicked.connect(lambda _c=False, key=label: self.set_range(key))
            self.range_group.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        self._mark_range()
        self.png_button = QPushButton(self.tr("Export PNG"))
        self.png_button.setToolTip(self.tr("Save the summary and charts as shown, as a PNG image"))
        self.png_button.clicked.connect(self._ask_png)
        self.report_button = QPushButton(self.tr("Export report…"))
        self.report_button.setToolTip(self.tr("A PDF of this range to share with a clinician"))
        self.report_button.clicked.connect(self._ask_report)
        bar.addWidget(self.png_button)
        bar.addWidget(self.report_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.note = QLabel()
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        self.readout = QLabel(_t(HOVER_HINT))
        self.readout.setProperty("role", "muted")
        self.readout.setAccessibleName(self.tr("Values of the day under the pointer"))
        card = QFrame()
        card.setProperty("card", True)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        inner.addWidget(self.summary)
        inner.addWidget(self.note)

        self.content = QWidget()  # what "Export PNG" saves
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.addWidget(card)
        self.content_layout.addWidget(self.readout)

        self.empty = EmptyState(
            "trends",
            self.tr("Not enough days yet"),
            self.tr(
                "After a few days of entries, charts will put sitting, breaks and routines "
                "beside your pain."
            ),
            self.tr("Open the journal") if open_journal else None,
            open_journal,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self._set_exports(False)

    # ---- state ----------------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock.now().astimezone().date()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._shown:
            self._shown = True
            self.refresh()
        super().showEvent(event)

    def set_range(self, key: str) -> None:
        self.range_key = key
        self._mark_range()
        self.refresh()

    def _mark_range(self) -> None:
        buttons = self.range_group.buttons()
        for button in buttons:  # check first: an exclusive group refuses to uncheck its button
            if button.property("range_key") == self.range_key:
                button.setChecked(True)

    def refresh(self) -> None:
        """Re-read the journal for the chosen range and redraw (call when the journal changes)."""
        from hipdesk.store import trends_queries as q

        journal = self._journal()
        if journal is None:
            self._show_empty(
                self.tr("Opening your journal…"), self.tr("Charts appear once the journal is open.")
            )
            return
        self.last = self._today()
        days = dict(RANGES)[self.range_key]
        bounds = q.load_bounds(journal) if days is None else None
        if days is None:
            self.first = min(bounds[0], self.last) if bounds else self.last - timedelta(days=13)
        else:
            self.first = self.last - timedelta(days=days - 1)
        self.trends = q.load_trends(journal, self.first, self.last)
        if not self.trends.has_data:
            if days is not None:  # "All" read them above
                bounds = q.load_bounds(journal)
            if bounds is None:
                self._show_empty(
                    self.tr("Not enough days yet"),
                    self.tr(
                        "After a few days of entries, charts will put sitting, breaks and "
                        "routines beside your pain."
                    ),
                )
            else:
                self._show_empty(
                    self.tr("Nothing logged in this range"),
                    self.tr(
                        "No entries in the last {range}. Pick a longer range to see earlier days."
                    ).format(range=_t(self.range_key)),
                )
            return
        self._ensure_charts().set_data(self.trends, self.first, self.last)
        self.summary.setText(summary_html(self.trends))
        self.note.setText(self._sparse_note(self.trends))
        self.note.setVisible(bool(self.note.text()))
        self.readout.setText(_t(HOVER_HINT))
        self.stack.setCurrentWidget(self.content)
        self._set_exports(True)

    def _sparse_note(self, t: Trends) -> str:
        n = t.pain_days
        if n >= BASELINE_DAYS:
            return ""
        first = (
            self.tr("Only 1 day with a pain entry in this range.")
            if n == 1
            else self.tr("Only {count} days with a pain entry in this range.").format(count=n)
        )
        rest = self.tr(
            "The 7-day mean and your starting level settle after about a week of entries; "
            "comparisons need {days} days on each side."
        ).format(days=MIN_DAYS)
        return f"{first} {rest}"

    def _show_empty(self, title: str, sentence: str) -> None:
        self.empty.title.setText(title)
        self.empty.sentence.setText(sentence)
        self.stack.setCurrentWidget(self.empty)
        self._set_exports(False)

    def _set_exports(self, enabled: bool) -> None:
        self.png_button.setEnabled(enabled)
        self.report_button.setEnabled(enabled)

    def _ensure_charts(self) -> ChartPanel:
        if self.charts is None:
            from hipdesk.ui.trends_charts import ChartPanel  # pyqtgraph loads here, on first use

            self.charts = ChartPanel(self._colours)
            self.charts.hovered.connect(self._on_hover)
            self.content_layout.addWidget(self.charts, 1)
        return self.charts

    def _on_hover(self, day: date | None) -> None:
        found = None
        if day is not None and self.trends is not None:
            found = next((d for d in self.trends.days if d.day == day), None)
        self.readout.setText(day_text(found) if found else _t(HOVER_HINT))

    def apply_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.empty.set_colour(colours.muted)
        if self.charts is not None:
            self.charts.apply_colours(colours)

    # ---- export ---------------------------------------------------------------------------

    def export_png(self, path: Path) -> bool:
        """The summary, readout and charts as currently shown."""
        return self.content.grab().save(str(path), "PNG")

    def export_report(self, path: Path) -> None:
        from hipdesk.store import trends_queries as q
        from hipdesk.ui.report import write_report

        journal = self._journal()
        if journal is None:
            return
        write_report(path, q.load_report(journal, self.first, self.last))

    def _ask_png(self) -> None:
        name = f"hipdesk-trends-{self.last.isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export PNG"), name, self.tr("PNG image (*.png)")
        )
        if path:
            self.export_png(Path(path))

    def _ask_report(self) -> None:
        name = f"hipdesk-report-{self.first.isoformat()}-{self.last.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), name, "PDF (*.pdf)")
        if path:
            self.export_report(Path(path))
