"""Logging: a rotating file in the state dir, plus stderr with --verbose."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILE = "hipdesk.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup(log_dir: Path, verbose: bool = False) -> Path:
    """Configure the root logger once; returns the log file path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):  # idempotent: a second setup replaces, never duplicates
        if getattr(handler, "_hipdesk", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=False
    )
    if os.name == "posix":
        path.chmod(0o600)  # logs can mention journal contents in tracebacks
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._hipdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        stream._hipdesk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
