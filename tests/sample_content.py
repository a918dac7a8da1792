"""Sample content for tests: the bundled pack, changed in a known way."""

from __future__ import annotations

import shutil
from pathlib import Path

from assist_desk.content.pack import default_directory


def copy_without_arabic(target: Path) -> Path:
    """The bundled content without its Arabic translations (Arabic falls back to French)."""
    shutil.copytree(default_directory(), target)
    shutil.rmtree(target / "translations" / "ar")
    return target
