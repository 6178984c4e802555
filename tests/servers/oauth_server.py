#!/usr/bin/python3
"""An OAuth 2.0 authorization server for Postel's tests, on Authlib (python3-authlib).

Run with /usr/bin/python3. It listens on 127.0.0.1 (HTTP: loopback only), on a port the
kernel chooses, and writes {"port": N} to --ports-file once it is bound.

  GET  /authorize   authorization endpoint (RFC 6749 4.1, PKCE S256 required, RFC 7636).
                    There is no login page: the user named by login_hint (default
                    alice@postel.test) approves at once and the browser is sent to the
                    redirect_uri with the code — a test plays the browser by following it.
                    Loopback redirect URIs with any port are accepted (RFC 8252 7.3).
  POST /token       authorization_code (code_verifier checked) and refresh_token (the
                    refresh token rotates: the old one is revoked with its access token).
                    Access tokens live --lifetime seconds (default 300).
  POST /revoke      RFC 7009 (any client may revoke its own tokens).
  POST /introspect  RFC 7662, for the SMTP server's client only (smtp-server / smtp-secret).
  POST /test/expire token=T (or user=U: all of U's): the access token is made expired at
                    once (tests use this instead of waiting).
  GET  /.well-known/oauth-authorization-server   RFC 8414 metadata.

Clients: postel-desktop (public, PKCE), postel-confidential (secret "confidential-secret",
PKCE optional), smtp-server (secret "smtp-secret", introspection only).
"""

import argparse
import json
import os
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Plain HTTP on loopback, as RFC 8252 allows for native apps' redirects; Authlib insists
# on HTTPS otherwise.
os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"

from authlib.oauth2 import AuthorizationServer, OAuth2Request  # noqa: E402
from authlib.oauth2.rfc6749 import ClientMixin, grants  # noqa: E402
from authlib.oauth2.rfc6749.errors import InvalidRequestError  # noqa: E402
from authlib.oauth2.rfc6750 import BearerTokenGenerator  # noqa: E402
from authlib.oauth2.rfc7009 import RevocationEndpoint  # noqa: E402
from authlib.oauth2.rfc7636 import CodeChallenge  # noqa: E402
from authlib.oauth2.rfc7662 import IntrospectionEndpoint  # noqa: E402

SCOPES = ["smtp", "offline_access", "openid", "email"]
LOCK = threading.RLock()
LIFETIME = 300


class Client(ClientMixin):
    def __init__(self, client_id, secret=None, grant_types=("authorization_code", "refresh_token")):
        self.client_id = client_id
        self.secret = secret
        self.grant_types = grant_types

    def get_client_id(self):
        return self.client_id

    def get_default_redirect_uri(self):
        return None

    def get_allowed_scope(self, scope):
        return " ".join(s for s in (scope or "").split() if s in SCOPES)

    def check_redirect_uri(self, redirect_uri):
        u = urllib.parse.urlsplit(redirect_uri)
        return u.scheme == "http" and u.hostname in ("127.0.0.1", "localhost", "::1")

    def check_client_secret(self, client_secret):
        return self.secret is not None and secrets.compare_digest(self.secret, client_secret)

    def check_endpoint_auth_method(self, method, endpoint):
        if self.secret is None:
            return method == "none"
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type):
        return response_type == "code" and "authorization_code" in self.grant_types

    def check_grant_type(self, grant_type):
        return grant_type in self.grant_types


CLIENTS = {
    "postel-desktop": Client("postel-desktop"),
    "postel-confidential": Client("postel-confidential", "confidential-secret"),
    "smtp-server": Client("smtp-server", "smtp-secret", grant_types=()),
}


class AuthCode:
    def __init__(self, code, client_id, redirect_uri, scope, user, challenge, method):
        self.code, self.client_id, self.redirect_uri = code, client_id, redirect_uri
        self.scope, self.user = scope, user
        self.code_challenge, self.code_challenge_method = challenge, method
        self.auth_time = time.time()

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope

    def is_expired(self):
        return time.time() - self.auth_time > 120


class Token:
    def __init__(self, data, client_id, user):
        self.access_token = data["access_token"]
        self.refresh_token = data.get("refresh_token")
        self.scope = data.get("scope", "")
        self.expires_in = int(data["expires_in"])
        self.issued_at = time.time()
        self.client_id, self.user = client_id, user
        self.revoked = False

    # rfc6749 TokenMixin
    def check_client(self, client):
        return client.get_client_id() == self.client_id

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        return self.expires_in

    def is_expired(self):
        return time.time() >= self.issued_at + self.expires_in

    def is_revoked(self):
        return self.revoked

    def get_client_id(self):
        return self.client_id


CODES = {}
TOKENS = {}  # access token -> Token
REFRESH = {}  # refresh token -> Token


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]

    def save_authorization_code(self, code, request):
        with LOCK:
            CODES[code] = AuthCode(code, request.client.get_client_id(), request.redirect_uri,
                                   request.scope, request.user,
                                   request.data.get("code_challenge"),
                                   request.data.get("code_challenge_method"))

    def query_authorization_code(self, code, client):
        with LOCK:
            item = CODES.get(code)
        if item and item.client_id == client.get_client_id() and not item.is_expired():
            return item
        return None

    def delete_authorization_code(self, authorization_code):
        with LOCK:
            CODES.pop(authorization_code.code, None)

    def authenticate_user(self, authorization_code):
        return authorization_code.user


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token):
        with LOCK:
            t = REFRESH.get(refresh_token)
        if t and not t.revoked:
            return t
        return None

    def authenticate_user(self, credential):
        return credential.user

    def revoke_old_credential(self, credential):
        with LOCK:
            credential.revoked = True


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]

    def query_token(self, token_string, token_type_hint):
        with LOCK:
            if token_type_hint == "refresh_token":
                return REFRESH.get(token_string)
            return TOKENS.get(token_string) or REFRESH.get(token_string)

    def revoke_token(self, token, request):
        with LOCK:
            token.revoked = True


class Introspection(IntrospectionEndpoint):
    CLIENT_AUTH_METHODS = ["client_secret_basic"]

    def query_token(self, token_string, token_type_hint):
        with LOCK:
            return TOKENS.get(token_string) or REFRESH.get(token_string)

    def check_permission(self, token, client, request):
        return client.get_client_id() == "smtp-server"

    def introspect_token(self, token):
        return {
            "active": True,
            "client_id": token.client_id,
            "token_type": "Bearer",
            "username": token.user,
            "scope": token.get_scope(),
            "sub": token.user,
            "exp": int(token.issued_at + token.expires_in),
            "iat": int(token.issued_at),
        }


class Server(AuthorizationServer):
    def query_client(self, client_id):
        return CLIENTS.get(client_id)

    def save_token(self, token, request):
        t = Token(token, request.client.get_client_id(), request.user)
        with LOCK:
            TOKENS[t.access_token] = t
            if t.refresh_token:
                REFRESH[t.refresh_token] = t

    def send_signal(self, name, *args, **kwargs):
        pass

    def create_oauth2_request(self, request):
        return request

    def create_json_request(self, request):
        return request

    def handle_response(self, status, body, headers):
        return status, body, headers


def make_server():
    server = Server(scopes_supported=SCOPES)
    server.register_token_generator(
        "default",
        BearerTokenGenerator(lambda **kw: "at-" + secrets.token_urlsafe(24),
                             lambda **kw: "rt-" + secrets.token_urlsafe(24),
                             lambda client, grant_type: LIFETIME))
    server.register_grant(AuthorizationCodeGrant, [CodeChallenge(required=True)])
    server.register_grant(RefreshTokenGrant)
    server.register_endpoint(Revocation)
    server.register_endpoint(Introspection)
    return server


class Handler(BaseHTTPRequestHandler):
    server_version = "PostelTestOAuth/1"

    def log_message(self, fmt, *args):
        sys.stderr.write("%s %s\n" % (self.address_string(), fmt % args))

    def _request(self, form=None):
        uri = "http://%s%s" % (self.headers.get("Host", "127.0.0.1"), self.path)
        return OAuth2Request(self.command, uri, form, dict(self.headers))

    def _form(self):
        n = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(n).decode("utf-8") if n else ""
        return dict(urllib.parse.parse_qsl(raw, keep_blank_values=True))

    def _send(self, status, body, headers):
        self.send_response(status)
        payload = b""
        if isinstance(body, (dict, list)):
            payload = json.dumps(body).encode()
        elif isinstance(body, str):
            payload = body.encode()
        hdrs = dict(headers or [])
        if payload and "Content-Type" not in hdrs:
            hdrs["Content-Type"] = "application/json"
        for k, v in hdrs.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path == "/authorize":
            req = self._request()
            # PKCE with S256 is required of every client here (OAuth 2.1's advice).
            if req.data.get("code_challenge_method") != "S256" or not req.data.get("code_challenge"):
                return self._send(400, {"error": "invalid_request",
                                        "error_description": "PKCE (S256) is required"}, [])
            user = req.data.get("login_hint") or "alice@postel.test"
            return self._send(*SERVER.create_authorization_response(req, grant_user=user))
        if path == "/.well-known/oauth-authorization-server":
            base = "http://127.0.0.1:%d" % self.server.server_address[1]
            return self._send(200, {
                "issuer": base, "authorization_endpoint": base + "/authorize",
                "token_endpoint": base + "/token", "revocation_endpoint": base + "/revoke",
                "introspection_endpoint": base + "/introspect", "scopes_supported": SCOPES,
                "code_challenge_methods_supported": ["S256"],
                "grant_types_supported": ["authorization_code", "refresh_token"]}, [])
        self._send(404, {"error": "not_found"}, [])

    def do_POST(self):
        path = urllib.parse.urlsplit(self.path).path
        form = self._form()
        if path == "/token":
            return self._send(*SERVER.create_token_response(self._request(form)))
        if path == "/revoke":
            return self._send(*SERVER.create_endpoint_response("revocation", self._request(form)))
        if path == "/introspect":
            return self._send(*SERVER.create_endpoint_response("introspection",
                                                               self._request(form)))
        if path == "/test/expire":
            # token=T: that access token; user=U: every access token issued to U.
            with LOCK:
                hits = [t for a, t in TOKENS.items()
                        if a == form.get("token") or (form.get("user") and t.user == form["user"])]
                for t in hits:
                    t.issued_at -= t.expires_in + 1
            return self._send(200 if hits else 404, {"expired": len(hits)}, [])
        self._send(404, {"error": "not_found"}, [])


SERVER = make_server()


def main():
    global LIFETIME
    ap = argparse.ArgumentParser()
    ap.add_argument("--ports-file", required=True)
    ap.add_argument("--lifetime", type=int, default=300)
    args = ap.parse_args()
    LIFETIME = args.lifetime
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tmp = args.ports_file + ".tmp"
    with open(tmp, "w") as f:
        json.dump({"port": httpd.server_address[1]}, f)
    os.rename(tmp, args.ports_file)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
