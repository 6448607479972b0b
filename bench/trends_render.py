"""How long do the Trends page's first show and a 1-year redraw take?

Writes a synthetic journal (tools/generate_journal.py, default 365 days), then measures in one
process: building the page and showing it the first time (this includes importing pyqtgraph and
numpy), switching to "1 year" and painting it, and repeated switches between ranges. A bare
PySide6 widget of the same size, shown and painted, is the baseline.
Run: .venv/bin/python bench/trends_render.py [--days 365] [--repeat 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from generate_journal import generate  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hipdesk.core.clock import FakeClock  # noqa: E402
from hipdesk.store.journal import Journal  # noqa: E402

END = date(2026, 1, 5)
SIZE = (1000, 1260)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    app = QApplication([])
    import hipdesk.ui.rc_resources  # noqa: F401

    clock = FakeClock(datetime(END.year, END.month, END.day, 20, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        journal = Journal.open(Path(tmp) / "journal.sqlite3", clock, daily_backup=False)
        t = time.perf_counter()
        generate(journal, args.days, END)
        print(f"generated {args.days} days in {ms(time.perf_counter() - t)}")

        bare = QWidget()
        bare.resize(*SIZE)
        t = time.perf_counter()
        bare.show()
        bare.grab()
        baseline = time.perf_counter() - t

        from hipdesk.ui.page import Page
        from hipdesk.ui.trends import TrendsBody

        assert "pyqtgraph" not in sys.modules
        t = time.perf_counter()
        body = TrendsBody(lambda: journal, clock)
        page = Page("Trends", body)
        page.resize(*SIZE)
        page.show()  # first show: imports pyqtgraph, reads 6 weeks, builds the charts
        page.grab()
        first_show = time.perf_counter() - t

        t = time.perf_counter()
        body.set_range("1 year")
        page.grab()
        year = time.perf_counter() - t

        switches = []
        for _ in range(args.repeat):
            for key in ("6 weeks", "All"):
                t = time.perf_counter()
                body.set_range(key)
                page.grab()
                switches.append((key, time.perf_counter() - t))
        all_range = statistics.median(s for k, s in switches if k == "All")
        six = statistics.median(s for k, s in switches if k == "6 weeks")

        t = time.perf_counter()
        body.export_report(Path(tmp) / "report.pdf")
        report = time.perf_counter() - t
        journal.close()

    print(f"bare PySide6 widget show + paint:        {ms(baseline)}")
    print(f"Trends first show (incl. pyqtgraph):      {ms(first_show)}")
    print(f"switch to 1 year + paint:                 {ms(year)}")
    print(f"switch to All ({args.days} days) + paint, median: {ms(all_range)}")
    print(f"switch to 6 weeks + paint, median:        {ms(six)}")
    print(f"PDF report of the range:                  {ms(report)}")
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
