"""``assist-desk sandbox``: run the training portal, or export its OpenAPI document."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the training portal (the portal API with fictitious accounts)",
        description=(
            "Run the training portal: the portal API v1, a trainer's outbox at "
            "/training/outbox and the OpenAPI document at /openapi.json."
        ),
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help=(
            "address to listen on (127.0.0.1); any other needs the trainer secret in "
            "the ASSIST_DESK_TRAINER_SECRET environment variable"
        ),
    )
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="this portal's URL in e-mailed links (default: the address listened on)",
    )
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0: any free)")
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help=(
            "data directory (default: <data dir>/sandbox-portal, not the app's own "
            "training portal's; one portal per directory)"
        ),
    )
    parser.add_argument("--reset", action="store_true", help="start from an empty database")
    parser.add_argument(
        "--fd", type=int, default=None, help=argparse.SUPPRESS
    )  # a listening socket inherited from the app (instead of --port)
    parser.add_argument(
        "--stop-on-stdin-eof", action="store_true", help=argparse.SUPPRESS
    )  # the app's child: stop when the app goes away
    parser.add_argument(
        "--export-openapi",
        type=Path,
        metavar="FILE",
        help="write the OpenAPI document to FILE ('-' for stdout) and exit",
    )
    parser.add_argument(
        "--rate", type=float, default=None, metavar="N", help="requests per second per client"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import os
    import sys
    from urllib.parse import urlsplit

    from assist_desk.sandbox.openapi import openapi_text

    if args.export_openapi is not None:
        text = openapi_text()
        if str(args.export_openapi) == "-":
            sys.stdout.write(text)
        else:
            args.export_openapi.write_text(text, encoding="utf-8")
            print(f"OpenAPI document written to {args.export_openapi}")
        return 0
    if not 0 <= args.port <= 65535:
        print(f"assist-desk sandbox: --port must be 0-65535 (got {args.port})", file=sys.stderr)
        return 2
    import asyncio
    import socket
    import threading

    from assist_desk import paths
    from assist_desk.sandbox import trainer_auth
    from assist_desk.sandbox.app import PortalOptions
    from assist_desk.sandbox.server import READY_LINE, bind_socket, build_server
    from assist_desk.sandbox.store import DataDirInUse

    # From the environment (argv is readable by every local user), and not passed on.
    secret = os.environ.pop(trainer_auth.SECRET_ENV, "").strip()
    if not trainer_auth.is_loopback(args.host) and not secret:
        print(
            f"assist-desk sandbox: refusing to listen on {args.host}, which other machines can "
            f"reach, without a trainer secret: set {trainer_auth.SECRET_ENV} (at least "
            f"{trainer_auth.MIN_SECRET_LENGTH} characters) first",
            file=sys.stderr,
        )
        return 2
    if secret and len(secret) < trainer_auth.MIN_SECRET_LENGTH:
        print(
            f"assist-desk sandbox: {trainer_auth.SECRET_ENV} needs at least "
            f"{trainer_auth.MIN_SECRET_LENGTH} characters",
            file=sys.stderr,
        )
        return 2

    data_dir = args.data or paths.data_dir() / "sandbox-portal"
    options = PortalOptions(trainer_secret=secret or trainer_auth.new_secret())
    if args.rate is not None:
        options.rate_per_s = args.rate
        options.burst = max(1, int(args.rate * 2))
    try:
        sock = (
            socket.socket(fileno=args.fd)
            if args.fd is not None
            else bind_socket(args.host, args.port)
        )
    except OSError as error:
        print(
            f"assist-desk sandbox: cannot listen on {args.host}:{args.port} ({error.strerror})",
            file=sys.stderr,
        )
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{sock.getsockname()[1]}"
    if args.public_url:
        options.public_url = args.public_url
        options.allowed_hosts = (urlsplit(args.public_url).hostname or "",)
    elif args.host.strip("[]") not in {"0.0.0.0", "::"}:
        options.public_url = url
    try:
        server = build_server(data_dir, reset=args.reset, options=options, log_level="info")
    except DataDirInUse as error:
        print(f"assist-desk sandbox: {error}; stop it or use --data", file=sys.stderr)
        sock.close()
        return 1
    print(f"training portal: {url}  (API: {url}/openapi.json)", flush=True)
    print(f"data: {data_dir}", flush=True)
    if args.fd is None:  # the app's child: the app holds the secret and makes its own links
        assert options.trainer_secret is not None
        # A wildcard address is no place to go: a browser would send "Host: 0.0.0.0",
        # which the portal refuses. On this machine, loopback reaches it.
        wildcard = args.host.strip("[]") in {"0.0.0.0", "::"} and not args.public_url
        loopback = "[::1]" if ":" in args.host else "127.0.0.1"
        base = f"http://{loopback}:{sock.getsockname()[1]}" if wildcard else url
        link = base + trainer_auth.login_path(options.trainer_secret)
        print(f"trainer pages (one-time sign-in link, valid 1 hour): {link}", flush=True)
    if args.stop_on_stdin_eof:
        threading.Thread(target=_stop_at_stdin_eof, args=(server,), daemon=True).start()

    async def serve() -> None:
        task = asyncio.create_task(server.serve(sockets=[sock]))
        # uvicorn exposes only a flag for "started", no event to await.
        while not server.started and not task.done():  # noqa: ASYNC110
            await asyncio.sleep(0.02)
        if server.started:
            print(READY_LINE, flush=True)  # the app waits for this line
        await task

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


def _stop_at_stdin_eof(server: Any) -> None:
    """Run by the app's child: when the app goes away (stdin closes), stop serving."""
    import sys

    sys.stdin.buffer.read()
    server.should_exit = True
