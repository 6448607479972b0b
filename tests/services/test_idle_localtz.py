"""The local IANA zone working hours are read in."""

from __future__ import annotations

from pathlib import Path

import pytest

from hipdesk.services.localtz import local_zone, probe


def _zoneinfo_link(tmp_path: Path, name: str) -> Path:
    target = tmp_path / "usr/share/zoneinfo" / name
    target.parent.mkdir(parents=True)
    target.write_bytes(b"TZif")
    link = tmp_path / "localtime"
    link.symlink_to(target)
    return link


def test_tz_variable_wins(tmp_path: Path) -> None:
    assert local_zone({"TZ": ":Europe/Berlin"}, tmp_path / "none", tmp_path / "none") == (
        "Europe/Berlin",
        "TZ environment variable",
    )


def test_symlink_then_timezone_file(tmp_path: Path) -> None:
    link = _zoneinfo_link(tmp_path, "America/New_York")
    assert local_zone({"TZ": "CET-1CEST"}, link, tmp_path / "none")[0] == "America/New_York"
    tzfile = tmp_path / "timezone"
    tzfile.write_text("Asia/Tokyo\n")
    assert local_zone({}, tmp_path / "nolink", tzfile) == ("Asia/Tokyo", str(tzfile))


def test_unknown_falls_back_to_utc(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    link = _zoneinfo_link(tmp_path, "Not/AZone")
    name, reason = local_zone({"TZ": "../etc/passwd"}, link, tmp_path / "none")
    assert name == "UTC" and "working hours use UTC" in reason
    assert "time zone" in caplog.text


def test_probe_line() -> None:
    [(label, status)] = probe({"TZ": "Europe/Paris"})
    assert label == "time zone" and status == "Europe/Paris (from TZ environment variable)"
