#!/usr/bin/python3
"""An independent reader for Postel's output: Python's email package, policy=default.

Usage: check_email.py FILE [--utf8]
Prints one JSON object: defects (every defect of the message, of each part and of each
header, as text), headers (name -> list of decoded values, top level), body_text,
body_html, parts (one per leaf part: content_type, filename, disposition, content_id,
text for text parts / sha256 and size of the decoded bytes otherwise), crlf_only and
longest_line. --utf8 reads an SMTPUTF8 message (raw UTF-8 in headers) as text first, the
way a receiver that negotiated SMTPUTF8 does, and accepts UTF-8 local parts (RFC 6532). Exit status 0 when there are no defects.
"""
import email
import hashlib
import json
import sys
from email import policy


def main():
    path = sys.argv[1]
    utf8 = "--utf8" in sys.argv[2:]
    data = open(path, "rb").read()
    if utf8:
        msg = email.message_from_string(data.decode("utf-8"), policy=policy.default)
    else:
        msg = email.message_from_bytes(data, policy=policy.default)

    defects = []
    headers = {}
    parts = []
    for index, part in enumerate(msg.walk()):
        where = "message" if index == 0 else "part %d (%s)" % (index, part.get_content_type())
        for d in part.defects:
            defects.append("%s: %s: %s" % (where, type(d).__name__, d))
        for name, value in part.items():
            for d in getattr(value, "defects", ()):
                # RFC 6532 allows UTF-8 local parts in SMTPUTF8 messages; Python flags them
                # whatever the policy.
                if utf8 and type(d).__name__ == "NonASCIILocalPartDefect":
                    continue
                defects.append("%s: header %s: %s: %s" % (where, name, type(d).__name__, d))
            if index == 0:
                headers.setdefault(name, []).append(str(value))
        if part.is_multipart():
            continue
        entry = {
            "content_type": part.get_content_type(),
            "filename": part.get_filename(),
            "disposition": part.get_content_disposition(),
            "content_id": part.get("Content-ID"),
        }
        try:
            content = part.get_content()
        except Exception as e:  # a part the reader cannot decode is a defect too
            defects.append("%s: cannot decode: %s" % (where, e))
            content = b""
        if isinstance(content, str):
            entry["text"] = content
        raw = part.get_payload(decode=True) or b""
        entry["sha256"] = hashlib.sha256(raw).hexdigest()
        entry["size"] = len(raw)
        parts.append(entry)

    def body(kind):
        b = msg.get_body(preferencelist=(kind,))
        return b.get_content() if b is not None else None

    lines = data.split(b"\n")
    result = {
        "defects": defects,
        "headers": headers,
        "body_text": body("plain"),
        "body_html": body("html"),
        "parts": parts,
        "crlf_only": all(l.endswith(b"\r") for l in lines[:-1]) and b"\r\n" in data
        and data.count(b"\r") == data.count(b"\r\n"),
        "longest_line": max((len(l.rstrip(b"\r")) for l in lines), default=0),
    }
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0 if not defects else 1


if __name__ == "__main__":
    sys.exit(main())
