"""``content check``: what a pack must satisfy beyond its schema.

Catalogue coverage, references between files, every text in every pack language, links
on the allowed official domains, evidence for each regional figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from assist_desk.content.schema import OWN_SOURCE_PREFIX, Evidenced

if TYPE_CHECKING:
    from assist_desk.content.data import ContentData
    from assist_desk.content.freshness import Fact

_URL_IN_TEXT = re.compile(r"https?://[^\s)»\"']+")


def problems(pack: ContentData) -> list[str]:
    """Cross-file checks: catalogue coverage, languages, links, references."""
    found: list[str] = []
    found += _duplicates(pack)
    catalogue = {pid: cat for cat, ids in pack.info.catalogue.items() for pid in ids}
    for pid, category in catalogue.items():
        checklist = pack._checklists.get(pid)
        if checklist is None:
            found.append(f"checklists.toml: procedure {pid!r} of the catalogue has no checklist")
        elif checklist.category != category:
            found.append(
                f"checklists.toml: {pid!r} has category {checklist.category!r}, "
                f"the catalogue says {category!r}"
            )
    for cid, checklist in pack._checklists.items():
        where = f"checklists.toml: checklist {cid!r}"
        if cid not in catalogue:
            found.append(f"{where}: not a procedure of the catalogue")
        for item in checklist.items:
            if item.document not in pack.documents:
                found.append(f"{where}: document {item.document!r} does not exist")
        if checklist.fee not in pack._fees:
            found.append(f"{where}: fee {checklist.fee!r} does not exist")
        for ref in checklist.related_faq:
            if ref not in pack._faq:
                found.append(f"{where}: related FAQ {ref!r} does not exist")
    for eid, entry in pack._faq.items():
        where = f"faq: entry {eid!r}"
        if entry.topic not in pack.info.faq_topics:
            found.append(f"{where}: topic {entry.topic!r} is not in pack.toml faq_topics")
        for ref in entry.see_also:
            if ref not in pack._faq:
                found.append(f"{where}: see_also {ref!r} does not exist")
        for ref in entry.procedures:
            if ref not in catalogue:
                found.append(f"{where}: procedure {ref!r} is not in the catalogue")
    for advice in pack.triage_tree.advice.values():
        for ref in advice.faq:
            if ref not in pack._faq:
                found.append(f"triage.toml: advice {advice.id!r}: FAQ {ref!r} does not exist")
    found += pack.triage_tree.problems(set(catalogue))
    for document in pack.documents.values():
        if document.form not in pack.info.form_labels:
            found.append(f"documents.toml: {document.id!r}: form {document.form!r} has no label")
    found += _language_problems(pack)
    found += _link_problems(pack)
    found += _evidence_problems(pack)
    found += _date_problems(pack)
    found += _own_source_problems(pack)
    # Issue 16: a mediator cannot check a fact on a home page, "to recheck" or not; with no
    # precise page, the answer says only what the help point itself does (HELP_POINT.md).
    found += [
        f"{fact.where}: cites only a home page ({fact.sources[0]}); give the precise page "
        "(a service-public fiche, an ANTS page, a Légifrance article) or the operator guide"
        for fact in home_page_facts(pack)
    ]
    return found


def home_page_facts(pack: ContentData) -> list[Fact]:
    """Facts whose only source is a site's home page: a mediator cannot check them there."""
    from assist_desk.content.freshness import facts

    return [
        fact
        for fact in facts(pack)
        if fact.sources
        and not fact.is_own
        and all(urlsplit(url).path in ("", "/") for url in fact.sources)
    ]


def own_source_facts(pack: ContentData) -> list[Fact]:
    """Facts about the help point itself, backed by this pack's operator guide."""
    from assist_desk.content.freshness import facts

    return [fact for fact in facts(pack) if fact.is_own]


def markdown_anchors(text: str) -> set[str]:
    """The anchors of a Markdown page's headings, as a Markdown viewer makes them."""
    anchors = set()
    for line in text.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^a-z0-9 -]", "", title).replace(" ", "-"))
    return anchors


def _own_source_problems(pack: ContentData) -> list[str]:
    """An own source names an existing section of a page of this pack."""
    if pack.directory is None:
        return []
    found = []
    for fact in own_source_facts(pack):
        for source in fact.sources:
            name, _, anchor = source.removeprefix(OWN_SOURCE_PREFIX).partition("#")
            path = pack.directory / name
            if not path.is_file():
                found.append(f"{fact.where}: own source {source!r}: no file {name} in the pack")
            elif anchor not in markdown_anchors(path.read_text(encoding="utf-8")):
                found.append(f"{fact.where}: own source {source!r}: {name} has no such heading")
    return found


def _evidence_problems(pack: ContentData) -> list[str]:
    """A regional figure stated as certain needs an official page or two independent sites."""
    found = []
    for region in pack.fee_file.vehicle_cost.regions:
        figures: list[tuple[str, Evidenced]] = [
            (f"rate from {rate.valid_from.isoformat()}", rate) for rate in region.rates
        ]
        figures += [
            (f"{rule.energy} rule from {rule.valid_from.isoformat()}", rule)
            for rule in region.energy_rules
        ]
        for label, figure in figures:
            where = f"fees.toml: region {region.id!r} {label}"
            urls = [str(url) for url in figure.evidence]
            for url in urls:
                if not url.startswith("https://"):
                    found.append(f"{where}: evidence {url!r} is not https")
            if figure.to_recheck:
                continue
            official = any(is_allowed_url(pack, url) for url in urls)
            hosts = {(urlsplit(url).hostname or "").removeprefix("www.") for url in urls}
            if not official and len(hosts) < 2:
                found.append(
                    f"{where}: one unofficial site only; give an official page or a second "
                    "independent site, or set to_recheck = true"
                )
    return found


def _date_problems(pack: ContentData) -> list[str]:
    """A fact cannot have been checked after the pack was published."""
    from assist_desk.content.freshness import facts

    return [
        f"{fact.where}: checked_on {fact.checked_on.isoformat()} is after the pack's "
        f"published date {pack.pack_date.isoformat()}"
        for fact in facts(pack)
        if fact.checked_on > pack.pack_date
    ]


def _duplicates(pack: ContentData) -> list[str]:
    """Ids are merged into dictionaries on load: fewer keys than items means duplicates."""
    sizes = {
        "faq": len(pack._faq),
        "documents": len(pack.documents),
        "checklists": len(pack._checklists),
        "fees": len(pack._fees),
    }
    return [
        f"{kind}: two items share an id ({pack._counts[kind]} items, {size} distinct ids)"
        for kind, size in sizes.items()
        if pack._counts[kind] != size
    ]


def _texts(pack: ContentData) -> Iterable[tuple[str, dict[str, str]]]:
    """Every localised text with a description of where it is."""
    for cid, checklist in pack._checklists.items():
        where = f"checklists.toml: checklist {cid!r}"
        yield f"{where}.title", checklist.title
        yield f"{where}.summary", checklist.summary
        yield f"{where}.where", checklist.where
        for n, step in enumerate(checklist.steps):
            yield f"{where}.steps[{n}]", step
        for n, item in enumerate(checklist.items):
            if item.when:
                yield f"{where}.items[{n}].when", item.when
            if item.note:
                yield f"{where}.items[{n}].note", item.note
    for did, document in pack.documents.items():
        where = f"documents.toml: document {did!r}"
        yield f"{where}.name", document.name
        yield f"{where}.what", document.what
        for n, text in enumerate(document.constraints):
            yield f"{where}.constraints[{n}]", text
        for n, text in enumerate(document.alternatives):
            yield f"{where}.alternatives[{n}]", text
    for fid, fee in pack._fees.items():
        where = f"fees.toml: fee {fid!r}"
        yield f"{where}.title", fee.title
        for n, band in enumerate(fee.bands):
            yield f"{where}.bands[{n}].label", band.label
        for n, rule in enumerate(fee.rules):
            yield f"{where}.rules[{n}]", rule
    for eid, entry in pack._faq.items():
        yield f"faq: entry {eid!r}.question", entry.question
        yield f"faq: entry {eid!r}.answer", entry.answer
    for question in pack.triage_tree.questions.values():
        yield f"triage.toml: question {question.id!r}.text", question.text
        for option in question.options:
            yield f"triage.toml: question {question.id!r}.{option.id}", option.label
    for advice in pack.triage_tree.advice.values():
        yield f"triage.toml: advice {advice.id!r}.title", advice.title
        yield f"triage.toml: advice {advice.id!r}.text", advice.text
    for key, text in pack.info.category_names.items():
        yield f"pack.toml: category_names.{key}", text
    for key, text in pack.info.faq_topics.items():
        yield f"pack.toml: faq_topics.{key}", text
    for key, text in pack.info.form_labels.items():
        yield f"pack.toml: form_labels.{key}", text
    yield "pack.toml: own_source_label", pack.info.own_source_label
    yield "fees.toml: vehicle_cost.explanation", pack.fee_file.vehicle_cost.explanation
    yield "fees.toml: vehicle_cost.malus", pack.fee_file.vehicle_cost.malus
    for n, text in enumerate(pack.fee_file.stamp.where):
        yield f"fees.toml: stamp.where[{n}]", text
    for n, text in enumerate(pack.fee_file.stamp.notes):
        yield f"fees.toml: stamp.notes[{n}]", text


def _language_problems(pack: ContentData) -> list[str]:
    """A complete language misses no text; every translation folder is a pack language."""
    found = []
    for where, text in _texts(pack):
        for lang in pack.info.languages:
            if lang not in text:
                found.append(f"{where}: no {lang!r} text (pack languages: {pack.info.languages})")
    for lang in pack.translations:
        if lang not in pack.languages:
            found.append(f"translations/{lang}: not in pack.toml languages or partial_languages")
    return found


def missing_texts(pack: ContentData, lang: str) -> list[str]:
    """Where ``lang`` has no text (French is shown there): listed by ``content check``."""
    return [where for where, text in _texts(pack) if lang not in text]


def orphan_translations(pack: ContentData) -> list[str]:
    """Translations of French texts the pack no longer has (the French was changed)."""
    return [
        f"translations/{lang}: no French text {french[:60]!r}…"
        for lang, memory in pack.translations.items()
        for french in memory.orphans()
    ]


def _urls(pack: ContentData) -> Iterable[tuple[str, str]]:
    for cid, checklist in pack._checklists.items():
        yield f"checklists.toml: checklist {cid!r}.source", str(checklist.source)
        yield f"checklists.toml: checklist {cid!r}.official_url", str(checklist.official_url)
    for fid, fee in pack._fees.items():
        yield f"fees.toml: fee {fid!r}.source", str(fee.source)
    cost = pack.fee_file.vehicle_cost
    yield "fees.toml: vehicle_cost.source", str(cost.source)
    yield "fees.toml: vehicle_cost.halving_source", str(cost.halving_source)
    yield "fees.toml: vehicle_cost.malus_source", str(cost.malus_source)
    yield "fees.toml: stamp.source", str(pack.fee_file.stamp.source)
    for eid, entry in pack._faq.items():
        yield f"faq: entry {eid!r}.source", str(entry.source)
    for did, document in pack.documents.items():
        yield f"documents.toml: document {did!r}.source", str(document.source)
    for advice in pack.triage_tree.advice.values():
        yield f"triage.toml: advice {advice.id!r}.source", str(advice.source)
    for where, text in _texts(pack):
        for value in text.values():
            for url in _URL_IN_TEXT.findall(value):
                yield f"{where} (in the text)", url.rstrip(".,;")


def is_allowed_url(pack: ContentData, url: str) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and any(
        host == domain or host.endswith("." + domain) for domain in pack.info.allowed_domains
    )


def _link_problems(pack: ContentData) -> list[str]:
    return [
        f"{where}: link {url!r} is not on an allowed official domain "
        f"({', '.join(pack.info.allowed_domains)})"
        for where, url in _urls(pack)
        if not url.startswith(OWN_SOURCE_PREFIX) and not is_allowed_url(pack, url)
    ]
