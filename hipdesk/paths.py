"""Where hipdesk keeps its files.

Default: the platform's user dirs (platformdirs). ``--data-dir PATH`` or ``HIPDESK_DATA_DIR``
moves *everything* (journal, config, logs, cache) under that one folder, so a portable install
or a test run never touches the user's real files.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from hipdesk import APP_NAME

JOURNAL_FILE = "journal.sqlite3"
ENV_DATA_DIR = "HIPDESK_DATA_DIR"
LOCATION_FILE = "location"  # in the platform config dir: where "Move…" put the data folder


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    state_dir: Path
    cache_dir: Path

    @property
    def journal(self) -> Path:
        return self.data_dir / JOURNAL_FILE

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    def ensure(self) -> AppPaths:
        """Create the folders, private to the user (0700): the journal is health data."""
        for d in (self.data_dir, self.config_dir, self.state_dir, self.cache_dir):
            d.mkdir(parents=True, exist_ok=True, mode=0o700)
            # mkdir's mode is masked by umask and ignored for existing dirs: set it explicitly.
            if os.name == "posix" and d.stat().st_mode & 0o777 != 0o700:  # no write on a ro fs
                d.chmod(0o700)
        return self


def resolve(
    data_dir: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> AppPaths:
    """Pick the folders: explicit argument, then HIPDESK_DATA_DIR, then platform defaults."""
    env = os.environ if environ is None else environ
    chosen = data_dir if data_dir not in (None, "") else env.get(ENV_DATA_DIR) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(root, root / "config", root / "state", root / "cache")
    import platformdirs  # imported here: only the default path needs it

    defaults = AppPaths(
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
    moved = read_location(defaults.config_dir / LOCATION_FILE)
    return dataclasses.replace(defaults, data_dir=moved) if moved is not None else defaults


def read_location(path: Path) -> Path | None:
    """The moved data folder, or None (no file, empty, relative, or not a folder any more)."""
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    moved = Path(text).expanduser() if text else None
    if moved is None or not moved.is_absolute():
        return None
    if not moved.is_dir():
        import logging

        logging.getLogger(__name__).warning(
            "moved data folder %s is missing; using the default", moved
        )
        return None
    return moved


def write_location(config_dir: Path, data_dir: Path) -> Path:
    """Record a moved data folder durably (0600 in a 0700 folder)."""
    config_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = config_dir / LOCATION_FILE
    write_atomic(target, f"{data_dir.resolve()}\n".encode())
    return target


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` (0600) with ``data`` so a crash leaves the old or the new file, never
    half: temp file, fsync, rename, then fsync the folder so the rename itself is durable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    tmp.replace(path)
    if os.name == "posix":
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
