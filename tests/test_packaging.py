"""Packaging metadata and build settings (packaging/): fast checks that run with `make unit`.

The validators (desktop-file-validate, appstreamcli) and the Flatpak manifest parser
(flatpak-builder or PyYAML) are used when installed; otherwise those tests are skipped with
the reason. Building the PyInstaller bundle is `make bundle`, not a unit test.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from hipdesk import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "pyinstaller" / "hipdesk.spec"
ICON_SVG = ROOT / "assets" / "icons" / "hipdesk.svg"
RAW_BASE = "https://raw.githubusercontent.com/hipdesk/hipdesk/main/"


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install {_APT[name]})")
    return found


_APT = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream"}


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ---- Linux desktop entry and AppStream ------------------------------------------------------


def test_desktop_file_validates() -> None:
    tool = _tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_file_names_the_app_icon_and_command() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    entry.read(DESKTOP, encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Icon"] == APP_ID  # the name notifications and the autostart entry use
    assert main["Exec"].split()[0] == "hipdesk"
    assert entry["Desktop Action minimized"]["Exec"] == "hipdesk --minimized"


def test_metainfo_validates() -> None:
    tool = _tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_the_app() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    releases = root.findall("releases/release")
    assert releases, "no release notes"
    assert releases[0].get("version") == __version__, "newest release must be the app's version"
    assert releases[0].find("description") is not None
    assert root.find("content_rating") is not None


def test_metainfo_screenshots_are_in_the_repository() -> None:
    root = ElementTree.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert 3 <= len(shots) <= 6
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        assert shot.findtext("caption"), "every screenshot needs a caption"
        image = shot.find("image")
        assert image is not None and image.text is not None
        assert image.text.startswith(RAW_BASE), image.text
        path = ROOT / image.text.removeprefix(RAW_BASE)
        assert path.is_file(), f"{image.text} points at a missing file"
        assert path.parent == LINUX / "screenshots"
        assert _png_size(path) == (int(image.get("width", 0)), int(image.get("height", 0)))


# ---- icons ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [48, 128, 256])
def test_png_icons_exist_at_every_size(size: int) -> None:
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(path) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == ICON_SVG.read_bytes(), "run make icons"


def test_windows_and_macos_icons() -> None:
    ico = (PACKAGING / "windows" / "hipdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= widths
    icns = (PACKAGING / "macos" / "hipdesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # 1024 px for Retina


# ---- PyInstaller spec -----------------------------------------------------------------------


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def _spec_literal(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned a literal in {SPEC.name}")


def test_spec_parses_and_collects_every_hipdesk_module() -> None:
    source = SPEC.read_text("utf-8")
    _spec_tree()
    ast.parse((SPEC.parent / "launcher.py").read_text("utf-8"))
    # cli.py discovers sub-commands with pkgutil: every module must be collected explicitly.
    assert 'collect_submodules("hipdesk")' in source
    assert 'collect_data_files("hipdesk", includes=["**/*.json"])' in source
    assert "exclude_binaries=True" in source, "the bundle is one-folder"


def test_spec_keeps_every_qt_module_hipdesk_imports() -> None:
    used = _spec_literal("QT_USED")
    excluded = _spec_literal("QT_NOT_USED")
    assert isinstance(used, set) and isinstance(excluded, list)
    imported = set()
    for path in (ROOT / "hipdesk").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text("utf-8")))
    assert imported <= used, f"add {sorted(imported - used)} to QT_USED in {SPEC.name}"
    assert not imported & set(excluded)
    for heavy in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtCharts"):
        assert heavy in excluded


def test_macos_info_plist() -> None:
    import plistlib

    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["LSUIElement"] is False  # documented switch for a tray-only build
    assert info["CFBundleShortVersionString"] == __version__


def test_inno_setup_is_per_user_with_autostart() -> None:
    iss = (PACKAGING / "windows" / "hipdesk.iss").read_text("utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert "{autoprograms}" in iss  # Start menu entry
    # The same Run value hipdesk.services.autostart writes, with --minimized.
    run_value = re.compile(
        r'^Root: HKCU; Subkey: "Software\\Microsoft\\Windows\\CurrentVersion\\Run"'
        r'.*ValueName: "\{#AppName\}".*--minimized.*Tasks: autostart',
        re.M,
    )
    assert run_value.search(iss)


# ---- Flatpak --------------------------------------------------------------------------------


def test_flatpak_manifest_lints_clean() -> None:
    lint = _load(LINUX / "lint_flatpak.py")
    try:
        manifest = lint.load()
    except lint.NoParserError as exc:
        pytest.skip(f"cannot parse the Flatpak manifest: {exc} (apt-get install flatpak-builder)")
    assert lint.problems(manifest) == []
    assert "--share=network" not in manifest["finish-args"]


def test_flatpak_lint_rejects_network() -> None:
    lint = _load(LINUX / "lint_flatpak.py")
    manifest = {
        "id": APP_ID,
        "runtime": "org.freedesktop.Platform",
        "runtime-version": "25.08",
        "sdk": "org.freedesktop.Sdk",
        "command": "hipdesk",
        "finish-args": [*sorted(lint.REQUIRED_ARGS), "--share=network"],
        "modules": [{"name": "hipdesk", "buildsystem": "simple", "build-commands": ["true"]}],
    }
    assert lint.problems(manifest) == [
        "finish-arg --share=network is not allowed",
        "finish-arg --share=network is not in the reviewed list",
    ]


def test_flatpak_wheels_are_the_locked_ones() -> None:
    """Every wheel hash in the Flatpak modules is one requirements/lock.txt allows."""
    lock = (ROOT / "requirements" / "lock.txt").read_text("utf-8")
    modules = sorted((LINUX / "flatpak").glob("*.yml"))
    assert modules
    for module in modules:
        hashes = re.findall(r"^\s+sha256: ([0-9a-f]{64})$", module.read_text("utf-8"), re.M)
        assert hashes, module
        stale = [h for h in hashes if f"sha256:{h}" not in lock]
        assert not stale, f"{module.name}: run make flatpak-sources ({len(stale)} not in lock)"


# ---- the wheel ------------------------------------------------------------------------------


def test_wheel_ships_resources_catalogue_and_commands(tmp_path: Path) -> None:
    if not (ROOT / "hipdesk" / "ui" / "rc_resources.py").is_file():
        pytest.fail("hipdesk/ui/rc_resources.py is missing: run make resources")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("hipdesk-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        scripts = zf.read(entry_points).decode()
    assert "hipdesk/ui/rc_resources.py" in names
    catalogue = ROOT / "hipdesk" / "core" / "catalogue"
    wanted = {p.relative_to(ROOT).as_posix() for p in catalogue.rglob("*.json")}
    assert len(wanted) > 30
    assert wanted <= names, f"missing from the wheel: {sorted(wanted - names)[:5]}"
    commands = {p.relative_to(ROOT).as_posix() for p in (ROOT / "hipdesk/commands").glob("*.py")}
    assert commands <= names
    assert re.search(r"^\[gui_scripts\]\nhipdesk = hipdesk\.__main__:main$", scripts, re.M)
