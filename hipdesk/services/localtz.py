"""The local IANA time zone name, for working hours ("09:00-17:30" means local time).

A fixed UTC offset would be wrong half the year; the IANA name lets zoneinfo follow DST.
Sources, in order: ``TZ`` (``Europe/Berlin`` or ``:Europe/Berlin``), the ``/etc/localtime``
symlink (Linux, macOS), ``/etc/timezone`` (Debian). Otherwise UTC, logged as a warning.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

log = logging.getLogger(__name__)

LOCALTIME = Path("/etc/localtime")
TIMEZONE_FILE = Path("/etc/timezone")


def _valid(name: str) -> bool:
    if not name or name.startswith("/") or ".." in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _from_symlink(link: Path) -> str | None:
    try:
        target = str(link.resolve()) if link.is_symlink() else ""
    except OSError:
        return None
    # /usr/share/zoneinfo/Europe/Berlin, /var/db/timezone/zoneinfo/Europe/Berlin (macOS)
    marker = "zoneinfo/"
    if marker not in target:
        return None
    name = target.rsplit(marker, 1)[1]
    name = name.removeprefix("posix/").removeprefix("right/")
    return name if _valid(name) else None


def local_zone(
    environ: Mapping[str, str] | None = None,
    localtime: Path = LOCALTIME,
    timezone_file: Path = TIMEZONE_FILE,
) -> tuple[str, str]:
    """(IANA name, where it came from). Falls back to ("UTC", reason) and logs it."""
    env = os.environ if environ is None else environ
    tz_env = env.get("TZ", "").removeprefix(":")
    if _valid(tz_env):
        return tz_env, "TZ environment variable"
    name = _from_symlink(localtime)
    if name:
        return name, f"{localtime} symlink"
    try:
        text = timezone_file.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    if _valid(text):
        return text, str(timezone_file)
    reason = "no IANA zone in TZ, /etc/localtime or /etc/timezone: working hours use UTC"
    log.warning("time zone: %s", reason)
    return "UTC", reason


def probe(environ: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    """`hipdesk doctor` line for the zone working hours are read in."""
    name, source = local_zone(environ)
    return [("time zone", f"{name} (from {source})")]
