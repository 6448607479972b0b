"""Median time to render one animated figure frame at 480×480 (budget ≤ 4 ms).

Usage: QT_QPA_PLATFORM=offscreen python bench/figure_render.py [--frames N]
Each frame computes the pose (tempo plan, kinematics, placement, breathing bob) and paints
it with QPainter into a 480×480 image, cycling through every drill.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from hipdesk.core.catalogue import load_catalogue
from hipdesk.ui.figure_view import frame_at, paint_figure, palette, plan_for, scene_for

BUDGET_MS = 4.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=600)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    drills = list(load_catalogue().drills.values())
    scenes = [scene_for(d) for d in drills]  # scenes are built once per drill, as in the app
    img = QImage(480, 480, QImage.Format.Format_ARGB32_Premultiplied)
    rect = QRectF(0, 0, 480, 480)
    colours = palette(False)
    times: list[float] = []
    for i in range(args.frames):
        scene = scenes[i % len(scenes)]
        plan = plan_for(scene)
        t = (i * 0.017) % 1.0 * plan.capped(4.0).period
        start = time.perf_counter()
        fig, state = frame_at(scene, plan.capped(4.0), t)
        painter = QPainter(img)
        paint_figure(painter, rect, fig, scene.bounds, colours, "Left leg", True, state.arrow_alpha)
        painter.end()
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95)]
    print(
        f"figure frame at 480x480: median {median:.2f} ms, p95 {p95:.2f} ms "
        f"({args.frames} frames, budget {BUDGET_MS} ms)"
    )
    del app
    return 0 if median <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
