#!/usr/bin/env python3
"""Fills postel_pl.ts from pl_strings.py and the plural forms of postel_en.ts.

Run after `ninja postel-i18n_lupdate`; prints the Polish entries still missing.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from pl_strings import PL  # noqa: E402


def english_plural(source):
    one = source.replace('(s)', '')
    many = re.sub(r'(\w+)\(s\)', r'\1s', source)
    # "1 recipient(s)" -> "recipient", others keep the word as written ("seconds", "bytes").
    one = re.sub(r'\bseconds\b', 'second', one) if '%n seconds' in source else one
    one = re.sub(r'\bbytes\b', 'byte', one) if '%n bytes' in source else one
    one = re.sub(r'\blines\b', 'line', one) if '%n lines' in source else one
    one = re.sub(r'\bchallenges\b', 'challenge', one) if '%n authentication challenges' in source else one
    if source.startswith('%n of %1 recipient'):
        one = many  # agrees with the total: "1 of 5 recipients refused"
    if source.startswith('All %n recipient'):
        one = 'The recipient was accepted.'
    return one, many


def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        tr = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        if lang == 'pl':
            value = PL.get(source)
            if value is None:
                missing.append(source)
                continue
        else:
            if not numerus:
                continue
            value = english_plural(source)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if numerus:
            if isinstance(value, str):
                value = (value,) * (3 if lang == 'pl' else 2)
            for form in value:
                f = ET.SubElement(tr, 'numerusform')
                f.text = form
        else:
            tr.text = value
        tr.attrib.pop('type', None)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # Keep lupdate's doctype line.
    with open(path, encoding='utf-8') as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text + ('' if text.endswith('\n') else '\n'))
    return missing


missing = fill(os.path.join(here, 'postel_pl.ts'), 'pl')
fill(os.path.join(here, 'postel_en.ts'), 'en')
for m in missing:
    print('missing Polish:', repr(m))
sys.exit(1 if missing else 0)
