from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from hipdesk.core.clock import FakeClock
from hipdesk.ui.toast import Toast


def test_undo_within_ten_seconds_and_expiry(qtbot) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    toast = Toast(clock, QTimer())
    qtbot.addWidget(toast)
    done: list[str] = []
    toast.show_undo("Deleted", lambda: done.append("undo"))
    clock.advance(9.9)
    toast.timer.timeout.emit()
    assert toast.active
    qtbot.keyClick(toast.undo_button, Qt.Key.Key_Space)
    assert done == ["undo"] and not toast.active
    toast.show_undo("Deleted again", lambda: done.append("late"))
    clock.advance(10)
    with qtbot.waitSignal(toast.expired):
        toast.timer.timeout.emit()
    toast.undo()
    assert done == ["undo"]
