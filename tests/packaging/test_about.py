"""The About screen and ``--version``: version, content pack date, licence, data sources."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk import __version__, release
from assist_desk.views.about import (
    AboutInfo,
    AboutScreen,
    SourcesScreen,
    pack_from_service,
    read_about_info,
)
from tests.app_fixtures import StartApplication

PACK = 'version = "1.2"\npublished = 2026-10-01\nlanguages = ["fr"]\n'
SOURCES = "# Lieux\n\nDonnées : Base Adresse Nationale, Licence Ouverte 2.0, 2026-09-15.\n"


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources/ folder with a content pack and two SOURCES.md, used by release.py."""
    root = tmp_path / "resources"
    (root / "content").mkdir(parents=True)
    (root / "places").mkdir()
    (root / "content" / "pack.toml").write_text(PACK, encoding="utf-8")
    (root / "content" / "SOURCES.md").write_text("Fiches service-public.fr, 2026-10-01.\n")
    (root / "places" / "SOURCES.md").write_text(SOURCES, encoding="utf-8")
    monkeypatch.setattr(release, "_resources", lambda: root)
    return root


def test_release_reads_pack_and_sources(resources: Path) -> None:
    pack = release.content_pack()
    assert pack == release.ContentPack("1.2", dt.date(2026, 10, 1))
    assert release.version_line() == f"assist-desk {__version__} (content pack 1.2, 2026-10-01)"
    notes = release.shipped_sources()
    assert [n.folder for n in notes] == ["resources/content", "resources/places"]
    assert "Licence Ouverte 2.0" in notes[1].text


def test_release_without_content(tmp_path: Path) -> None:
    assert release.content_pack(tmp_path) is None
    assert release.shipped_sources(tmp_path / "missing") == []
    assert release.version_line(tmp_path) == f"assist-desk {__version__}"
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "pack.toml").write_text("version = [", encoding="utf-8")
    assert release.content_pack(tmp_path) is None  # unreadable: ignored, never a crash


def test_version_is_fast_and_qt_free(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from assist_desk.cli import main\n"
        "try:\n    main(['--version'])\n"
        "except SystemExit as e:\n    assert e.code == 0\n"
        "heavy = [m for m in ('PySide6', 'pydantic', 'httpx') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"assist-desk {__version__}")


def test_pack_from_a_content_service() -> None:
    service = SimpleNamespace(pack=SimpleNamespace(version="2.0", published=dt.date(2026, 11, 2)))
    assert pack_from_service(service) == release.ContentPack("2.0", dt.date(2026, 11, 2))
    assert pack_from_service(SimpleNamespace(info=SimpleNamespace(version="3"))) == (
        release.ContentPack("3", None)
    )
    assert pack_from_service(object()) is None
    assert pack_from_service(None) is None


def test_citizens_about_is_five_plain_lines(qtbot: Any, resources: Path) -> None:
    """O-3: who runs the point, not ANTS, nothing kept, the content's date, the software;
    no folder name, licence text or markdown reaches a citizen."""
    screen = AboutScreen(site_name=lambda: "Mairie de Trifouillis")
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    lines = [label.text() for label in screen.lines]
    assert len(lines) == 5
    assert all(label.isVisible() for label in screen.lines)
    assert "Mairie de Trifouillis" in lines[0]
    assert "not an ANTS product" in lines[1]
    assert "Nothing you type here is kept" in lines[2]
    assert "2026" in lines[3]
    assert "October" in lines[3]
    assert __version__ in lines[4]
    shown = " ".join(lines)
    for developer_text in ("resources/", "SOURCES", "Licence Ouverte", "EUPL", "toml"):
        assert developer_text not in shown
    assert not screen.statement_view.isVisible()  # nothing below the lines but the buttons
    assert not screen.sources_button.isVisible()  # sources are for mediators
    assert screen.initial_focus() is screen.back_button
    with qtbot.waitSignal(screen.sig_navigate) as blocker:
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["home"]


def test_mediators_sources_screen_shows_the_facts(qtbot: Any, resources: Path) -> None:
    screen = SourcesScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.version_label.text().endswith(__version__)
    assert "1.2" in screen.pack_label.text()
    assert "2026" in screen.pack_label.text()
    assert "EUPL" in screen.licence_label.text()
    text = screen.sources.toPlainText()
    assert "Places (resources/places)" in text  # a translated title before each folder
    assert "Licence Ouverte 2.0" in text
    assert screen.sources.isReadOnly()
    assert screen.initial_focus() is screen.back_button
    for widget in (screen.back_button, screen.sources):
        assert widget.accessibleName()
    with qtbot.waitSignal(screen.sig_navigate) as blocker:
        qtbot.mouseClick(screen.back_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["mediator_tools"]


def test_about_screen_without_pack_or_sources(qtbot: Any) -> None:
    info = AboutInfo(__version__, None, ())
    screen = AboutScreen(lambda: info)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.pack_label.text()  # says there is none, calmly
    assert "1." not in screen.pack_label.text()
    assert screen.site_label.text()  # no site name: still a sentence
    sources = SourcesScreen(lambda: info)
    qtbot.addWidget(sources)
    sources.show()
    qtbot.waitExposed(sources)
    assert sources.sources.toPlainText()


def test_about_is_reachable_from_the_top_bar(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context("--lang", "fr")
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    assert window.about_button.isVisible()
    assert window.about_button.accessibleName()
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "about"
    assert window.windowTitle().startswith("À propos")
    about = window.current_screen()
    assert isinstance(about, AboutScreen)
    assert about.heading.text() == "À propos de ce point d'aide"
    qtbot.mouseClick(about.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "home"


def test_read_about_info_prefers_the_service(resources: Path) -> None:
    service = SimpleNamespace(info=SimpleNamespace(version="9.9", published=None))
    assert read_about_info(service).pack == release.ContentPack("9.9", None)
    assert read_about_info(None).pack == release.ContentPack("1.2", dt.date(2026, 10, 1))
