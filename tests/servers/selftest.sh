#!/bin/bash
# Check, with Python's smtplib (and a raw socket for BDAT), that the servers of
# OUTDIR (started by start-servers.sh) offer what the tests rely on.
# Usage: selftest.sh OUTDIR      exit 0 = all checks passed
# Also the reference for "what smtplib sees" (run with -v for the details).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [-v]" >&2; exit 2; }
OUTDIR=$(cd "$1" && pwd -P)
[ -s "$OUTDIR/servers.env" ] || { echo "selftest: $OUTDIR/servers.env missing; run start-servers.sh first" >&2; exit 1; }
set -a
# shellcheck disable=SC1091
. "$OUTDIR/servers.env"
set +a
SELFTEST_VERBOSE=${2:-} exec /usr/bin/python3 - <<'PYEOF'
import base64, json, os, smtplib, socket, ssl, sys, time, uuid

E = os.environ
VERBOSE = E.get("SELFTEST_VERBOSE") == "-v"
CA = E["POSTEL_TEST_CA"]
USER, PASSWORD = E["POSTEL_TEST_USER"], E["POSTEL_TEST_PASSWORD"]
AIO, AIO_NOUTF8, AIO_TLS = int(E["AIOSMTPD_PORT"]), int(E["AIOSMTPD_NOUTF8_PORT"]), int(E["AIOSMTPD_TLS_PORT"])
EXIM = int(E["EXIM_PORT"])
results = []


def check(name, cond, detail=""):
    results.append((name, bool(cond)))
    mark = "ok  " if cond else "FAIL"
    if VERBOSE or not cond:
        print(f"{mark} {name}" + (f"  -- {detail}" if detail else ""))


def ctx():
    return ssl.create_default_context(cafile=CA)


def message(token, extra_body=b""):
    return (b"From: Alice <alice@example.org>\r\n"
            b"To: Bob <bob@example.com>\r\n"
            b"Subject: selftest " + token.encode() + b"\r\n"
            b"Message-ID: <" + token.encode() + b"@postel.test>\r\n"
            b"Date: Fri, 01 Jan 2021 00:00:00 +0000\r\n"
            b"MIME-Version: 1.0\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n"
            b"\r\n"
            b".leading dot (dot-stuffed on the wire)\r\n"
            b"..two dots\r\n"
            b"Za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87 g\xc4\x99\xc5\x9bl\xc4\x85 ja\xc5\xba\xc5\x84\r\n"
            b"trailing spaces   \r\n" + extra_body +
            b"\r\n"
            b"end\r\n")


def try_auth(port, mech, password, starttls=False, implicit=False):
    s = smtplib.SMTP_SSL("localhost", port, context=ctx(), timeout=10) if implicit else smtplib.SMTP("127.0.0.1", port, timeout=10)
    try:
        s.ehlo("client.example")
        if starttls:
            s._host = "localhost"
            s.starttls(context=ctx())
            s.ehlo("client.example")
        s.user, s.password = USER, password
        obj = getattr(s, "auth_" + mech.lower().replace("-", "_"))
        try:
            code, text = s.auth(mech, obj, initial_response_ok=True)
        except smtplib.SMTPAuthenticationError as e:
            code, text = e.smtp_code, e.smtp_error
        return code, text.decode(errors="replace")
    finally:
        s.quit()


def wait_for(pred, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = pred()
        if r:
            return r
        time.sleep(0.05)
    return None


# ---------------------------------------------------------------- aiosmtpd
s = smtplib.SMTP("127.0.0.1", AIO, timeout=10)
s.ehlo("[127.0.0.1]")
f = dict(s.esmtp_features)
if VERBOSE: print("aiosmtpd EHLO (plain):", json.dumps(f))
check("aiosmtpd: EHLO offers STARTTLS, SMTPUTF8, 8BITMIME, SIZE, AUTH LOGIN PLAIN",
      {"starttls", "smtputf8", "8bitmime", "size"} <= f.keys() and f.get("auth", "").split() == ["LOGIN", "PLAIN"], f)
s._host = "localhost"
s.starttls(context=ctx())
s.ehlo("[127.0.0.1]")
f2 = dict(s.esmtp_features)
check("aiosmtpd: STARTTLS verified for 'localhost' with ca.pem; no STARTTLS after", "starttls" not in f2, f2)
check("aiosmtpd: TLS version", s.sock.version() in ("TLSv1.2", "TLSv1.3"), s.sock.version())
s.quit()

# IP SAN: verify when connecting by 127.0.0.1
s = smtplib.SMTP("127.0.0.1", AIO, timeout=10)
s.starttls(context=ctx())
check("aiosmtpd: STARTTLS verified for IP 127.0.0.1 (IP SAN)", s.sock is not None)
s.quit()

for mech in ("PLAIN", "LOGIN"):
    code, text = try_auth(AIO, mech, PASSWORD)
    check(f"aiosmtpd: AUTH {mech} alice/wonderland (cleartext) -> 235", code == 235, f"{code} {text}")
    code, text = try_auth(AIO, mech, "wrong", starttls=True)
    check(f"aiosmtpd: AUTH {mech} wrong password -> 535 5.7.8", code == 535 and text.startswith("5.7.8"), f"{code} {text}")

token = "aio-" + uuid.uuid4().hex[:12]
msg = message(token)
s = smtplib.SMTP("127.0.0.1", AIO, timeout=10)
s.ehlo("client.example")
s._host = "localhost"
s.starttls(context=ctx())
s.login(USER, PASSWORD)
refused = s.sendmail("alice@example.org", ["bob@example.com", "x@refused.test", "\u0142ucja@example.org"], msg,
                     ["SMTPUTF8", "BODY=8BITMIME"])
s.quit()
check("aiosmtpd: RCPT @refused.test -> 550 5.1.1 <addr>: Recipient address rejected",
      refused == {"x@refused.test": (550, b"5.1.1 <x@refused.test>: Recipient address rejected")}, refused)
maildir = E["AIOSMTPD_MAILDIR"]


def find_aio():
    for name in os.listdir(maildir):
        if name.endswith(".json"):
            meta = json.load(open(os.path.join(maildir, name)))
            eml = open(os.path.join(maildir, name[:-5] + ".eml"), "rb").read()
            if token.encode() in eml:
                return meta, eml
    return None


found = wait_for(find_aio)
check("aiosmtpd: message stored", found is not None)
if found:
    meta, eml = found
    check("aiosmtpd: stored bytes == bytes sent (nothing added)", eml == msg, f"{len(eml)} vs {len(msg)}")
    check("aiosmtpd: envelope json", meta["mail_from"] == "alice@example.org"
          and meta["rcpt_tos"] == ["bob@example.com", "\u0142ucja@example.org"]
          and meta["smtp_utf8"] is True and "BODY=8BITMIME" in meta["mail_options"] and meta["tls"], meta)

s = smtplib.SMTP("127.0.0.1", AIO_NOUTF8, timeout=10)
s.ehlo("client.example")
f = dict(s.esmtp_features)
s.quit()
if VERBOSE: print("aiosmtpd-noutf8 EHLO:", json.dumps(f))
check("aiosmtpd-noutf8: no SMTPUTF8, still 8BITMIME + STARTTLS", "smtputf8" not in f and "8bitmime" in f and "starttls" in f, f)

s = smtplib.SMTP_SSL("localhost", AIO_TLS, context=ctx(), timeout=10)
s.ehlo("client.example")
f = dict(s.esmtp_features)
if VERBOSE: print("aiosmtpd-tls EHLO:", json.dumps(f))
check("aiosmtpd-tls: implicit TLS, verified, no STARTTLS offered", "starttls" not in f and s.sock.version() is not None, f)
s.quit()
code, text = try_auth(AIO_TLS, "PLAIN", PASSWORD, implicit=True)
check("aiosmtpd-tls: AUTH PLAIN -> 235", code == 235, f"{code} {text}")

# ---------------------------------------------------------------- Exim
s = smtplib.SMTP("127.0.0.1", EXIM, timeout=10)
code, text = s.ehlo("[127.0.0.1]")
f = dict(s.esmtp_features)
if VERBOSE: print("Exim EHLO (plain):", json.dumps(f))
want = {"size", "8bitmime", "dsn", "vrfy", "expn", "pipelining", "auth", "chunking", "starttls", "smtputf8"}
check("exim: EHLO [127.0.0.1] accepted, offers " + " ".join(sorted(want)), code == 250 and want <= f.keys(), f)
check("exim: SIZE == EXIM_SIZE_LIMIT", f.get("size") == E["EXIM_SIZE_LIMIT"], f.get("size"))
check("exim: AUTH PLAIN LOGIN CRAM-MD5 offered before TLS", f.get("auth", "").split() == ["PLAIN", "LOGIN", "CRAM-MD5"], f.get("auth"))
check("exim: VRFY bob@postel.test -> 250", s.verify("bob@postel.test")[0] == 250, s.verify("bob@postel.test"))
code, text = s.expn("staff")
check("exim: EXPN staff -> alice, bob", code == 250 and text == b"<alice@postel.test>\n<bob@postel.test>", (code, text))
s._host = "localhost"
s.starttls(context=ctx())
s.ehlo("client.example")
f2 = dict(s.esmtp_features)
check("exim: STARTTLS verified for 'localhost'; no STARTTLS after", "starttls" not in f2 and "auth" in f2, f2)
s.quit()

for mech in ("PLAIN", "LOGIN", "CRAM-MD5"):
    code, text = try_auth(EXIM, mech, PASSWORD)
    check(f"exim: AUTH {mech} alice/wonderland -> 235", code == 235, f"{code} {text}")
    code, text = try_auth(EXIM, mech, "wrong", starttls=True)
    check(f"exim: AUTH {mech} wrong password -> 535", code == 535, f"{code} {text}")

token = "exim-" + uuid.uuid4().hex[:12]
msg = message(token)
s = smtplib.SMTP("127.0.0.1", EXIM, timeout=10)
s.ehlo("client.example")
s._host = "localhost"
s.starttls(context=ctx())
s.login(USER, PASSWORD)
refused = s.sendmail("alice@example.org", ["bob@example.com", "x@refused.test", "y@elsewhere.invalid"], msg, ["BODY=8BITMIME"])
s.quit()
check("exim: RCPT @refused.test -> 550 5.1.1 <addr>: Recipient address rejected",
      refused.get("x@refused.test") == (550, b"5.1.1 <x@refused.test>: Recipient address rejected"), refused)
check("exim: RCPT to a non-local domain -> 550 5.7.1 Relay access denied",
      refused.get("y@elsewhere.invalid", (0,))[0] == 550, refused.get("y@elsewhere.invalid"))
bobdir = os.path.join(E["EXIM_MAILDIR"], "bob", "new")


def find_exim(d, tok):
    if not os.path.isdir(d):
        return None
    for name in os.listdir(d):
        data = open(os.path.join(d, name), "rb").read()
        if tok.encode() in data:
            return data
    return None


data = wait_for(lambda: find_exim(bobdir, token))
check("exim: delivered to exim-mail/bob/new/", data is not None)
if data:
    ok_suffix = data.endswith(msg)
    check("exim: delivered file ends with exactly the bytes sent", ok_suffix)
    prefix = data[: len(data) - len(msg)] if ok_suffix else b""
    names = [l.split(b":", 1)[0].decode() for l in prefix.split(b"\r\n") if l and not l[:1].isspace()]
    if VERBOSE: print("Exim trace headers:\n" + prefix.decode())
    check("exim: prepends exactly Return-path, Envelope-to, Delivery-date, Received",
          names == ["Return-path", "Envelope-to", "Delivery-date", "Received"], names)

# SMTPUTF8 address, delivered to a UTF-8 named maildir
token = "exim-utf8-" + uuid.uuid4().hex[:8]
s = smtplib.SMTP("127.0.0.1", EXIM, timeout=10)
s.ehlo("client.example")
refused = s.sendmail("\u0142ukasz@example.org", ["\u017caneta@postel.test"], message(token), ["SMTPUTF8"])
s.quit()
data = wait_for(lambda: find_exim(os.path.join(E["EXIM_MAILDIR"], "\u017caneta", "new"), token))
check("exim: SMTPUTF8 recipient delivered to exim-mail/\u017caneta/", not refused and data is not None)

# BDAT (CHUNKING): smtplib cannot, so a raw socket.
token = "exim-bdat-" + uuid.uuid4().hex[:8]
msg = message(token)
with socket.create_connection(("127.0.0.1", EXIM), timeout=10) as raw:
    rf = raw.makefile("rb")

    def reply():
        lines = []
        while True:
            l = rf.readline()
            lines.append(l)
            if l[3:4] != b"-":
                return lines

    reply()
    half = len(msg) // 2
    raw.sendall(b"EHLO client.example\r\n"); reply()
    raw.sendall(b"MAIL FROM:<alice@example.org>\r\n"); r1 = reply()
    raw.sendall(b"RCPT TO:<carol@example.org>\r\n"); r2 = reply()
    raw.sendall(b"BDAT %d\r\n" % half + msg[:half]); r3 = reply()
    raw.sendall(b"BDAT %d LAST\r\n" % (len(msg) - half) + msg[half:]); r4 = reply()
    raw.sendall(b"QUIT\r\n"); reply()
data = wait_for(lambda: find_exim(os.path.join(E["EXIM_MAILDIR"], "carol", "new"), token))
check("exim: BDAT in two chunks -> 250, delivered byte-exact", r4[0].startswith(b"250") and data is not None and data.endswith(msg), (r3, r4))

# ---------------------------------------------------------------- summary
failed = [n for n, ok in results if not ok]
print(f"selftest: {len(results) - len(failed)}/{len(results)} checks passed" + ("" if not failed else "; FAILED: " + "; ".join(failed)))
sys.exit(1 if failed else 0)
PYEOF
