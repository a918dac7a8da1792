"""``assist-desk tour``: render every screen and wizard step to PNG, with an index."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assist_desk.modes import LANGUAGES, Mode


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected WIDTHxHEIGHT, e.g. 1280x800") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError("size out of range (320x240 to 7680x4320)")
    return width, height


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "tour",
        help="save one PNG per screen and wizard step, with an index",
        description=(
            "Walks every screen and every wizard step against an embedded training "
            "portal and saves one PNG per screen (stable names) plus index.md."
        ),
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="output folder")
    parser.add_argument("--lang", choices=LANGUAGES, default="fr", help="interface language")
    parser.add_argument(
        "--mode",
        choices=[m.value for m in Mode],
        default=Mode.TRAINING.value,
        help="mode to render (default: training)",
    )
    parser.add_argument(
        "--size", type=_size, default=None, metavar="WxH", help="window size (default per mode)"
    )
    parser.add_argument(
        "--only", default=None, metavar="TEXT", help="only scenes whose name contains TEXT"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from assist_desk.tour import run_tour

    return run_tour(args)
