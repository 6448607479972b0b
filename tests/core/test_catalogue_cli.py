"""`hipdesk drills` and `hipdesk routines`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from hipdesk import cli


def run(argv: list[str], tmp_path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(cli.parse(["--data-dir", str(tmp_path), *argv]), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_drills_json(tmp_path: Path) -> None:
    code, out, err = run(["drills", "--json"], tmp_path)
    assert (code, err) == (0, "")
    drills: list[dict[str, Any]] = json.loads(out)
    assert len(drills) == 31
    keys = {"slug", "name", "group", "position", "props", "sides", "dose", "default_seconds"}
    assert all(set(d) == keys for d in drills)
    bridge = next(d for d in drills if d["slug"] == "glute_bridge")
    assert bridge["dose"] == {
        "type": "reps", "sets": 2, "reps": 8, "rep_seconds": 6, "rest_s": 20,
        "tempo": "2 s up, 2 s hold, 2 s down",
    }  # fmt: skip
    assert bridge["default_seconds"] == 130 and bridge["props"] == ["mat", "bed"]
    walk = next(d for d in drills if d["slug"] == "stand_walk")
    assert walk["props"] == []  # the brief's [none]


def test_routines_json(tmp_path: Path) -> None:
    code, out, _ = run(["routines", "--json"], tmp_path)
    assert code == 0
    routines: list[dict[str, Any]] = json.loads(out)
    assert len(routines) == 8
    assert all(set(r) == {"slug", "name", "total_seconds", "steps"} for r in routines)
    desk = next(r for r in routines if r["slug"] == "desk_break")
    assert desk["total_seconds"] == 150
    assert desk["steps"][0] == {
        "drill": "stand_walk",
        "dose": {"type": "timed", "sets": 1, "seconds": 50, "tempo": "easy, relaxed pace"},
        "seconds": 60,
        "rest_after_seconds": 0,
    }
    for r in routines:
        assert sum(s["seconds"] + s["rest_after_seconds"] for s in r["steps"]) == r["total_seconds"]


def test_plain_tables(tmp_path: Path) -> None:
    code, out, _ = run(["drills"], tmp_path)
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["SLUG", "NAME", "GROUP"]
    assert len(lines) == 1 + 31 + 1 and lines[-1] == "31 drills"
    assert any(line.startswith("glute_bridge ") and "2:10" in line for line in lines)
    name_col = lines[0].index("NAME")
    assert all(line[name_col - 2 : name_col] == "  " for line in lines[1:-1])  # aligned
    code, out, _ = run(["routines"], tmp_path)
    assert code == 0 and out.splitlines()[-1] == "8 routines"
    assert any(line.startswith("core_hip_12 ") and "12:00" in line for line in out.splitlines())


def test_command_module_imports_only_light_modules() -> None:
    code = (
        "import sys; import hipdesk.commands.catalogue as m; "
        "assert m.ORDER == 20; "
        "assert 'hipdesk.core.catalogue' not in sys.modules, 'catalogue loaded at import'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
