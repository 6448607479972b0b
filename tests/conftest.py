"""Shared test set-up.

Qt must find a platform before it loads: offscreen by default, so tests never need a display.
The e2e folder's conftest switches to a real X server when one is provided (see Makefile).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A test must never read or write the developer's real journal or settings.
os.environ.pop("HIPDESK_DATA_DIR", None)
os.environ.setdefault("QT_ACCESSIBILITY", "0")

import pytest

from hipdesk.core.clock import FakeClock
from hipdesk.paths import AppPaths, resolve

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT_DIR = ROOT / "build" / "screenshots"


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    """A private data dir per test (journal, config, logs)."""
    return resolve(tmp_path / "data").ensure()


@pytest.fixture(autouse=True)
def _isolate_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """platformdirs and QSettings follow XDG vars: point them at a throwaway home."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    yield


@pytest.fixture
def screenshot(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """Save a widget's rendering to build/screenshots/<name>.png and return the path.

    Fails if the grab is empty, so a screenshot test cannot pass on a blank widget.
    """

    def save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}.png"
        from PySide6.QtCore import QCoreApplication, QPoint
        from PySide6.QtTest import QTest

        # An earlier test's click leaves the virtual mouse over some widget, which would then
        # be drawn hovered: park it in the bottom-right corner, away from navigation.
        QTest.mouseMove(widget, QPoint(widget.width() - 1, widget.height() - 1))
        QCoreApplication.processEvents()  # pending layouts and polish, as a user would see it
        pixmap = widget.grab()
        assert not pixmap.isNull() and pixmap.width() > 0, f"empty grab for {name}"
        assert pixmap.save(str(path), "PNG"), f"could not write {path}"
        return path

    return save
