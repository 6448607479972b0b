"""Export a still SVG and PNG of every drill's key pose to assets/drills/ (same renderer).

Usage: QT_QPA_PLATFORM=offscreen python tools/export_drill_assets.py [--out DIR] [--size PX]
       [--dark]
Writes <slug>.svg and <slug>.png (light theme; ``-dark`` suffix with --dark).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, QSize  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgGenerator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hipdesk.core.catalogue import load_catalogue  # noqa: E402
from hipdesk.ui.figure_view import render_pose  # noqa: E402


def export(out: Path, size: int, dark: bool) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    rect = QRectF(0, 0, size, size)
    suffix = "-dark" if dark else ""
    for drill in load_catalogue().drills.values():
        svg_path = out / f"{drill.slug}{suffix}.svg"
        gen = QSvgGenerator()
        gen.setFileName(str(svg_path))
        gen.setSize(QSize(size, size))
        gen.setViewBox(rect)
        gen.setTitle(drill.name)
        gen.setDescription(drill.alt_text)
        painter = QPainter(gen)
        render_pose(painter, rect, drill, None, "left", dark)
        painter.end()
        img = QImage(size, size, QImage.Format.Format_ARGB32)
        painter = QPainter(img)
        render_pose(painter, rect, drill, None, "left", dark)
        painter.end()
        png_path = out / f"{drill.slug}{suffix}.png"
        if not img.save(str(png_path), "PNG"):
            raise OSError(f"could not write {png_path}")
        written += [svg_path, png_path]
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "drills")
    parser.add_argument("--size", type=int, default=480)
    parser.add_argument("--dark", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    written = export(args.out, args.size, args.dark)
    print(f"wrote {len(written)} files to {args.out}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
