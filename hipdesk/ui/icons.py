"""Line icons from resources.qrc, tinted from the palette (SVG `currentColor` replaced at load).

Rendered through Qt's SVG image-format plugin (QImageReader) rather than the QtSvg Python
module: same renderer, but importing QtSvg's bindings costs ~35 ms of start-up.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QSize
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap

_SIZES = (16, 20, 24, 32, 40, 48)


def _svg_bytes(name: str) -> bytes:
    f = QFile(f":/icons/{name}.svg")
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"icon {name!r} is not in the compiled resources")
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


def render_svg(data: bytes, size: int) -> QImage:
    """SVG bytes as a square image of ``size`` px (also used to render the packaging icons)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise RuntimeError(f"SVG could not be rendered: {reader.errorString()}")
    return image


def pixmap(name: str, size: int, color: str | None = None) -> QPixmap:
    data = _svg_bytes(name)
    if color is not None:
        data = data.replace(b"currentColor", color.encode())
    return QPixmap.fromImage(render_svg(data, size))


@lru_cache(maxsize=128)
def icon(name: str, color: str | None = None) -> QIcon:
    result = QIcon()
    for size in _SIZES:
        result.addPixmap(pixmap(name, size, color))
    return result


def app_icon() -> QIcon:
    return icon("hipdesk")
