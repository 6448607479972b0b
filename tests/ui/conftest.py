from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

import hipdesk.ui.rc_resources  # noqa: F401  (icons for every UI test)
from hipdesk.app import HipdeskApp, Options
from hipdesk.core.clock import FakeClock
from hipdesk.paths import AppPaths
from hipdesk.ui.theme import ThemeChoice


@pytest.fixture
def hip_app(qapp: QApplication, app_paths: AppPaths, fake_clock: FakeClock):  # type: ignore[no-untyped-def]
    """The real composition root on a private data dir, window not yet shown."""
    app = HipdeskApp(
        qapp, app_paths, fake_clock, Options(companion=False), app_paths.log_dir / "test.log"
    )
    yield app
    app.theme.set_choice(ThemeChoice.LIGHT)
    app.dispose()


@pytest.fixture
def hip_app_open(hip_app: HipdeskApp):  # type: ignore[no-untyped-def]
    """The app with its journal open, as after the first paint."""
    assert hip_app.open_journal(lambda exc: pytest.fail(f"journal did not open: {exc}"))
    return hip_app
