"""Translations kept beside the French they translate (``translations/<lang>/*.toml``).

Each file holds ``[[texts]]`` pairs: ``fr`` is a French text exactly as the pack
writes it, ``<lang>`` its translation. On loading, every localised text whose French
matches gets the translation, unless the content file already gives one inline.

Keyed by the French text on purpose: French is the reference, so when a French text
changes, its old translation no longer applies. The reader then gets the new French
(with the "shown in French" notice) rather than a translation of what the pack no
longer says, and ``content check`` lists the gap and the orphaned translation.
Adding a language is adding a folder.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assist_desk.bidi import isolate

FOLDER = "translations"
#: Languages written right to left: Latin words inside them are isolated on load.
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
#: A run of Latin words (official names a citizen must recognise: "ANTS", "cerfa 12100",
#: "Mes points permis"), kept whole; digits alone need no isolate in Arabic.
_LATIN_LETTER = "A-Za-zÀ-ÖØ-öø-ÿŒœ"
_LATIN_WORD = f"[{_LATIN_LETTER}](?:[{_LATIN_LETTER}0-9'’.\\-]*[{_LATIN_LETTER}0-9])?"
_LATIN_RUN = re.compile(
    rf"(?:\d+[\s-](?=[{_LATIN_LETTER}]))?"  # a plate number such as "123 AB 45" stays whole
    rf"{_LATIN_WORD}(?:[ \u00a0](?:{_LATIN_WORD}|\d+(?:[.,]\d+)?))*"
)

#: A Latin run alone between brackets is isolated with its brackets: isolated inside
#: them, the brackets were left to the Arabic around, and a line could break between
#: "(" and its words (issue 14: "(certificat d'immatriculation)" in the checklists).
#: An amount in euros (11 €, 2,76 € or 53 €/CV): the euro sign is a neutral for the
#: bidi algorithm, so in Arabic 11 € was drawn as € 11. Kept whole, left to right.
_AMOUNT = r"\d+(?:[ \u00a0\u202f.,]\d+)*[ \u00a0\u202f]?€(?:/[A-Za-z]+)?"
_BRACKETED_OR_RUN = re.compile(rf"\((?:{_LATIN_RUN.pattern})\)|{_AMOUNT}|{_LATIN_RUN.pattern}")


def isolate_latin(text: str) -> str:
    """Latin runs inside right-to-left text wrapped in isolates (keeps their order), with
    their brackets when a run is all that a pair of brackets holds."""
    return _BRACKETED_OR_RUN.sub(lambda match: isolate(match.group()), text)


@dataclass
class TranslationMemory:
    """The translations of one language: French text -> translated text."""

    lang: str
    texts: dict[str, str] = field(default_factory=dict)
    #: French texts that matched a text of the pack (the others are orphans).
    used: set[str] = field(default_factory=set)

    def orphans(self) -> list[str]:
        return [french for french in self.texts if french not in self.used]


def read_memories(directory: Path, problems: list[str]) -> dict[str, TranslationMemory]:
    """Every ``translations/<lang>/*.toml`` of the content folder, by language."""
    memories: dict[str, TranslationMemory] = {}
    root = directory / FOLDER
    if not root.is_dir():
        return memories
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        lang = folder.name
        memory = memories[lang] = TranslationMemory(lang)
        for path in sorted(folder.glob("*.toml")):
            name = f"{FOLDER}/{lang}/{path.name}"
            try:
                raw = tomllib.loads(path.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
                problems.append(f"{name}: not valid TOML ({error})")
                continue
            _read_pairs(raw, memory, name, problems)
    return memories


def _read_pairs(raw: Any, memory: TranslationMemory, name: str, problems: list[str]) -> None:
    pairs = raw.get("texts") if isinstance(raw, dict) else None
    if not isinstance(pairs, list):
        problems.append(f"{name}: expected a list of [[texts]] with 'fr' and '{memory.lang}'")
        return
    for number, pair in enumerate(pairs):
        french = pair.get("fr") if isinstance(pair, dict) else None
        text = pair.get(memory.lang) if isinstance(pair, dict) else None
        if not isinstance(french, str) or not isinstance(text, str) or not text.strip():
            problems.append(f"{name}: texts[{number}] needs non-empty 'fr' and '{memory.lang}'")
            continue
        if set(pair) != {"fr", memory.lang}:
            problems.append(f"{name}: texts[{number}] has keys other than 'fr', '{memory.lang}'")
            continue
        known = memory.texts.get(french)
        if known is not None and known != text:
            problems.append(f"{name}: texts[{number}] translates a French text a second way")
            continue
        memory.texts[french] = isolate_latin(text) if memory.lang in RIGHT_TO_LEFT else text


def apply(raw: Any, memories: dict[str, TranslationMemory]) -> None:
    """Add the translations to every localised text (``{"fr": …}``) found in ``raw``."""
    if not memories:
        return
    if isinstance(raw, dict):
        french = raw.get("fr")
        if isinstance(french, str) and all(isinstance(v, str) for v in raw.values()):
            for lang, memory in memories.items():
                text = memory.texts.get(french)
                if text is not None:
                    memory.used.add(french)
                    raw.setdefault(lang, text)
            return
        for value in raw.values():
            apply(value, memories)
    elif isinstance(raw, list):
        for value in raw:
            apply(value, memories)
