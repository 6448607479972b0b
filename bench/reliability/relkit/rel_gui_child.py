"""The real GUI process (``hipdesk.app.main``) with a short tick and a pain-entry writer.

Harness only, nothing in hipdesk changes: before ``main`` runs, the sitting heartbeat and the
ticker's bounds are shortened so a trial of a few seconds checkpoints sitting many times, and a
QTimer adds a pain entry through the app's own open journal every ``WRITE_MS``. Each entry's
uuid is printed (``ack <uuid>``) only after ``Journal.add`` returned, i.e. after COMMIT.

    python rel_gui_child.py DATA_DIR [WRITE_MS]

Lines on stdout: ``open <monotonic>`` once the journal is open, ``ack <uuid>`` per saved entry.
"""

from __future__ import annotations

import sys


def main() -> int:
    data_dir = sys.argv[1]
    write_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 15

    import time

    import hipdesk.services.sitting_service as sitting_service
    import hipdesk.services.ticker as ticker
    from hipdesk import app as appmod
    from hipdesk.cli import parse

    sitting_service.HEARTBEAT_SECONDS = 0.2  # checkpoint every ~0.2 s instead of ~1 min
    ticker.MIN_INTERVAL = 0.05
    ticker.MAX_INTERVAL = 0.25

    from PySide6.QtCore import QTimer

    def begin(hip: appmod.HipdeskApp) -> None:
        from hipdesk.core.models import PainEntry, new_uuid

        n = [0]

        def announce() -> None:  # after _start_companion: the crash checkpoint is recovered
            sys.stdout.write(f"open {time.monotonic():.6f}\n")
            sys.stdout.flush()

        def write() -> None:
            journal = hip.journal.journal
            if journal is None:
                return
            n[0] += 1
            entry = PainEntry(
                new_uuid(), *journal.stamp_now(), back=n[0] % 11, regions=("lower_back",),
                note="trial " + "x" * (n[0] % 300), context="manual",
            )  # fmt: skip
            saved = journal.add(entry)
            sys.stdout.write(f"ack {saved.uuid}\n")
            sys.stdout.flush()

        timer = QTimer(hip.qapp)
        timer.timeout.connect(write)
        timer.start(write_ms)
        QTimer.singleShot(0, announce)

    original_start = appmod.HipdeskApp.start

    def start(self: appmod.HipdeskApp) -> None:
        self.journal.opened.connect(lambda: begin(self))
        original_start(self)

    appmod.HipdeskApp.start = start  # type: ignore[method-assign]
    return appmod.main(parse(["--data-dir", data_dir, "--minimized"]))


if __name__ == "__main__":
    sys.exit(main())
