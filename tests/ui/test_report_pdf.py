from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument

from hipdesk.core import trends as tr
from hipdesk.core.clock import FakeClock
from hipdesk.paths import AppPaths
from hipdesk.store import trends_queries as q
from hipdesk.store.journal import Journal
from hipdesk.ui.report import SELF_REPORTED, report_html, write_report

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
END = date(2026, 1, 5)


def generator() -> ModuleType:
    import tools.generate_journal

    return tools.generate_journal


@pytest.fixture
def report_pdf(qapp, app_paths: AppPaths, tmp_path: Path) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    clock = FakeClock(datetime(2026, 1, 5, 20, tzinfo=UTC))
    with Journal.open(app_paths.journal, clock, backup_dir=app_paths.backup_dir) as journal:
        generator().generate(journal, 90, END, seed=7)
        data = q.load_report(journal, END - timedelta(days=89), END)
    yield write_report(tmp_path / "report.pdf", data)


def test_report_is_a_pdf_with_the_self_reported_line(report_pdf: Path) -> None:
    assert report_pdf.read_bytes()[:5] == b"%PDF-"
    assert report_pdf.stat().st_size > 20_000  # text plus the chart image
    doc = QPdfDocument()
    assert doc.load(str(report_pdf)) == QPdfDocument.Error.None_
    assert doc.pageCount() >= 1
    text = " ".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    flat = " ".join(text.split())
    assert " ".join(SELF_REPORTED.split()[:6]) in flat
    for heading in ("Week by week", "Routines done", "Self-checks", "Red-flag questions"):
        assert heading in flat
    assert "Putting on socks" in flat
    SHOTS.mkdir(parents=True, exist_ok=True)
    for i in range(doc.pageCount()):  # Qt's own renderer: always available
        image = doc.render(i, QSize(620, 877))
        assert not image.isNull() and image.save(str(SHOTS / f"report-qtpdf-{i + 1}.png"))
    doc.close()


def test_report_pages_render_with_pdftoppm(report_pdf: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm not installed (apt-get install poppler-utils) — pages not rendered")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("report-page-*.png"):
        old.unlink()
    subprocess.run(
        [pdftoppm, "-r", "70", "-png", str(report_pdf), str(SHOTS / "report-page")],
        check=True,
        timeout=60,
    )
    assert sorted(SHOTS.glob("report-page-*.png"))


def test_report_html_escapes_and_lists_red_flags() -> None:
    data = q.ReportData(END, END, tr.build([tr.TrendDay(END)], [], None), [], [], [])
    text = report_html(data, red_flags=[("Numbness <saddle>?", "No")])
    assert "Numbness &lt;saddle&gt;?" in text and "No entries in this range" in text
    assert "No red-flag answers" not in text
