#!/bin/bash
# Stop the servers started by start-servers.sh OUTDIR (pid files in OUTDIR).
# Idempotent: missing or stale pid files are fine.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 1; }
OUTDIR=$1
[ -d "$OUTDIR" ] || { echo "nothing to stop: $OUTDIR does not exist"; exit 0; }

stop_one() {   # name pidfile
    local name=$1 pidfile=$2 pid
    [ -s "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        # Each server was started with setsid: it leads its own process group,
        # so this also ends Exim's per-connection children.
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
        fi
        echo "stopped $name (pid $pid)"
    fi
    rm -f "$pidfile"
}

stop_one aiosmtpd "$OUTDIR/aiosmtpd.pid"
stop_one exim "$OUTDIR/exim.pid"
rm -f "$OUTDIR/aiosmtpd-ports.json"
exit 0
