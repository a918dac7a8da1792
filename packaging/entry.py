"""Entry point of the frozen bundle: the same as the ``assist-desk`` command."""

import multiprocessing
import sys

from assist_desk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a child process is spawned
    sys.exit(main())
