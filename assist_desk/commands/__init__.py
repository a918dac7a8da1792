"""Sub-commands of ``assist-desk``. Each module registers its own parser.

A module here must stay cheap to import: argparse definitions only, the real
work imported inside its ``run`` function. The GUI does not import them at all
(:data:`COMMAND_NAMES` tells ``assist-desk`` alone from a sub-command), so that
it starts fast.
"""

from __future__ import annotations

from typing import Any

#: Every sub-command as typed on the command line (tests/unit/test_cli.py checks that
#: these are exactly the ones :func:`register_all` registers).
COMMAND_NAMES = frozenset({"content", "sandbox", "places", "tour", "pin", "ants-tokens"})


def register_all(subparsers: Any) -> None:
    """Register every sub-command (``subparsers``: argparse's ``add_subparsers()``), in
    the order ``--help`` lists them."""
    from assist_desk.commands import ants_tokens, content, pin, places, sandbox, tour

    for module in (content, sandbox, places, tour, pin, ants_tokens):
        module.register(subparsers)
