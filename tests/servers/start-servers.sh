#!/bin/bash
# Start aiosmtpd (5 listeners) and Exim on free 127.0.0.1 ports, detached.
# Usage: start-servers.sh OUTDIR
# Writes OUTDIR/servers.env and OUTDIR/servers.json. Idempotent: if the servers
# of OUTDIR are already up and answering, it only re-prints the env file.
set -euo pipefail

die() { echo "start-servers.sh: $*" >&2; exit 1; }

[ $# -eq 1 ] || die "usage: $0 OUTDIR"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
EXIM=/usr/sbin/exim4
SIZE_LIMIT=62914560   # 60 MiB
USER_NAME=alice
USER_PASSWORD=wonderland

[ -x "$PY" ] || die "$PY not found (apt-get install -y python3)"
"$PY" -c 'import aiosmtpd' 2>/dev/null || die "aiosmtpd missing for $PY (apt-get install -y python3-aiosmtpd)"
[ -x "$EXIM" ] || die "$EXIM not found (apt-get install -y exim4-daemon-heavy)"
command -v openssl >/dev/null || die "openssl not found (apt-get install -y openssl)"

mkdir -p "$1"
OUTDIR=$(cd "$1" && pwd -P)
# Exim delivers as an unprivileged user: it must be able to reach OUTDIR.
chmod 755 "$OUTDIR"

# On any failure, do not leave half a set of servers behind.
trap 'rc=$?; [ $rc -eq 0 ] || "$HERE/stop-servers.sh" "$OUTDIR" >/dev/null 2>&1; exit $rc' EXIT

pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
# The certificate also names the hosts the loopback DNS (start-dns.sh) gives as MX; one
# made before they were added is made again.
cert_current() {
    openssl x509 -in "$OUTDIR/server.pem" -noout -ext subjectAltName 2>/dev/null \
        | grep -q "DNS:mx.postel.test"
}

# ---- already running? ------------------------------------------------------
if [ -s "$OUTDIR/servers.env" ] && pid_alive "$OUTDIR/aiosmtpd.pid" && pid_alive "$OUTDIR/exim.pid" \
   && cert_current; then
    # shellcheck disable=SC1091
    . "$OUTDIR/servers.env"
    if "$PY" "$HERE/portutil.py" wait-greeting "$AIOSMTPD_PORT" >/dev/null 2>&1 \
       && "$PY" "$HERE/portutil.py" wait-greeting "$EXIM_PORT" >/dev/null 2>&1; then
        trap - EXIT   # from here on, nothing may stop the running servers
        echo "servers already running for $OUTDIR"
        cat "$OUTDIR/servers.env" || true
        exit 0
    fi
fi
"$HERE/stop-servers.sh" "$OUTDIR" >/dev/null 2>&1 || true
rm -f "$OUTDIR/servers.env" "$OUTDIR/servers.json"

# ---- certificates ----------------------------------------------------------
if [ ! -s "$OUTDIR/ca.pem" ] || [ ! -s "$OUTDIR/server.pem" ] || [ ! -s "$OUTDIR/server.key" ] \
   || ! cert_current; then
    (
        cd "$OUTDIR"
        openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
            -keyout ca.key -out ca.pem -subj "/CN=Postel Test CA" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr \
            -subj "/CN=localhost" 2>/dev/null
        cat > server.ext <<'EOF'
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, DNS:mx.postel.test, DNS:implicit.test, IP:127.0.0.1, IP:::1
EOF
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
            -days 825 -sha256 -extfile server.ext -out server.pem 2>/dev/null
        rm -f server.csr server.ext ca.srl
    ) || die "certificate generation with openssl failed"
fi

# ---- aiosmtpd --------------------------------------------------------------
AIO_MAILDIR="$OUTDIR/aiosmtpd-mail"
mkdir -p "$AIO_MAILDIR"
rm -f "$OUTDIR/aiosmtpd-ports.json"
setsid "$PY" "$HERE/aiosmtpd_server.py" \
    --cert "$OUTDIR/server.pem" --key "$OUTDIR/server.key" \
    --maildir "$AIO_MAILDIR" --ports-file "$OUTDIR/aiosmtpd-ports.json" \
    </dev/null >"$OUTDIR/aiosmtpd.log" 2>&1 &
echo $! >"$OUTDIR/aiosmtpd.pid"

for _ in $(seq 150); do
    [ -s "$OUTDIR/aiosmtpd-ports.json" ] && break
    pid_alive "$OUTDIR/aiosmtpd.pid" || break
    sleep 0.1
done
[ -s "$OUTDIR/aiosmtpd-ports.json" ] || {
    tail -n 20 "$OUTDIR/aiosmtpd.log" >&2 || true
    die "aiosmtpd did not start (log: $OUTDIR/aiosmtpd.log)"
}
read -r AIO_PORT AIO_NOUTF8_PORT AIO_TLS_PORT AIO_LMTP_PORT AIO_AUTHTLS_PORT < <("$PY" -c '
import json,sys; p=json.load(open(sys.argv[1])); print(p["main"], p["noutf8"], p["tls"], p["lmtp"], p["authtls"])' "$OUTDIR/aiosmtpd-ports.json")

# ---- Exim ------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    EXIM_USER=Debian-exim
    EXIM_GROUP=Debian-exim
    id "$EXIM_USER" >/dev/null 2>&1 || die "user $EXIM_USER missing (is exim4-base installed?)"
else
    EXIM_USER=$(id -un)
    EXIM_GROUP=$(id -gn)
fi
EXIM_DIR="$OUTDIR/exim"
EXIM_MAILDIR="$OUTDIR/exim-mail"
mkdir -p "$EXIM_DIR/spool" "$EXIM_DIR/log" "$EXIM_MAILDIR"
printf 'staff: alice@postel.test, bob@postel.test\npostmaster: alice@postel.test\n' >"$EXIM_DIR/aliases"
chmod 644 "$EXIM_DIR/aliases" "$OUTDIR/server.pem"
# The key is read by the Exim daemon after it drops to exim_user.
chmod 640 "$OUTDIR/server.key"
if [ "$(id -u)" -eq 0 ]; then
    chgrp "$EXIM_GROUP" "$OUTDIR/server.key"
    chown -R "$EXIM_USER:$EXIM_GROUP" "$EXIM_DIR/spool" "$EXIM_DIR/log" "$EXIM_MAILDIR"
fi

start_exim() {
    EXIM_PORT=$("$PY" "$HERE/portutil.py" free-port)
    sed -e "s|@OUTDIR@|$OUTDIR|g" -e "s|@PORT@|$EXIM_PORT|g" \
        -e "s|@EXIM_USER@|$EXIM_USER|g" -e "s|@EXIM_GROUP@|$EXIM_GROUP|g" \
        -e "s|@SIZE_LIMIT@|$SIZE_LIMIT|g" "$HERE/exim.conf.in" >"$EXIM_DIR/exim.conf"
    chmod 644 "$EXIM_DIR/exim.conf"
    "$EXIM" -C "$EXIM_DIR/exim.conf" -bV >"$EXIM_DIR/config-check.log" 2>&1 \
        || { grep -v -e "^Exim version" -e "^Copyright" -e "^(c)" -e "^[A-Z][A-Za-z_ ()-]*: " "$EXIM_DIR/config-check.log" >&2; die "Exim rejected $EXIM_DIR/exim.conf"; }
    # -bdf: daemon in the foreground (so $! is the daemon); no -q: nothing is
    # ever queued, each message is delivered by the receiving process at once.
    setsid "$EXIM" -C "$EXIM_DIR/exim.conf" -bdf -oX "$EXIM_PORT" \
        </dev/null >"$EXIM_DIR/daemon.out" 2>&1 &
    echo $! >"$OUTDIR/exim.pid"
    "$PY" "$HERE/portutil.py" wait-greeting "$EXIM_PORT" --pid "$(cat "$OUTDIR/exim.pid")" >/dev/null
}

ok=0
for attempt in 1 2 3; do   # retry in case another process grabbed the free port
    if start_exim; then ok=1; break; fi
    [ -s "$OUTDIR/exim.pid" ] && kill "$(cat "$OUTDIR/exim.pid")" 2>/dev/null || true
    sleep 0.2
done
if [ $ok -ne 1 ]; then
    cat "$EXIM_DIR/daemon.out" >&2 2>/dev/null || true
    tail -n 20 "$EXIM_DIR/log/paniclog" "$EXIM_DIR/log/mainlog" >&2 2>/dev/null || true
    die "Exim did not answer with 220 on 127.0.0.1:$EXIM_PORT"
fi

# ---- check aiosmtpd greetings ----------------------------------------------
for p in "$AIO_PORT" "$AIO_NOUTF8_PORT" "$AIO_LMTP_PORT" "$AIO_AUTHTLS_PORT"; do
    "$PY" "$HERE/portutil.py" wait-greeting "$p" >/dev/null \
        || { die "aiosmtpd did not greet on port $p"; }
done
"$PY" "$HERE/portutil.py" wait-greeting "$AIO_TLS_PORT" --tls "$OUTDIR/ca.pem" >/dev/null \
    || { die "aiosmtpd (implicit TLS) did not greet on port $AIO_TLS_PORT"; }

# ---- env + json ------------------------------------------------------------
cat >"$OUTDIR/servers.env.tmp" <<EOF
POSTEL_TEST_HOST=127.0.0.1
POSTEL_TEST_TLS_NAME=localhost
POSTEL_TEST_CA=$OUTDIR/ca.pem
POSTEL_TEST_SERVER_CERT=$OUTDIR/server.pem
POSTEL_TEST_USER=$USER_NAME
POSTEL_TEST_PASSWORD=$USER_PASSWORD
POSTEL_TEST_LOCAL_DOMAINS=postel.test,example.org,example.com,exim.test
POSTEL_TEST_REFUSED_DOMAIN=refused.test
AIOSMTPD_PORT=$AIO_PORT
AIOSMTPD_NOUTF8_PORT=$AIO_NOUTF8_PORT
AIOSMTPD_LMTP_PORT=$AIO_LMTP_PORT
AIOSMTPD_TLS_PORT=$AIO_TLS_PORT
AIOSMTPD_AUTHTLS_PORT=$AIO_AUTHTLS_PORT
AIOSMTPD_MAILDIR=$AIO_MAILDIR
AIOSMTPD_SIZE_LIMIT=$SIZE_LIMIT
AIOSMTPD_PID=$(cat "$OUTDIR/aiosmtpd.pid")
EXIM_PORT=$EXIM_PORT
EXIM_MAILDIR=$EXIM_MAILDIR
EXIM_SIZE_LIMIT=$SIZE_LIMIT
EXIM_HOSTNAME=exim.test
EXIM_LOG=$EXIM_DIR/log/mainlog
EXIM_PID=$(cat "$OUTDIR/exim.pid")
EOF
mv "$OUTDIR/servers.env.tmp" "$OUTDIR/servers.env"
"$PY" - "$OUTDIR/servers.env" "$OUTDIR/servers.json" <<'EOF'
import json, sys
env = dict(l.rstrip("\n").split("=", 1) for l in open(sys.argv[1]) if "=" in l)
for k, v in env.items():
    if k.endswith(("_PORT", "_PID", "_SIZE_LIMIT")):
        env[k] = int(v)
with open(sys.argv[2] + ".tmp", "w") as f:
    json.dump(env, f, indent=2)
    f.write("\n")
import os
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
EOF
trap - EXIT   # started: a closed stdout (e.g. "| head") must not stop them
cat "$OUTDIR/servers.env" || true
