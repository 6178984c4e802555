#!/usr/bin/python3
"""Python's smtplib against postel-sandbox, one scenario per run.

Usage: smtplib_client.py SCENARIO HOST PORT TLS_PORT CAFILE
Prints one JSON object with what smtplib saw; the Qt test compares it and the maildir.
TLS: the sandbox's self-signed certificate (CN=localhost, SAN 127.0.0.1) is used as the CA
file, so verification stays on; the "unverified" scenario shows the other way
(ssl._create_unverified_context()), which is how to talk to it without the certificate.
"""
import email.message
import json
import smtplib
import socket
import ssl
import sys
import threading
import time

scenario, host, port, tls_port, cafile = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
USER, PASSWORD = "alice", "wonderland"


def msg(subject, body="Hello from smtplib.\r\n"):
    return f"From: a@example.org\r\nTo: b@example.org\r\nSubject: {subject}\r\n\r\n{body}"


def text(b):
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


def methods():
    out = {}
    s = smtplib.SMTP(host, port, local_hostname="client.test", timeout=30)
    s.set_debuglevel(0)
    out["helo"] = s.helo()[0]
    out["ehlo"] = s.ehlo()[0]
    out["esmtp_features"] = sorted(s.esmtp_features)
    s.ehlo_or_helo_if_needed()
    out["has_pipelining"] = s.has_extn("pipelining")
    out["has_size"] = s.has_extn("size")
    out["verify"] = s.verify("bob@example.org")[0]
    out["expn"] = s.expn("staff")[0]
    out["noop"] = s.noop()[0]
    out["rset"] = s.rset()[0]
    out["help"] = s.docmd("HELP")[0]
    s.putcmd("NOOP")
    out["putcmd_getreply"] = s.getreply()[0]
    out["mail"] = s.mail("a@example.org", ["BODY=8BITMIME"])[0]
    out["rcpt"] = s.rcpt("b@example.org", ["NOTIFY=NEVER"])[0]
    code, resp = s.data(msg("smtplib-methods-data", ".leading dot\r\n..two dots\r\n"))
    out["data"] = [code, text(resp)]
    out["sendmail"] = s.sendmail("a@example.org", ["b@example.org", "c@example.org"], msg("smtplib-methods-sendmail"))
    m = email.message.EmailMessage()
    m["From"] = "a@example.org"
    m["To"] = "d@example.org"
    m["Subject"] = "smtplib-methods-send_message"
    m.set_content("send_message body\n")
    out["send_message"] = s.send_message(m)
    out["quit"] = s.quit()[0]
    return out


def starttls():
    out = {}
    ctx = ssl.create_default_context(cafile=cafile)
    with smtplib.SMTP(host, port, local_hostname="client.test", timeout=30) as s:
        s.ehlo()
        out["offers_starttls"] = s.has_extn("starttls")
        out["starttls"] = s.starttls(context=ctx)[0]
        out["cipher"] = s.sock.cipher()[1]
        s.ehlo()
        out["offers_starttls_after"] = s.has_extn("starttls")
        out["login"] = s.login(USER, PASSWORD)[0]
        out["sendmail"] = s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-starttls"))
    with smtplib.SMTP_SSL(host, tls_port, local_hostname="client.test", context=ctx, timeout=30) as s:
        out["ssl_ehlo"] = s.ehlo()[0]
        out["ssl_sendmail"] = s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-smtp_ssl"))
    return out


def unverified():
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP(host, port, timeout=30) as s:
        code = s.starttls(context=ctx)[0]
        s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-unverified"))
    return {"starttls": code}


def wrong_ca():
    # Verification on, default CAs: the self-signed certificate must be refused.
    try:
        with smtplib.SMTP(host, port, timeout=30) as s:
            s.starttls(context=ssl.create_default_context())
        return {"error": None}
    except ssl.SSLCertVerificationError as e:
        return {"error": "verify", "reason": e.verify_message}


def login():
    out = {}
    for mech in ("CRAM-MD5", "PLAIN", "LOGIN"):
        for initial in (True, False):
            with smtplib.SMTP(host, port, timeout=30) as s:
                s.ehlo()
                s.user, s.password = USER, PASSWORD
                fn = getattr(s, "auth_" + mech.lower().replace("-", "_"))
                code, resp = s.auth(mech, fn, initial_response_ok=initial)
                s.sendmail("a@example.org", ["b@example.org"], msg(f"smtplib-login-{mech}-{initial}"))
                out[f"{mech}/{initial}"] = [code, text(resp)]
    with smtplib.SMTP(host, port, timeout=30) as s:
        out["login"] = list(s.login(USER, PASSWORD))
        out["login"][1] = text(out["login"][1])
    for mech in ("CRAM-MD5", "PLAIN", "LOGIN"):
        with smtplib.SMTP(host, port, timeout=30) as s:
            s.ehlo()
            s.user, s.password = USER, "wrong"
            try:
                s.auth(mech, getattr(s, "auth_" + mech.lower().replace("-", "_")))
                out[f"wrong/{mech}"] = None
            except smtplib.SMTPAuthenticationError as e:
                out[f"wrong/{mech}"] = [e.smtp_code, text(e.smtp_error)]
    return out


def refused():
    out = {}
    with smtplib.SMTP(host, port, timeout=30) as s:
        r = s.sendmail("a@example.org", ["ok@example.org", "x@refused.test", "y@later.test"], msg("smtplib-refused"))
        out["refused"] = {k: [v[0], text(v[1])] for k, v in r.items()}
        try:
            s.sendmail("a@example.org", ["x@refused.test", "z@refused.test"], msg("smtplib-all-refused"))
            out["all"] = None
        except smtplib.SMTPRecipientsRefused as e:
            out["all"] = {k: v[0] for k, v in e.recipients.items()}
        out["noop_after"] = s.noop()[0]
    return out


def lmtp():
    # One recipient: smtplib's LMTP reads a single reply after the dot, while an LMTP server
    # sends one per recipient (Postel's own session handles several).
    s = smtplib.LMTP(host, port)
    r = s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-lmtp"))
    code = s.quit()[0]
    return {"refused": r, "quit": code}


def smtputf8():
    with smtplib.SMTP(host, port, timeout=30) as s:
        r = s.sendmail("a@example.org", ["jürgen@bücher.example"],
                       "Subject: smtplib-utf8\r\n\r\nGrüße\r\n".encode("utf-8"),
                       mail_options=["SMTPUTF8", "BODY=8BITMIME"])
    return {"refused": r}


def read_replies(sock, n, timeout=20):
    sock.settimeout(timeout)
    buf, codes = b"", []
    while len(codes) < n:
        chunk = sock.recv(65536)
        if not chunk:
            break
        buf += chunk
        while b"\r\n" in buf:
            line, buf = buf.split(b"\r\n", 1)
            if len(line) >= 4 and line[3:4] == b" ":
                codes.append(int(line[:3]))
    return codes


def garbage():
    import random
    rnd = random.Random(7)
    sock = socket.create_connection((host, port))
    greeting = read_replies(sock, 1)
    sock.sendall(bytes(rnd.randrange(256) for _ in range(200000)))
    codes = []
    sock.settimeout(20)
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not chunk:
            break
        data += chunk
    codes = [int(l[:3]) for l in data.split(b"\r\n") if len(l) >= 4 and l[3:4] == b" "]
    sock.close()
    with smtplib.SMTP(host, port, timeout=30) as s:
        after = s.noop()[0]
    return {"greeting": greeting, "last": codes[-1] if codes else None, "count": len(codes), "noop_after": after}


def longline():
    sock = socket.create_connection((host, port))
    codes = read_replies(sock, 1)
    sock.sendall(b"EHLO " + b"x" * (1024 * 1024) + b"\r\nNOOP\r\nQUIT\r\n")
    codes += read_replies(sock, 3)
    sock.close()
    return {"codes": codes}


def idle():
    sock = socket.create_connection((host, port))
    start = time.monotonic()
    codes = read_replies(sock, 2, timeout=30)
    waited = time.monotonic() - start
    eof = sock.recv(1) == b""
    sock.close()
    return {"codes": codes, "waited": waited, "eof": eof}


def concurrent():
    n = 200
    results = [None] * n
    barrier = threading.Barrier(n)

    def worker(i):
        try:
            # Everyone connects at once. Waiting *after* connecting would let the sandbox's
            # short idle timeout (1.5 s in this suite) close the early connections on a
            # loaded machine before the last thread has started.
            barrier.wait(60)
            s = smtplib.SMTP(host, port, timeout=120)
            s.sendmail(f"c{i}@example.org", [f"r{i}@example.org"], msg(f"smtplib-concurrent-{i}"))
            s.quit()
            results[i] = True
        except Exception as e:  # reported, counted by the test
            results[i] = repr(e)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"ok": sum(1 for r in results if r is True), "errors": [r for r in results if r is not True][:5]}


def require():
    out = {}
    with smtplib.SMTP(host, port, timeout=30) as s:
        s.ehlo()
        out["auth_before_tls"] = s.has_extn("auth")
        try:
            s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-require-plain"))
            out["plain"] = None
        except smtplib.SMTPSenderRefused as e:
            out["plain"] = [e.smtp_code, text(e.smtp_error)]
        s.starttls(context=ssl.create_default_context(cafile=cafile))
        s.ehlo()
        try:
            s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-require-noauth"))
            out["noauth"] = None
        except smtplib.SMTPSenderRefused as e:
            out["noauth"] = [e.smtp_code, text(e.smtp_error)]
        s.login(USER, PASSWORD)
        out["sent"] = s.sendmail("a@example.org", ["b@example.org"], msg("smtplib-require-ok"))
    return out


print(json.dumps(globals()[scenario.replace("-", "_")]()))
