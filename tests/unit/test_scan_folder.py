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


def test_a_link_in_the_folder_is_never_sent(tmp_path: Path) -> None:
    """A symbolic link dropped into the scan folder (the scanner's share) would upload a
    file from elsewhere on the kiosk (issue 15: uploads see only the scan folder)."""
    secret = tmp_path / "secret.pdf"
    secret.write_text("the kiosk's own file")
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "scan.pdf").symlink_to(secret)
    (scans / "id.pdf").write_text("a scan")
    os.utime(scans / "id.pdf", (1, 1))
    assert scan_folder.choose(scans, True, [".pdf"]) == [str(scans / "id.pdf")]
    assert scan_folder.empty(scans) == 2
    assert secret.is_file()


def test_emptying_keeps_the_folder(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.pdf").write_text("x")
    (tmp_path / "y.pdf").write_text("y")
    assert scan_folder.empty(tmp_path) == 2
    assert tmp_path.is_dir()
    assert list(tmp_path.iterdir()) == []
    assert scan_folder.empty(None) == 0
