"""The 0–10 pain scale used by the pain form (and anywhere a 0–10 rating is asked)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from hipdesk.ui.journal_widgets import muted


class PainScale(QWidget):
    """An 11-segment 0–10 scale. Digits set it directly (1 then 0 gives 10); arrows step;
    Delete clears an optional scale. Painted, so one focus ring marks the whole control."""

    changed = Signal(int)  # -1 when cleared
    activated = Signal()  # Enter: the form saves

    def __init__(self, name: str, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self._optional = optional
        self._after_one = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        tip = self.tr("Type 0–9, or 1 then 0 for 10; arrow keys step")
        self.setToolTip(tip + (self.tr("; Delete clears") if optional else ""))

    def sizeHint(self) -> QSize:
        return QSize(11 * 44, self.fontMetrics().height() * 2 + 8)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(0, min(10, value))
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(
                self.tr("not set")
                if value is None
                else self.tr("{value} of 10").format(value=value)
            )
            self.update()
            self.changed.emit(-1 if value is None else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        after_one, self._after_one = self._after_one, False
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            if digit == 0 and after_one:
                self.set_value(10)
            else:
                self.set_value(digit)
                self._after_one = digit == 1
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(0 if self._value is None else self._value + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(0 if self._value is None else self._value - 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(0)
        elif key == Qt.Key.Key_End:
            self.set_value(10)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._optional:
            self.set_value(None)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        step = self.width() / 11
        self.set_value(int(event.position().x() // step))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._after_one = False
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        step = (self.width() - 4) / 11
        for i in range(11):
            rect = QRectF(2 + i * step + 2, 4, step - 4, self.height() - 8)
            selected = i == self._value
            p.setPen(pal.mid().color())
            p.setBrush(pal.highlight() if selected else pal.button())
            p.drawRoundedRect(rect, 6, 6)
            p.setPen(pal.highlightedText().color() if selected else pal.buttonText().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(i))
        if self.hasFocus():
            pen = p.pen()
            pen.setColor(pal.highlight().color())
            pen.setWidth(2)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(1, 1, self.width() - 2, self.height() - 2), 8, 8)


class PainQuestion(QWidget):
    """The question, the scale and its anchor words ("0 no pain" … "10 worst …")."""

    def __init__(self, measure: Mapping[str, Any], optional: bool) -> None:
        super().__init__()
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        self.question = QLabel(measure["question"])
        self.question.setWordWrap(True)
        self.scale = PainScale(measure["question"], optional)
        self.question.setBuddy(self.scale)
        anchors = measure["anchors"]
        row = QHBoxLayout()
        left, right = muted(f"0 {anchors['0']}"), muted(f"10 {anchors['10']}")
        for anchor in (left, right):
            anchor.setWordWrap(False)  # short words: wrapping only made them ragged
        row.addWidget(left)
        row.addStretch(1)
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        row.addWidget(right)
        v.addWidget(self.question)
        v.addWidget(self.scale)
        v.addLayout(row)
