"""`hipdesk report`: the clinician report (PDF) for a date range, without opening the app.

The same code as the Trends page's "Export report…": ``load_report`` reads the range and
``write_report`` lays it out with the charts drawn off screen. Qt runs on the offscreen platform
(no window, no display needed), created only when a report is actually written.

Imported on every start to build the parser: only argparse/stdlib at module level.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipdesk.cli import CliContext, CommandFailed, UsageError, open_journal

if TYPE_CHECKING:
    from hipdesk.core.clock import Clock

ORDER = 30
DEFAULT_DAYS = 42  # six weeks, as the Trends page's default range
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _system_clock() -> Clock:
    from hipdesk.core.clock import SystemClock

    return SystemClock()


make_clock: Callable[[], Clock] = _system_clock  # tests may swap in a FakeClock


def register(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="write the clinician report (PDF) for a date range",
        description="Write a PDF with charts, a weekly table, routines, PSFS scores and "
        "self-checks for a date range (default: the last 6 weeks).",
    )
    p.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day (default: "
                   "6 weeks before --to)")  # fmt: skip
    p.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (default today)")
    p.add_argument(
        "--output",
        metavar="FILE.pdf",
        help="where to write it (default: hipdesk-report-<to>.pdf in the current folder)",
    )
    p.set_defaults(handler=run)


def parse_day(option: str, text: str) -> date:
    if not _DATE.match(text.strip()):
        raise UsageError(f"{option}: expected a date as YYYY-MM-DD, got {text!r}")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a real date") from None


def date_range(args: argparse.Namespace, today: date) -> tuple[date, date]:
    last = parse_day("--to", args.last) if args.last is not None else today
    if args.first is not None:
        first = parse_day("--from", args.first)
    else:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
    if first > last:
        raise UsageError(f"--from {first.isoformat()} is after --to {last.isoformat()}")
    return first, last


def output_path(args: argparse.Namespace, last: date) -> Path:
    """The target, checked writable by creating its private temp file (0600: health data).
    Nothing is written to the target itself until the PDF is complete."""
    target = Path(args.output or f"hipdesk-report-{last.isoformat()}.pdf").expanduser()
    if target.is_dir():
        raise UsageError(f"--output: {target} is a folder; give a file name such as report.pdf")
    tmp = _tmp(target)
    try:
        tmp.unlink(missing_ok=True)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise UsageError(f"--output: cannot write {target} ({exc.strerror or exc})") from None
    return target


def _tmp(target: Path) -> Path:
    return target.with_name(f".{target.name}.tmp")


def qt_application() -> Any:
    """The running Qt application, or a new one on the offscreen platform.

    A QApplication (not only a QGuiApplication): the charts are pyqtgraph widgets drawn off
    screen. The platform is chosen before QtGui is imported; a platform the user set stays.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(_qt_messages)
        app = QApplication([sys.argv[0] if sys.argv else "hipdesk"])
    return app


def _qt_messages(kind: Any, _context: Any, message: str) -> None:
    """Keep Qt's chatter about the offscreen platform out of a command's stderr."""
    from PySide6.QtCore import QtMsgType

    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        sys.stderr.write(f"qt: {message}\n")


def page_count(path: Path) -> int:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            return 0
        return doc.pageCount()
    finally:
        doc.close()


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    clock = make_clock()
    first, last = date_range(args, clock.now().astimezone().date())
    target = output_path(args, last)
    from hipdesk.store.db import JournalError
    from hipdesk.store.trends_queries import load_report

    tmp = _tmp(target)  # made by output_path; QPdfWriter keeps its mode when it overwrites
    try:
        try:
            with open_journal(ctx, clock, write=False) as journal:
                data = load_report(journal, first, last)
        except JournalError as exc:  # reading the report's figures
            raise CommandFailed(exc.one_line()) from None
        app = qt_application()
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from hipdesk.ui.report import write_report

        charts = None if isinstance(app, QApplication) else QImage()  # no widgets: no charts
        write_report(tmp, data, charts=charts)
        if tmp.stat().st_size == 0 or tmp.read_bytes()[:5] != b"%PDF-":
            raise CommandFailed(f"the report could not be written to {target}")
        pages = page_count(tmp)
        tmp.replace(target)
    except OSError as exc:
        raise CommandFailed(f"the report could not be written to {target} ({exc})") from None
    finally:
        tmp.unlink(missing_ok=True)
    n_days = (last - first).days + 1
    ctx.stdout.write(
        f"wrote {target.resolve()} ({pages} page{'s' if pages != 1 else ''}; "
        f"{first.isoformat()} – {last.isoformat()}, {n_days} days)\n"
    )
    return 0
