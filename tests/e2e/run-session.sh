#!/usr/bin/env bash
# Run a command (the e2e pytest run) inside a private D-Bus session with a virtual X server,
# a system tray (trayer, XEmbed) and a notification daemon (dunst), then tear them all down.
# Nothing leaks into the developer's desktop session. Recipe: ../shared/test-env.md.
set -u

if [ "${1:-}" != "--inner" ]; then
    missing=()
    for tool in dbus-run-session Xvfb trayer dunst xdotool; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        # The tests themselves report the skip with this reason (tests/e2e/conftest.py).
        echo "e2e: not available here: ${missing[*]} (install with .ci/run's apt list)" >&2
        HIPDESK_E2E_MISSING="${missing[*]}" exec "$@"
    fi
    exec dbus-run-session -- "$0" --inner "$@"
fi
shift

workdir=$(mktemp -d)
cleanup() {
    for pid in ${DUNST_PID:-} ${TRAYER_PID:-} ${XVFB_PID:-}; do kill "$pid" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$workdir"
}
trap cleanup EXIT

# -displayfd picks a free display number, so parallel runs never collide.
Xvfb -displayfd 3 -screen 0 1600x900x24 -nolisten tcp 3>"$workdir/display" 2>"$workdir/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 1 100); do [ -s "$workdir/display" ] && break; sleep 0.05; done
if [ ! -s "$workdir/display" ]; then
    echo "e2e: Xvfb did not start:" >&2; cat "$workdir/xvfb.log" >&2; exit 1
fi
export DISPLAY=":$(head -n1 "$workdir/display")"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY

trayer --edge top --align right --widthtype request --height 24 --SetDockType true \
    >"$workdir/trayer.log" 2>&1 &
TRAYER_PID=$!
dunst >"$workdir/dunst.log" 2>&1 &
DUNST_PID=$!

# Wait until the notification service and the tray window are really there; say so loudly if
# they never come (a test that then fails should not leave anyone guessing why).
ready=no
for _ in $(seq 1 200); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null \
            | grep -q 'boolean true' \
        && xdotool search --class trayer >/dev/null 2>&1; then
        ready=yes
        break
    fi
    sleep 0.05
done
if [ "$ready" != yes ]; then
    echo "e2e: warning: dunst or trayer not ready after 10 s" >&2
    cat "$workdir/dunst.log" "$workdir/trayer.log" >&2
fi
screen_tray="_NET_SYSTEM_TRAY_S0"
export HIPDESK_E2E_SESSION=1 HIPDESK_E2E_TRAY_SELECTION="$screen_tray"

"$@"
