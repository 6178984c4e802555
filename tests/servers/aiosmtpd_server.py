#!/usr/bin/python3
"""aiosmtpd instances for Postel's real-server tests (run with /usr/bin/python3).

One process serves five listeners on 127.0.0.1, each on a port the kernel
chooses (port 0), so parallel runs never collide:

  main    STARTTLS, AUTH PLAIN/LOGIN (also offered in cleartext), SMTPUTF8, 8BITMIME
  noutf8  as main but without SMTPUTF8 (for "SMTPUTF8 not supported" tests)
  tls     implicit TLS from the first byte (like port 465), AUTH PLAIN/LOGIN
  lmtp    LMTP (RFC 2033) with aiosmtpd's LMTP class (LHLO; EHLO and HELO refused);
          after the data one reply per accepted recipient: 452 4.2.2 for a local part
          starting with "full", 250 for the others
  authtls STARTTLS; AUTH PLAIN/LOGIN offered only after STARTTLS (AUTH before it gets
          538 5.7.11) and required for MAIL (530 5.7.0 Authentication required), as a
          submission server that wants TLS before the login (the failure doctor's tests)

Once every listener is bound, the chosen ports are written atomically to
--ports-file as JSON; the start script waits for that file.

Every accepted message is stored as MAILDIR/<n>.eml holding exactly the bytes
received after dot-unstuffing (envelope.original_content; nothing prepended)
plus MAILDIR/<n>.json with the envelope.
"""

import argparse
import asyncio
import json
import logging
import os
import ssl
import threading

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER = b"alice"
PASSWORD = b"wonderland"
REFUSED_DOMAIN = "refused.test"
DATA_SIZE_LIMIT = 62914560  # 60 MiB, same as Exim: room for a 50 MB benchmark message


def authenticator(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD:
        return AuthResult(success=True, auth_data=auth_data)
    # Not handled -> aiosmtpd replies "535 5.7.8 Authentication credentials invalid"
    return AuthResult(success=False, handled=False)


class RecordingHandler:
    """Refuses RCPT to @refused.test, accepts the rest, stores each message."""

    _counter_lock = threading.Lock()

    def __init__(self, maildir, instance):
        self.maildir = maildir
        self.instance = instance

    def _next_number(self):
        # Numbers are shared by all listeners of this process: one sequence per maildir.
        with self._counter_lock:
            n = RecordingHandler._next
            RecordingHandler._next += 1
            return n

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        domain = address.rpartition("@")[2].lower()
        if domain == REFUSED_DOMAIN:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        n = self._next_number()
        base = os.path.join(self.maildir, str(n))
        meta = {
            "instance": self.instance,
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "rcpt_options": envelope.rcpt_options,
            "smtp_utf8": envelope.smtp_utf8,
            "tls": session.ssl is not None or self.instance == "tls",
            "authenticated": bool(session.authenticated),
            "helo": session.host_name,
            "size": len(envelope.original_content),
        }
        # Write the .eml first and the .json last (both via rename), so a test
        # that sees <n>.json can rely on <n>.eml being complete.
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1)
        os.rename(base + ".json.tmp", base + ".json")
        return f"250 2.0.0 OK queued as {n}"


RecordingHandler._next = 1


class LmtpHandler(RecordingHandler):
    """LMTP delivers to each recipient on its own: one status line each (RFC 2033 4.2)."""

    async def handle_DATA(self, server, session, envelope):
        full = [r for r in envelope.rcpt_tos if r.partition("@")[0].lower().startswith("full")]
        stored = ""
        if len(full) < len(envelope.rcpt_tos):
            stored = await super().handle_DATA(server, session, envelope)
        lines = []
        for rcpt in envelope.rcpt_tos:
            if rcpt in full:
                lines.append(f"452 4.2.2 <{rcpt}>: mailbox full")
            else:
                lines.append(f"250 2.0.0 <{rcpt}> {stored[10:]}")
        # aiosmtpd pushes the string as it is: one reply line per recipient.
        return "\r\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--maildir", required=True)
    ap.add_argument("--ports-file", required=True)
    ap.add_argument("--hostname", default="aiosmtpd.test")
    args = ap.parse_args()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    os.makedirs(args.maildir, exist_ok=True)
    existing = [int(f[:-5]) for f in os.listdir(args.maildir) if f.endswith(".json") and f[:-5].isdigit()]
    RecordingHandler._next = max(existing, default=0) + 1

    tls_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls_ctx.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def factory(instance, protocol=SMTP, handler_class=RecordingHandler, auth_require_tls=False, **kw):
        handler = handler_class(args.maildir, instance)

        def make():
            return protocol(
                handler,
                hostname=args.hostname,
                data_size_limit=DATA_SIZE_LIMIT,
                decode_data=False,  # keeps 8BITMIME advertised and content as bytes
                auth_require_tls=auth_require_tls,
                authenticator=authenticator,
                loop=loop,
                **kw,
            )
        return make

    listeners = {
        "main": (factory("main", enable_SMTPUTF8=True, tls_context=tls_ctx, require_starttls=False), None),
        "noutf8": (factory("noutf8", enable_SMTPUTF8=False, tls_context=tls_ctx, require_starttls=False), None),
        "tls": (factory("tls", enable_SMTPUTF8=True), tls_ctx),
        "lmtp": (factory("lmtp", protocol=LMTP, handler_class=LmtpHandler), None),
        "authtls": (factory("authtls", enable_SMTPUTF8=True, tls_context=tls_ctx, require_starttls=False,
                            auth_require_tls=True, auth_required=True), None),
    }
    ports = {}
    servers = []
    for name, (make, ssl_ctx) in listeners.items():
        srv = loop.run_until_complete(loop.create_server(make, host=args.host, port=0, ssl=ssl_ctx))
        servers.append(srv)
        ports[name] = srv.sockets[0].getsockname()[1]

    tmp = args.ports_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump(ports, f)
    os.rename(tmp, args.ports_file)
    logging.info("listening: %s", ports)
    try:
        loop.run_forever()
    finally:
        for s in servers:
            s.close()


if __name__ == "__main__":
    main()
