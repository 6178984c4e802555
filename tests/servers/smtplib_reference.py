#!/usr/bin/python3
"""What Python's smtplib does against a server: the reference for Postel's CLI.

Performs connect, EHLO, [STARTTLS, EHLO], [AUTH], [MAIL/RCPT/DATA], QUIT with
smtplib and prints ONE JSON object on stdout:

  capabilities  {keyword (lowercase): parameter string} -- smtplib's esmtp_features
                after the last EHLO that succeeded ({} if the server only spoke HELO
                or none did). Exactly smtplib's values, quirks included: the "auth"
                value starts with a space (" PLAIN LOGIN"), because smtplib joins
                every AUTH line it sees with a leading blank.
  auth          mechanism list the server advertised (split of capabilities["auth"])
  refused       {address: [code, text]} -- recipients the server refused
  accepted      [address, ...]          -- recipients not refused (only if a send ran)
  outcome       "sent" | "partly-sent" | "not-sent"; null when no --to was given
  error         null or {"kind", "code", "text"} (code null when no reply code)
  tls           true once STARTTLS / implicit TLS is in effect

Error kinds: connect, timeout, greeting (non-220), helo, starttls-unsupported,
starttls-refused, tls, tls-verify, auth-unsupported, auth-failed, sender-refused,
recipients-refused (all refused), data-refused, smtputf8-unsupported,
not-supported, encoding, disconnected, protocol.

Exit status: 0 when outcome is "sent" or "partly-sent" (or nothing was to be
sent and no error happened), 1 otherwise, 2 for bad usage.

Note what smtplib itself does to --data bytes: it dot-stuffs, turns every bare
LF or CR into CRLF and adds a final CRLF if missing.
"""

import argparse
import json
import smtplib
import socket
import ssl
import sys


def parse_server(s):
    if s.startswith("["):
        host, _, rest = s[1:].partition("]")
        port = rest.lstrip(":")
    else:
        host, _, port = s.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError("expected HOST:PORT or [IPv6]:PORT, got %r" % s)
    return host, int(port)


def err(kind, code=None, text=None):
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return {"kind": kind, "code": code, "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", required=True, type=parse_server, help="HOST:PORT")
    ap.add_argument("--starttls", action="store_true", help="upgrade with STARTTLS after EHLO")
    ap.add_argument("--tls", action="store_true", help="implicit TLS from the first byte (port 465 style)")
    ap.add_argument("--ca-file", help="CA bundle to verify the server with (default: system store)")
    ap.add_argument("--tls-name", help="name to verify and send as SNI (default: the host of --server)")
    ap.add_argument("--insecure", action="store_true", help="do not verify the certificate")
    ap.add_argument("--ehlo", help="EHLO name (default: smtplib's, the local FQDN)")
    ap.add_argument("--auth-user")
    ap.add_argument("--auth-password")
    ap.add_argument("--auth-mechanism", help="force one mechanism (PLAIN, LOGIN, CRAM-MD5); default: smtplib's login() order")
    ap.add_argument("--from", dest="mail_from", default="")
    ap.add_argument("--to", action="append", default=[])
    ap.add_argument("--data", help="file with the message bytes")
    ap.add_argument("--smtputf8", action="store_true", help="add SMTPUTF8 to MAIL FROM")
    ap.add_argument("--mail-option", action="append", default=[], help="extra MAIL FROM parameter, e.g. BODY=8BITMIME")
    ap.add_argument("--rcpt-option", action="append", default=[], help="extra RCPT TO parameter, e.g. NOTIFY=NEVER")
    ap.add_argument("--timeout", type=float, default=30.0)
    a = ap.parse_args()

    host, port = a.server
    tls_name = a.tls_name or host
    ctx = None
    if a.starttls or a.tls:
        ctx = ssl.create_default_context(cafile=a.ca_file)
        if a.insecure:
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE

    result = {"capabilities": {}, "auth": [], "refused": {}, "accepted": [],
              "outcome": "not-sent" if a.to else None, "error": None, "tls": False}
    data = b""
    if a.data:
        with open(a.data, "rb") as f:
            data = f.read()

    s = None
    stage = "connect"
    try:
        if a.tls:
            s = smtplib.SMTP_SSL(local_hostname=a.ehlo, timeout=a.timeout, context=ctx)
        else:
            s = smtplib.SMTP(local_hostname=a.ehlo, timeout=a.timeout)
        # smtplib uses _host as the TLS server name (SNI + verification) in
        # SMTP_SSL and starttls(); connect() itself does not touch it.
        s._host = tls_name
        stage = "greeting"
        code, msg = s.connect(host, port)
        if code != 220:
            # What smtplib.SMTP(host, port) does in its constructor.
            s.close()
            raise smtplib.SMTPConnectError(code, msg)
        stage = "ehlo"
        s.ehlo_or_helo_if_needed()
        result["tls"] = a.tls
        result["capabilities"] = dict(s.esmtp_features)
        if a.starttls:
            stage = "starttls"
            if not s.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("STARTTLS extension not supported by server.")
            s.starttls(context=ctx)
            result["tls"] = True
            stage = "ehlo"
            s.ehlo()
        result["capabilities"] = dict(s.esmtp_features)
        result["auth"] = s.esmtp_features.get("auth", "").split()
        if a.auth_user is not None:
            stage = "auth"
            if a.auth_mechanism:
                mech = a.auth_mechanism.upper()
                if not s.has_extn("auth"):
                    raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
                s.user, s.password = a.auth_user, a.auth_password or ""
                auth_obj = getattr(s, "auth_" + mech.lower().replace("-", "_"))
                s.auth(mech, auth_obj, initial_response_ok=True)
            else:
                s.login(a.auth_user, a.auth_password or "")
        if a.to:
            stage = "send"
            mail_options = list(a.mail_option)
            if a.smtputf8:
                mail_options.append("SMTPUTF8")
            refused = s.sendmail(a.mail_from, a.to, data, mail_options, a.rcpt_option)
            result["refused"] = {k: [c, m.decode("utf-8", "replace")] for k, (c, m) in refused.items()}
            result["accepted"] = [r for r in a.to if r not in refused]
            result["outcome"] = "partly-sent" if refused else "sent"
    except smtplib.SMTPRecipientsRefused as e:
        result["refused"] = {k: [c, m.decode("utf-8", "replace")] for k, (c, m) in e.recipients.items()}
        first = next(iter(e.recipients.values()), (None, None))
        result["error"] = err("recipients-refused", first[0], first[1])
    except smtplib.SMTPSenderRefused as e:
        result["error"] = err("sender-refused", e.smtp_code, e.smtp_error)
    except smtplib.SMTPDataError as e:
        result["error"] = err("data-refused", e.smtp_code, e.smtp_error)
    except smtplib.SMTPAuthenticationError as e:
        result["error"] = err("auth-failed", e.smtp_code, e.smtp_error)
    except smtplib.SMTPHeloError as e:
        result["error"] = err("helo", e.smtp_code, e.smtp_error)
    except smtplib.SMTPConnectError as e:
        result["error"] = err("greeting", e.smtp_code, e.smtp_error)
    except smtplib.SMTPNotSupportedError as e:
        text = str(e)
        kind = {"starttls": "starttls-unsupported", "auth": "auth-unsupported"}.get(stage, "not-supported")
        if "SMTPUTF8" in text:
            kind = "smtputf8-unsupported"
        result["error"] = err(kind, None, text)
    except smtplib.SMTPServerDisconnected as e:
        result["error"] = err("disconnected", None, str(e))
    except smtplib.SMTPResponseException as e:
        kind = {"starttls": "starttls-refused"}.get(stage, "protocol")
        result["error"] = err(kind, e.smtp_code, e.smtp_error)
    except smtplib.SMTPException as e:
        # e.g. "No suitable authentication method found."
        kind = "auth-unsupported" if stage == "auth" else "protocol"
        result["error"] = err(kind, None, str(e))
    except ssl.SSLCertVerificationError as e:
        result["error"] = err("tls-verify", None, e.verify_message or str(e))
    except ssl.SSLError as e:
        result["error"] = err("tls", None, str(e))
    except UnicodeEncodeError as e:
        result["error"] = err("encoding", None, str(e))
    except (socket.timeout, TimeoutError) as e:
        result["error"] = err("timeout", None, str(e) or "timed out")
    except OSError as e:
        result["error"] = err("connect" if stage in ("connect", "greeting") else "disconnected", None, str(e))
    finally:
        if s is not None:
            try:
                s.quit()
            except Exception:
                try:
                    s.close()
                except Exception:
                    pass

    json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
    sys.stdout.write("\n")
    ok = result["error"] is None
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
