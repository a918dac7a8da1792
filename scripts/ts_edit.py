"""Fill Qt Linguist ``.ts`` files from the command line (no Linguist GUI here).

    python scripts/ts_edit.py english            # en: every translation = its source
    python scripts/ts_edit.py set FILE.json  # {"Context": {"source": {"fr": "…", "ar": "…"}}}
                                             # (French gets its no-break spaces on the way)
    python scripts/ts_edit.py missing [LANG]     # list unfinished messages as JSON skeleton
    python scripts/ts_edit.py french-spaces      # fr: no-break space before ? ! : ; », after «

The ``.ts`` files stay the only place translations live; this script only edits them.
Plural messages (``numerus="yes"``) take a list of forms in the JSON.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project's language list (stdlib only), from this source tree even before it is installed.
sys.path.insert(0, str(ROOT))
from assist_desk.modes import LANGUAGES  # noqa: E402
from assist_desk.typography import french_spaced  # noqa: E402

#: Languages translated from the English source text.
TRANSLATED = tuple(code for code in LANGUAGES if code != "en")


def ts_path(lang: str) -> Path:
    return ROOT / "i18n" / f"assist_desk_{lang}.ts"


def _messages(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _set(message: ET.Element, value: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def english() -> None:
    path = ts_path("en")
    tree = ET.parse(path)
    for _context, message in _messages(tree):
        source = message.findtext("source") or ""
        if message.get("numerus") == "yes":
            _set(message, [source.replace("(s)", ""), source.replace("(s)", "s")])
        else:
            _set(message, source)
    _write(tree, path)


def set_from(json_file: Path) -> None:
    wanted: dict[str, dict[str, dict[str, str | list[str]]]] = json.loads(
        json_file.read_text(encoding="utf-8")
    )
    for lang in LANGUAGES:
        path = ts_path(lang)
        tree = ET.parse(path)
        for context, message in _messages(tree):
            entry = wanted.get(context, {}).get(message.findtext("source") or "")
            if entry and lang in entry:
                value = entry[lang]
                if lang == "fr":  # French spaces at once (pending files predate the rule)
                    value = (
                        french_spaced(value)
                        if isinstance(value, str)
                        else [french_spaced(form) for form in value]
                    )
                _set(message, value)
        _write(tree, path)


def french_spaces() -> None:
    """Put no-break spaces in every French translation (singular and plural forms)."""
    path = ts_path("fr")
    tree = ET.parse(path)
    changed = 0
    for _context, message in _messages(tree):
        translation = message.find("translation")
        if translation is None:
            continue
        for element in [translation, *translation.iter("numerusform")]:
            if element.text and french_spaced(element.text) != element.text:
                element.text = french_spaced(element.text)
                changed += 1
    _write(tree, path)
    print(f"{path.name}: {changed} translation(s) given no-break spaces")


def missing(lang: str | None) -> None:
    out: dict[str, dict[str, dict[str, str]]] = {}
    for code in (lang,) if lang else TRANSLATED:
        tree = ET.parse(ts_path(code))
        for context, message in _messages(tree):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                out.setdefault(context, {}).setdefault(message.findtext("source") or "", {})[
                    code
                ] = ""
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "english":
        english()
    elif command == "set":
        set_from(Path(sys.argv[2]))
    elif command == "french-spaces":
        french_spaces()
    elif command == "missing":
        missing(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        raise SystemExit(__doc__)
