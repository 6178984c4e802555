#!/usr/bin/python3
"""aiosmtpd accepting XOAUTH2 and OAUTHBEARER, for Postel's OAuth tests (/usr/bin/python3).

One listener on 127.0.0.1 (port from the kernel, written to --ports-file as {"port": N}):
STARTTLS, then AUTH XOAUTH2 OAUTHBEARER (offered only after STARTTLS: a bearer token is a
password). Each token is checked with the authorization server's introspection endpoint
(RFC 7662, as the client smtp-server), and the user it was issued to must be the user the
client names. A refused token gets the error both mechanisms define: a 334 challenge with
a JSON error, the client's dummy answer (an empty line for XOAUTH2, %x01 for OAUTHBEARER),
then "535 5.7.8 ...". MAIL needs a login. Messages go to MAILDIR/<n>.eml and <n>.json
(mail_from, rcpt_tos, user, mechanism), the .json last.
"""

import argparse
import asyncio
import base64
import json
import logging
import os
import ssl
import urllib.parse
import urllib.request

from aiosmtpd.smtp import SMTP, AuthResult

INTROSPECT = None  # "http://127.0.0.1:PORT/introspect"
ISSUER = None
INTROSPECT_AUTH = "Basic " + base64.b64encode(b"smtp-server:smtp-secret").decode()


def introspect(token):
    req = urllib.request.Request(
        INTROSPECT, urllib.parse.urlencode({"token": token}).encode(),
        {"Authorization": INTROSPECT_AUTH, "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)


def token_user(token):
    try:
        info = introspect(token)
    except Exception as e:  # the authorization server is down: refuse, and say so in the log
        logging.warning("introspection failed: %s", e)
        return None
    return info.get("username") if info.get("active") else None


def parse_kv(parts):
    out = {}
    for p in parts:
        k, sep, v = p.partition("=")
        if sep:
            out[k] = v
    return out


class OAuthHandler:
    def __init__(self, maildir):
        self.maildir = maildir
        self.n = 0

    async def _initial(self, server, args):
        if len(args) > 1:
            if args[1] == "=":
                return b""
            try:
                return base64.b64decode(args[1], validate=True)
            except Exception:
                await server.push("501 5.5.2 Can't decode base64")
                return None
        blob = await server.challenge_auth("")
        return None if blob is server_missing() else blob

    async def _refuse(self, server, error, expected_answer):
        answer = await server.challenge_auth(json.dumps(error))
        if answer is server_missing():
            return AuthResult(success=False, handled=True)
        if answer != expected_answer:
            return AuthResult(success=False, handled=False,
                              message="501 5.5.2 Bad answer to the error challenge")
        return AuthResult(success=False, handled=False,
                          message="535 5.7.8 Authentication credentials invalid")

    async def auth_XOAUTH2(self, server, args):
        blob = await self._initial(server, args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        fields = parse_kv(blob.decode("utf-8", "replace").split("\x01"))
        user, auth = fields.get("user", ""), fields.get("auth", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        owner = token_user(token) if token else None
        if owner and owner == user:
            return AuthResult(success=True, auth_data=("XOAUTH2", user))
        return await self._refuse(
            server, {"status": "401", "schemes": "bearer", "scope": "smtp"}, b"")

    async def auth_OAUTHBEARER(self, server, args):
        blob = await self._initial(server, args)
        if blob is None:
            return AuthResult(success=False, handled=True)
        text = blob.decode("utf-8", "replace")
        gs2, _, rest = text.partition("\x01")
        user = ""
        for part in gs2.split(","):
            if part.startswith("a="):
                user = part[2:].replace("=2C", ",").replace("=3D", "=")
        fields = parse_kv(rest.split("\x01"))
        auth = fields.get("auth", "")
        token = auth[7:] if auth.startswith("Bearer ") else ""
        owner = token_user(token) if token else None
        if owner and (not user or owner == user):
            return AuthResult(success=True, auth_data=("OAUTHBEARER", owner))
        return await self._refuse(server, {
            "status": "invalid_token", "scope": "smtp",
            "openid-configuration": ISSUER + "/.well-known/oauth-authorization-server"}, b"\x01")

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        base = os.path.join(self.maildir, str(self.n))
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content or b"")
        mech, user = session.auth_data or ("", "")
        with open(base + ".json.tmp", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "user": user, "mechanism": mech}, f)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 OK"


_MISSING = None


def server_missing():
    return _MISSING


def main():
    global INTROSPECT, ISSUER, _MISSING
    from aiosmtpd.smtp import MISSING
    _MISSING = MISSING
    ap = argparse.ArgumentParser()
    ap.add_argument("--oauth-port", type=int, required=True)
    ap.add_argument("--cert", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--maildir", required=True)
    ap.add_argument("--ports-file", required=True)
    args = ap.parse_args()
    ISSUER = "http://127.0.0.1:%d" % args.oauth_port
    INTROSPECT = ISSUER + "/introspect"
    logging.basicConfig(level=logging.INFO)
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)
    os.makedirs(args.maildir, exist_ok=True)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = OAuthHandler(args.maildir)

    def make():
        return SMTP(handler, hostname="oauth.postel.test", tls_context=ctx,
                    require_starttls=False, auth_require_tls=True,
                    authenticator=lambda *a: AuthResult(success=False, handled=False),
                    auth_exclude_mechanism=["LOGIN", "PLAIN"])

    server = loop.run_until_complete(loop.create_server(make, host="127.0.0.1", port=0))
    port = server.sockets[0].getsockname()[1]
    with open(args.ports_file + ".tmp", "w") as f:
        json.dump({"port": port}, f)
    os.rename(args.ports_file + ".tmp", args.ports_file)
    loop.run_forever()


if __name__ == "__main__":
    main()
