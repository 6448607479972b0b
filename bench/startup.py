"""Start-up benchmark: cold process start -> main window first painted.

Runs hipdesk and a bare PySide6 script (an empty QMainWindow) alternately in the same run,
offscreen, and reports the median of each and their ratio. Budget: ratio <= 2.5.
Each child prints `first-paint <CLOCK_MONOTONIC>` from its first paintEvent; CLOCK_MONOTONIC is
system-wide on Linux, so the parent's spawn time and the child's paint time are comparable.
Also reports peak RSS (VmHWM) of both.

    python bench/startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 2.5

BASELINE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer

class W(QMainWindow):
    painted = False
    def paintEvent(self, e):
        super().paintEvent(e)
        if not self.painted:
            self.painted = True
            sys.stdout.write(f"first-paint {time.monotonic():.6f}\n"); sys.stdout.flush()
            QTimer.singleShot(0, app.quit)

app = QApplication(sys.argv[:1])
w = W(); w.resize(1200, 760); w.show()
app.exec()
"""


def _peak_rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    painted = None
    peak = 0
    for line in proc.stdout:
        if line.startswith("first-paint"):
            painted = float(line.split()[1])
            peak = _peak_rss_kb(proc.pid)
            break
    proc.stdout.close()
    err = proc.stderr.read() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    rc = proc.wait(timeout=60)
    if painted is None or rc != 0:
        raise SystemExit(f"{cmd[:3]} failed (rc={rc}): {err.strip()[-500:]}")
    return painted - t0, peak


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HIPDESK_REPORT_FIRST_PAINT="1")
    env.pop("HIPDESK_DATA_DIR", None)
    # An installed hipdesk has its bytecode compiled (pip does it at install); a source tree
    # under PYTHONDONTWRITEBYTECODE would compile ~70 modules on every start instead.
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "hipdesk")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        app_cmd = [sys.executable, "-m", "hipdesk", "--data-dir", tmp, "--quit-after-ms", "0"]
        base_cmd = [sys.executable, "-c", BASELINE]
        measure(app_cmd, env)  # warm the page cache once for both, fairly
        measure(base_cmd, env)
        app_t, base_t, app_m, base_m = [], [], [], []
        for _ in range(args.runs):
            t, m = measure(base_cmd, env)
            base_t.append(t)
            base_m.append(m)
            t, m = measure(app_cmd, env)
            app_t.append(t)
            app_m.append(m)
    a, b = statistics.median(app_t), statistics.median(base_t)
    ratio = a / b
    print(f"startup to first paint (median of {args.runs}, offscreen)")
    print(
        f"  bare PySide6 QMainWindow  {b * 1000:7.1f} ms   peak RSS "
        f"{statistics.median(base_m) / 1024:5.1f} MB"
    )
    print(
        f"  hipdesk                   {a * 1000:7.1f} ms   peak RSS "
        f"{statistics.median(app_m) / 1024:5.1f} MB"
    )
    print(f"  ratio                     {ratio:7.2f}   (budget <= {BUDGET})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
