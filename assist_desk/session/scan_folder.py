"""The help point's scan folder: what a web form's file upload may send (Qt-free).

The scanner drops its files into ``scan_folder`` (a setting). A web page's "choose
a file" never browses the disk: it gets the newest scan (or, when the form takes
several, every scan), filtered by the types the form accepts. The folder is
emptied at every session wipe, so a scan never reaches the next citizen.
"""

from __future__ import annotations

import logging
import mimetypes
import shutil
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


def _accepts(path: Path, accepted: Sequence[str]) -> bool:
    """``accepted``: the form's ``accept`` list (".pdf", "image/*", "application/pdf")."""
    if not accepted:
        return True
    suffix = path.suffix.lower()
    mime = mimetypes.guess_type(path.name)[0] or ""
    for entry in (a.strip().lower() for a in accepted):
        if entry.startswith(".") and suffix == entry:
            return True
        if entry.endswith("/*") and mime.startswith(entry[:-1]):
            return True
        if entry == mime:
            return True
    return False


def scans(folder: Path | None, accepted: Sequence[str] = ()) -> list[Path]:
    """The folder's own files a form accepts (no link), newest first (none without a folder)."""
    if folder is None or not folder.is_dir():
        return []
    # A link is not a scan: it would send a file from elsewhere on the machine (the
    # keyring, the site file, another folder) to the web page.
    files = [
        path
        for path in folder.iterdir()
        if path.is_file()
        and not path.is_symlink()
        and not path.name.startswith(".")
        and _accepts(path, accepted)
    ]
    return sorted(files, key=lambda path: path.stat().st_mtime, reverse=True)


def choose(folder: Path | None, multiple: bool, accepted: Sequence[str] = ()) -> list[str]:
    """What an upload sends: the newest scan, or every scan when the form takes several."""
    found = scans(folder, accepted)
    chosen = found if multiple else found[:1]
    return [str(path) for path in chosen]


def empty(folder: Path | None) -> int:
    """Delete everything in the scan folder (not the folder). Returns how many entries."""
    if folder is None or not folder.is_dir():
        return 0
    removed = 0
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed += 1
    if removed:
        log.info("scan folder emptied (%d entries)", removed)
    return removed
