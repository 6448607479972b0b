"""The Trends charts: five pyqtgraph plots sharing one date axis.

This module imports pyqtgraph (and numpy) at the top: together they cost ~200 ms and ~60 MB, so
only :class:`hipdesk.ui.trends.TrendsBody` imports it, the first time the page is shown (and the
report, when it draws charts). Never import it from start-up code.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hipdesk.core.trends import Trends
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.theme import Colours

DAY = 86400.0
PLOT_HEIGHTS = (230, 150, 150, 130, 130)  # pain gets the most room: it is what users come for


def x_of(day: date) -> float:
    """Chart x for a local date: the middle of that day on a UTC time axis (labels in UTC)."""
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()


def day_of(x: float) -> date:
    return datetime.fromtimestamp(x, UTC).date()


def date_ticks(first: date, last: date) -> list[tuple[float, str]]:
    """Calendar ticks that suit the span: days, Mondays, months, quarters or years."""
    span = (last - first).days + 1
    days = [first + timedelta(days=i) for i in range(span)]
    # Month names from QLocale(): they follow the app language.
    if span <= 21:
        picked = [
            (d, locale_date(d, "d MMM") if d.day == 1 or d == first else str(d.day)) for d in days
        ]
    elif span <= 100:
        picked = [(d, locale_date(d, "d MMM")) for d in days if d.weekday() == 0]
    elif span <= 400:
        picked = [
            (d, locale_date(d, "MMM yyyy" if d.month == 1 else "MMM")) for d in days if d.day == 1
        ]
    elif span <= 6 * 366:
        picked = [
            (d, locale_date(d, "MMM yyyy")) for d in days if d.day == 1 and d.month in (1, 4, 7, 10)
        ]
    else:
        picked = [(d, f"{d.year}") for d in days if d.day == 1 and d.month == 1]
    return [(x_of(d), label) for d, label in picked]


def _alpha(colour: str, alpha: float) -> QColor:
    c = QColor(colour)
    c.setAlphaF(alpha)
    return c


def _nan(values: list[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _points(plot: pg.PlotItem, xs: np.ndarray, ys: np.ndarray, **style: object) -> None:
    """Plot only the finite points: pyqtgraph's bounds warn on an all-NaN series."""
    keep = np.isfinite(ys)
    if keep.any():
        plot.plot(xs[keep], ys[keep], **style)


def _dot(colour: str) -> str:
    return f"<span style='color:{colour}'>&#9679;</span>"


class ChartPanel(QWidget):
    hovered = Signal(object)  # the local date under the pointer, or None

    def __init__(self, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours = colours
        self.trends: Trends | None = None
        self._first = self._last = date.today()
        self.view = pg.GraphicsLayoutWidget()
        self.view.setMinimumHeight(sum(PLOT_HEIGHTS) + 60)
        self.view.ci.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.plots: list[pg.PlotItem] = []
        for i, height in enumerate(PLOT_HEIGHTS):
            plot = self.view.addPlot(row=i, col=0)
            plot.setPreferredHeight(height)
            plot.setMinimumHeight(height * 0.8)
            plot.setMouseEnabled(x=False, y=False)  # a fixed, readable view; the range picker zooms
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(44)
            if i:
                plot.setXLink(self.plots[0])
            if i < len(PLOT_HEIGHTS) - 1:
                plot.getAxis("bottom").setStyle(showValues=False)
            self.plots.append(plot)
        self.pain, self.sitting, self.breaks, self.routines, self.psfs = self.plots
        self.cursors: list[pg.InfiniteLine] = []
        self.hover_day: date | None = None
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)

    # ---- data ---------------------------------------------------------------------------------

    def set_data(self, trends: Trends, first: date, last: date) -> None:
        self.trends = trends
        self._first, self._last = first, last
        self.hover_day = None  # a new range starts without a hovered day
        self._draw()

    def apply_colours(self, colours: Colours) -> None:
        self.colours = colours
        self._draw()

    def _draw(self) -> None:
        c = self.colours
        self.view.setBackground(c.surface)
        self.cursors = []
        for plot in self.plots:
            plot.clear()
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(c.border))
                axis.setTextPen(pg.mkPen(c.muted))
            plot.showGrid(y=True, alpha=0.15)
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(c.muted, width=1, style=Qt.DashLine))
            cursor.setVisible(False)
            cursor.setZValue(20)
            plot.addItem(cursor, ignoreBounds=True)
            self.cursors.append(cursor)
        t = self.trends
        if t is None:
            return
        xs = np.array([x_of(d.day) for d in t.days])
        self._draw_pain(t, xs)
        self._draw_sitting(t, xs)
        self._draw_breaks(t, xs)
        self._draw_routines(t, xs)
        self._draw_psfs(t)
        lo, hi = x_of(self._first) - DAY / 2, x_of(self._last) + DAY / 2
        self.pain.setXRange(lo, hi, padding=0)
        ticks = [date_ticks(self._first, self._last)]
        for plot in self.plots:
            plot.getAxis("bottom").setTicks(ticks)
        self.hover_at(self.hover_day)

    def _title(self, plot: pg.PlotItem, html: str) -> None:
        plot.setTitle(html, color=self.colours.text, size="9pt", justify="left")

    def _draw_pain(self, t: Trends, xs: np.ndarray) -> None:
        c, plot = self.colours, self.pain
        band = ""
        if t.baseline is not None:
            b = t.baseline
            region = pg.LinearRegionItem(
                (b.low, b.high),
                orientation="horizontal",
                movable=False,
                brush=_alpha(c.pain, 0.12),
                pen=pg.mkPen(None),
            )
            plot.addItem(region)
            plot.addItem(pg.InfiniteLine(b.mean, angle=0, pen=pg.mkPen(_alpha(c.pain, 0.5))))
            relief = pg.mkPen(c.muted, width=1, style=Qt.DotLine)
            plot.addItem(pg.InfiniteLine(b.relief_line, angle=0, pen=relief))
            band = (
                f" &nbsp; <span style='color:{c.pain}'>&#9644;</span> "
                + QCoreApplication.translate("ChartPanel", "your start ±2 points")
                + f" &nbsp; <span style='color:{c.muted}'>&middot;&middot;&middot;</span> "
                + QCoreApplication.translate("ChartPanel", "30 % lower")
            )
        pain = _nan([d.pain_mean for d in t.days])
        _points(
            plot,
            xs,
            pain,
            pen=None,
            symbol="o",
            symbolSize=6,
            symbolPen=None,
            symbolBrush=_alpha(c.pain, 0.55),
        )
        rolling = _nan(list(t.rolling))
        if np.isfinite(rolling).any():  # keep the NaNs: they are the gaps in the line
            plot.plot(xs, rolling, pen=pg.mkPen(c.pain, width=2.5), connect="finite")
        plot.setYRange(-0.3, 10.3, padding=0)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        title = QCoreApplication.translate("ChartPanel", "Back pain per day (0–10)")
        mean = QCoreApplication.translate("ChartPanel", "7-day mean")
        self._title(plot, f"{_dot(c.pain)} {title} &nbsp; — {mean}{band}")

    def _draw_sitting(self, t: Trends, xs: np.ndarray) -> None:
        c, plot = self.colours, self.sitting
        hours = np.array([d.sitting_minutes / 60 for d in t.days])
        longest = np.array(
            [d.longest_minutes / 60 if d.sitting_minutes else np.nan for d in t.days]
        )
        plot.addItem(
            pg.BarGraphItem(
                x=xs,
                height=hours,
                width=DAY * 0.75,
                brush=_alpha(c.sitting, 0.75),
                pen=pg.mkPen(None),
            )
        )
        _points(
            plot,
            xs,
            longest,
            pen=None,
            symbol="t1",
            symbolSize=7,
            symbolBrush=c.text,
            symbolPen=None,
        )
        top = float(hours.max()) if hours.size else 1.0
        plot.setYRange(0, max(1.0, top * 1.1), padding=0)
        title = QCoreApplication.translate("ChartPanel", "Sitting hours per day")
        longest = QCoreApplication.translate("ChartPanel", "longest stretch (h)")
        self._title(
            plot,
            f"{_dot(c.sitting)} {title} &nbsp; "
            f"<span style='color:{c.text}'>&#9650;</span> {longest}",
        )

    def _draw_breaks(self, t: Trends, xs: np.ndarray) -> None:
        c, plot = self.colours, self.breaks
        taken = np.array([d.breaks_taken for d in t.days], dtype=float)
        skipped = np.array([d.breaks_skipped for d in t.days], dtype=float)
        none = pg.mkPen(None)
        plot.addItem(
            pg.BarGraphItem(x=xs, height=taken, width=DAY * 0.75, brush=c.breaks_taken, pen=none)
        )
        plot.addItem(
            pg.BarGraphItem(
                x=xs, y0=taken, height=skipped, width=DAY * 0.75, brush=c.breaks_skipped, pen=none
            )
        )
        top = float((taken + skipped).max()) if taken.size else 1.0
        plot.setYRange(0, max(1.0, top * 1.1), padding=0)
        taken_text = QCoreApplication.translate("ChartPanel", "Breaks taken")
        skipped_text = QCoreApplication.translate("ChartPanel", "skipped")
        self._title(
            plot,
            f"{_dot(c.breaks_taken)} {taken_text} &nbsp; {_dot(c.breaks_skipped)} {skipped_text}",
        )

    def _draw_routines(self, t: Trends, xs: np.ndarray) -> None:
        c, plot = self.colours, self.routines
        minutes = np.array([d.routine_minutes for d in t.days])
        plot.addItem(
            pg.BarGraphItem(
                x=xs, height=minutes, width=DAY * 0.75, brush=c.routines, pen=pg.mkPen(None)
            )
        )
        top = float(minutes.max()) if minutes.size else 1.0
        plot.setYRange(0, max(5.0, top * 1.1), padding=0)
        title = QCoreApplication.translate("ChartPanel", "Routine minutes per day")
        self._title(plot, f"{_dot(c.routines)} {title}")

    def _draw_psfs(self, t: Trends) -> None:
        c, plot = self.colours, self.psfs
        if t.weeks:
            wx = np.array([x_of(w.week) + 3 * DAY for w in t.weeks])
            wy = np.array([w.mean for w in t.weeks])
            plot.plot(
                wx,
                wy,
                pen=pg.mkPen(c.function, width=2),
                symbol="s",
                symbolSize=6,
                symbolBrush=c.function,
                symbolPen=None,
            )
        plot.setYRange(-0.3, 10.3, padding=0)
        plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 5)]])
        title = QCoreApplication.translate(
            "ChartPanel", "Function (PSFS) weekly mean, 0–10 (higher is better)"
        )
        self._title(plot, f"{_dot(c.function)} {title}")

    # ---- hover --------------------------------------------------------------------------------

    def _mouse_moved(self, pos: QPointF) -> None:
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(pos):
                x = plot.vb.mapSceneToView(pos).x()
                day = day_of(x)
                self._hover(day if self._first <= day <= self._last else None)
                return
        self._hover(None)

    def _hover(self, day: date | None) -> None:
        if day != self.hover_day:  # the mouse moved within the same day: nothing to redo
            self.hover_at(day)

    def hover_at(self, day: date | None) -> None:
        self.hover_day = day
        for cursor in self.cursors:
            cursor.setVisible(day is not None)
            if day is not None:
                cursor.setValue(x_of(day))
        self.hovered.emit(day)
