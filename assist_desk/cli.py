"""The ``assist-desk`` command line (argparse, standard library).

``assist-desk`` alone starts the GUI; sub-commands (``sandbox``, ``tour``,
``content``, ``places``, ...) are registered by
:func:`assist_desk.commands.register_all`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from assist_desk.commands import COMMAND_NAMES, register_all
from assist_desk.modes import LANGUAGES, Mode

EXIT_USAGE = 2


class OneLineParser(argparse.ArgumentParser):
    """Reports a usage error on one line, then exits with status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``with_commands=False`` leaves the sub-commands out
    (importing and declaring them costs the GUI's start some 10 ms for nothing)."""
    parser = OneLineParser(
        prog="assist-desk",
        description="Help-point assistant for ANTS accounts, procedures and offline help.",
    )
    parser.add_argument(
        "--version", action=VersionAction, help="show the version and content pack, then exit"
    )
    parser.add_argument(
        "--mode",
        choices=[mode.value for mode in Mode],
        help="kiosk, mediator or training (default: from settings, else training)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="default interface language")
    parser.add_argument("--portal-url", help="portal API base URL (default: training portal)")
    parser.add_argument("--config", type=Path, metavar="FILE", help="site configuration (TOML)")
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help="render the first screen to PNG and exit (for smoke tests)",
    )
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    register_all(subparsers)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """True when the arguments may name a sub-command or ask for help (which lists them)."""
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def version_text() -> str:
    """``assist-desk 0.1.0 (content pack 1.0, 2026-10-01)``; read only when asked."""
    from assist_desk.release import version_line

    return version_line()


class VersionAction(argparse.Action):
    """``--version``: reads the content pack only when the option is given (fast start)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("nargs", 0)
        kwargs.setdefault("default", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        sys.stdout.write(version_text() + "\n")
        parser.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(with_commands=_names_a_command(arguments)).parse_args(arguments)
    if args.command is not None:
        try:
            code = int(args.run(args) or 0)
            sys.stdout.flush()  # a pipe's buffer is written here, not after main
            return code
        except BrokenPipeError:
            # The reader went away (``… | head``): stop quietly, as other tools do; the
            # interpreter's last flush at exit must not fail again on the closed pipe.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    from assist_desk.app import run_gui

    return run_gui(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
