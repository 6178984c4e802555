#!/usr/bin/python3
"""Writes a program's man page from its template and its own --help, at build time.

  make-manpage.py [--program BIN] --template NAME.1.in --version V --date YYYY-MM-DD OUT.1.gz

The DESCRIPTION and OPTIONS sections come from what `BIN --help` prints in English, so the
page lists exactly the options the installed program takes; the template holds what
--help does not say (NAME, SYNOPSIS, ENVIRONMENT, FILES, EXAMPLES, SEE ALSO). The output
is gzip-compressed without a time stamp (reproducible; Debian's policy for man pages).
Without --program (the GUI, whose --help would open the window) the template is all.
"""
import argparse
import gzip
import os
import re
import subprocess
import sys


def roff(text):
    """Escapes text for a roff line: backslashes, hyphens (so options copy as ASCII)."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return text


def line(text):
    """A text line that must not be read as a request."""
    text = roff(text)
    return "\\&" + text if text.startswith((".", "'")) else text


def description(lines):
    """Text as --help shows it: flowing paragraphs, and indented lines (tables, lists)
    kept as they are laid out."""
    out = []
    state = None  # "flow", "kept" or None after a blank line
    lines = [l.rstrip() for l in lines]
    for i, l in enumerate(lines):
        if not l:
            if state == "kept":
                out.append(".fi")
            state = None
            continue
        kept = l.startswith(" ")
        # "Exit codes:" over an indented table starts a paragraph of its own.
        heading = (not kept and l.endswith(":") and i + 1 < len(lines)
                   and lines[i + 1].startswith(" "))
        if heading and state == "flow":
            state = None
        if kept and state != "kept":
            if state is None:
                out.append(".PP")
            out.append(".nf")
        elif not kept and state != "flow":
            if state == "kept":
                out.append(".fi")
            out.append(".PP")
        state = "kept" if kept else "flow"
        out.append(line(l))
    if state == "kept":
        out.append(".fi")
    return "\n".join(out)


OPTION = re.compile(r"^  (-\S.*?)(?: {2,}(\S.*))?$")


def options(lines):
    """One .TP entry per option: its names in bold, its value in italics, its text."""
    entries = []
    for l in lines:
        m = OPTION.match(l)
        if m:
            entries.append([m.group(1).strip(), [m.group(2) or ""]])
        elif l.strip() and entries:
            entries[-1][1].append(l.strip())
    out = []
    for names, text in entries:
        parts = []
        for name in names.split(", "):
            flag, _, value = name.partition(" ")
            part = "\\fB" + roff(flag) + "\\fR"
            if value:
                part += " \\fI" + roff(value) + "\\fR"
            parts.append(part)
        out.append(".TP")
        out.append(", ".join(parts))
        out.append(line(" ".join(t for t in text if t)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--program")
    ap.add_argument("--template", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("output")
    a = ap.parse_args()

    with open(a.template, encoding="utf-8") as f:
        page = f.read().replace("@VERSION@", a.version).replace("@DATE@", a.date)
    if a.program:
        page = from_help(page, a.program)
    data = page.encode("utf-8")
    with open(a.output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as z:
            z.write(data)


def from_help(page, program):
    env = dict(os.environ, LANGUAGE="en", LC_ALL="C.UTF-8", LANG="C.UTF-8",
               QT_QPA_PLATFORM="offscreen")
    help_text = subprocess.run([program, "--help"], env=env, check=True,
                               capture_output=True, text=True).stdout
    lines = help_text.splitlines()
    if not lines or not lines[0].startswith("Usage:") or "Options:" not in lines:
        sys.exit("make-manpage.py: unexpected --help output from %s" % program)
    start = lines.index("Options:")
    end = lines.index("Arguments:") if "Arguments:" in lines else len(lines)
    return (page.replace("@DESCRIPTION@", description(lines[1:start]))
            .replace("@OPTIONS@", options(lines[start + 1:end])))


if __name__ == "__main__":
    main()
