"""Idle footprint of the tray companion: RSS and CPU while nothing happens.

Starts `hipdesk --minimized` (tray only) and a bare PySide6 tray app side by side on a real X
server with a tray (re-runs itself inside tests/e2e/run-session.sh when no DISPLAY is set),
lets them settle, then samples utime+stime and RSS from /proc over a fixed window.

hipdesk runs twice: the everyday start (autostart at login: the journal exists, as the CLI left
it) which the budget applies to, and the first start on an empty data folder, reported for
context: it also creates the journal, which loads sqlite-utils for the migrations (~12 MB).
Budgets: RSS <= 1.5x the bare tray app; CPU <= 20 ms per minute.

    python bench/idle_footprint.py [--settle 20] [--window 60]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RSS_BUDGET = 1.5
EVERYDAY = "hipdesk --minimized (journal exists)"
FIRST = "hipdesk --minimized (first start)"
CPU_BUDGET_MS_PER_MIN = 20.0

BARE_TRAY = r"""
import sys
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QMenu
from PySide6.QtGui import QIcon, QPixmap, QColor
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
pm = QPixmap(32, 32); pm.fill(QColor("#0F766E"))
tray = QSystemTrayIcon(QIcon(pm)); menu = QMenu(); menu.addAction("Quit", app.quit)
tray.setContextMenu(menu); tray.show()
app.exec()
"""


def _ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (clock ticks)


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--settle", type=float, default=20.0)
    ap.add_argument("--window", type=float, default=60.0)
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        script = ROOT / "tests" / "e2e" / "run-session.sh"
        return subprocess.call([str(script), sys.executable, *sys.argv])
    hz = os.sysconf("SC_CLK_TCK")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("HIPDESK_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as tmp:
        everyday, first = Path(tmp) / "everyday", Path(tmp) / "first"
        hipdesk = [sys.executable, "-m", "hipdesk", "--data-dir"]
        subprocess.run([*hipdesk, str(everyday), "stats"], env=env, check=True, capture_output=True)
        procs = {
            "bare PySide6 tray app": subprocess.Popen(
                [sys.executable, "-c", BARE_TRAY],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
            EVERYDAY: subprocess.Popen(
                [*hipdesk, str(everyday), "--minimized"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
            FIRST: subprocess.Popen(
                [*hipdesk, str(first), "--minimized"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            ),
        }
        try:
            time.sleep(args.settle)  # benchmark pacing, not test logic
            start = {name: _ticks(p.pid) for name, p in procs.items()}
            time.sleep(args.window)
            result = {}
            for name, p in procs.items():
                if p.poll() is not None:
                    raise SystemExit(f"{name} exited early with {p.returncode}")
                cpu_ms = (_ticks(p.pid) - start[name]) * 1000 / hz
                result[name] = (_rss_kb(p.pid) / 1024, cpu_ms * 60 / args.window)
        finally:
            for p in procs.values():
                p.terminate()
                p.wait(timeout=15)
    bare_rss, _ = result["bare PySide6 tray app"]
    app_rss, app_cpu = result[EVERYDAY]
    first_rss = result[FIRST][0]
    print(f"idle footprint (settle {args.settle:.0f} s, window {args.window:.0f} s, Xvfb + tray)")
    for name, (rss, cpu) in result.items():
        print(f"  {name:<40} RSS {rss:6.1f} MB   CPU {cpu:6.1f} ms/min")
    print(f"  first start ratio {first_rss / bare_rss:.2f} (context only, not budgeted)")
    ratio = app_rss / bare_rss
    print(
        f"  RSS ratio {ratio:.2f} (budget <= {RSS_BUDGET}); "
        f"CPU {app_cpu:.1f} ms/min (budget <= {CPU_BUDGET_MS_PER_MIN})"
    )
    return 0 if ratio <= RSS_BUDGET and app_cpu <= CPU_BUDGET_MS_PER_MIN else 1


if __name__ == "__main__":
    sys.exit(main())
