#!/usr/bin/python3
"""Writes the Debian changelog of the package from the AppStream release notes.

  make-changelog.py METAINFO.xml MAINTAINER OUT.gz

Each <release> becomes an entry (newest first, as in the metainfo), its notes the items;
gzip-compressed without a time stamp, as Debian's policy wants it.
"""
import email.utils
import gzip
import sys
import textwrap
import xml.etree.ElementTree as ET
from datetime import datetime, timezone


def items(release):
    out = []
    desc = release.find("description")
    if desc is None:
        return ["Release %s." % release.get("version")]
    for el in desc:
        if el.get("{http://www.w3.org/XML/1998/namespace}lang"):
            continue
        if el.tag == "p":
            out.append(" ".join(el.text.split()))
        elif el.tag in ("ul", "ol"):
            out.extend(" ".join(li.text.split()) for li in el.findall("li")
                       if not li.get("{http://www.w3.org/XML/1998/namespace}lang"))
    return out


def main():
    metainfo, maintainer, output = sys.argv[1:4]
    entries = []
    for release in ET.parse(metainfo).getroot().iter("release"):
        when = datetime.strptime(release.get("date"), "%Y-%m-%d").replace(tzinfo=timezone.utc)
        lines = ["postel (%s) unstable; urgency=medium" % release.get("version"), ""]
        for item in items(release):
            wrapped = textwrap.wrap(item, 76, initial_indent="  * ", subsequent_indent="    ")
            lines.extend(wrapped)
        lines += ["", " -- %s  %s" % (maintainer, email.utils.format_datetime(when)), ""]
        entries.append("\n".join(lines))
    with open(output, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as z:
            z.write("\n".join(entries).encode("utf-8"))


if __name__ == "__main__":
    main()
