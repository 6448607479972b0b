"""The Routines page body: one card per routine (duration, positions, drills, Start).

``start_requested(slug)`` asks the composition root to open the player; this page knows
nothing about the player or the journal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.core.catalogue import Catalogue, Routine
from hipdesk.core.swaps import Change
from hipdesk.ui.theme import Colours

POSITION_WORDS = {
    "floor_sitting": QT_TRANSLATE_NOOP("Routines", "sitting on the floor"),
    "side_lying": QT_TRANSLATE_NOOP("Routines", "lying on your side"),
    "supine": QT_TRANSLATE_NOOP("Routines", "lying on your back"),
    "prone": QT_TRANSLATE_NOOP("Routines", "lying face down"),
    "quadruped": QT_TRANSLATE_NOOP("Routines", "on hands and knees"),
    "standing": QT_TRANSLATE_NOOP("Routines", "standing"),
    "seated": QT_TRANSLATE_NOOP("Routines", "seated"),
    "kneeling": QT_TRANSLATE_NOOP("Routines", "kneeling"),
}


def duration_text(seconds: int) -> str:
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return QCoreApplication.translate("Routines", "{seconds} s").format(seconds=rest)
    if rest == 0:
        return QCoreApplication.translate("Routines", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Routines", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=rest
    )


def positions_text(routine: Routine) -> str:
    words = [
        QCoreApplication.translate("Routines", POSITION_WORDS[p])
        if p in POSITION_WORDS
        else p.replace("_", " ")
        for p in routine.positions
    ]
    text = ", ".join(words)
    return text[:1].upper() + text[1:]


def changes_text(changes: Sequence[Change], catalogue: Catalogue) -> str:
    """What the self-screen adaptation did, in one or two sentences ("" when nothing)."""

    def name(slug: str) -> str:
        return catalogue.drill(slug).name

    # QCoreApplication.translate spelled out each time: pyside6-lupdate only recognises that.
    done = [
        QCoreApplication.translate("RoutineCard", "{new} instead of {old}").format(
            new=name(c.replacement), old=name(c.original)
        )
        if c.replacement is not None
        else QCoreApplication.translate("RoutineCard", "{old} left out").format(
            old=name(c.original)
        )
        for c in changes
        if not c.kept
    ]
    parts = []
    if done:
        adapted = QCoreApplication.translate("RoutineCard", "Adapted to your answers: {changes}.")
        parts.append(adapted.format(changes="; ".join(done)))
    no_kneeling = QCoreApplication.translate(
        "RoutineCard", "No version without kneeling for {drills}: skip it in the player if you "
        "need to."
    )  # fmt: skip
    no_floor = QCoreApplication.translate(
        "RoutineCard", "No version off the floor for {drills}: skip it in the player if you "
        "need to."
    )  # fmt: skip
    for reason, text in (("kneeling", no_kneeling), ("floor", no_floor)):
        kept = [name(c.original) for c in changes if c.kept and c.reason == reason]
        if kept:
            parts.append(text.format(drills=", ".join(kept)))
    return " ".join(parts)


class RoutineCard(QFrame):
    start_requested = Signal(str)

    def __init__(
        self, routine: Routine, catalogue: Catalogue, changes: Sequence[Change] = ()
    ) -> None:
        super().__init__()
        self.routine = routine
        self.setProperty("card", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{routine.name}, {duration_text(routine.total_seconds)}")
        self.setAccessibleDescription(routine.purpose)
        v = QVBoxLayout(self)
        v.setContentsMargins(16, 12, 16, 12)
        v.setSpacing(4)
        top = QHBoxLayout()
        name = QLabel(routine.name)
        name.setProperty("role", "heading")
        name.setWordWrap(True)
        top.addWidget(name, 1)
        self.start = QPushButton(self.tr("Start"))
        self.start.setProperty("primary", True)
        self.start.setAccessibleName(self.tr("Start {routine}").format(routine=routine.name))
        self.start.setToolTip(self.tr("Start {routine} (Enter)").format(routine=routine.name))
        self.start.clicked.connect(lambda: self.start_requested.emit(routine.slug))
        top.addWidget(self.start)
        v.addLayout(top)
        self.meta = QLabel(f"{duration_text(routine.total_seconds)} · {positions_text(routine)}")
        self.meta.setProperty("role", "muted")
        v.addWidget(self.meta)
        purpose = QLabel(routine.purpose)
        purpose.setWordWrap(True)
        v.addWidget(purpose)
        names = [catalogue.drill(s.drill).name for s in routine.steps]
        self.drills = QLabel(" · ".join(names))
        self.drills.setWordWrap(True)
        self.drills.setProperty("role", "muted")
        self.drills.setAccessibleName(self.tr("Drills"))
        v.addWidget(self.drills)
        self.changes = QLabel(changes_text(changes, catalogue))
        self.changes.setWordWrap(True)
        self.changes.setVisible(bool(changes))
        v.addWidget(self.changes)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_requested.emit(self.routine.slug)
            return
        super().keyPressEvent(event)


class RoutinesBody(QWidget):
    """Put it in ``Page("Routines", RoutinesBody(catalogue))``. ``adapt`` fits a routine to
    the user's self-screen answers (the player plays the same adapted routine)."""

    start_requested = Signal(str)

    def __init__(
        self,
        catalogue: Catalogue,
        parent: QWidget | None = None,
        adapt: Callable[[Routine], tuple[Routine, Sequence[Change]]] | None = None,
    ) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Guided routines play full screen with a countdown; you can pause, skip or stop "
                "at any time, and what you did is saved."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        v.addWidget(intro)
        self.cards: dict[str, RoutineCard] = {}
        for original in catalogue.routines.values():
            routine, changes = adapt(original) if adapt else (original, ())
            card = RoutineCard(routine, catalogue, changes)
            card.start_requested.connect(self.start_requested)
            self.cards[routine.slug] = card
            v.addWidget(card)
        v.addStretch(1)

    def apply_colours(self, colours: Colours) -> None:
        """Nothing custom-painted: the application palette and stylesheet do it."""
