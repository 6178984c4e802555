#!/bin/bash
# Starts the GUI under a fresh Xvfb and checks that it comes up (its main window shows
# within 20 s) and quits cleanly on Ctrl+Q, as a user would leave it.
# Usage: gui-comes-up.sh SCRATCH_DIR LABEL COMMAND...
# COMMAND runs with DISPLAY set (a wrapper that clears the environment must pass it on).
# Prints ok:/FAIL: lines; exits 1 on a failure.
set -uo pipefail
scratch=$1
label=$2
shift 2
mkdir -p "$scratch"
exec 3>"$scratch/xvfb.display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
gui=""
trap '[ -n "$gui" ] && kill "$gui" 2>/dev/null; kill "$xvfb" 2>/dev/null; wait 2>/dev/null' EXIT
for _ in $(seq 50); do [ -s "$scratch/xvfb.display" ] && break; sleep 0.1; done
display=$(cat "$scratch/xvfb.display" 2>/dev/null)
[ -n "$display" ] || { echo "FAIL: Xvfb did not start: $(cat "$scratch/xvfb.log")" >&2; exit 1; }
export DISPLAY=:$display

"$@" >"$scratch/gui.log" 2>&1 &
gui=$!
window=$(timeout 20 xdotool search --sync --onlyvisible --name ' — Postel$' 2>/dev/null | head -n 1)
if [ -z "$window" ]; then
    echo "FAIL: $label: no Postel window within 20 s: $(tail -n 20 "$scratch/gui.log")" >&2
    exit 1
fi
echo "ok: $label came up: window \"$(xdotool getwindowname "$window")\""
xdotool windowfocus --sync "$window" key ctrl+q
for _ in $(seq 100); do kill -0 "$gui" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$gui" 2>/dev/null; then
    echo "FAIL: $label did not quit on Ctrl+Q" >&2
    exit 1
fi
rc=0
wait "$gui" || rc=$?
gui=""
[ "$rc" -eq 0 ] || { echo "FAIL: $label exited with $rc on Ctrl+Q: $(tail -n 20 "$scratch/gui.log")" >&2; exit 1; }
echo "ok: $label quit on Ctrl+Q"
