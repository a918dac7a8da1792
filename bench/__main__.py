"""``python -m bench [NAME ...] [--runs N]``: run the named benchmarks (default: all)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from bench import BENCHMARKS


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("names", nargs="*", choices=[*BENCHMARKS, []], metavar="NAME")
    parser.add_argument("--runs", type=int, default=7, help="repetitions (median reported)")
    parser.add_argument("--quick", action="store_true", help="fewer runs and shorter soaks")
    args = parser.parse_args()
    for name in args.names or list(BENCHMARKS):
        print(f"== {name}", flush=True)
        for line in importlib.import_module(BENCHMARKS[name]).run(args):
            print(f"   {line}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
