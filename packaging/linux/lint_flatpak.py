"""Lint the Flatpak manifest without building it: packaging/linux/lint_flatpak.py [MANIFEST]

The manifest is read by ``flatpak-builder --show-manifest`` when flatpak-builder is installed
(its own parser, with the included module files resolved), otherwise with PyYAML. Checks: the
required keys, the app id and command, the sandbox holes (exactly the ones hipdesk needs; never
network, the home folder or the whole session bus), every wheel pinned by sha256, and every
local path and file the build commands install existing. Exit status 1 with one line per
problem; 2 when no parser is available.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
MANIFEST = HERE / "io.github.hipdesk.HipDesk.yml"
APP_ID = "io.github.hipdesk.HipDesk"
REQUIRED_KEYS = ("id", "runtime", "runtime-version", "sdk", "command", "finish-args", "modules")
REQUIRED_ARGS = {
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--talk-name=org.freedesktop.Notifications",
    "--talk-name=org.kde.StatusNotifierWatcher",
    "--system-talk-name=org.freedesktop.login1",
}
# Everything else hipdesk asks for, each for a reason written next to it in the manifest.
ALLOWED_ARGS = REQUIRED_ARGS | {
    "--socket=pulseaudio",
    "--own-name=org.kde.StatusNotifierItem-2-1",
    "--talk-name=org.gnome.Mutter.IdleMonitor",
    "--talk-name=org.freedesktop.ScreenSaver",
    "--talk-name=org.gnome.ScreenSaver",
}
FORBIDDEN = re.compile(
    r"^--(share=network|filesystem=|device=all|socket=(session-bus|system-bus|x11$)"
    r"|talk-name=org\.freedesktop\.Flatpak|allow=devel)"
)
SHA256 = re.compile(r"^[0-9a-f]{64}$")


class NoParserError(Exception):
    pass


def load(path: Path = MANIFEST) -> dict[str, Any]:
    """The manifest as flatpak-builder sees it (module files included)."""
    builder = shutil.which("flatpak-builder")
    if builder:
        # Run elsewhere: flatpak-builder leaves a .flatpak-builder state folder in its cwd.
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(
                [builder, "--show-manifest", str(path.resolve())],
                capture_output=True,
                text=True,
                check=True,
                cwd=tmp,
            ).stdout
        return dict(json.loads(out))
    try:
        import yaml
    except ImportError:
        raise NoParserError("neither flatpak-builder nor PyYAML is installed") from None

    def read(p: Path) -> Any:
        return yaml.safe_load(p.read_text("utf-8"))

    manifest = dict(read(path))
    manifest["modules"] = [
        read(path.parent / m) if isinstance(m, str) else m for m in manifest.get("modules", [])
    ]
    return manifest


def problems(manifest: dict[str, Any], path: Path = MANIFEST) -> list[str]:
    found = [f"missing key {key!r}" for key in REQUIRED_KEYS if key not in manifest]
    if manifest.get("id") != APP_ID or path.stem != APP_ID:
        found.append(f"id {manifest.get('id')!r} and file name {path.name!r} must be {APP_ID}")
    if manifest.get("command") != "hipdesk":
        found.append(f"command is {manifest.get('command')!r}, not 'hipdesk'")
    args = list(manifest.get("finish-args", []))
    found += [f"finish-arg {a} is not allowed" for a in args if FORBIDDEN.match(a)]
    found += [f"finish-arg {a} is not in the reviewed list" for a in args if a not in ALLOWED_ARGS]
    found += [f"finish-arg {a} is missing" for a in sorted(REQUIRED_ARGS - set(args))]
    modules = manifest.get("modules", [])
    if not modules or modules[-1].get("name") != "hipdesk":
        found.append("the last module must be 'hipdesk'")
    for module in modules:
        name = module.get("name", "?")
        if not module.get("build-commands") and module.get("buildsystem") == "simple":
            found.append(f"module {name}: no build-commands")
        for source in module.get("sources", []):
            kind = source.get("type")
            if kind == "file" and "url" in source:
                if not SHA256.match(str(source.get("sha256", ""))):
                    found.append(f"module {name}: {source['url']} has no sha256")
                if not str(source["url"]).startswith("https://"):
                    found.append(f"module {name}: {source['url']} is not https")
            elif "path" in source and not (path.parent / source["path"]).exists():
                found.append(f"module {name}: source path {source['path']} does not exist")
        if name == "hipdesk":
            for command in module.get("build-commands", []):
                for word in command.split():
                    if word.startswith("packaging/") and not (ROOT / word).exists():
                        found.append(f"module hipdesk installs {word}, which does not exist")
    return found


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else MANIFEST
    try:
        manifest = load(path)
    except NoParserError as exc:
        print(f"lint_flatpak: cannot parse {path}: {exc}", file=sys.stderr)
        return 2
    found = problems(manifest, path)
    for problem in found:
        print(f"{path}: {problem}", file=sys.stderr)
    if not found:
        print(f"{path}: ok ({len(manifest['modules'])} modules, {len(manifest['finish-args'])} "
              "finish-args, no network)")  # fmt: skip
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
