from __future__ import annotations

import logging
import stat
from pathlib import Path

from hipdesk import log as logsetup


def test_setup_writes_private_rotating_file_and_is_idempotent(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = logsetup.setup(tmp_path / "logs")
        logsetup.setup(tmp_path / "logs")
        ours = [h for h in root.handlers if getattr(h, "_hipdesk", False)]
        assert len(ours) == 1
        logging.getLogger("hipdesk.test").warning("hello log")
        ours[0].flush()
        assert "hello log" in path.read_text()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        for h in list(root.handlers):
            if h not in before:
                root.removeHandler(h)
                h.close()
