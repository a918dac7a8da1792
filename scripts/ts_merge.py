"""A git merge driver for Qt Linguist ``.ts`` files: the union of both sides.

Two branches that each add strings touch the same ``.ts`` files; a textual
merge conflicts although nothing really does. This driver keeps every message
of both sides, preferring a finished translation to an unfinished one.

Enable it once per clone:

    git config merge.qt-ts.driver "python3 scripts/ts_merge.py %O %A %B"

(``.gitattributes`` already maps ``i18n/*.ts`` to it.)
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in (
        "unfinished",
        "obsolete",
        "vanished",
    )


def merge(ours_path: Path, theirs_path: Path) -> None:
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    contexts = {c.findtext("name"): c for c in ours.getroot().iter("context")}
    for their_context in theirs.getroot().iter("context"):
        name = their_context.findtext("name")
        our_context = contexts.get(name)
        if our_context is None:
            ours.getroot().append(their_context)
            contexts[name] = their_context
            continue
        our_messages = {_key(m): m for m in our_context.iter("message")}
        for message in their_context.iter("message"):
            mine = our_messages.get(_key(message))
            if mine is None:
                our_context.append(message)
            elif _finished(message) and not _finished(mine):
                our_context.remove(mine)
                our_context.append(message)
    root = ours.getroot()
    ordered = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    for context in ordered:
        root.remove(context)
        root.append(context)
    ET.indent(ours, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ours_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    _base, ours_file, theirs_file = sys.argv[1:4]
    merge(Path(ours_file), Path(theirs_file))
