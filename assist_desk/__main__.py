"""``python -m assist_desk``: same as the ``assist-desk`` command."""

import sys

from assist_desk.cli import main

sys.exit(main())
