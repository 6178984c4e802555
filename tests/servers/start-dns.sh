#!/bin/bash
# Start dnsmasq as a DNS server for the MX tests, on port 53 of one loopback address.
# Usage: start-dns.sh OUTDIR ADDRESS      (ADDRESS e.g. 127.83.17.53)
# Qt 6.4's QDnsLookup::setNameserver() takes an address only and always asks port 53, so
# the server cannot use a free high port. It answers only the zones below (--local=/test/:
# anything else under .test is NXDOMAIN) and never asks another server (--no-resolv,
# no --server). Writes OUTDIR/dnsmasq.pid and OUTDIR/dnsmasq.log. Stop: stop-dns.sh OUTDIR.
#
# The zone (the SMTP test servers listen on 127.0.0.1; their certificate names
# mx.postel.test and implicit.test, see start-servers.sh):
#   postel.test        MX 10 mx.postel.test
#   mx.postel.test     A 127.0.0.1, AAAA ::1
#   multi.test         MX 30 other.multi.test, MX 10 down.multi.test, MX 20 mx.postel.test
#                      (given out of order on purpose)
#   down.multi.test    A 127.0.0.2 (nothing listens there: connection refused)
#   other.multi.test   A 127.0.0.1 (a name the certificate does not carry)
#   implicit.test      A 127.0.0.1, no MX (the implicit MX of RFC 5321 section 5.1)
#   nullmx.test        MX 0 . (RFC 7505), and an A record that must not be used
#   nomail.test        a TXT record only: no MX, no address
#   noaddr.test        MX 10 ghost.noaddr.test, which has no address
#   nosuch.test        does not exist (NXDOMAIN)
set -euo pipefail

die() { echo "start-dns.sh: $*" >&2; exit 1; }

[ $# -eq 2 ] || die "usage: $0 OUTDIR ADDRESS"
ADDRESS=$2
DNSMASQ=/usr/sbin/dnsmasq
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ -x "$DNSMASQ" ] || die "$DNSMASQ not found (apt-get install -y dnsmasq-base)"
mkdir -p "$1"
OUTDIR=$(cd "$1" && pwd -P)

"$HERE/stop-dns.sh" "$OUTDIR" >/dev/null 2>&1 || true
rm -f "$OUTDIR/dnsmasq.log"

user=()
# As root dnsmasq would switch to a user that may not exist with dnsmasq-base alone.
[ "$(id -u)" -eq 0 ] && user=(--user=root --group=root)

answers() {   # does a DNS server answer an MX query for postel.test on $ADDRESS:53?
    /usr/bin/python3 - "$ADDRESS" <<'EOF' 2>/dev/null
import socket, struct, sys
q = struct.pack(">HHHHHH", 0x5053, 0x0100, 1, 0, 0, 0)
q += b"".join(bytes([len(p)]) + p.encode() for p in "postel.test".split(".")) + b"\0"
q += struct.pack(">HH", 15, 1)  # MX, IN
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(0.5)
s.sendto(q, (sys.argv[1], 53))
r = s.recv(512)
sys.exit(0 if r[:2] == q[:2] and struct.unpack(">H", r[6:8])[0] >= 1 else 1)
EOF
}
# Another server there would answer in its place (a run of another build that chose the
# same address, or one this script did not stop).
answers && die "something already answers DNS on $ADDRESS port 53; stop it first"

setsid "$DNSMASQ" --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
    --bind-interfaces --listen-address="$ADDRESS" --port=53 "${user[@]}" \
    --pid-file="$OUTDIR/dnsmasq.pid.own" --log-queries --log-facility="$OUTDIR/dnsmasq.log" \
    --local=/test/ \
    --mx-host=postel.test,mx.postel.test,10 \
    --host-record=mx.postel.test,127.0.0.1,::1 \
    --mx-host=multi.test,other.multi.test,30 \
    --mx-host=multi.test,down.multi.test,10 \
    --mx-host=multi.test,mx.postel.test,20 \
    --host-record=down.multi.test,127.0.0.2 \
    --host-record=other.multi.test,127.0.0.1 \
    --host-record=implicit.test,127.0.0.1 \
    --dns-rr=nullmx.test,15,000000 \
    --host-record=nullmx.test,127.0.0.1 \
    --txt-record=nomail.test,"no mail here" \
    --mx-host=noaddr.test,ghost.noaddr.test,10 \
    </dev/null >"$OUTDIR/dnsmasq.out" 2>&1 &
echo $! >"$OUTDIR/dnsmasq.pid"

# Ready when it has bound its address (its log says "started") and answers a query.
for _ in $(seq 50); do
    if grep -qs "started, version" "$OUTDIR/dnsmasq.log" && answers \
        && kill -0 "$(cat "$OUTDIR/dnsmasq.pid")" 2>/dev/null; then
        echo "dnsmasq answering on $ADDRESS port 53 (pid $(cat "$OUTDIR/dnsmasq.pid"))"
        exit 0
    fi
    if ! kill -0 "$(cat "$OUTDIR/dnsmasq.pid")" 2>/dev/null; then
        cat "$OUTDIR/dnsmasq.out" >&2 || true
        die "dnsmasq could not start on $ADDRESS port 53 (port 53 needs root or" \
            "CAP_NET_BIND_SERVICE; is another DNS server bound to that address?)"
    fi
    sleep 0.1
done
cat "$OUTDIR/dnsmasq.out" >&2 || true
"$HERE/stop-dns.sh" "$OUTDIR" >/dev/null 2>&1 || true
die "dnsmasq did not answer on $ADDRESS port 53 within 5 s"
