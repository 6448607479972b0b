"""e2e tests need a real X server, a tray and a notification daemon on a private bus.

`make test` runs them through tests/e2e/run-session.sh, which provides all three. Anywhere else
they are skipped with the reason shown in the summary (never silently).
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = os.environ.get("HIPDESK_E2E_MISSING")
    if missing:
        reason = f"e2e needs {missing} (installed by .ci/run)"
    elif not os.environ.get("HIPDESK_E2E_SESSION"):
        reason = "e2e runs inside tests/e2e/run-session.sh (make e2e / make test)"
    else:
        return
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A second session bus of its own, for a fake D-Bus service (dunst owns the notification
    name on the main test bus)."""
    out = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    address, pid = out[0], int(out[1])
    yield address
    os.kill(pid, signal.SIGTERM)
