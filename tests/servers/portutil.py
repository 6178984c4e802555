#!/usr/bin/python3
"""Tiny helpers for start-servers.sh (stdlib only).

  portutil.py free-port                      print a free TCP port on 127.0.0.1
  portutil.py wait-greeting PORT [--tls CA] [--pid PID]  wait (bounded) for a 220 greeting
"""
import os
import socket
import ssl
import sys
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_reply(f):
    lines = []
    while True:
        line = f.readline(8192)
        if not line:
            raise ConnectionError("connection closed before a complete reply")
        lines.append(line.decode("utf-8", "replace").rstrip("\r\n"))
        if len(line) < 4 or line[3:4] != b"-":
            return lines


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def wait_greeting(port, ca=None, timeout=15.0, pid=None):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if pid is not None and not alive(pid):
            print("server process %d exited" % pid, file=sys.stderr)
            return 1
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
                sock = raw
                if ca:
                    ctx = ssl.create_default_context(cafile=ca)
                    sock = ctx.wrap_socket(raw, server_hostname="localhost")
                f = sock.makefile("rb")
                reply = read_reply(f)
                if reply[0].startswith("220"):
                    sock.sendall(b"QUIT\r\n")
                    try:
                        read_reply(f)
                    except Exception:
                        pass
                    print(reply[0])
                    return 0
                last = "unexpected greeting: %r" % reply
        except Exception as e:  # not up yet
            last = "%s: %s" % (type(e).__name__, e)
        time.sleep(0.1)
    print("no 220 greeting on 127.0.0.1:%d within %.0fs (%s)" % (port, timeout, last), file=sys.stderr)
    return 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["free-port"]:
        print(free_port())
    elif sys.argv[1:2] == ["wait-greeting"]:
        port = int(sys.argv[2])
        rest = sys.argv[3:]
        ca = rest[rest.index("--tls") + 1] if "--tls" in rest else None
        pid = int(rest[rest.index("--pid") + 1]) if "--pid" in rest else None
        sys.exit(wait_greeting(port, ca, pid=pid))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
