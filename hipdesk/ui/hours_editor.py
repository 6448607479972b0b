"""Working hours per weekday, several ranges a day, typed as text: "09:00-12:00, 13:00-17:30".

A text field per day is quicker by keyboard than a grid of time pickers and shows a whole day at
a glance; an empty field means no prompts that day. Validation is the store's (the same rules as
`hipdesk config set work_hours`), and its messages are turned into the weekday's name.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from hipdesk.ui.journal_widgets import InlineMessage

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = dict(zip(DAYS, (
    QT_TRANSLATE_NOOP("HoursEditor", "Monday"), QT_TRANSLATE_NOOP("HoursEditor", "Tuesday"),
    QT_TRANSLATE_NOOP("HoursEditor", "Wednesday"), QT_TRANSLATE_NOOP("HoursEditor", "Thursday"),
    QT_TRANSLATE_NOOP("HoursEditor", "Friday"), QT_TRANSLATE_NOOP("HoursEditor", "Saturday"),
    QT_TRANSLATE_NOOP("HoursEditor", "Sunday"),
), strict=True))  # fmt: skip


def day_name(day: str) -> str:
    return QCoreApplication.translate("HoursEditor", DAY_NAMES[day])


_TIME = re.compile(r"^(\d{1,2})(?::?(\d{2}))?$")


def _normalise_time(text: str) -> str:
    """``9`` → ``09:00``, ``9:5`` stays bad, ``930`` → ``09:30``; anything else unchanged."""
    match = _TIME.match(text.strip())
    if not match:
        return text.strip()
    return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"


def parse_day(text: str) -> list[str]:
    """Split a day's text into ranges; times are normalised, validity is the store's job."""
    ranges = []
    for part in re.split(r"[,;]", text):
        part = part.strip()
        if not part:
            continue
        pieces = re.split(r"\s*[-–—]\s*|\s+to\s+", part)
        if len(pieces) == 2:
            part = f"{_normalise_time(pieces[0])}-{_normalise_time(pieces[1])}"
        ranges.append(part)
    return ranges


def friendly_error(field: str, detail: str) -> str:
    """``work_hours.tue[1]: … `` → ``Tuesday, range 2: …``."""
    match = re.search(r"\.(\w{3})(?:\[(\d+)\])?$", field)
    if match and match.group(1) in DAY_NAMES:
        where = day_name(match.group(1))
        if match.group(2) is not None:
            where += QCoreApplication.translate("HoursEditor", ", range {number}").format(
                number=int(match.group(2)) + 1
            )
        return f"{where}: {detail}"
    return detail[:1].upper() + detail[1:]  # the field is the one beside the message


class HoursEditor(QWidget):
    edited = Signal()  # a field was finished (Enter or focus out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.fields: dict[str, QLineEdit] = {}
        for row, day in enumerate(DAYS):
            label = QLabel(day_name(day))
            field = QLineEdit()
            field.setPlaceholderText(self.tr("no prompts (e.g. 09:00-12:00, 13:00-17:30)"))
            field.setAccessibleName(self.tr("{day} working hours").format(day=day_name(day)))
            field.setToolTip(
                self.tr("One or more ranges, separated by commas; empty for a day off")
            )
            field.editingFinished.connect(self._finished)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
            self.fields[day] = field
        self.copy_button = QPushButton(self.tr("Copy Monday to Tuesday–Friday"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_monday)
        grid.addWidget(self.copy_button, len(DAYS), 1, Qt.AlignmentFlag.AlignLeft)
        self.error = InlineMessage()
        grid.addWidget(self.error, len(DAYS) + 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self._last: dict[str, str] = {}

    def set_value(self, hours: dict[str, list[str]]) -> None:
        for day, field in self.fields.items():
            field.setText(", ".join(hours.get(day, [])))
        self._last = {d: f.text() for d, f in self.fields.items()}
        self.error.clear()

    def raw_value(self) -> dict[str, list[str]]:
        return {day: parse_day(field.text()) for day, field in self.fields.items()}

    def value(self) -> dict[str, list[str]]:
        """The validated hours; raises SettingError (message via :func:`friendly_error`)."""
        from hipdesk.store.settings import validate  # the store stays off the start-up path

        result: dict[str, list[str]] = validate("work_hours", self.raw_value())
        return result

    def checked_value(self) -> dict[str, list[str]] | None:
        """The hours, or None with the problem shown inline."""
        from hipdesk.core.models import ValidationError

        try:
            value = self.value()
        except ValidationError as exc:
            self.error.show_message(friendly_error(exc.field, exc.detail))
            return None
        self.error.clear()
        return value

    def copy_monday(self) -> None:
        for day in ("tue", "wed", "thu", "fri"):
            self.fields[day].setText(self.fields["mon"].text())
        self.edited.emit()

    def _finished(self) -> None:
        now = {d: f.text() for d, f in self.fields.items()}
        if now != self._last:
            self._last = now
            self.edited.emit()
