"""`hipdesk doctor`: an honest report of what hipdesk can use on this desktop and why.

Each later OS service (idle source, tray, notifications, autostart) adds its own line here, so
a user or a bug report shows which backend is active and why the others were skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hipdesk.cli import CliContext

ORDER = 90


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "doctor",
        help="show what hipdesk can use on this desktop, and why",
        description="Report the desktop session, data folders and journal.",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run)


def _folder(path: Path) -> str:
    if not path.exists():
        return f"{path} (not created yet)"
    mode = stat.S_IMODE(path.stat().st_mode)
    private = "private" if mode & 0o077 == 0 else f"WARNING: mode {mode:o}, should be 700"
    return f"{path} ({private})"


def session_report(environ: dict[str, str] | None = None) -> dict[str, str]:
    env = os.environ if environ is None else environ
    kind = env.get("XDG_SESSION_TYPE") or (
        "wayland" if env.get("WAYLAND_DISPLAY") else "x11" if env.get("DISPLAY") else "none"
    )
    return {
        "session": kind,
        "desktop": env.get("XDG_CURRENT_DESKTOP", "unknown"),
        "display": env.get("WAYLAND_DISPLAY") or env.get("DISPLAY") or "none",
        "dbus session bus": "yes" if env.get("DBUS_SESSION_BUS_ADDRESS") else "no",
        "qt platform": env.get("QT_QPA_PLATFORM", "auto"),
    }


def collect(ctx: CliContext) -> dict[str, dict[str, str]]:
    from hipdesk import __version__

    try:
        from PySide6 import __version__ as qt_version
    except ImportError:  # pragma: no cover - a broken install is exactly what doctor reports
        qt_version = "not installed"
    paths = ctx.paths
    journal = paths.journal
    if journal.exists():
        from hipdesk.store.db import is_good_backup  # read-only quick_check, never modifies

        ok = "integrity ok" if is_good_backup(journal) else "DAMAGED: run `hipdesk restore`"
        journal_state = f"{journal} ({journal.stat().st_size} bytes, {ok})"
    else:
        journal_state = f"{journal} (not created yet)"
    return {
        "hipdesk": {
            "version": __version__,
            "python": f"{platform.python_version()} ({sys.executable})",
            "PySide6": qt_version,
            "system": f"{platform.system()} {platform.release()} {platform.machine()}",
        },
        "desktop": session_report(),
        "files": {
            "data folder": _folder(paths.data_dir),
            "config folder": _folder(paths.config_dir),
            "log folder": _folder(paths.log_dir),
            "journal": journal_state,
        },
        **_services(paths),
    }


def _services(paths: Any) -> dict[str, dict[str, str]]:
    """Ask each OS service which backend it would use here, and why (one line each)."""
    from PySide6.QtCore import QCoreApplication

    _app = QCoreApplication.instance() or QCoreApplication(["hipdesk-doctor"])  # for QtDBus
    from hipdesk.paths import resolve
    from hipdesk.services import (
        autostart,
        localtz,
        notify,
        power,
        quiet,
        screensaver_inhibit,
        sound,
        speech,
        tray,
    )
    from hipdesk.services import idle as idle_mod

    default = resolve(None, environ={}).data_dir
    probes = {
        "sitting": [idle_mod.probe, power.probe, localtz.probe, quiet.probe],
        "routines": [sound.probe, speech.probe, screensaver_inhibit.probe],
        "prompts": [
            tray.probe,
            notify.probe,
            lambda: autostart.probe(None if paths.data_dir == default else paths.data_dir),
        ],
    }
    out: dict[str, dict[str, str]] = {}
    for section, funcs in probes.items():
        rows: dict[str, str] = {}
        for func in funcs:
            try:
                rows.update(dict(func()))
            except Exception as exc:  # doctor reports; it never crashes on a broken backend
                rows[getattr(func, "__module__", "probe")] = f"probe failed: {exc}"
        out[section] = rows
    return out


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    report = collect(ctx)
    if args.json:
        json.dump(report, ctx.stdout, indent=2)
        ctx.stdout.write("\n")
        return 0
    for section, rows in report.items():
        ctx.stdout.write(f"{section}\n")
        width = max(len(k) for k in rows)
        for key, value in rows.items():
            ctx.stdout.write(f"  {key:<{width}}  {value}\n")
    return 0
