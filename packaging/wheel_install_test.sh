#!/usr/bin/env bash
# Install the wheel in dist/ into a fresh venv (dependencies from PyPI, pinned to
# requirements/lock.txt) and check that the `hipdesk` gui-script works from it:
# --version, the catalogue (package data), and an offscreen start that creates the journal
# (the compiled resources are in the wheel). Usage: packaging/wheel_install_test.sh [PYTHON]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
python=${1:-python3}
shopt -s nullglob
wheels=("$root"/dist/hipdesk-*.whl)
[ ${#wheels[@]} -eq 1 ] || { echo "wheel-test: expected one wheel in dist/, found ${#wheels[@]} (make dist)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -E '^[A-Za-z0-9_.-]+==' "$root/requirements/lock.txt" | cut -d' ' -f1 >"$tmp/constraints.txt"

"$python" -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q --disable-pip-version-check -c "$tmp/constraints.txt" "${wheels[0]}"

cd "$tmp"  # nothing from the source tree on the path
want="hipdesk $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/hipdesk/__init__.py")"
got=$("$tmp/venv/bin/hipdesk" --version)
[ "$got" = "$want" ] || { echo "wheel-test: --version printed '$got', wanted '$want'" >&2; exit 1; }
echo "wheel-test: ok: $got"

n=$("$tmp/venv/bin/hipdesk" drills --json | grep -c '"slug":')
[ "$n" -gt 0 ] || { echo "wheel-test: drills --json listed no drills" >&2; exit 1; }
echo "wheel-test: ok: drills --json lists $n drills"

QT_QPA_PLATFORM=offscreen DBUS_SESSION_BUS_ADDRESS= "$tmp/venv/bin/hipdesk" \
    --data-dir "$tmp/data" --quit-after-ms 500 >"$tmp/gui.out" 2>&1 \
    || { cat "$tmp/gui.out" >&2; echo "wheel-test: the app exited $?" >&2; exit 1; }
[ -f "$tmp/data/journal.sqlite3" ] || { echo "wheel-test: no journal created" >&2; exit 1; }
echo "wheel-test: ok: offscreen start created the journal"
