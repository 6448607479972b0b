#!/usr/bin/env bash
# Smoke test of the PyInstaller bundle: packaging/pyinstaller/smoke.sh [BUNDLE_DIR]
# (default build/bundle/hipdesk). Runs offscreen, needs no display, sound or D-Bus.
#  1. `hipdesk --version` prints "hipdesk <version of the source tree>";
#  2. `hipdesk drills --json` lists the catalogue (package data + importlib.resources work);
#  3. `hipdesk --help` lists every sub-command module (pkgutil discovery works frozen);
#  4. `hipdesk log pain` writes to the journal (sqlite-utils), `hipdesk report` writes a PDF
#     (QPdfWriter, pyqtgraph off screen, QtPdf), then the window opens on the Trends page
#     (pyqtgraph, numpy, QtOpenGL load) and quits after 1.5 s with exit 0;
#  5. a first start with a fresh --data-dir quits with 0 and creates journal.sqlite3;
#  6. the log has no ERROR and no traceback; the Qt plugins hipdesk needs are in the bundle.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bundle=${1:-$root/build/bundle/hipdesk}
exe="$bundle/hipdesk"
[ -x "$exe" ] || { echo "smoke: no bundle at $exe (run make bundle)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export QT_QPA_PLATFORM=offscreen
# A private, empty environment for the app: no session bus, no user config.
unset DBUS_SESSION_BUS_ADDRESS HIPDESK_DATA_DIR
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
ok() { echo "smoke: ok: $*"; }

want_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/hipdesk/__init__.py")
got=$("$exe" --version)
[ "$got" = "hipdesk $want_version" ] || fail "--version printed '$got', wanted 'hipdesk $want_version'"
ok "--version: $got"

"$exe" drills --json >"$tmp/drills.json" || fail "drills --json exited $?"
n_json=$(find "$root/hipdesk/core/catalogue/drills" -name '*.json' | wc -l)
n_listed=$(grep -c '"slug":' "$tmp/drills.json" || true)
[ "$n_listed" -eq "$n_json" ] || fail "drills --json listed $n_listed drills, the catalogue has $n_json"
ok "drills --json: $n_listed drills"

"$exe" --help >"$tmp/help.txt"
for cmd in log export import config stats drills routines doctor; do
    grep -qE "^ +$cmd " "$tmp/help.txt" || fail "--help does not list '$cmd' (sub-command discovery)"
done
ok "--help lists the sub-commands"

data="$tmp/data"
"$exe" --data-dir "$data" log pain 3 --note "smoke test" >/dev/null || fail "log pain exited $?"
"$exe" --data-dir "$data" report --output "$tmp/report.pdf" >"$tmp/report.out" 2>&1 \
    || { cat "$tmp/report.out" >&2; fail "report exited $?"; }
head -c 5 "$tmp/report.pdf" | grep -q '%PDF-' || fail "report did not write a PDF"
ok "report: $(cat "$tmp/report.out")"
start=$(date +%s%N)
"$exe" --data-dir "$data" --page trends --quit-after-ms 1500 >"$tmp/gui.out" 2>&1 \
    || { cat "$tmp/gui.out" >&2; fail "GUI on the Trends page exited $?"; }
ok "GUI with the Trends charts quit with 0 after $((($(date +%s%N) - start) / 1000000)) ms"

fresh="$tmp/fresh"
"$exe" --data-dir "$fresh" --quit-after-ms 500 >"$tmp/gui2.out" 2>&1 \
    || { cat "$tmp/gui2.out" >&2; fail "first start exited $?"; }
[ -f "$fresh/journal.sqlite3" ] || fail "first start did not create $fresh/journal.sqlite3"
ok "first start created journal.sqlite3"

for log in "$data"/state/logs/hipdesk.log "$fresh"/state/logs/hipdesk.log; do
    [ -f "$log" ] || fail "no log file $log"
    if grep -nE " ERROR |CRITICAL|Traceback" "$log" >&2; then
        fail "errors in $log"
    fi
done
ok "logs have no errors"

for plugin in platforms/*qxcb* platforms/*qwayland* platforms/*qoffscreen* imageformats/*qsvg* \
    iconengines/*qsvgicon* multimedia/*ffmpeg* texttospeech/*speechd*; do
    compgen -G "$bundle/_internal/PySide6/Qt/plugins/$plugin" >/dev/null \
        || fail "Qt plugin $plugin is missing from the bundle"
done
for gone in QtWebEngineCore QtQml QtQuick Qt3DCore QtCharts QtPrintSupport; do
    [ ! -e "$bundle/_internal/PySide6/$gone.abi3.so" ] || fail "PySide6.$gone is bundled"
done
if find -L "$bundle" -type l | grep . >&2; then fail "dangling symlinks in the bundle"; fi
ok "Qt plugins present, unused Qt modules absent"

echo "smoke: bundle $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files: all ok"
