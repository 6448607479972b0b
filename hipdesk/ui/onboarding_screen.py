"""The hip–back self-screen step (content-brief.md section 6, block ``onboarding_screen``).

Five scored questions (never / sometimes / often = 0–2) and a few yes/no ones that only switch
options or add a note. The answers choose the plan label, which tailors the suggested start
and the wording only; the page says it is not a diagnosis.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.core.catalogue import Texts
from hipdesk.ui.journal_widgets import InlineMessage, card, muted
from hipdesk.ui.onboarding_pages import Emit, StepPage, text

if TYPE_CHECKING:
    from hipdesk.store.settings import Settings

# Scoring of the hip–back self-screen (content-brief.md section 6, block onboarding_screen):
# "hip_focused if hip_score >= 2 or total >= 6, else general"; a test checks the block still
# says so.
HIP_SCORE_IDS = ("back_with_groin_hip", "socks_shoes")
HIP_SCORE_MIN, TOTAL_MIN = 2, 6
NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "SelfScreenPage",
    "This is a suggestion, not a diagnosis: it changes only the order drills are introduced "
    "and how the plan is worded. Both suggestions lead to the same 6-week plan.",
)
#: The catalogue's answer keys ("never", ...), shown capitalised and translated.
ANSWER_NAMES = {
    "never": QT_TRANSLATE_NOOP("SelfScreenPage", "Never"),
    "sometimes": QT_TRANSLATE_NOOP("SelfScreenPage", "Sometimes"),
    "often": QT_TRANSLATE_NOOP("SelfScreenPage", "Often"),
}


@dataclass
class ScreenResult:
    label: str  # "general" | "hip_focused"
    total: int
    hip_score: int
    notes: list[str] = field(default_factory=list)


def screen_result(answers: Mapping[str, int | bool], block: Mapping[str, Any]) -> ScreenResult:
    """The plan label for a complete set of answers to the five scored questions."""
    scored = [q["id"] for q in block["questions"]]
    total = sum(int(answers[q]) for q in scored)
    hip = sum(int(answers[q]) for q in HIP_SCORE_IDS)
    label = "hip_focused" if hip >= HIP_SCORE_MIN or total >= TOTAL_MIN else "general"
    return ScreenResult(label, total, hip)


def _quoted(effect: str) -> str | None:
    match = re.search(r"show '(.+)'", effect)
    return match.group(1) if match else None


class _Choice(QObject):
    """One question as a row of a grid: its text, then exclusive radio buttons (arrow keys
    move between them, Space picks)."""

    def __init__(
        self,
        qid: str,
        question: str,
        options: list[tuple[str, int | bool]],
        grid: QGridLayout,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.qid = qid
        row = grid.rowCount()
        self.label = text(question)
        grid.addWidget(self.label, row, 0)
        self.group = QButtonGroup(self)  # a group per question: the grid shares one parent
        self.values: list[int | bool] = []
        for i, (name, value) in enumerate(options):
            button = QRadioButton(name)
            button.setAccessibleName(f"{question} {name}")
            self.group.addButton(button, i)
            self.values.append(value)
            grid.addWidget(button, row, i + 1)
        self.group.idToggled.connect(self._toggled)
        self.changed: Callable[[], None] = lambda: None

    def setVisible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        for button in self.group.buttons():
            button.setVisible(visible)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.changed()

    def value(self) -> int | bool | None:
        i = self.group.checkedId()
        return None if i < 0 else self.values[i]

    def set_value(self, value: int | bool | None) -> None:
        self.group.setExclusive(False)
        for i, button in enumerate(self.group.buttons()):
            v = self.values[i]
            button.setChecked(value is not None and type(v) is type(value) and v == value)
        self.group.setExclusive(True)

    def first_button(self) -> QRadioButton:
        button = self.group.button(0)
        assert isinstance(button, QRadioButton)
        return button


class SelfScreenPage(StepPage):
    title = QT_TRANSLATE_NOOP("StepPage", "Where to start")

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._block: Mapping[str, Any] = texts.block("onboarding_screen")
        self._screens: Mapping[str, Any] = texts.block("screens")
        self._cautions = texts.safety.cautions
        layout = self._column()
        layout.addWidget(text(self._screens["onboarding_screen_intro"]))
        answers = [
            (self.tr(ANSWER_NAMES.get(name, name.capitalize())), int(v))
            for name, v in self._block["answers"].items()
        ]
        scored, s = card(self.tr("How often…"))
        grid = _grid(s)
        self.questions: dict[str, _Choice] = {}
        for q in self._block["questions"]:
            self.questions[q["id"]] = _Choice(q["id"], q["text"], answers, grid, scored)
        layout.addWidget(scored)
        extra, e = card(self.tr("A few practical questions (optional)"))
        grid = _grid(e)
        yes_no: list[tuple[str, int | bool]] = [(self.tr("Yes"), True), (self.tr("No"), False)]
        self.extras: dict[str, _Choice] = {}
        for q in self._block["extra_questions"]:
            self.extras[q["id"]] = _Choice(q["id"], q["text"], yes_no, grid, extra)
        layout.addWidget(extra)
        for choice in (*self.questions.values(), *self.extras.values()):
            choice.changed = self._update
        result, r = card()
        self.result_label = text("", role="heading")
        self.result_text = text("")
        self.result_notes = text("")
        r.addWidget(self.result_label)
        r.addWidget(self.result_text)
        r.addWidget(self.result_notes)
        r.addWidget(muted(self.tr(NOT_A_DIAGNOSIS)))
        layout.addWidget(result)
        row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear answers"))
        self.clear_button.setToolTip(
            self.tr("Leave the questions unanswered and keep the general plan")
        )
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = InlineMessage()
        layout.addWidget(self.error)
        self._update()

    # values ---------------------------------------------------------------------------------
    def _asked(self, qid: str) -> bool:
        rule = next(
            (q.get("ask_if") for q in self._block["extra_questions"] if q["id"] == qid), None
        )
        if not rule:
            return True
        other, _, wanted = (p.strip() for p in str(rule).partition("="))
        return self.questions[other].value() == int(wanted)

    def answers(self) -> dict[str, int | bool]:
        out: dict[str, int | bool] = {}
        for qid, choice in (*self.questions.items(), *self.extras.items()):
            value = choice.value()
            if value is not None and self._asked(qid):
                out[qid] = value
        return out

    def missing(self) -> list[str]:
        return [q for q, c in self.questions.items() if c.value() is None]

    def result(self) -> ScreenResult | None:
        if self.missing():
            return None
        answers = self.answers()
        res = screen_result(answers, self._block)
        for q in self._block["extra_questions"]:
            answer = answers.get(q["id"])
            if q["id"] == "hip_replacement_recent" and answer is True:
                res.notes.append(self._cautions["hip_replacement_6m"])
            elif q["id"] == "floor_ok" and answer is False:
                res.notes.append(
                    self.tr(
                        "Floor drills are swapped for a bed or standing version where there is one."
                    )
                )
            elif q["id"] == "kneel_ok" and answer is False:
                res.notes.append(
                    self.tr(
                        "Kneeling drills are swapped for a version without kneeling where there "
                        "is one."
                    )
                )
            elif answer is True and (note := _quoted(q.get("effect", ""))):
                res.notes.append(note)
        if answers.get("rise_stiff") == 2:
            res.notes.append(self.tr("A sit-to-stand reset is added as a suggested longer break."))
        return res

    def _update(self) -> None:
        morning_long = self.extras.get("morning_long")
        if morning_long is not None:
            morning_long.setVisible(self._asked("morning_long"))
        res = self.result()
        if res is None:
            left = len(self.missing())
            self.result_label.setText(self.tr("General movement plan, until you answer"))
            self.result_text.setText(
                self.tr(
                    "Answer all five questions above ({left} left) to see where your plan "
                    "starts, or leave them all blank to keep the general plan."
                ).format(left=left)
            )
            self.result_notes.hide()
            return
        effect = self._block["effects"][res.label]
        self.result_label.setText(effect["label"])
        wording = (
            self._screens["onboarding_hip_focused_wording"] + "."
            if res.label == "hip_focused"
            else self.tr("Your answers suggest starting with gentle, general movement.")
        )
        self.result_text.setText(
            self.tr("{wording} Week 1 starts with {routine}.").format(
                wording=wording, routine=_routine(effect["first_routine"])
            )
        )
        self.result_notes.setText("\n".join(res.notes))
        self.result_notes.setVisible(bool(res.notes))
        self.error.clear()

    def clear(self) -> None:
        for choice in (*self.questions.values(), *self.extras.values()):
            choice.set_value(None)
        self._update()
        self.error.clear()
        if self.clear_button.hasFocus():  # answer again, or Enter goes on with the general plan
            self.focus_first()

    # step -----------------------------------------------------------------------------------
    def load(self, settings: Settings) -> None:
        stored: Mapping[str, int | bool] = settings.get("onboarding.self_screen") or {}
        for qid, choice in (*self.questions.items(), *self.extras.items()):
            choice.set_value(stored.get(qid))
        self._update()

    def commit(self, settings: Settings, emit: Emit) -> bool:
        answers = self.answers()
        if not answers:
            return True  # skipped: the general plan stays
        res = self.result()
        if res is None:
            left = len(self.missing())
            message = (
                self.tr(
                    "Answer the {left} remaining questions of the first five, or press Clear "
                    "answers to skip them."
                )
                if left > 1
                else self.tr(
                    "Answer the 1 remaining question of the first five, or press Clear answers "
                    "to skip them."
                )
            )
            self.error.show_message(message.format(left=left))
            self.questions[self.missing()[0]].first_button().setFocus()
            return False
        emit("onboarding.self_screen", settings.set("onboarding.self_screen", answers))
        emit("plan.label", settings.set("plan.label", res.label))
        self.error.clear()
        return True

    def focus_first(self) -> bool:
        first = next(iter(self.questions.values()))
        checked = first.group.checkedButton()
        (checked or first.first_button()).setFocus()
        return True


def _grid(layout: QVBoxLayout) -> QGridLayout:
    grid = QGridLayout()
    grid.setHorizontalSpacing(24)
    grid.setVerticalSpacing(8)
    grid.setColumnStretch(0, 1)
    layout.addLayout(grid)
    return grid


def _routine(slug: str) -> str:
    from hipdesk.core.catalogue import load_catalogue  # cached; already loaded by the texts

    try:
        return f"“{load_catalogue().routine(slug).name}”"
    except KeyError:
        return slug.replace("_", " ")
