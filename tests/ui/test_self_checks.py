"""Self-checks by keyboard: Space counts and times on a FakeClock; entered scores; history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.clock import FakeClock
from hipdesk.core.models import SelfCheck
from hipdesk.store.journal import Journal
from hipdesk.ui.self_checks import SelfChecksPanel

TEXTS = load_catalogue().texts


@pytest.fixture
def setup(qtbot, app_paths):  # type: ignore[no-untyped-def]
    clock = FakeClock()
    j = Journal.open(app_paths.journal, clock, backup_dir=app_paths.backup_dir)
    panel = SelfChecksPanel(j, clock, TEXTS, timer=QTimer())
    qtbot.addWidget(panel)
    panel.show()
    panel.setFocus()
    yield panel, j, clock
    j.close()


def test_chair_stand_counts_space_for_30_seconds(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    panel, j, clock = setup
    assert not panel.save_chair()
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # start
    for _ in range(12):
        clock.advance(2)
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert "6 s · 12 stands" in panel.chair_display.text()
    assert not panel.save_chair()  # still running
    clock.advance(6)
    panel.timer.timeout.emit()
    qtbot.keyClick(panel.chair_hands, Qt.Key.Key_Space)
    assert panel.save_chair()
    (check,) = j.records(SelfCheck)
    assert (check.kind, check.value, check.note) == ("chair_stand_30s", 12.0, "used hands")
    assert "first result" in panel.history["chair"].text()


def test_five_sit_to_stand_stopwatch_and_history(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    panel, j, clock = setup
    panel.setCurrentIndex(1)
    panel.setFocus()
    for seconds in (12.34, 11.0):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
        clock.advance(seconds)
        qtbot.keyClick(panel, Qt.Key.Key_Space)
        assert panel.save_five()
    assert [c.value for c in j.records(SelfCheck)] == [12.3, 11.0]
    assert "new 11 · previous 12.3" in panel.history["five"].text()


def test_entered_checks_and_bad_input(qtbot, setup) -> None:  # type: ignore[no-untyped-def]
    panel, j, _clock = setup
    assert not panel.save_hip() and j.count(SelfCheck) == 0
    assert "at least one angle" in panel.errors["hip"].label.text()
    spin = panel.hip[("hip_rotation_ir", "left")]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "35")
    assert panel.save_hip()
    assert not panel.save_ninety() and not panel.save_squat()
    panel.ninety["left"].setFocus()
    qtbot.keyClick(panel.ninety["left"], Qt.Key.Key_Down)
    assert panel.save_ninety()
    panel.squat.setFocus()
    qtbot.keyClick(panel.squat, Qt.Key.Key_Down)
    qtbot.keyClick(panel.heels, Qt.Key.Key_Space)
    assert panel.save_squat()
    kinds = {(c.kind, c.side, c.value, c.note) for c in j.records(SelfCheck)}
    assert kinds == {
        ("hip_rotation_ir", "left", 35.0, None),
        ("ninety_ninety", "left", 0.0, None),
        ("deep_squat", None, 3.0, "heels raised"),
    }
