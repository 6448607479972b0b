"""Render the app icon (assets/icons/hipdesk.svg) for every platform's packaging.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/render_icons.py

Writes, from the one SVG and with Qt's own SVG renderer (the SVG image-format plugin, the same
one the app uses for its icons):

- packaging/linux/icons/hicolor/scalable/apps/io.github.hipdesk.HipDesk.svg (a copy)
- packaging/linux/icons/hicolor/{48x48,128x128,256x256}/apps/io.github.hipdesk.HipDesk.png
- packaging/windows/hipdesk.ico (16-256 px, PNG-compressed entries)
- packaging/macos/hipdesk.icns (16-1024 px, PNG entries)

The outputs are committed so that building a package needs no rendering step; run this again
after changing the SVG (tests/test_packaging.py checks that the copies match).
``--check`` only compares and exits 1 when an output is missing or out of date.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.github.hipdesk.HipDesk"
SOURCE = ROOT / "assets" / "icons" / "hipdesk.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "hipdesk.ico"
ICNS = ROOT / "packaging" / "macos" / "hipdesk.icns"
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element types holding PNG data, with their pixel size (ic11-ic14: the @2x variants of
# 16, 32, 128 and 256 pt).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def render_png(svg: bytes, size: int) -> bytes:
    """One square PNG of ``size`` px, rendered by Qt's SVG image plugin."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    from hipdesk.ui.icons import render_svg

    image = render_svg(svg, size).convertToFormat(QImage.Format.Format_ARGB32)
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(out, "PNG"):
        raise RuntimeError(f"cannot encode a {size} px PNG")
    return bytes(out.data().data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    directory, data = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + directory + data


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        png = pngs[size]
        body += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    svg = SOURCE.read_bytes()
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _k, s in ICNS_TYPES), 1024})
    pngs = {size: render_png(svg, size) for size in sizes}
    files = {svg_path(): svg}
    files.update({png_path(size): pngs[size] for size in PNG_SIZES})
    files[ICO] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 if stale")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841  (plugins need one)
    stale = []
    for path, data in outputs().items():
        rel = path.relative_to(ROOT)
        if path.is_file() and path.read_bytes() == data:
            continue
        if args.check:
            stale.append(str(rel))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {rel} ({len(data)} bytes)")
    if stale:
        print("out of date (run packaging/linux/render_icons.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
