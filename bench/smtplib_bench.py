#!/usr/bin/python3
"""Python smtplib through the same scenarios as postel-bench; prints the same JSON object.

  smtplib_bench.py b1|b2|b3|b4 --server HOST:PORT [--starttls --ca-file FILE] [--count N]
                   [--rcpts N] [--size BYTES | --data FILE] [--conns N]
"""
import argparse
import json
import resource
import smtplib
import ssl
import sys
import time


def make_message(size):
    head = (b"From: bench@example.org\r\nTo: sink@example.org\r\n"
            b"Subject: postel-bench\r\nMessage-ID: <bench@example.org>\r\n\r\n")
    line = b"The quick brown fox jumps over the lazy dog; 0123456789 ABCDEFGHIJKLMNOPQRSTUV\r\n"
    n = max(0, (size - len(head)) // len(line))
    m = head + line * n
    if len(m) < size:
        m += b"x" * max(0, size - len(m) - 2) + b"\r\n"
    return m


def main():
    p = argparse.ArgumentParser()
    p.add_argument("scenario", choices=["b1", "b2", "b3", "b4"])
    p.add_argument("--server", required=True)
    p.add_argument("--starttls", action="store_true")
    p.add_argument("--ca-file")
    p.add_argument("--count", type=int)
    p.add_argument("--rcpts", type=int)
    p.add_argument("--size", type=int)
    p.add_argument("--data")
    p.add_argument("--conns", type=int)
    a = p.parse_args()
    host, _, port = a.server.rpartition(":")
    host = host.strip("[]")
    port = int(port)
    ctx = None
    if a.starttls:
        ctx = ssl.create_default_context(cafile=a.ca_file)

    def open_conn():
        s = smtplib.SMTP(host, port, local_hostname="bench.example")
        if a.starttls:
            s.ehlo()
            s.starttls(context=ctx)
        return s

    frm, one = "bench@example.org", ["sink@example.org"]
    messages = connections = nbytes = 0
    if a.scenario == "b2":
        if a.data:
            with open(a.data, "rb") as f:
                msg = f.read()
        else:
            msg = make_message(a.size or 50000000)
    else:
        msg = make_message(a.size or 1024)

    t = time.perf_counter()
    if a.scenario == "b1":
        n = a.count or 1000
        s = open_conn()
        for _ in range(n):
            s.sendmail(frm, one, msg)
        s.quit()
        messages, connections, nbytes = n, 1, n * len(msg)
    elif a.scenario == "b2":
        s = open_conn()
        s.sendmail(frm, one, msg)
        s.quit()
        messages, connections, nbytes = 1, 1, len(msg)
    elif a.scenario == "b3":
        to = ["r%d@example.org" % i for i in range(a.rcpts or 500)]
        c = a.count or 1
        s = open_conn()
        for _ in range(c):
            s.sendmail(frm, to, msg)
        s.quit()
        messages, connections, nbytes = c, 1, c * len(msg)
    else:
        n = a.conns or 200
        for _ in range(n):
            s = open_conn()
            s.sendmail(frm, one, msg)
            s.quit()
        messages, connections, nbytes = n, n, n * len(msg)
    wall = time.perf_counter() - t
    if a.scenario == "b2":
        rate = nbytes / 1e6 / wall
    elif a.scenario == "b4":
        rate = connections / wall
    else:
        rate = messages / wall
    print(json.dumps({
        "scenario": a.scenario, "client": "smtplib", "tls": a.starttls, "wall_s": wall,
        "messages": messages, "bytes": nbytes, "connections": connections, "rate": rate,
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "errors": 0,
    }, separators=(",", ":")))


if __name__ == "__main__":
    sys.exit(main())
