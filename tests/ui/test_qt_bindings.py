"""Guards against Qt binding bugs that would crash a long-running hipdesk.

PySide6 6.12.0 dropped a reference to True on every Signal(bool) emission into a Python slot;
after enough emissions the interpreter aborts ("bool_dealloc"). The lock pins a good version;
this test fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QCheckBox


class _Emitter(QObject):
    flag = Signal(bool)


def test_bool_signal_keeps_refcounts(qapp: QApplication) -> None:
    received: list[bool] = []
    emitter = _Emitter()
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(200):
        emitter.flag.emit(i % 2 == 0)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_builtin_toggled_keeps_refcounts(qapp: QApplication) -> None:
    box = QCheckBox()
    seen: list[bool] = []
    box.toggled.connect(seen.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        box.toggle()
    seen.clear()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
