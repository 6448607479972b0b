"""Heavy modules stay off the path to the first painted window (start-up budget, issue 3/9)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("sqlite_utils", "numpy", "pyqtgraph", "PySide6.QtMultimedia", "PySide6.QtSvg")

PROBE = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
import hipdesk.ui.rc_resources
from hipdesk.app import HipdeskApp, Options
from hipdesk.core.clock import FakeClock
from hipdesk.paths import resolve
paths = resolve(sys.argv[1]).ensure()
hip = HipdeskApp(app, paths, FakeClock(), Options(), paths.log_dir / "t.log")
seen = {}
def painted():
    seen["modules"] = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
    app.quit()
hip.window.first_painted.connect(painted)
hip.window.show()
app.exec()
print(json.dumps(seen["modules"]))
"""


def test_first_paint_needs_no_heavy_modules(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "d"), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
