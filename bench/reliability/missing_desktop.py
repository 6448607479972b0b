"""Trial 7: missing desktop parts. The real GUI process starts with no tray, no notification
daemon, no D-Bus at all (session and system), no audio server and no idle source (no X
display, no Wayland idle protocol); it must keep running (falling back to estimated sitting,
the tick-gap sleep check and the prompt window) and `hipdesk doctor` must report each part.

Run: .venv/bin/python bench/reliability/missing_desktop.py
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _common

STRIP = ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS",
         "PULSE_SERVER", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP")  # fmt: skip

EXPECT = {  # doctor section, key, words that show the fallback is reported
    "no idle source": ("sitting", "idle source", "estimated"),
    "no D-Bus (sleep)": ("sitting", "sleep signal", "tick-gap fallback"),
    "no D-Bus (lock)": ("sitting", "lock signal", "unavailable"),
    "no audio": ("routines", "sound cues", "silent"),
    "no tray": ("prompts", "tray", "not available"),
    "no notification daemon": ("prompts", "notification server", "none"),
    "prompt fallback": ("prompts", "prompt path", "prompt window"),
}


def main() -> int:
    from rel_kit import GUI_CHILD, child_env

    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        runtime = Path(tmp) / "runtime"  # an XDG_RUNTIME_DIR with no pulse/pipewire socket
        runtime.mkdir(mode=0o700)
        env = child_env(
            XDG_RUNTIME_DIR=str(runtime),
            XDG_SESSION_TYPE="wayland",
            DBUS_SYSTEM_BUS_ADDRESS="unix:path=/nonexistent/system_bus_socket",
        )
        for var in STRIP:
            if var not in ("XDG_SESSION_TYPE", "DBUS_SYSTEM_BUS_ADDRESS"):
                env.pop(var, None)
        data = Path(tmp) / "data"
        doctor = subprocess.run([sys.executable, "-m", "hipdesk", "--data-dir", str(data),
                                 "doctor", "--json"], capture_output=True, text=True, env=env,
                                cwd=_common.ROOT, timeout=120)  # fmt: skip
        if doctor.returncode != 0:
            problems.append(f"doctor failed: {doctor.stderr[-500:]}")
            report = {}
        else:
            report = json.loads(doctor.stdout)
        for part, (section, key, words) in EXPECT.items():
            value = report.get(section, {}).get(key, "(missing)")
            ok = words in value
            print(f"  {part:<24} doctor {key!r}: {value[:90]}{'' if ok else '   <- NOT REPORTED'}")
            if not ok:
                problems.append(part)
        # The real GUI under the same environment: runs, measures, writes, quits cleanly.
        proc = subprocess.Popen([sys.executable, str(GUI_CHILD), str(data), "200"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=env, cwd=_common.ROOT)  # fmt: skip
        assert proc.stdout is not None
        opened = proc.stdout.readline().startswith("open ")
        time.sleep(2.0)  # another process: let it tick and write for a while
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
        acks = out.count("ack ")
        log = "".join(p.read_text("utf-8") for p in (data / "state" / "logs").glob("*.log*"))
        fallbacks = ["sitting is estimated", "no system tray", "prompt window"]
        seen = [f for f in fallbacks if f in log]
        print(f"  GUI: opened {opened}, entries saved {acks}, exit {proc.returncode}, "
              f"fallbacks logged: {seen}, tracebacks: {'Traceback' in err + log}")  # fmt: skip
        if not opened or acks == 0 or proc.returncode != 0 or "Traceback" in err + log:
            problems.append(f"GUI without desktop parts: rc {proc.returncode} {err[-800:]}")
        if len(seen) != len(fallbacks):
            problems.append(f"fallbacks not logged: {set(fallbacks) - set(seen)}")
    for p in problems:
        print("  PROBLEM:", p)
    return _common.verdict(not problems, "each part falls back and doctor reports it")


if __name__ == "__main__":
    sys.exit(main())
