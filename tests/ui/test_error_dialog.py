from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from hipdesk.ui.error_dialog import MAX_DIALOGS, ErrorDialog, ExceptionHook, build_report


def _exc_info() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        info = sys.exc_info()
    assert info[0] is not None and info[1] is not None
    return info  # type: ignore[return-value]


def test_report_has_versions_and_traceback() -> None:
    t, e, tb = _exc_info()
    report = build_report(t, e, tb, "/tmp/hipdesk.log")  # type: ignore[arg-type]
    assert "hipdesk 0.1.0" in report and "PySide6" in report
    assert "RuntimeError: boom in a slot" in report
    assert "Traceback" in report and "/tmp/hipdesk.log" in report


def test_hook_logs_and_shows_non_blocking_dialog(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    hook = ExceptionHook("/tmp/x.log")
    t, e, tb = _exc_info()
    with caplog.at_level(logging.ERROR):
        hook(t, e, tb)  # type: ignore[arg-type]
    assert "unhandled exception" in caplog.text
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    dialog = hook.dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert "boom in a slot" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert "boom in a slot" in QGuiApplication.clipboard().text()
    dialog.close()
    assert hook.dialogs == []


def test_hook_caps_dialogs(qtbot: QtBot) -> None:
    shown: list[str] = []
    hook = ExceptionHook(show=shown.append)
    t, e, tb = _exc_info()
    for _ in range(MAX_DIALOGS + 3):
        hook(t, e, tb)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(shown) == MAX_DIALOGS)
    assert hook.count == MAX_DIALOGS + 3


def test_dialog_screenshot(qtbot: QtBot, screenshot) -> None:  # type: ignore[no-untyped-def]
    t, e, tb = _exc_info()
    dialog = ErrorDialog(build_report(t, e, tb))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, "error_dialog")
