"""Translation completeness: every interface string in French, English and Arabic.

Reads the Qt Linguist sources ``i18n/assist_desk_<lang>.ts`` (no Qt needed) and
checks that each message is translated and finished in every language, that
placeholders (``%1``, ``%n``, ``{name}``), mnemonics and markup survive
translation, that plural messages use ``%n`` with the right number of forms,
and that the ``.ts`` files list every string of the sources (lupdate was run).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from assist_desk.modes import LANGUAGES

# No catalogue, style or direction left over between tests (tests/app_fixtures.py).
pytestmark = pytest.mark.usefixtures("neutral_application")

ROOT = Path(__file__).resolve().parents[2]
#: Plural forms Qt expects for each language (numerus rules of Qt Linguist).
PLURAL_FORMS = {"fr": 2, "en": 2, "ar": 6}
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\w)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    numerus: bool
    forms: tuple[str, ...]  # one translation, or the plural forms
    status: str  # "" (finished), "unfinished", "obsolete", "vanished"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.disambiguation)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                status = "unfinished"
            else:
                status = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    status,
                )
            )
    return messages


CATALOGUES = {lang: read_ts(ROOT / "i18n" / f"assist_desk_{lang}.ts") for lang in LANGUAGES}


def _report(problems: list[str]) -> str:
    shown = "\n".join(problems[:40])
    more = f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""
    return f"{len(problems)} problem(s):\n{shown}{more}"


def test_there_is_something_to_translate() -> None:
    assert all(len(messages) >= 10 for messages in CATALOGUES.values())


def test_same_messages_in_every_language() -> None:
    keys = {lang: {m.key for m in messages} for lang, messages in CATALOGUES.items()}
    for lang in LANGUAGES:
        assert keys[lang] == keys["fr"], f"{lang} differs from fr: {keys[lang] ^ keys['fr']}"


def test_ts_files_declare_their_language() -> None:
    for lang in LANGUAGES:
        root = ET.parse(ROOT / "i18n" / f"assist_desk_{lang}.ts").getroot()
        assert root.get("language") == lang
        assert root.get("sourcelanguage") == "en"


def _translation_problems(lang: str, message: Message) -> list[str]:
    where = f"{lang}: {message.context}: {message.source!r}"
    if message.status:
        return [f"{where}: {message.status} translation"]
    if not message.forms or not all(form.strip() for form in message.forms):
        return [f"{where}: empty translation"]
    problems = []
    words = PLACEHOLDER.sub("", message.source).split()
    if lang == "fr" and len(words) > 3 and all(f == message.source for f in message.forms):
        # A sentence copied from English is not a translation (short cognates such as
        # "Version %1" or "Questions" may be equal).
        problems.append(f"{where}: copied from English")
    # Arabic text has Arabic letters (a single name or code, e.g. "FranceConnect",
    # may stay in Latin script).
    latin_sentence = len(words) > 1 and re.search(r"[A-Za-z]{4,}", message.source)
    if (
        lang == "ar"
        and latin_sentence
        and not any(re.search(r"[\u0600-\u06FF]", form) for form in message.forms)
    ):
        problems.append(f"{where}: no Arabic text")
    return problems


def _placeholder_problems(lang: str, message: Message) -> list[str]:
    expected = Counter(PLACEHOLDER.findall(message.source))
    problems = []
    for form in message.forms:
        found = Counter(PLACEHOLDER.findall(form))
        if message.numerus:
            # A plural form may drop %n (Arabic "one"/"two" forms), never add others.
            found.pop("%n", None)
            wanted = Counter(expected)
            wanted.pop("%n", None)
        else:
            wanted = expected
        if found != wanted:
            problems.append(f"{lang}: {message.source!r} -> {form!r}: placeholders differ")
    return problems


def _markup_problems(lang: str, message: Message) -> list[str]:
    tags = Counter(TAG.findall(message.source))
    mnemonics = len(MNEMONIC.findall(message.source))
    problems = []
    for form in message.forms:
        if Counter(TAG.findall(form)) != tags:
            problems.append(f"{lang}: {form!r}: markup differs from {message.source!r}")
        if len(MNEMONIC.findall(form)) != mnemonics:
            problems.append(f"{lang}: {form!r}: mnemonic '&' differs from {message.source!r}")
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_and_finished(lang: str) -> None:
    problems = [p for m in CATALOGUES[lang] for p in _translation_problems(lang, m)]
    assert not problems, _report(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match(lang: str) -> None:
    problems = [p for m in CATALOGUES[lang] for p in _placeholder_problems(lang, m)]
    assert not problems, _report(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_markup_and_mnemonics_match(lang: str) -> None:
    problems = [p for m in CATALOGUES[lang] for p in _markup_problems(lang, m)]
    assert not problems, _report(problems)


def test_the_checks_catch_bad_translations() -> None:
    """The checks themselves, on made-up messages."""
    good = Message(
        "C", "Delete %1 files from {place}?", "", False, ("Supprimer %1 de {place} ?",), ""
    )
    assert not _placeholder_problems("fr", good)
    lost = Message("C", "Delete %1 files?", "", False, ("Supprimer les fichiers ?",), "")
    assert _placeholder_problems("fr", lost)
    unfinished = Message("C", "Next", "", False, ("Suivant",), "unfinished")
    assert _translation_problems("fr", unfinished)
    copied = Message(
        "C", "Choose one of the buttons", "", False, ("Choose one of the buttons",), ""
    )
    assert _translation_problems("fr", copied)
    latin = Message("C", "Print the list", "", False, ("Print the list",), "")
    assert _translation_problems("ar", latin)
    mnemonic = Message("C", "&Language", "", False, ("Langue",), "")
    assert _markup_problems("fr", mnemonic)
    plural = Message("C", "%n file(s)", "", True, ("ملف واحد", "ملفان", "%n ملفات"), "")
    assert not _placeholder_problems("ar", plural)


PLURALS = [(lang, m) for lang, messages in CATALOGUES.items() for m in messages if m.numerus]


def test_plural_sources_use_percent_n() -> None:
    for _lang, message in PLURALS:
        assert "%n" in message.source, f"plural message without %n: {message.source!r}"


def test_plural_forms() -> None:
    for lang, message in PLURALS:
        assert len(message.forms) == PLURAL_FORMS[lang], f"{lang}: forms of {message.source!r}"
        assert "%n" in message.forms[-1], f"{lang}: the general plural form must show %n"


def test_strings_that_count_use_plurals() -> None:
    """A source such as "%1 result(s)" must be a plural message with %n instead."""
    for message in CATALOGUES["en"]:
        assert "(s)" not in message.source or message.numerus, (
            f"use tr(text, '', n) with %n: {message.source!r}"
        )


def test_ts_files_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """Every string marked in the code is in the .ts files (run build_i18n.py update)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_i18n
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "fresh_fr.ts"
    sources = [str(ROOT / s) for s in build_i18n.sources()]
    subprocess.run(
        [lupdate, *sources, "-source-language", "en", "-target-language", "fr", "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    wanted = {m.key for m in read_ts(fresh)}
    have = {m.key for m in CATALOGUES["fr"]}
    missing = sorted(wanted - have)
    stale = sorted(have - wanted)
    assert not missing, f"strings not in the .ts files (run build_i18n.py update): {missing[:5]}"
    assert not stale, f"strings no longer in the code (run build_i18n.py update): {stale[:5]}"


def test_no_dangling_preposition_in_french() -> None:
    """'Vous vous connecterez avec sur le site officiel' (the FranceConnect tile, C-4)
    left 'avec' without its object; French never ends a group with 'avec sur'."""
    found = [
        m.source for m in CATALOGUES["fr"] for form in m.forms if re.search(r"\bavec sur\b", form)
    ]
    assert found == []


#: An amount written out in a translation: digits, their group spaces and the euro sign.
AMOUNT = re.compile(r"\d(?:[\d \u00a0\u202f]*\d)?[ \u00a0\u202f]*€")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_amounts_in_translations_do_not_break_across_lines(lang: str) -> None:
    """A line broke between "45 000" and "€" in the false-declaration warning: the
    spaces of an amount are no-break spaces (U+00A0; Qt's rich text turns U+202F into
    a breaking space), as ``i18n.euros`` writes them."""
    problems = [
        f"{m.context}: {amount!r} in {m.source[:60]!r}"
        for m in CATALOGUES[lang]
        for form in m.forms
        for amount in AMOUNT.findall(form)
        if " " in amount
    ]
    assert not problems, _report(problems)
