#!/bin/sh
# Runs a test under a real accessibility bridge, as a screen reader's session has it: its own
# X server (Xvfb), D-Bus session and AT-SPI bus (at-spi2-core), Qt's xcb platform. Qt then
# reports QAccessible::isActive() and accessibility events reach the test's update handler.
# Exits 77 (CTest: skipped) when Xvfb, dbus-run-session or the AT-SPI bus launcher is missing.
#   with-atspi.sh TEST [ARGS...]
for tool in Xvfb dbus-run-session dbus-send; do
    command -v "$tool" >/dev/null 2>&1 || { echo "with-atspi: $tool is missing, skipped"; exit 77; }
done
[ -e /usr/share/dbus-1/services/org.a11y.Bus.service ] ||
    { echo "with-atspi: at-spi2-core is missing, skipped"; exit 77; }

run_dir=$(mktemp -d) || exit 1
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$run_dir"' EXIT INT TERM
# Xvfb picks a free display and writes its number on fd 3.
exec 3>"$run_dir/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >"$run_dir/xvfb.log" 2>&1 &
xvfb=$!
exec 3>&-
i=0
while [ ! -s "$run_dir/display" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$run_dir/display" ] || { echo "with-atspi: Xvfb did not start"; cat "$run_dir/xvfb.log"; exit 1; }
export DISPLAY=":$(cat "$run_dir/display")"
export QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="$run_dir"
export POSTEL_A11Y_BRIDGE=required
# The AT-SPI bus is started on demand; Qt looks for it once, at start: start it first and
# say a screen reader is on.
dbus-run-session -- sh -c '
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus \
        org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled \
        variant:boolean:true >/dev/null || exit 1
    exec "$@"' with-atspi "$@"
exit $?
