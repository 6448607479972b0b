"""Unexpected errors: logged with their traceback and shown in a non-blocking dialog whose
report the user can copy into a bug report. Known errors (disk full, locked journal…) never get
here; they are handled where they happen with a clear message."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk import __version__

log = logging.getLogger(__name__)
MAX_DIALOGS = 3  # an error in a timer could fire every second: don't bury the user in windows


def build_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, log_file: str = ""
) -> str:
    import platform  # here, not at the top: only a crash report needs it

    lines = [
        f"hipdesk {__version__}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · Qt {qVersion()}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        f"Qt platform: {QGuiApplication.platformName() if QGuiApplication.instance() else '-'}",
    ]
    if log_file:
        lines.append(f"Log: {log_file}")
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc, tb))
    return "\n".join(line.rstrip("\n") for line in lines)


class ErrorDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("hipdesk ran into a problem"))
        self.setModal(False)
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something unexpected went wrong. Entries you saw as “Saved” are safe in your "
                "journal. If you report this, please include the details below."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setToolTip(self.tr("Copy the report to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class ExceptionHook:
    """Callable installed as ``sys.excepthook`` while the GUI runs."""

    def __init__(self, log_file: str = "", show: Callable[[str], None] | None = None) -> None:
        self.log_file = log_file
        self.dialogs: list[ErrorDialog] = []
        self.count = 0
        self._show = show or self._show_dialog

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unhandled exception", exc_info=(exc_type, exc, tb))
        self.count += 1
        if self.count > MAX_DIALOGS:
            return
        report = build_report(exc_type, exc, tb, self.log_file)
        # Deferred: the hook may run inside a paint or event handler.
        QTimer.singleShot(0, lambda: self._show(report))

    def _show_dialog(self, report: str) -> None:
        dialog = ErrorDialog(report)
        dialog.finished.connect(lambda _r, d=dialog: self.dialogs.remove(d))
        self.dialogs.append(dialog)
        dialog.show()

    def install(self) -> None:
        sys.excepthook = self
