#!/bin/bash
# Start the OAuth 2.0 test servers on free 127.0.0.1 ports, detached:
#   oauth_server.py   an authorization server on Authlib (authorize, token with PKCE and
#                     refresh, revoke, introspect, /test/expire)
#   aiosmtpd_oauth.py aiosmtpd with AUTH XOAUTH2 OAUTHBEARER (after STARTTLS), checking
#                     each token with the authorization server's introspection endpoint
# Usage: start-oauth.sh OUTDIR   — writes OUTDIR/oauth.env (see README.md).
set -euo pipefail

die() { echo "start-oauth.sh: $*" >&2; exit 1; }
[ $# -eq 1 ] || die "usage: $0 OUTDIR"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3
"$PY" -c 'import authlib' 2>/dev/null || die "Authlib missing for $PY (apt-get install -y python3-authlib)"
"$PY" -c 'import aiosmtpd' 2>/dev/null || die "aiosmtpd missing for $PY (apt-get install -y python3-aiosmtpd)"
command -v openssl >/dev/null || die "openssl not found (apt-get install -y openssl)"

mkdir -p "$1"
OUTDIR=$(cd "$1" && pwd -P)
trap 'rc=$?; [ $rc -eq 0 ] || "$HERE/stop-oauth.sh" "$OUTDIR" >/dev/null 2>&1; exit $rc' EXIT
"$HERE/stop-oauth.sh" "$OUTDIR" >/dev/null 2>&1 || true
rm -f "$OUTDIR/oauth.env" "$OUTDIR"/*-port.json
rm -rf "$OUTDIR/mail"

pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
wait_file() {  # file pidfile log
    for _ in $(seq 150); do
        [ -s "$1" ] && return 0
        pid_alive "$2" || break
        sleep 0.1
    done
    tail -n 20 "$3" >&2 || true
    return 1
}

if [ ! -s "$OUTDIR/ca.pem" ] || [ ! -s "$OUTDIR/server.pem" ]; then
    (
        cd "$OUTDIR"
        openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
            -keyout ca.key -out ca.pem -subj "/CN=Postel OAuth Test CA" \
            -addext "basicConstraints=critical,CA:TRUE" \
            -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr \
            -subj "/CN=localhost" 2>/dev/null
        printf '%s\n' "basicConstraints = CA:FALSE" \
            "keyUsage = critical, digitalSignature, keyEncipherment" \
            "extendedKeyUsage = serverAuth" \
            "subjectAltName = DNS:localhost, IP:127.0.0.1" >server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
            -days 825 -sha256 -extfile server.ext -out server.pem 2>/dev/null
        rm -f server.csr server.ext ca.srl
    ) || die "certificate generation with openssl failed"
fi

setsid "$PY" "$HERE/oauth_server.py" --ports-file "$OUTDIR/oauth-port.json" \
    </dev/null >"$OUTDIR/oauth.log" 2>&1 &
echo $! >"$OUTDIR/oauth.pid"
wait_file "$OUTDIR/oauth-port.json" "$OUTDIR/oauth.pid" "$OUTDIR/oauth.log" \
    || die "the authorization server did not start (log: $OUTDIR/oauth.log)"
OAUTH_PORT=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$OUTDIR/oauth-port.json")

setsid "$PY" "$HERE/aiosmtpd_oauth.py" --oauth-port "$OAUTH_PORT" \
    --cert "$OUTDIR/server.pem" --key "$OUTDIR/server.key" --maildir "$OUTDIR/mail" \
    --ports-file "$OUTDIR/smtp-port.json" </dev/null >"$OUTDIR/smtp.log" 2>&1 &
echo $! >"$OUTDIR/smtp.pid"
wait_file "$OUTDIR/smtp-port.json" "$OUTDIR/smtp.pid" "$OUTDIR/smtp.log" \
    || die "aiosmtpd (OAuth) did not start (log: $OUTDIR/smtp.log)"
SMTP_PORT=$("$PY" -c 'import json,sys; print(json.load(open(sys.argv[1]))["port"])' "$OUTDIR/smtp-port.json")
"$PY" "$HERE/portutil.py" wait-greeting "$SMTP_PORT" >/dev/null \
    || die "aiosmtpd (OAuth) did not greet on port $SMTP_PORT"

BASE=http://127.0.0.1:$OAUTH_PORT
cat >"$OUTDIR/oauth.env.tmp" <<EOT
OAUTH_ISSUER=$BASE
OAUTH_AUTHORIZE_URL=$BASE/authorize
OAUTH_TOKEN_URL=$BASE/token
OAUTH_REVOKE_URL=$BASE/revoke
OAUTH_EXPIRE_URL=$BASE/test/expire
OAUTH_CLIENT_ID=postel-desktop
OAUTH_CONFIDENTIAL_CLIENT_ID=postel-confidential
OAUTH_CONFIDENTIAL_CLIENT_SECRET=confidential-secret
OAUTH_SCOPE=smtp offline_access
OAUTH_USER=alice@postel.test
OAUTH_SMTP_HOST=127.0.0.1
OAUTH_SMTP_PORT=$SMTP_PORT
OAUTH_SMTP_TLS_NAME=localhost
OAUTH_SMTP_CA=$OUTDIR/ca.pem
OAUTH_SMTP_MAILDIR=$OUTDIR/mail
EOT
mv "$OUTDIR/oauth.env.tmp" "$OUTDIR/oauth.env"
trap - EXIT
cat "$OUTDIR/oauth.env"
