#!/bin/bash
# Stop the dnsmasq started by start-dns.sh OUTDIR. Idempotent.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 1; }
pidfile=$1/dnsmasq.pid
[ -s "$pidfile" ] || exit 0
pid=$(cat "$pidfile")
if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    echo "stopped dnsmasq (pid $pid)"
fi
rm -f "$pidfile" "$1/dnsmasq.pid.own"
exit 0
