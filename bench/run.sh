#!/bin/sh
# Runs Postel (postel-bench) and Python's smtplib (smtplib_bench.py) through B1-B4 against
# the same sink (postel-sink), plain and with STARTTLS, and prints a table with the ratios.
# Client pinned to CPU 0, sink to CPU 1. Each cell is the median of REPEAT runs.
#
#   bench/run.sh [BUILD_DIR]        (default: build/perf; needs postel-bench and postel-sink)
#   REPEAT=5 bench/run.sh
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build/perf}
bench=$build/bench/postel-bench
sink=$build/bench/postel-sink
py=/usr/bin/python3
repeat=${REPEAT:-5}
for f in "$bench" "$sink"; do
    [ -x "$f" ] || { echo "missing $f: ninja -C $build postel-bench postel-sink" >&2; exit 1; }
done

work=$(mktemp -d /tmp/postel-bench.XXXXXX)
sinkpid=
cleanup() {
    [ -n "$sinkpid" ] && kill "$sinkpid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# A throw-away CA and a server certificate for localhost / 127.0.0.1.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=postel-bench-ca \
    -keyout "$work/ca.key" -out "$work/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj /CN=localhost \
    -keyout "$work/server.key" -out "$work/server.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$work/san.ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
    -CAcreateserial -days 2 -extfile "$work/san.ext" -out "$work/server.pem" >/dev/null 2>&1

taskset -c 1 "$sink" --cert "$work/server.pem" --key "$work/server.key" >"$work/sink.out" &
sinkpid=$!
for _ in $(seq 50); do
    grep -q PORT "$work/sink.out" 2>/dev/null && break
    sleep 0.1
done
port=$(awk '/PORT/ {print $2}' "$work/sink.out")
[ -n "$port" ] || { echo "the sink did not start" >&2; exit 1; }
server=127.0.0.1:$port

# median <client> <args...>: prints "rate peak_rss_kib wall_s" of the median run (by rate)
median() {
    client=$1
    shift
    : >"$work/runs"
    i=0
    while [ $i -lt "$repeat" ]; do
        if [ "$client" = postel ]; then
            taskset -c 0 "$bench" "$@" --server "$server" >"$work/one"
        else
            taskset -c 0 "$py" "$here/smtplib_bench.py" "$@" --server "$server" >"$work/one"
        fi
        "$py" -c 'import json,sys; j=json.load(open(sys.argv[1])); print(j["rate"], j["peak_rss_kib"], j["wall_s"], j.get("errors", 0))' \
            "$work/one" >>"$work/runs"
        i=$((i + 1))
    done
    sort -g "$work/runs" | awk -v n="$repeat" 'NR == int((n + 1) / 2) {print $1, $2, $3, $4}'
}

tls="--starttls --ca-file $work/ca.pem"
printf '%-34s %14s %14s %8s %14s %14s\n' scenario postel smtplib ratio "postel RSS" "smtplib RSS"
row() {
    label=$1
    unit=$2
    shift 2
    p=$(median postel "$@")
    s=$(median smtplib "$@")
    echo "$p $s" | awk -v label="$label" -v unit="$unit" '{
        ratio = ($5 > 0) ? $1 / $5 : 0;
        if (unit == "ms") { pv = sprintf("%.2f ms", $3 * 1000); sv = sprintf("%.2f ms", $7 * 1000) }
        else { pv = sprintf("%.0f %s", $1, unit); sv = sprintf("%.0f %s", $5, unit) }
        err = ($4 > 0) ? "  (postel errors!)" : "";
        printf "%-34s %14s %14s %7.2fx %10.0f MiB %10.0f MiB%s\n", label, pv, sv, ratio, $2 / 1024, $6 / 1024, err
    }'
}
row "B1 1000 x 1 KB, one connection" msg/s b1
row "B2 one 50 MB message" MB/s b2
row "B2 one 50 MB message, STARTTLS" MB/s b2 $tls
row "B3 one message, 500 recipients" ms b3
row "B4 200 connections" conn/s b4
row "B4 200 connections, STARTTLS" conn/s b4 $tls
# Streamed from a file (Postel reads it in chunks; smtplib reads it whole).
"$py" -c 'import sys
line = b"The quick brown fox jumps over the lazy dog; 0123456789 ABCDEFGHIJKLMNOPQRSTUV\r\n"
open(sys.argv[1], "wb").write(b"Subject: file\r\n\r\n" + line * (50000000 // len(line)))' "$work/msg.eml"
row "B2 50 MB from a file" MB/s b2 --data "$work/msg.eml"
echo "(ratio: Postel / smtplib by rate; B3 rate = 1 / time; RSS: peak resident memory)"
