"""The scan folder: what an upload sends, and its emptying at the wipe (Qt-free)."""

from __future__ import annotations

import os
from pathlib import Path

from assist_desk.session import scan_folder


def test_the_newest_accepted_scan_or_all_of_them(tmp_path: Path) -> None:
    for index, name in enumerate(("a.pdf", "b.jpg", "c.txt", ".hidden.pdf")):
        (tmp_path / name).write_text(name)
        os.utime(tmp_path / name, (index + 1, index + 1))
    assert scan_folder.choose(tmp_path, False, [".pdf", "image/*"]) == [str(tmp_path / "b.jpg")]
    assert scan_folder.choose(tmp_path, True, ["application/pdf"]) == [str(tmp_path / "a.pdf")]
    assert len(scan_folder.choose(tmp_path, True)) == 3
    assert scan_folder.choose(None, True) == []
    assert scan_folder.choose(tmp_path / "missing", False) == []


def test_emptying_keeps_the_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.pdf").write_text("x")
    (tmp_path / "y.pdf").write_text("y")
    assert scan_folder.empty(tmp_path) == 2
    assert tmp_path.is_dir()
    assert list(tmp_path.iterdir()) == []
    assert scan_folder.empty(None) == 0
