"""``assist-desk content check`` and ``assist-desk content search "QUERY"``.

``check`` validates every content file (schema, catalogue coverage in every
content language, links on the allowed official domains, references) and
exits with status 1 and one line per problem if anything is wrong.
``check --stale`` also fails on any fact past its ``review_by`` date (without it the
stale facts are listed and the check passes). ``cost`` estimates a registration
certificate (see :mod:`assist_desk.commands.content_cost`).
``search`` prints ranked FAQ and checklist hits (``--json`` for machines).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from assist_desk.commands import content_cost
from assist_desk.modes import LANGUAGES

EXIT_PROBLEMS = 1
EXIT_BAD_ARGUMENT = content_cost.EXIT_BAD_ARGUMENT


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "content", help="check or search the offline content (FAQ, checklists, fees)"
    )
    actions = parser.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate every content file; non-zero on a problem")
    check.add_argument("--dir", type=Path, help="content folder (default: the bundled one)")
    check.add_argument(
        "--stale", action="store_true", help="fail (status 1) on any fact past its review_by date"
    )
    check.add_argument(
        "--missing", action="store_true", help="list every text missing in a partial language"
    )
    check.add_argument(
        "--on", type=dt.date.fromisoformat, help="judge staleness on this date (YYYY-MM-DD)"
    )
    check.set_defaults(run=run_check)
    content_cost.register(actions)
    search = actions.add_parser("search", help="search the FAQ and checklists")
    search.add_argument("query", help="words to look for (typos and synonyms are fine)")
    search.add_argument(
        "--lang",
        default="fr",
        help="language (a two-letter code, any case; French where one is missing)",
    )
    search.add_argument(
        "--limit", type=int, default=10, help="maximum number of results (1 or more)"
    )
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--dir", type=Path, help="content folder (default: the bundled one)")
    search.set_defaults(run=run_search)


def run_check(args: argparse.Namespace) -> int:
    from assist_desk.content import ContentError, ContentPack

    try:
        pack = ContentPack.load(args.dir)
    except ContentError as error:
        for line in error.lines:
            print(f"content check: {line}")
        print(f"content check: FAILED ({len(error.lines)} problem(s))")
        return EXIT_PROBLEMS
    from assist_desk.content import checks

    counts = pack.counts()
    print(f"content pack {pack.version} published {pack.pack_date.isoformat()}")
    for lang in dict.fromkeys([*LANGUAGES, *pack.languages]):
        missing = checks.missing_texts(pack, lang)
        if lang not in pack.languages:
            status = "  (not provided: French is shown)"
        elif missing:
            status = f"  (partial: {len(missing)} text(s) missing, French is shown there)"
        else:
            status = ""
        print(
            f"  {lang}: {counts[f'faq_{lang}']} FAQ entries, "
            f"{counts[f'checklists_{lang}']} checklists{status}"
        )
        if lang in pack.languages and args.missing:
            for where in missing:
                print(f"  missing {lang}: {where}")
    for line in checks.orphan_translations(pack):
        print(f"  orphan translation: {line}")
    print(f"  {counts['documents']} documents, {counts['fees']} fees")
    print(f"  {len(pack.procedure_ids())} catalogue procedures, all with a checklist")
    return _report_freshness(pack, args.on or dt.date.today(), args.stale)


def _report_freshness(pack: Any, today: dt.date, strict: bool) -> int:
    """List stale and to-recheck facts; with ``strict`` a stale fact fails the check."""
    from assist_desk.content import freshness

    every = list(freshness.facts(pack))
    stale = [fact for fact in every if fact.is_stale(today)]
    unsure = [fact for fact in every if fact.to_recheck]
    from assist_desk.content.checks import home_page_facts, own_source_facts

    print(
        f"  {len(every)} dated facts: {len(stale)} past review_by on {today.isoformat()}, "
        f"{len(unsure)} marked to recheck, {len(home_page_facts(pack))} citing only a home page, "
        f"{len(own_source_facts(pack))} about the help point itself (operator guide)"
    )
    for fact in stale:
        print(f"  stale: {fact.where} (review_by {fact.review_by.isoformat()})")
    if strict and stale:
        print(f"content check: FAILED ({len(stale)} stale fact(s))")
        return EXIT_PROBLEMS
    print("content check: OK")
    return 0


def run_search(args: argparse.Namespace) -> int:
    import json

    from assist_desk.content import ContentError, ContentPack, render_marks

    # Zero or fewer results is never what someone asking a question means: say so
    # (one line, status 2, like `content cost`) rather than quietly print one.
    if args.limit < 1:
        print(f"content search: --limit must be 1 or more, not {args.limit}", file=sys.stderr)
        return EXIT_BAD_ARGUMENT
    try:
        pack = ContentPack.load(args.dir, check=False)
    except ContentError as error:
        for line in error.lines:
            print(f"content search: {line}")
        return EXIT_PROBLEMS
    lang = args.lang.strip().lower()  # "AR" fell back to French
    hits = pack.search(args.query, lang, args.limit)
    if args.json:
        rows = [
            {
                "rank": rank,
                "kind": hit.kind,
                "id": hit.ref,
                "title": render_marks(hit.title, "", ""),
                "title_marked": render_marks(hit.title, "[", "]"),
                "snippet": render_marks(hit.snippet, "[", "]"),
                "score": round(hit.score, 3),
                "shown_in_french": hit.fell_back,
                "holds_every_word": hit.complete,
            }
            for rank, hit in enumerate(hits, 1)
        ]
        print(
            json.dumps(
                {"query": args.query, "lang": lang, "results": rows},
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    if not hits:
        print(f"no result for {args.query!r}")
        return 0
    if not any(hit.complete for hit in hits):
        print("no good answer (none holds every word): ask a mediator; closest:")
    for rank, hit in enumerate(hits, 1):
        note = "  (shown in French)" if hit.fell_back else ""
        print(f"{rank:2}. [{hit.kind}] {hit.ref}: {render_marks(hit.title, '[', ']')}{note}")
        print(f"    {render_marks(hit.snippet, '[', ']')}")
    return 0
