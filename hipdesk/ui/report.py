"""The clinician report: a PDF of one date range, written with QPdfWriter and QTextDocument.

Essentials only (no QtWebEngine): HTML that QTextDocument lays out and paginates, with the charts
as an image drawn in the light colours whatever the app theme is (paper is white).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hipdesk import __version__
from hipdesk.core.trends import TrendDay, week_of
from hipdesk.store.trends_queries import ReportData
from hipdesk.ui.theme import LIGHT

SELF_REPORTED = (
    "All figures in this report are self-reported: entered by the user or measured by hipdesk "
    "on their computer. They have not been checked by a clinician."
)
CHECK_LABELS = {
    "hip_rotation_ir": ("Hip internal rotation", "°"),
    "hip_rotation_er": ("Hip external rotation", "°"),
    "ninety_ninety": ("90/90 score", ""),
    "deep_squat": ("Deep squat score", ""),
    "chair_stand_30s": ("30-s chair stand", " reps"),
    "five_sts_seconds": ("Five sit-to-stands", " s"),
}
CHART_SIZE = (900, 660)  # px; drawn at this size, scaled to the page width
PAGE_WIDTH_PX = 680  # QTextDocument layout width in its own pixels (A4 minus margins)


def _e(text: object) -> str:
    return html.escape(str(text))


def _d(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def render_charts(data: ReportData) -> QImage:
    """The Trends charts for the report's range in light colours, off screen."""
    from hipdesk.ui.trends_charts import ChartPanel  # pyqtgraph only when a report is made

    panel = ChartPanel(LIGHT)
    panel.view.setMinimumHeight(0)  # the page's minimum would make the image too tall for A4
    panel.resize(*CHART_SIZE)
    panel.set_data(data.trends, data.first, data.last)
    image = panel.grab().toImage()
    panel.deleteLater()
    return image


def weekly_rows(days: Sequence[TrendDay]) -> list[list[str]]:
    weeks: dict[date, list[TrendDay]] = {}
    for d in days:
        weeks.setdefault(week_of(d.day), []).append(d)
    rows = []
    for week, ds in sorted(weeks.items()):
        pain = [d.pain_mean for d in ds if d.pain_mean is not None]
        legs = [d.leg_mean for d in ds if d.leg_mean is not None]
        sat = [d.sitting_minutes for d in ds if d.sitting_minutes]
        prompted = sum(d.breaks_prompted for d in ds)
        rows.append(
            [
                _d(week),
                f"{sum(pain) / len(pain):.1f} ({len(pain)} d)" if pain else "–",
                str(max(d.pain_max for d in ds if d.pain_max is not None)) if pain else "–",
                f"{sum(legs) / len(legs):.1f}" if legs else "–",
                f"{sum(sat) / len(sat) / 60:.1f}" if sat else "–",
                f"{max(d.longest_minutes for d in ds):.0f}" if sat else "–",
                f"{sum(d.breaks_taken for d in ds)} / {prompted}" if prompted else "–",
                f"{sum(d.routine_minutes for d in ds):.0f}",
            ]
        )
    return rows


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    th = "".join(f"<th align='left'>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        f"<table width='100%' cellspacing='0' cellpadding='3' border='0.5'>"
        f"<tr style='background:#ECEFF1'>{th}</tr>{body}</table>"
    )


def report_html(data: ReportData, red_flags: Sequence[tuple[str, str]] | None = None) -> str:
    t = data.trends
    n_days = (data.last - data.first).days + 1
    parts = [
        "<h1>hipdesk report</h1>",
        f"<p>{_d(data.first)} – {_d(data.last)} ({n_days} days) · hipdesk {_e(__version__)}</p>",
        f"<p><b>{_e(SELF_REPORTED)}</b></p>",
        "<h2>Summary</h2>",
        "<ul>" + "".join(f"<li>{_e(s)}</li>" for s in t.summary) + "</ul>"
        if t.summary
        else "<p>No entries in this range.</p>",
    ]
    if t.baseline is not None:
        b = t.baseline
        parts.append(
            f"<p>Starting level: {b.mean:.1f}/10, the mean of the first {b.days} days with "
            f"pain entries ({_d(b.first)} – {_d(b.last)}). Band ±2 points: {b.low:.1f}–"
            f"{b.high:.1f}; 30 % lower: {b.relief_line:.1f}.</p>"
        )
    parts.append(f"<h2>Charts</h2><p><img src='hipdesk:charts' width='{PAGE_WIDTH_PX}'></p>")
    head = [
        "Week of",
        "Back pain mean",
        "Max",
        "Leg",
        "Sitting h/day",
        "Longest min",
        "Breaks taken / shown",
        "Routine min",
    ]
    # The weekly table starts a page: a header row alone at the foot of page 1 reads badly.
    parts += ["<h2 style='page-break-before: always'>Week by week</h2>"]
    parts.append(_table(head, weekly_rows(t.days)))
    parts.append("<h2>Routines done</h2>")
    if data.routines:
        rows = [
            [r.slug, str(r.sessions), str(r.completed), f"{r.minutes:.0f}", _d(r.last_day)]
            for r in data.routines
        ]
        parts.append(_table(["Routine", "Sessions", "Completed", "Minutes", "Last"], rows))
    else:
        parts.append("<p>No routines in this range.</p>")
    parts.append("<h2>Function (PSFS activities, 0–10, higher is better)</h2>")
    if data.activities:
        rows = []
        for a in data.activities:
            (d0, s0), (d1, s1) = a.scores[0], a.scores[-1]
            name = a.name + (" (archived)" if a.archived else "")
            rows.append(
                [name, f"{s0} ({_d(d0)})", f"{s1} ({_d(d1)})", f"{s1 - s0:+d}", str(len(a.scores))]
            )
        parts.append(_table(["Activity", "First", "Latest", "Change", "Scores"], rows))
    else:
        parts.append("<p>No function scores in this range.</p>")
    parts.append("<h2>Self-checks</h2>")
    if data.self_checks:
        rows = []
        for c in data.self_checks:
            label, unit = CHECK_LABELS.get(c.kind, (c.kind, ""))
            rows.append([label, c.side or "–", f"{c.value:g}{unit}", _d(c.day)])
        parts.append(_table(["Test", "Side", "Result", "Date"], rows))
    else:
        parts.append("<p>No self-checks in this range.</p>")
    parts.append("<h2>Red-flag questions</h2>")
    if red_flags:
        parts.append(_table(["Question", "Answer"], [list(r) for r in red_flags]))
    else:
        parts.append("<p>No red-flag answers are stored in this journal.</p>")
    parts.append(
        "<p style='color:#5B6770'>Comparisons in the summary describe patterns in the logged "
        "days; they are not proof of cause. hipdesk does not diagnose or treat.</p>"
    )
    return "\n".join(parts)


def write_report(
    path: Path,
    data: ReportData,
    *,
    charts: QImage | None = None,
    red_flags: Sequence[tuple[str, str]] | None = None,
) -> Path:
    """Write the PDF and return its path; ``charts`` defaults to the charts drawn off screen."""
    writer = QPdfWriter(str(path))
    writer.setTitle(f"hipdesk report {data.first.isoformat()} – {data.last.isoformat()}")
    writer.setCreator(f"hipdesk {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; } td, th, li { font-size: 9pt; }"
    )
    image = charts if charts is not None else render_charts(data)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("hipdesk:charts"), image)
    doc.setHtml(report_html(data, red_flags))
    doc.setPageSize(QSizeF(PAGE_WIDTH_PX, PAGE_WIDTH_PX * 1.45))
    doc.print_(writer)
    return path
