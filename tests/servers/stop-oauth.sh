#!/bin/bash
# Stop the servers started by start-oauth.sh OUTDIR. Idempotent.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 1; }
OUTDIR=$1
[ -d "$OUTDIR" ] || exit 0
for name in oauth smtp; do
    pidfile="$OUTDIR/$name.pid"
    [ -s "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && { kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; }
        echo "stopped $name (pid $pid)"
    fi
    rm -f "$pidfile"
done
rm -f "$OUTDIR"/*-port.json
exit 0
