"""Monthly self-checks (content-brief.md section 5): 30-s chair stand, five-times sit-to-stand,
seated hip rotation, 90/90 sit score and deep squat score. Each shows the stop rule, its steps
and, after saving, the previous result beside the new one (trends only: never "normal").

The timed checks read the injected Clock; the QTimer only refreshes the display, so tests
advance a FakeClock and emit ``timer.timeout`` instead of waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.core.clock import Clock
from hipdesk.core.models import SelfCheck, new_uuid
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalLike,
    journal_source,
    muted,
    not_open_text,
    store_error_text,
)

if TYPE_CHECKING:
    from hipdesk.store.journal import Journal

CHAIR = QT_TRANSLATE_NOOP(
    "SelfChecksPanel",
    "Use a firm chair without arms against a wall. Sit in the middle, feet flat, arms "
    "crossed on your chest. Press Space to start: on “Go” stand fully up and sit fully "
    "down as many times as you safely can in 30 s, pressing Space once for each stand. A "
    "stand more than halfway up at the end counts. Compare with your own earlier results.",
)
FIVE = QT_TRANSLATE_NOOP(
    "SelfChecksPanel",
    "Same chair and start position. Press Space to start the stopwatch, stand up fully and "
    "sit down five times as quickly as is safe, and press Space when you sit down after the "
    "fifth stand. Healthy younger adults often take about 6 s; times grow with age. Watch "
    "your own trend.",
)
HIP = QT_TRANSLATE_NOOP(
    "SelfChecksPanel",
    "Sit on a firm, high surface so your lower legs hang freely. Hold your phone upright "
    "against the front of one shin below the knee and zero a level app with the shin "
    "straight. Keeping the thigh still, swing the foot outward (the hip turns in) to a firm "
    "stop and read the angle; then inward (the hip turns out). Do each twice, keep the "
    "larger, repeat on the other leg. Do not push with your hands. Many adults reach about "
    "35–40° turning in, with wide variation; a difference of more than 10° between sides "
    "is worth noting.",
)
NINETY = QT_TRANSLATE_NOOP(
    "SelfChecksPanel",
    "Sit on the floor in the 90/90 position: front leg turned out, back leg turned in, "
    "both knees at about a right angle. Try to sit up tall for 10 s. Stop if you feel a "
    "groin pinch or knee pain.",
)
SQUAT = QT_TRANSLATE_NOOP(
    "SelfChecksPanel",
    "Stand with feet hip- to shoulder-width apart, toes slightly out, a table within reach. "
    "Squat down slowly as far as is comfortable, arms forward, and hold for 3 s. Hold the "
    "table on the way up.",
)
CHAIR_SECONDS = 30.0
NINETY_SCORES = (
    (0, QT_TRANSLATE_NOOP("SelfChecksPanel", "0 · no hands needed")),
    (1, QT_TRANSLATE_NOOP("SelfChecksPanel", "1 · one hand needed")),
    (2, QT_TRANSLATE_NOOP("SelfChecksPanel", "2 · two hands needed")),
    (3, QT_TRANSLATE_NOOP("SelfChecksPanel", "not possible to get into the position")),
)
SQUAT_SCORES = (
    (
        3,
        QT_TRANSLATE_NOOP(
            "SelfChecksPanel", "3 · thighs level with the knees, heels down, no hands"
        ),
    ),
    (
        2,
        QT_TRANSLATE_NOOP(
            "SelfChecksPanel", "2 · same depth with heels raised or a light hand on the table"
        ),
    ),
    (1, QT_TRANSLATE_NOOP("SelfChecksPanel", "1 · only part-way down, even with support")),
    (0, QT_TRANSLATE_NOOP("SelfChecksPanel", "0 · pain stopped the attempt (note where)")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("SelfChecksPanel", text)


def _latest(journal: Journal) -> dict[tuple[str, str | None], SelfCheck]:
    """The newest check of each (kind, side), from one read of the table."""
    latest: dict[tuple[str, str | None], SelfCheck] = {}
    for c in journal.records(SelfCheck, newest_first=True):
        latest.setdefault((c.kind, c.side), c)
    return latest


def _num(value: float) -> str:
    return f"{value:g}"


class SelfChecksPanel(QTabWidget):
    saved = Signal(object)  # list of SelfCheck

    def __init__(
        self,
        journal: JournalLike,
        clock: Clock,
        texts: Texts,
        timer: QTimer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal_source(journal)
        self._clock = clock
        self._stop_rule = texts.safety.stop_rule
        self.timer = timer or QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.tick)
        self._started: float | None = None
        self._mode: str | None = None  # "chair" | "five" while a timer runs
        self.stands = 0
        self.elapsed: float | None = None
        self.history: dict[str, QLabel] = {}
        self.errors: dict[str, InlineMessage] = {}
        self.setAccessibleName(self.tr("Self-checks"))
        self.tabBar().setAccessibleName(self.tr("Self-checks"))  # the Tab stop
        self._build_chair()
        self._build_five()
        self._build_hip()
        self._build_ninety()
        self._build_squat()

    # layout helpers -----------------------------------------------------------------------
    def _tab(self, key: str, title: str, steps: str) -> QVBoxLayout:
        page = QWidget()
        v = QVBoxLayout(page)
        v.setContentsMargins(16, 16, 16, 16)
        v.setSpacing(8)
        v.addWidget(muted(self._stop_rule))
        text = QLabel(_t(steps))
        text.setWordWrap(True)
        v.addWidget(text)
        self.errors[key] = InlineMessage()
        self.history[key] = muted("")
        self.history[key].setAccessibleName(self.tr("Previous and new result"))
        self.addTab(page, title)
        return v

    def _finish_tab(self, v: QVBoxLayout, key: str, save: Callable[[], object]) -> QPushButton:
        button = QPushButton(self.tr("Save result"))
        button.setProperty("primary", True)
        button.setAutoDefault(False)
        button.clicked.connect(save)
        v.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        v.addWidget(self.errors[key])
        v.addWidget(self.history[key])
        v.addStretch(1)
        return button

    def _big(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "title")
        label.setAccessibleName(text)
        return label

    # timed checks -------------------------------------------------------------------------
    def _build_chair(self) -> None:
        v = self._tab("chair", self.tr("Chair stand (30 s)"), CHAIR)
        self.chair_display = self._big(self._chair_text(30, 0))
        v.addWidget(self.chair_display)
        self.chair_hands = QCheckBox(self.tr("I used my hands"))
        v.addWidget(self.chair_hands)
        self.chair_save = self._finish_tab(v, "chair", self.save_chair)

    def _build_five(self) -> None:
        v = self._tab("five", self.tr("Five sit-to-stands"), FIVE)
        self.five_display = self._big("0.0 s")
        v.addWidget(self.five_display)
        self.five_hands = QCheckBox(self.tr("I used my hands"))
        v.addWidget(self.five_hands)
        self.five_save = self._finish_tab(v, "five", self.save_five)

    def _chair_text(self, seconds: int, stands: int) -> str:
        return self.tr("{seconds} s · {stands} stands").format(seconds=seconds, stands=stands)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex() in (0, 1):
            self.space()
            return
        super().keyPressEvent(event)

    def space(self) -> None:
        """Start; then count a stand (chair) or stop the stopwatch (five)."""
        mode = "chair" if self.currentIndex() == 0 else "five"
        now = self._clock.monotonic()
        if self._mode is None:
            self._mode, self._started, self.stands, self.elapsed = mode, now, 0, None
            self.timer.start()
        elif self._mode == "chair":
            self.stands += 1
        else:
            assert self._started is not None
            self.elapsed = round(now - self._started, 1)
            self._stop()
        self.tick()

    def tick(self) -> None:
        if self._mode is None or self._started is None:
            return
        spent = self._clock.monotonic() - self._started
        if self._mode == "chair":
            if spent >= CHAIR_SECONDS:
                self.elapsed = CHAIR_SECONDS
                self._stop()
                self.chair_display.setText(
                    self.tr("Time · {stands} stands").format(stands=self.stands)
                )
                return
            left = max(0, int(CHAIR_SECONDS - spent + 0.999))
            self.chair_display.setText(self._chair_text(left, self.stands))
        else:
            self.five_display.setText(f"{spent:.1f} s")

    def _stop(self) -> None:
        if self._mode == "five" and self.elapsed is not None:
            self.five_display.setText(f"{self.elapsed:.1f} s")
        self._mode = None
        self.timer.stop()

    def save_chair(self) -> bool:
        if self._mode is not None or self.elapsed is None:
            return self._fail(
                "chair", self.tr("Finish the 30 seconds first (Space starts the count).")
            )
        note = "used hands" if self.chair_hands.isChecked() else None
        return self._save("chair", [("chair_stand_30s", None, float(self.stands))], note)

    def save_five(self) -> bool:
        if self._mode is not None or self.elapsed is None:
            return self._fail("five", self.tr("Stop the stopwatch first (Space)."))
        note = "used hands" if self.five_hands.isChecked() else None
        return self._save("five", [("five_sts_seconds", None, self.elapsed)], note)

    # entered checks -------------------------------------------------------------------------
    def _build_hip(self) -> None:
        v = self._tab("hip", self.tr("Hip rotation"), HIP)
        form = QFormLayout()
        self.hip: dict[tuple[str, str], QSpinBox] = {}
        labels = {
            ("hip_rotation_ir", "left"): self.tr("Left hip, turning in"),
            ("hip_rotation_ir", "right"): self.tr("Right hip, turning in"),
            ("hip_rotation_er", "left"): self.tr("Left hip, turning out"),
            ("hip_rotation_er", "right"): self.tr("Right hip, turning out"),
        }
        for kind in ("hip_rotation_ir", "hip_rotation_er"):
            for side in ("left", "right"):
                spin = QSpinBox()
                spin.setRange(-1, 90)
                spin.setSpecialValueText(self.tr("not measured"))
                spin.setValue(-1)
                spin.setSuffix("°")
                label = labels[(kind, side)]
                spin.setAccessibleName(label)
                form.addRow(label, spin)
                self.hip[(kind, side)] = spin
        v.addLayout(form)
        self._finish_tab(v, "hip", self.save_hip)

    def save_hip(self) -> bool:
        values = [(k, s, float(sp.value())) for (k, s), sp in self.hip.items() if sp.value() >= 0]
        if not values:
            return self._fail("hip", self.tr("Enter at least one angle (0–90°)."))
        return self._save("hip", values, None)

    def _build_ninety(self) -> None:
        v = self._tab("ninety", self.tr("90/90 sit"), NINETY)
        form = QFormLayout()
        self.ninety: dict[str, QComboBox] = {}
        labels = {"left": self.tr("Left leg in front"), "right": self.tr("Right leg in front")}
        for side in ("left", "right"):
            combo = QComboBox()
            combo.addItem(self.tr("not tried"), -1)
            for value, text in NINETY_SCORES:
                combo.addItem(_t(text), value)
            label = labels[side]
            combo.setAccessibleName(label)
            form.addRow(label, combo)
            self.ninety[side] = combo
        v.addLayout(form)
        self._finish_tab(v, "ninety", self.save_ninety)

    def save_ninety(self) -> bool:
        # "Not possible" is stored as 3 (one past the hand scale) with a note saying so.
        values = [("ninety_ninety", s, float(c.currentData())) for s, c in self.ninety.items()
                  if c.currentData() >= 0]  # fmt: skip
        if not values:
            return self._fail("ninety", self.tr("Choose a score for at least one side."))
        note = "3 = not possible" if any(v == 3 for *_x, v in values) else None
        return self._save("ninety", values, note)

    def _build_squat(self) -> None:
        v = self._tab("squat", self.tr("Deep squat"), SQUAT)
        self.squat = QComboBox()
        self.squat.addItem(self.tr("choose a score"), -1)
        for value, text in SQUAT_SCORES:
            self.squat.addItem(_t(text), value)
        self.squat.setAccessibleName(self.tr("Deep squat score"))
        v.addWidget(self.squat)
        self.heels = QCheckBox(self.tr("Heels raised on a book"))
        self.hand = QCheckBox(self.tr("Hand on the table"))
        v.addWidget(self.heels)
        v.addWidget(self.hand)
        self._finish_tab(v, "squat", self.save_squat)

    def save_squat(self) -> bool:
        score = int(self.squat.currentData())
        if score < 0:
            return self._fail("squat", self.tr("Choose the score that fits best."))
        extras = [t for t, b in (("heels raised", self.heels), ("hand support", self.hand))
                  if b.isChecked()]  # fmt: skip
        return self._save("squat", [("deep_squat", None, float(score))], "; ".join(extras) or None)

    # storing ----------------------------------------------------------------------------
    def _fail(self, key: str, text: str) -> bool:
        self.errors[key].show_message(text)
        return False

    def _save(self, key: str, values: Sequence[tuple[str, str | None, float]], note: str | None
              ) -> bool:  # fmt: skip
        journal = self._journal()
        if journal is None:
            return self._fail(key, not_open_text())
        from hipdesk.store.db import JournalError

        stamp = journal.stamp_now()
        latest = _latest(journal)
        before = {(k, s): latest.get((k, s)) for k, s, _v in values}
        checks = [SelfCheck(new_uuid(), k, v, *stamp, side=s, note=note) for k, s, v in values]
        try:
            journal.add_many(checks)
        except JournalError as exc:
            return self._fail(key, store_error_text(exc))
        self.errors[key].clear()
        lines = []
        sides = {"left": self.tr("left"), "right": self.tr("right")}
        for check in checks:
            prev = before[(check.kind, check.side)]
            side = f"{sides.get(check.side, check.side)}: " if check.side else ""
            was = (
                self.tr("previous {value} on {date}").format(
                    value=_num(prev.value), date=prev.local_date
                )
                if prev
                else self.tr("first result")
            )
            new = self.tr("new {value}").format(value=_num(check.value))
            lines.append(f"{side}{new} · {was}")
        self.history[key].setText(self.tr("Saved.") + " " + " | ".join(lines))
        self.saved.emit(checks)
        return True
