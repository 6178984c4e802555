#!/usr/bin/python3
"""Records real sessions for the failure doctor's tests (tests/diagnosis/tst_diagnosis_rules).

Each scenario runs postel-cli against a real server -- aiosmtpd or Exim from
tests/servers/start-servers.sh, the built-in sandbox (postel-sandbox) playing a fault, or a
small local listener for what no server does on purpose (a full accept queue, a TLS alert)
-- and keeps the session record it writes with --record as tests/data/diagnosis/NAME.json.
The recordings are committed; run this again only to refresh them:

    tests/servers/start-servers.sh /tmp/postel-srv
    tests/data/diagnosis/make_recordings.py build/default /tmp/postel-srv/servers.env [NAME...]

Credentials never appear in a recording (postel-cli masks them; the password is the test
servers' published one anyway).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def load_env(path):
    env = {}
    for line in open(path):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            env[k] = v
    return env


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sandbox:
    """postel-sandbox with a --config, on a port of its own choosing."""

    def __init__(self, build, config):
        self.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(self.tmp.name, "config.json")
        config = dict(config)
        config.setdefault("listen", "127.0.0.1:0")
        config.setdefault("maildir", os.path.join(self.tmp.name, "mail"))
        config.setdefault("tls_directory", os.path.join(self.tmp.name, "tls"))
        with open(path, "w") as f:
            json.dump(config, f)
        env = dict(os.environ, XDG_DATA_HOME=self.tmp.name, LANGUAGE="en")
        self.proc = subprocess.Popen([os.path.join(build, "app/sandbox/postel-sandbox"),
                                      "--config", path], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env, text=True)
        self.port = None
        while True:  # "listening HOST:PORT", maybe "certificate PATH", then "maildir DIR"
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError("postel-sandbox did not start")
            if line.startswith("listening "):
                self.port = int(line.split(":")[-1])
            if line.startswith("maildir "):
                break

    def close(self):
        self.proc.terminate()
        self.proc.wait()
        self.tmp.cleanup()


def full_queue_listener():
    """A listener whose accept queue is full: new connections get no answer at all."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(0)
    port = s.getsockname()[1]
    fillers = []
    for _ in range(4):
        c = socket.socket()
        c.setblocking(False)
        try:
            c.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(c)
    time.sleep(0.2)
    return s, fillers, port


def tls_alert_listener():
    """Answers a TLS ClientHello with a fatal protocol_version alert (RFC 8446 6.2)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    port = s.getsockname()[1]

    def serve():
        conn, _ = s.accept()
        conn.recv(4096)
        conn.sendall(bytes([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]))
        time.sleep(0.2)
        conn.close()
        s.close()

    threading.Thread(target=serve, daemon=True).start()
    return port


def main():
    build, env_path = sys.argv[1], sys.argv[2]
    only = set(sys.argv[3:])
    srv = load_env(env_path)
    ca = srv["POSTEL_TEST_CA"]
    aio, aio_tls, aio_auth = srv["AIOSMTPD_PORT"], srv["AIOSMTPD_TLS_PORT"], srv["AIOSMTPD_AUTHTLS_PORT"]
    lmtp, noutf8, exim = srv["AIOSMTPD_LMTP_PORT"], srv["AIOSMTPD_NOUTF8_PORT"], srv["EXIM_PORT"]
    cli = os.path.join(build, "app/postel-cli")
    auth = ["--auth", "auto", "--auth-user", "alice"]
    env_to = ["--from", "a@example.org", "--to", "b@example.org"]

    def record(name, args, password="wonderland", extra_env=None):
        if only and name not in only:
            return
        out = os.path.join(HERE, name + ".json")
        env = dict(os.environ, LANGUAGE="en", POSTEL_PASSWORD=password)
        env.pop("POSTEL_PROBE_OTHER_PORT", None)
        env.update(extra_env or {})
        r = subprocess.run([cli] + args + ["--record", out, "--timeout", "3"], env=env,
                           capture_output=True, text=True, timeout=60)
        rec = json.load(open(out))
        rec["recorded"] = "postel-cli " + " ".join(args)
        with open(out, "w") as f:
            json.dump(rec, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        print(f"{name}: exit {r.returncode}")

    # --- aiosmtpd and Exim -------------------------------------------------------------
    record("connection-refused", ["--server", f"127.0.0.1:{free_port()}"])
    record("host-not-found", ["--server", "smtp..example.org:587"])
    record("aiosmtpd-implicit-tls-port",
           ["--server", f"localhost:{aio_tls}", "--starttls", "--ca-file", ca])
    record("aiosmtpd-implicit-tls-port-probed",
           ["--server", f"localhost:{aio_tls}", "--starttls", "--ca-file", ca, "--diagnose"],
           extra_env={"POSTEL_PROBE_OTHER_PORT": f"{aio}/starttls"})
    record("aiosmtpd-plaintext-port",
           ["--server", f"localhost:{aio}", "--tls-on-connect", "--ca-file", ca])
    record("aiosmtpd-plaintext-port-probed",
           ["--server", f"localhost:{aio}", "--tls-on-connect", "--ca-file", ca, "--diagnose"],
           extra_env={"POSTEL_PROBE_OTHER_PORT": f"{aio_tls}/tls"})
    record("exim-plaintext-port",
           ["--server", f"localhost:{exim}", "--tls-on-connect", "--ca-file", ca])
    record("aiosmtpd-certificate-untrusted",
           ["--server", f"localhost:{aio}", "--starttls", "--quit-after", "tls"])
    record("exim-certificate-untrusted",
           ["--server", f"localhost:{exim}", "--starttls", "--quit-after", "tls"])
    # A name of this machine that resolves to 127.0.0.1 without DNS (/etc/hosts) but that
    # the test certificate (localhost, 127.0.0.1, ::1) does not carry.
    alias = None
    for line in open("/etc/hosts"):
        parts = line.split()
        if parts and parts[0] == "127.0.0.1":
            alias = next((p for p in parts[1:] if p != "localhost"), alias)
    if alias:
        record("aiosmtpd-certificate-name-mismatch",
               ["--server", f"{alias}:{aio}", "--starttls", "--ca-file", ca, "--quit-after", "tls"])
    record("aiosmtpd-tls-required",
           ["--server", f"localhost:{aio_auth}", "--ca-file", ca] + auth + env_to)
    record("aiosmtpd-tls-required-probed",
           ["--server", f"localhost:{aio_auth}", "--ca-file", ca, "--diagnose"] + auth + env_to)
    record("aiosmtpd-tls-required-538",
           ["--server", f"localhost:{aio_auth}", "--auth", "PLAIN", "--auth-user", "alice",
            "--allow-cleartext-auth", "--quit-after", "auth"])
    record("aiosmtpd-auth-required",
           ["--server", f"localhost:{aio_auth}", "--starttls", "--ca-file", ca] + env_to)
    record("aiosmtpd-auth-mechanism-not-offered",
           ["--server", f"localhost:{aio}", "--starttls", "--ca-file", ca, "--auth", "CRAM-MD5",
            "--auth-user", "alice", "--quit-after", "auth"])
    record("aiosmtpd-auth-credentials-rejected",
           ["--server", f"localhost:{aio}", "--starttls", "--ca-file", ca] + auth +
           ["--quit-after", "auth"], password="not-the-password")
    record("exim-auth-credentials-rejected",
           ["--server", f"localhost:{exim}", "--starttls", "--ca-file", ca] + auth +
           ["--quit-after", "auth"], password="not-the-password")
    record("aiosmtpd-cleartext-auth",
           ["--server", f"localhost:{aio}", "--auth", "PLAIN", "--auth-user", "alice",
            "--quit-after", "auth"])
    record("exim-recipient-unknown",
           ["--server", f"localhost:{exim}", "--from", "a@example.org", "--to", "x@refused.test"])
    record("aiosmtpd-recipient-unknown",
           ["--server", f"localhost:{aio}", "--from", "a@example.org", "--to", "x@refused.test"])
    record("exim-recipient-rejected",
           ["--server", f"localhost:{exim}", "--from", "a@example.org", "--to", "a%b@example.org"])
    record("exim-relay-denied",
           ["--server", f"localhost:{exim}", "--from", "a@example.org", "--to", "x@gmail.com"])
    record("exim-some-refused",
           ["--server", f"localhost:{exim}", "--from", "a@example.org", "--to", "bob@example.org",
            "--to", "x@refused.test"])
    record("lmtp-mailbox-full",
           ["--server", f"localhost:{lmtp}", "--lmtp", "--from", "a@example.org",
            "--to", "full1@example.org"])
    record("lmtp-starttls-not-offered",
           ["--server", f"localhost:{lmtp}", "--lmtp", "--starttls"])
    record("aiosmtpd-smtputf8-not-supported",
           ["--server", f"localhost:{noutf8}", "--from", "a@example.org", "--to", "jürgen@example.org"])
    record("exim-helo-refused",
           ["--server", f"localhost:{exim}", "--ehlo", "bad_name!", "--quit-after", "ehlo"])
    record("exim-sent", ["--server", f"localhost:{exim}", "--starttls", "--ca-file", ca] + auth +
           ["--from", "a@example.org", "--to", "bob@example.org"])

    # --- what no server does on purpose ---------------------------------------------------
    if not only or "connection-timed-out" in only:
        s, fillers, port = full_queue_listener()
        record("connection-timed-out", ["--server", f"127.0.0.1:{port}"])
        for c in fillers:
            c.close()
        s.close()
    if not only or "tls-protocol-mismatch" in only:
        record("tls-protocol-mismatch",
               ["--server", f"127.0.0.1:{tls_alert_listener()}", "--tls-on-connect"])

    # --- the sandbox playing faults ---------------------------------------------------------
    def sandbox(name, config, args, **kw):
        if only and name not in only:
            return
        sb = Sandbox(build, config)
        try:
            record(name, ["--server", f"127.0.0.1:{sb.port}"] + args, **kw)
        finally:
            sb.close()

    sandbox("sandbox-service-refused",
            {"faults": [{"step": "connect", "action": "reply",
                         "reply": "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked "
                                  "using zen.spamhaus.org; https://www.spamhaus.org/query/ip/127.0.0.1"}]},
            [])
    sandbox("sandbox-server-busy", {"faults": [{"step": "connect", "action": "421"}]}, [])
    # Without PIPELINING and CHUNKING, so that nothing of the message has gone out yet.
    sandbox("sandbox-server-disconnected",
            {"extensions": ["SIZE", "8BITMIME", "ENHANCEDSTATUSCODES", "STARTTLS"],
             "faults": [{"step": "rcpt", "action": "drop"}]},
            env_to)
    sandbox("sandbox-outcome-unknown", {"faults": [{"step": "dot", "action": "drop"}]}, env_to)
    sandbox("sandbox-no-greeting", {"faults": [{"step": "connect", "action": "delay",
                                                "delay_ms": 6000}]}, [])
    sandbox("sandbox-starttls-refused",
            {"faults": [{"step": "starttls", "action": "reply",
                         "reply": "454 4.7.0 TLS not available due to local problem"}]},
            ["--starttls"])
    sandbox("sandbox-certificate-untrusted", {}, ["--starttls", "--quit-after", "tls"])
    sandbox("sandbox-sender-rejected",
            {"refuse_senders": ["*@spam.test=550 5.7.1 Sender address rejected: Access denied"]},
            ["--from", "someone@spam.test", "--to", "b@example.org"])
    sandbox("sandbox-message-rejected",
            {"faults": [{"step": "dot", "action": "reply",
                         "reply": "554 5.7.1 Message rejected as spam by Content Filtering"}]},
            env_to)
    sandbox("sandbox-greylisted",
            {"faults": [{"step": "rcpt", "action": "reply",
                         "reply": "450 4.2.0 <b@example.org>: Recipient address rejected: "
                                  "Greylisted, see http://postgrey.schweikert.ch/help/example.org.html"}]},
            env_to)
    sandbox("sandbox-rate-limited",
            {"faults": [{"step": "mail", "action": "reply",
                         "reply": "550 5.4.5 Daily user sending limit exceeded. For more "
                                  "information on Gmail sending limits go to "
                                  "https://support.google.com/a/answer/166852"}]},
            env_to)
    sandbox("sandbox-message-too-large", {"size_limit": 200}, env_to)
    # The sandbox offers AUTH only when it has accounts; over TLS so that "not even after
    # STARTTLS" is known.
    sandbox("sandbox-auth-not-offered", {}, ["--starttls", "--no-verify"] + auth +
            ["--quit-after", "auth"])
    sandbox("sandbox-tls-required", {"require_tls": True}, env_to)
    sandbox("sandbox-auth-required", {"require_auth": True, "users": ["alice:wonderland"]}, env_to)
    sandbox("sandbox-relay-denied",
            {"refuse_recipients": ["*@elsewhere.test=554 5.7.1 <x@elsewhere.test>: Relay access denied"]},
            ["--from", "a@example.org", "--to", "x@elsewhere.test"])


if __name__ == "__main__":
    main()
