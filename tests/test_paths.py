from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from hipdesk.paths import ENV_DATA_DIR, JOURNAL_FILE, resolve


def test_explicit_data_dir_wins_over_env(tmp_path: Path) -> None:
    p = resolve(tmp_path / "a", environ={ENV_DATA_DIR: str(tmp_path / "b")})
    assert p.data_dir == tmp_path / "a"
    assert p.journal == tmp_path / "a" / JOURNAL_FILE == tmp_path / "a" / "journal.sqlite3"


def test_env_data_dir_moves_everything_under_it(tmp_path: Path) -> None:
    p = resolve(None, environ={ENV_DATA_DIR: str(tmp_path / "b")})
    for d in (p.data_dir, p.config_dir, p.state_dir, p.cache_dir):
        assert d.is_relative_to(tmp_path / "b")


def test_default_uses_platform_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    p = resolve(None, environ={})
    assert p.data_dir == tmp_path / "share" / "hipdesk"
    assert p.config_dir == tmp_path / "conf" / "hipdesk"


def test_ensure_creates_private_dirs(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        p = resolve(tmp_path / "d").ensure()
    finally:
        os.umask(old)
    for d in (p.data_dir, p.config_dir, p.state_dir, p.cache_dir):
        assert stat.S_IMODE(d.stat().st_mode) == 0o700


def test_ensure_tightens_an_existing_dir(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir(mode=0o755)
    p = resolve(tmp_path / "d").ensure()
    assert stat.S_IMODE(p.data_dir.stat().st_mode) == 0o700


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve("~/hd").data_dir == tmp_path / "hd"


def test_moved_data_folder_is_used_by_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from hipdesk.paths import read_location, write_location

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    written = write_location(tmp_path / "conf" / "hipdesk", moved)
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert resolve(None, environ={}).data_dir == moved
    # An explicit folder still wins, and config stays in the platform config dir.
    assert resolve(tmp_path / "x", environ={}).data_dir == tmp_path / "x"
    assert resolve(None, environ={}).config_dir == tmp_path / "conf" / "hipdesk"
    moved.rmdir()  # unplugged drive: fall back to the default
    assert resolve(None, environ={}).data_dir == tmp_path / "share" / "hipdesk"
    written.write_text("relative/path\n")
    assert read_location(written) is None
