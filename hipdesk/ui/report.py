"""The clinician report: a PDF of one date range, written with QPdfWriter and QTextDocument.

Essentials only (no QtWebEngine): HTML that QTextDocument lays out and paginates, with the charts
as an image drawn in the light colours whatever the app theme is (paper is white).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hipdesk import __version__
from hipdesk.core.trends import TrendDay, week_of
from hipdesk.store.trends_queries import ReportData
from hipdesk.ui.i18n import locale_date
from hipdesk.ui.theme import LIGHT

SELF_REPORTED = QT_TRANSLATE_NOOP(
    "Report",
    "All figures in this report are self-reported: entered by the user or measured by hipdesk "
    "on their computer. They have not been checked by a clinician.",
)
CHECK_LABELS = {
    "hip_rotation_ir": (QT_TRANSLATE_NOOP("Report", "Hip internal rotation"), "°"),
    "hip_rotation_er": (QT_TRANSLATE_NOOP("Report", "Hip external rotation"), "°"),
    "ninety_ninety": (QT_TRANSLATE_NOOP("Report", "90/90 score"), ""),
    "deep_squat": (QT_TRANSLATE_NOOP("Report", "Deep squat score"), ""),
    "chair_stand_30s": (
        QT_TRANSLATE_NOOP("Report", "30-s chair stand"),
        QT_TRANSLATE_NOOP("Report", " reps"),
    ),
    "five_sts_seconds": (QT_TRANSLATE_NOOP("Report", "Five sit-to-stands"), " s"),
}
CHART_SIZE = (900, 660)  # px; drawn at this size, scaled to the page width
PAGE_WIDTH_PX = 680  # QTextDocument layout width in its own pixels (A4 minus margins)


def _e(text: object) -> str:
    return html.escape(str(text))


def _t(text: str) -> str:
    return QCoreApplication.translate("Report", text) if text else ""


def _d(day: date) -> str:
    return locale_date(day, "d MMM yyyy")


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
        f"<tr style='background:{LIGHT.button}'>{th}</tr>{body}</table>"
    )


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _p(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def report_html(data: ReportData, red_flags: Sequence[tuple[str, str]] | None = None) -> str:
    t = data.trends
    n_days = (data.last - data.first).days + 1
    parts = [
        "<h1>" + _e(QCoreApplication.translate("Report", "hipdesk report")) + "</h1>",
        "<p>"
        + _e(
            QCoreApplication.translate("Report", "{first} – {last} ({days} days)").format(
                first=_d(data.first), last=_d(data.last), days=n_days
            )
        )
        + f" · hipdesk {_e(__version__)}</p>",
        f"<p><b>{_e(_t(SELF_REPORTED))}</b></p>",
        "<h2>" + _e(QCoreApplication.translate("Report", "Summary")) + "</h2>",
        "<ul>" + "".join(f"<li>{_e(s)}</li>" for s in t.summary) + "</ul>"
        if t.summary
        else "<p>" + _e(QCoreApplication.translate("Report", "No entries in this range.")) + "</p>",
    ]
    if t.baseline is not None:
        b = t.baseline
        starting = QCoreApplication.translate(
            "Report",
            "Starting level: {mean}/10, the mean of the first {days} days with pain entries "
            "({first} – {last}). Band ±2 points: {low}–{high}; 30 % lower: {relief}.",
        ).format(
            mean=f"{b.mean:.1f}",
            days=b.days,
            first=_d(b.first),
            last=_d(b.last),
            low=f"{b.low:.1f}",
            high=f"{b.high:.1f}",
            relief=f"{b.relief_line:.1f}",
        )
        parts.append(f"<p>{_e(starting)}</p>")
    charts = _e(QCoreApplication.translate("Report", "Charts"))
    parts.append(f"<h2>{charts}</h2><p><img src='hipdesk:charts' width='{PAGE_WIDTH_PX}'></p>")
    head = [
        QCoreApplication.translate("Report", "Week of"),
        QCoreApplication.translate("Report", "Back pain mean"),
        QCoreApplication.translate("Report", "Max"),
        QCoreApplication.translate("Report", "Leg"),
        QCoreApplication.translate("Report", "Sitting h/day"),
        QCoreApplication.translate("Report", "Longest min"),
        QCoreApplication.translate("Report", "Breaks taken / shown"),
        QCoreApplication.translate("Report", "Routine min"),
    ]
    # The weekly table starts a page: a header row alone at the foot of page 1 reads badly.
    weekly = _e(QCoreApplication.translate("Report", "Week by week"))
    parts += [f"<h2 style='page-break-before: always'>{weekly}</h2>"]
    parts.append(_table(head, weekly_rows(t.days)))
    parts.append(_h2(QCoreApplication.translate("Report", "Routines done")))
    if data.routines:
        rows = [
            [r.slug, str(r.sessions), str(r.completed), f"{r.minutes:.0f}", _d(r.last_day)]
            for r in data.routines
        ]
        head = [
            QCoreApplication.translate("Report", "Routine"),
            QCoreApplication.translate("Report", "Sessions"),
            QCoreApplication.translate("Report", "Completed"),
            QCoreApplication.translate("Report", "Minutes"),
            QCoreApplication.translate("Report", "Last"),
        ]
        parts.append(_table(head, rows))
    else:
        parts.append(_p(QCoreApplication.translate("Report", "No routines in this range.")))
    parts.append(
        _h2(
            QCoreApplication.translate(
                "Report", "Function (PSFS activities, 0–10, higher is better)"
            )
        )
    )
    if data.activities:
        rows = []
        for a in data.activities:
            (d0, s0), (d1, s1) = a.scores[0], a.scores[-1]
            name = a.name + (
                QCoreApplication.translate("Report", " (archived)") if a.archived else ""
            )
            rows.append(
                [name, f"{s0} ({_d(d0)})", f"{s1} ({_d(d1)})", f"{s1 - s0:+d}", str(len(a.scores))]
            )
        head = [
            QCoreApplication.translate("Report", "Activity"),
            QCoreApplication.translate("Report", "First"),
            QCoreApplication.translate("Report", "Latest"),
            QCoreApplication.translate("Report", "Change"),
            QCoreApplication.translate("Report", "Scores"),
        ]
        parts.append(_table(head, rows))
    else:
        parts.append(_p(QCoreApplication.translate("Report", "No function scores in this range.")))
    parts.append(_h2(QCoreApplication.translate("Report", "Self-checks")))
    if data.self_checks:
        rows = []
        sides = {
            "left": QCoreApplication.translate("Report", "left"),
            "right": QCoreApplication.translate("Report", "right"),
        }
        for c in data.self_checks:
            label, unit = CHECK_LABELS.get(c.kind, (c.kind, ""))
            side = sides.get(c.side, c.side) if c.side else "–"
            rows.append([_t(label), side, f"{c.value:g}{_t(unit)}", _d(c.day)])
        head = [
            QCoreApplication.translate("Report", "Test"),
            QCoreApplication.translate("Report", "Side"),
            QCoreApplication.translate("Report", "Result"),
            QCoreApplication.translate("Report", "Date"),
        ]
        parts.append(_table(head, rows))
    else:
        parts.append(_p(QCoreApplication.translate("Report", "No self-checks in this range.")))
    parts.append(_h2(QCoreApplication.translate("Report", "Red-flag questions")))
    if red_flags:
        head = [
            QCoreApplication.translate("Report", "Question"),
            QCoreApplication.translate("Report", "Answer"),
        ]
        parts.append(_table(head, [list(r) for r in red_flags]))
    else:
        parts.append(
            _p(
                QCoreApplication.translate(
                    "Report", "No red-flag answers are stored in this journal."
                )
            )
        )
    closing = QCoreApplication.translate(
        "Report",
        "Comparisons in the summary describe patterns in the logged days; they are not proof "
        "of cause. hipdesk does not diagnose or treat.",
    )
    parts.append(f"<p style='color:{LIGHT.muted}'>{_e(closing)}</p>")
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
    title = QCoreApplication.translate("Report", "hipdesk report")
    writer.setTitle(f"{title} {data.first.isoformat()} – {data.last.isoformat()}")
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
