from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from hipdesk.core.clock import FakeClock
from hipdesk.core.models import PainEntry, new_uuid, stamp
from hipdesk.paths import AppPaths
from hipdesk.store.journal import Journal
from hipdesk.ui.page import Page
from hipdesk.ui.theme import DARK, ThemeChoice, ThemeManager
from hipdesk.ui.trends import TrendsBody

ROOT = Path(__file__).resolve().parents[2]
END = date(2026, 1, 5)


def generator() -> ModuleType:
    import tools.generate_journal

    return tools.generate_journal


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 1, 5, 20, 0, tzinfo=UTC))


@pytest.fixture
def journal(app_paths: AppPaths, clock: FakeClock) -> Iterator[Journal]:
    j = Journal.open(app_paths.journal, clock, backup_dir=app_paths.backup_dir)
    yield j
    j.close()


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[ThemeManager]:
    manager = ThemeManager(qapp, ThemeChoice.LIGHT)
    manager.apply()
    yield manager
    manager.set_choice(ThemeChoice.LIGHT)


def page_for(qtbot, journal: Journal | None, clock: FakeClock) -> tuple[Page, TrendsBody]:  # type: ignore[no-untyped-def]
    body = TrendsBody(lambda: journal, clock, open_journal=lambda: None)
    page = Page("Trends", body)
    qtbot.addWidget(page)
    page.resize(1000, 1260)
    page.show()
    # Let the scroll area lay out (posted LayoutRequest) before anything is grabbed; otherwise
    # the first grab shows a transient horizontal scroll bar.
    QApplication.processEvents()
    return page, body


def test_pyqtgraph_loads_only_when_the_page_is_shown() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import hipdesk.ui.rc_resources\n"
        "from hipdesk.core.clock import FakeClock\n"
        "from hipdesk.ui.trends import TrendsBody\n"
        "body = TrendsBody(lambda: None, FakeClock())\n"
        "heavy = [m for m in ('pyqtgraph', 'numpy') if m in sys.modules]\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_ninety_days_light_and_dark(
    qtbot, journal: Journal, clock: FakeClock, theme: ThemeManager, screenshot
) -> None:  # type: ignore[no-untyped-def]
    generator().generate(journal, 90, END, seed=7)
    page, body = page_for(qtbot, journal, clock)
    assert body.charts is not None  # built on first show
    body.set_range("3 months")
    assert body.stack.currentWidget() is body.content
    assert (body.first, body.last) == (END - timedelta(days=90), END)
    text = body.summary.text()
    assert "a pattern, not proof" in text and "because" not in text
    assert not body.note.isVisible()
    screenshot(page, "trends-90-days-light")

    body.charts.hover_at(date(2025, 12, 10))
    assert body.readout.text().startswith("Wed 10 Dec 2025 · pain")
    theme.set_choice(ThemeChoice.DARK)
    page.apply_colours(DARK)
    QApplication.processEvents()
    assert body.charts.view.backgroundBrush().color().name() == DARK.surface.lower()
    screenshot(page, "trends-90-days-dark")


def test_ranges_export_png_and_sparse_note(
    qtbot, journal: Journal, clock: FakeClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    tz = timezone(timedelta(hours=1))
    for i, back in enumerate((5, 4, 3)):
        moment = datetime(2026, 1, 3 + i, 20, tzinfo=tz)
        journal.add(PainEntry(new_uuid(), *stamp(moment), back=back))
    _page, body = page_for(qtbot, journal, clock)
    assert body.range_key == "6 weeks"
    assert "Only 3 days with a pain entry" in body.note.text()
    for key in ("2 weeks", "1 year", "All"):
        body.set_range(key)
        assert body.stack.currentWidget() is body.content
    assert body.first == date(2026, 1, 3)  # "All" starts at the first entry
    assert [b.isChecked() for b in body.range_group.buttons()] == [False] * 4 + [True]
    out = tmp_path / "view.png"
    assert body.export_png(out)
    assert not QImage(str(out)).isNull()


def test_empty_states(
    qtbot, journal: Journal, clock: FakeClock, theme: ThemeManager, screenshot
) -> None:  # type: ignore[no-untyped-def]
    page, body = page_for(qtbot, None, clock)
    assert body.empty.title.text() == "Opening your journal…"
    body._journal = lambda: journal
    body.refresh()
    assert body.stack.currentWidget() is body.empty
    assert body.empty.title.text() == "Not enough days yet"
    assert not body.png_button.isEnabled() and not body.report_button.isEnabled()
    page.apply_colours(theme.colours)  # the app does this for every page (muted icon)
    screenshot(page, "trends-empty")
    old = datetime(2025, 6, 1, 20, tzinfo=timezone(timedelta(hours=2)))
    journal.add(PainEntry(new_uuid(), *stamp(old), back=4))
    body.refresh()
    assert body.empty.title.text() == "Nothing logged in this range"
