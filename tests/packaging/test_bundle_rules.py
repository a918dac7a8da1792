"""What the bundle keeps and drops (packaging/bundle_config.py) and the build helpers."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

import build
import bundle_config as cfg
import smoke


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_ar.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
        ("PySide6/Qt/translations/qtwebengine_locales/fr.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/en-US.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/ar.pak", True),
        ("PySide6/Qt/translations/qtwebengine_locales/de.pak", False),
        ("PySide6/Qt/translations/qtwebengine_locales/fr-CA.pak", False),
        ("PySide6/Qt/resources/qtwebengine_resources.pak", True),
        ("PySide6/Qt/resources/icudtl.dat", True),
        ("PySide6/Qt/resources/v8_context_snapshot.bin", True),
        ("PySide6/Qt/resources/qtwebengine_devtools_resources.pak", False),
        ("PySide6/Qt/libexec/QtWebEngineProcess", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("pydantic_core/_pydantic_core.cpython-311-x86_64-linux-gnu.so", True),
    ],
)
def test_qt_files_kept_or_dropped(dest: str, kept: bool) -> None:
    assert cfg.keep_qt_file(dest) is kept


@pytest.mark.parametrize(
    ("relative", "kept"),
    [
        ("i18n/assist_desk_fr.qm", True),
        ("i18n/assist_desk_fr.ts", False),
        ("ui/qss/base.qss", True),
        ("ui/qss/tokens.toml", True),
        ("resources/content/pack.toml", True),
        ("resources/places/SOURCES.md", True),
        ("resources/places/__pycache__/x.pyc", False),
    ],
)
def test_our_data_files(relative: str, kept: bool) -> None:
    assert cfg.keep_data_file(relative) is kept


def test_unused_qt_modules_are_excluded_and_used_ones_are_not() -> None:
    excluded = set(cfg.EXCLUDED_MODULES)
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore", "PySide6.QtDesigner"):
        assert module in excluded
    for module in ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCore", "PySide6.QtSvg"):
        assert module not in excluded
    assert "PySide6.QtPrintSupport" in cfg.HIDDEN_IMPORTS
    assert "PySide6.QtPrintSupport" not in excluded


def test_size_helpers(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "big").write_bytes(b"x" * 3000)
    (tmp_path / "a" / "small").write_bytes(b"x" * 100)
    (tmp_path / "top").write_bytes(b"x" * 10)
    assert build.folder_size(tmp_path) == 3110
    parts = dict(build.largest_parts(tmp_path, depth=2))
    assert parts["a/b"] == 3000
    assert parts["a"] == 100
    assert parts["top"] == 10


def test_setup_files_are_staged_in_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "assist-desk"
    bundle.mkdir()
    setup = build.stage_setup_files(bundle)
    for name in ("README.md", "site.toml", "CHANGELOG.md", "linux/install.sh", "windows"):
        assert (setup / name).exists(), name
    assert (setup / "linux" / "kiosk" / "assist-desk-kiosk.service").is_file()


def _png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        smoke.PNG_MAGIC
        + struct.pack(">I", len(header))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk))
    )


def test_smoke_reads_png_sizes_and_finds_the_executable(tmp_path: Path) -> None:
    image = tmp_path / "x.png"
    image.write_bytes(_png(1280, 800))
    assert smoke.png_size(image) == (1280, 800)
    image.write_bytes(b"not a png at all, not at all....")
    with pytest.raises(smoke.SmokeFailure):
        smoke.png_size(image)
    with pytest.raises(smoke.SmokeFailure):
        smoke.executable(tmp_path)
    (tmp_path / "assist-desk").write_text("")
    assert smoke.executable(tmp_path) == tmp_path / "assist-desk"


def _bundle_with(tmp_path: Path, files: list[str]) -> smoke.Smoke:
    (tmp_path / "assist-desk").write_text("")
    for name in files:
        path = tmp_path / "_internal" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("")
    return smoke.Smoke(tmp_path, tmp_path / "out")


LINUX_BUNDLE = [
    "PySide6/Qt/libexec/QtWebEngineProcess",
    "PySide6/Qt/resources/qtwebengine_resources.pak",
    "PySide6/Qt/resources/icudtl.dat",
    "PySide6/Qt/resources/v8_context_snapshot.bin",
    "PySide6/Qt/translations/qtwebengine_locales/fr.pak",
    "PySide6/Qt/translations/qtwebengine_locales/en-US.pak",
    "PySide6/Qt/translations/qtwebengine_locales/ar.pak",
    "i18n/assist_desk_fr.qm",
    "i18n/assist_desk_en.qm",
    "i18n/assist_desk_ar.qm",
    "resources/content/pack.toml",
]


def test_smoke_checks_the_bundles_contents(tmp_path: Path) -> None:
    assert "11 required ones there" in _bundle_with(tmp_path, LINUX_BUNDLE).contents()


@pytest.mark.parametrize(
    ("left_out", "added", "message"),
    [
        ("PySide6/Qt/libexec/QtWebEngineProcess", None, "QtWebEngineProcess or"),
        ("PySide6/Qt/translations/qtwebengine_locales/ar.pak", None, "qtwebengine_locales/ar"),
        ("i18n/assist_desk_fr.qm", None, "i18n/assist_desk_fr.qm"),
        (None, "PySide6/Qt/resources/qtwebengine_devtools_resources.pak", "devtools"),
    ],
)
def test_smoke_fails_on_a_missing_or_unwanted_file(
    tmp_path: Path, left_out: str | None, added: str | None, message: str
) -> None:
    files = [name for name in LINUX_BUNDLE if name != left_out] + ([added] if added else [])
    with pytest.raises(smoke.SmokeFailure, match=message):
        _bundle_with(tmp_path, files).contents()
