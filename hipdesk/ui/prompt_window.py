"""The fallback break prompt: a small rounded card in the bottom-right corner.

Used when the desktop's notification server cannot show buttons (or there is none). It must not
steal focus from whatever the user is doing: it is a frameless tool window shown without
activation, on top only while visible. Keyboard: Tab between the buttons, Enter starts, Esc hides
it without answering (the break policy re-prompts once), Alt+S / Alt+N / Alt+K pick a button.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hipdesk.core.breaks import Prompt
from hipdesk.services import notify_text
from hipdesk.ui.theme import LIGHT, Colours

SIZE = (360, 140)
MARGIN = 16  # from the screen's available edge
RADIUS = 12


class PromptWindow(QWidget):
    """Shows one prompt at a time; ``action(prompt_id, action, minutes)`` on an answer."""

    action = Signal(int, str, int)

    def __init__(self, colours: Colours = LIGHT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptWindow")
        self.setWindowTitle(self.tr("Break prompt"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)  # rounded corners
        self.setWindowFlags(self._flags(on_top=False))
        self.setFixedSize(*SIZE)
        self.setAccessibleName(self.tr("hipdesk break prompt"))
        self._prompt: Prompt | None = None
        self._colours = colours

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("promptTitle")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.snooze_button = QPushButton(self.tr("S&nooze {minutes} min").format(minutes=10), self)
        self.skip_button = QPushButton(self.tr("S&kip"), self)
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        for button, name, desc in (
            (
                self.start_button,
                self.tr("Start break"),
                self.tr("Start the 2-minute desk break now (Alt+S)"),
            ),
            (self.snooze_button, self.tr("Snooze"), self.tr("Remind me again later (Alt+N)")),
            (self.skip_button, self.tr("Skip break"), self.tr("Skip this break (Alt+K)")),
        ):
            button.setAccessibleName(name)
            button.setAccessibleDescription(desc)
            button.setToolTip(desc)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.start_button.clicked.connect(lambda: self._answer("start"))
        self.snooze_button.clicked.connect(lambda: self._answer("snooze"))
        self.skip_button.clicked.connect(lambda: self._answer("skip"))

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setTabOrder(self.start_button, self.snooze_button)
        self.setTabOrder(self.snooze_button, self.skip_button)
        self.set_colours(colours)

    @staticmethod
    def _flags(on_top: bool) -> Qt.WindowType:
        flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
        if on_top:
            flags |= Qt.WindowType.WindowStaysOnTopHint
        return flags

    # -- public -------------------------------------------------------------------------------
    @staticmethod
    def can_show(quiet: bool) -> bool:
        """Never over a fullscreen app, a meeting or a shared screen: the caller knows if the
        session is quiet (the break policy already holds prompts back then)."""
        return not quiet

    @property
    def prompt_id(self) -> int | None:
        return self._prompt.prompt_id if self._prompt is not None and self.isVisible() else None

    def set_colours(self, colours: Colours) -> None:
        self._colours = colours
        c = colours
        # Local sheet: the app sheet styles pages; this top-level card has no page around it.
        self.setStyleSheet(
            f"""
QLabel {{ color: {c.text}; background: transparent; }}
QLabel#promptTitle {{ font-weight: 600; }}
QPushButton {{
    background: {c.button}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 6px; padding: 5px 12px;
}}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton:default {{ background: {c.accent}; color: {c.on_accent}; border-color: {c.accent};
    font-weight: 600; }}
QPushButton:default:focus {{ border: 2px solid {c.text}; }}
"""
        )
        self.update()

    def show_prompt(self, prompt: Prompt) -> None:
        self._prompt = prompt
        self.title.setText(notify_text.prompt_title(prompt))
        self.body.setText(notify_text.prompt_body(prompt))
        snooze = notify_text.snooze_minutes(prompt)
        self.snooze_button.setVisible(snooze is not None)
        if snooze is not None:
            self.snooze_button.setText(self.tr("S&nooze {minutes} min").format(minutes=snooze))
            self.snooze_button.setAccessibleName(
                self.tr("Snooze {minutes} minutes").format(minutes=snooze)
            )
        self.skip_button.setVisible(prompt.can_skip)
        self.setAccessibleDescription(self.title.text())
        self._place()
        self.setWindowFlags(self._flags(on_top=True))
        self.show()  # a newly mapped top-level window is stacked on top: no raise_()

    def withdraw(self, prompt_id: int) -> None:
        if self._prompt is not None and self._prompt.prompt_id == prompt_id:
            self._hide()

    # -- internals ----------------------------------------------------------------------------
    def _place(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.move(
            area.right() - self.width() - MARGIN + 1, area.bottom() - self.height() - MARGIN + 1
        )

    def _hide(self) -> None:
        self.hide()
        # Stays on top only while visible: a hidden window keeps no special stacking.
        self.setWindowFlags(self._flags(on_top=False))
        self._prompt = None

    def _answer(self, action: str) -> None:
        prompt = self._prompt
        if prompt is None:
            return
        minutes = 0
        if action == "snooze":
            minutes = notify_text.snooze_minutes(prompt) or 0
            if not minutes:
                return
        self._hide()
        self.action.emit(prompt.prompt_id, action, minutes)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Cancel):
            self._hide()  # unanswered: the policy escalates once, then records "ignored"
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self.start_button:
                focused.click()
            else:
                self.start_button.click()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor(self._colours.border), 1))
        painter.setBrush(QColor(self._colours.surface))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        # A thin accent bar on the left ties the card to hipdesk without an icon.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._colours.accent))
        painter.drawRoundedRect(QRectF(6, 16, 4, self.height() - 32), 2, 2)
        painter.end()
