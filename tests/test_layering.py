"""Dependencies point one way: ui -> services -> store -> core. Checked on the source text
(every import statement, including ones inside functions), so a lazy import cannot sneak by."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "hipdesk"
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "qtpy")

FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": (
        *QT_MODULES,
        "hipdesk.store",
        "hipdesk.services",
        "hipdesk.ui",
        "hipdesk.app",
        "hipdesk.cli",
        "sqlite_utils",
        "sqlite3",
    ),
    "store": ("hipdesk.services", "hipdesk.ui", "hipdesk.app", *QT_MODULES),
    "services": ("hipdesk.ui", "hipdesk.app"),
}


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for name in imported_modules(path):
            for bad in FORBIDDEN[layer]:
                if name == bad or name.startswith(bad + "."):
                    found.append(f"{path.relative_to(PKG.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    assert (PKG / layer).is_dir()
    assert violations(layer) == []


def test_checker_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from PySide6.QtCore import QObject\n    import hipdesk.ui\n")
    assert "PySide6.QtCore" in imported_modules(bad)
    assert "hipdesk.ui" in imported_modules(bad)


def test_core_runs_without_qt_loaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, hipdesk.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'hipdesk.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
