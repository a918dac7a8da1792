"""``assist-desk ants-tokens set|clear|status``: the help point's ANTS tokens.

ANTS issues a partner two tokens: one for the coordination API (status of a
pre-application number) and one for the appointment hub (free slots). ``set``
reads both without echo and stores them in the OS keyring only; ``status``
says which are stored, never what they are; ``clear`` removes both. When no
secure storage works, nothing is stored anywhere and the command says so
(status 3). The application uses the tokens only when ``ants_api_enabled`` is
true in the site configuration.
"""

from __future__ import annotations

import argparse
from typing import Any

EXIT_REFUSED = 1
EXIT_NO_STORAGE = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "ants-tokens",
        help="set or clear the ANTS appointment tokens (kept in the system keyring)",
        description=(
            "The tokens ANTS issued to this help point for its coordination API and its "
            "appointment hub, stored in the OS keyring (never in a file)."
        ),
    )
    parser.add_argument("action", choices=["set", "clear", "status"])
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import getpass

    from assist_desk.credentials import (
        EmptyToken,
        KeyringStore,
        StorageUnavailable,
        ants_tokens,
        clear_ants_tokens,
        set_ants_tokens,
    )

    store = KeyringStore()
    try:
        if args.action == "status":
            coordination, hub = asyncio.run(ants_tokens(store))
            for label, token in (("coordination API", coordination), ("appointment hub", hub)):
                print(f"ANTS {label} token: {'stored' if token else 'not stored'}")
            return 0
        if args.action == "clear":
            asyncio.run(clear_ants_tokens(store))
            print("ANTS tokens removed")
            return 0
        coordination = getpass.getpass("ANTS coordination API token (x-rdv-opt-auth-token): ")
        hub = getpass.getpass("ANTS appointment hub token (X-HUB-RDV-AUTH-TOKEN): ")
        try:
            asyncio.run(set_ants_tokens(store, coordination, hub))
        except EmptyToken:
            print(
                "assist-desk: both tokens are needed and neither may be empty; nothing was stored"
            )
            return EXIT_REFUSED
        print("ANTS tokens saved in the system keyring")
        print("They are used when ants_api_enabled = true in the site configuration.")
        return 0
    except StorageUnavailable as error:
        outcome = {"set": "nothing was stored", "clear": "nothing was removed"}
        done = outcome.get(args.action, "the tokens cannot be read")
        print(f"assist-desk: no secure storage available ({error}); {done}")
        return EXIT_NO_STORAGE
