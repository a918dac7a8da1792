"""``assist-desk pin set|clear|status``: the mediator's PIN, at installation.

The PIN is read twice without echo and stored only as a salted scrypt hash in
the OS keyring; when no secure storage works, nothing is stored anywhere and
the command says so (status 3).
"""

from __future__ import annotations

import argparse
from typing import Any

EXIT_MISMATCH = 1
EXIT_NO_STORAGE = 3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "pin",
        help="set or clear the mediator PIN (kept in the system keyring)",
        description="The mediator PIN or password, stored as a salted hash in the OS keyring.",
    )
    parser.add_argument("action", choices=["set", "clear", "status"])
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import getpass

    from assist_desk.credentials import (
        MEDIATOR_ENTRY,
        MIN_SECRET_LENGTH,
        KeyringStore,
        SecretTooShort,
        StorageUnavailable,
        has_mediator_secret,
        set_mediator_secret,
    )

    store = KeyringStore()
    try:
        if args.action == "status":
            present = asyncio.run(has_mediator_secret(store))
            print("a mediator PIN is set" if present else "no mediator PIN is set")
            return 0
        if args.action == "clear":
            asyncio.run(store.delete(MEDIATOR_ENTRY))
            print("mediator PIN removed")
            return 0
        first = getpass.getpass(f"New mediator PIN (at least {MIN_SECRET_LENGTH} digits): ")
        second = getpass.getpass("Repeat the PIN: ")
        if first != second:
            print("assist-desk: the two entries differ; nothing was changed")
            return EXIT_MISMATCH
        try:
            asyncio.run(set_mediator_secret(store, first))
        except SecretTooShort as error:
            print(f"assist-desk: too weak: {error}; nothing was changed")
            return EXIT_MISMATCH
        print("mediator PIN saved in the system keyring")
        return 0
    except StorageUnavailable as error:
        print(f"assist-desk: no secure storage available ({error}); nothing was stored")
        return EXIT_NO_STORAGE
