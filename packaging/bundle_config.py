"""What goes into the self-contained bundle, and what stays out (used by the spec file).

Kept apart from ``assist-desk.spec`` so that the rules can be unit-tested
without PyInstaller. Everything here is pure Python, standard library only.

The rules, in short:

* our own data: ``resources/`` (content, places, their SOURCES.md), ``ui/``
  (QSS and tokens) and the compiled catalogues ``i18n/*.qm`` (never the .ts);
* Qt: the widgets stack, plus QtWebEngine (the controlled browser, issue 15: its
  QtWebEngineProcess, resources and the QtQuick/QtQml libraries it links) and
  QtPdf (downloaded receipts). Python modules we never import (Qt3D, QtMultimedia,
  QtDesigner, ...) are excluded; of Qt's
  plugins we keep the platforms a help point uses (offscreen for smoke tests,
  xcb for X11, wayland for cage or a Wayland desktop, windows/cocoa elsewhere),
  the print support, the Wayland client integrations, the XCB GL integration,
  the compose and IBus input contexts and the SVG/JPEG/ICO image formats (no platform themes:
  the application draws its own theme, and they would pull in GTK);
* Qt's own translations: ``qtbase_`` for the languages we offer, nothing else;
  Chromium's (``qtwebengine_locales/*.pak``, its error pages and form controls)
  likewise;
* QtWebEngine's developer tools (``qtwebengine_devtools_resources.pak``): the
  controlled browser never opens them.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

#: Interface languages whose Qt catalogues (qtbase_<lang>.qm) are shipped.
LANGUAGES = ("fr", "en", "ar")

#: Our data folders, copied beside the package (``sys._MEIPASS/<name>``).
DATA_DIRS = ("resources", "ui", "i18n", "docs")  # docs: the accessibility statement

#: Python modules the application never imports: kept out of the analysis.
EXCLUDED_MODULES: tuple[str, ...] = (
    # Qt modules outside the widgets stack (their libraries follow them out).
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
    # Other toolkits and development tools that optional imports could drag in.
    "PyQt5",
    "PyQt6",
    "tkinter",
    "_tkinter",
    "IPython",
    "matplotlib",
    "numpy",
    "pytest",
    "_pytest",
    "pytestqt",
    "mypy",
    "ruff",
    "importlinter",
    "schemathesis",
    "hypothesis",
    "setuptools",
    "pip",
    "yaml",  # uvicorn reads YAML logging configs only if asked to
    # python-stdnum's online checks (SOAP web services): we only validate offline.
    "requests",
    "urllib3",
    "OpenSSL",
    "zeep",
    "suds",
)

#: The controlled browser's modules: left out only by ``build.py --no-web``, to
#: measure what QtWebEngine adds (such a bundle has no browser: QR codes only).
WEB_MODULES: tuple[str, ...] = (
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
)

#: Python modules imported by name at run time (feature installers, commands).
HIDDEN_IMPORTS: tuple[str, ...] = (
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)

#: Qt plugin folders kept whole (everything else under ``plugins/`` is dropped).
KEPT_PLUGIN_DIRS = frozenset(
    {
        "printsupport",
        "platforminputcontexts",
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
        "generic",
        "iconengines",
    }
)

#: Platform plugins kept, by stem (``libqxcb.so`` -> ``qxcb``, ``qwindows.dll`` -> ``qwindows``).
KEPT_PLATFORMS = frozenset({"qoffscreen", "qxcb", "qwayland", "qwindows", "qcocoa"})

#: Input-method plugins kept, by stem: compose (dead keys) and IBus (a help point's
#: Arabic keyboard layouts). Qt Virtual Keyboard's plugin stays out: the on-screen
#: keyboard is our own widget (features/keyboard), and the plugin pulls in its libraries.
KEPT_INPUT_CONTEXTS = frozenset(
    {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
)

#: Image-format plugins kept, by stem (PNG and BMP are built into QtGui).
KEPT_IMAGE_FORMATS = frozenset({"qsvg", "qjpeg", "qico"})

#: Chromium's catalogues kept (``<name>.pak``): Chromium reads English as en-US, or
#: en-GB for a British-like locale.
KEPT_CHROMIUM_LOCALES = frozenset({"fr", "en-US", "en-GB", "ar"})

#: QtWebEngine resources left out (each is a whole file name).
DROPPED_QT_RESOURCES = frozenset({"qtwebengine_devtools_resources.pak"})

_PLUGIN = re.compile(r"(?:^|/)Qt\d?/plugins/(?P<dir>[^/]+)/(?P<file>[^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)Qt\d?/translations/(?P<file>[^/]+)$")
_CHROMIUM_LOCALE = re.compile(r"(?:^|/)Qt\d?/translations/qtwebengine_locales/(?P<file>[^/]+)$")
_RESOURCE = re.compile(r"(?:^|/)Qt\d?/resources/(?P<file>[^/]+)$")


def _stem(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem.removeprefix("lib")


def keep_qt_file(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle.

    Only Qt plugins, Qt and Chromium translations and QtWebEngine resources are
    filtered; every other file is kept.
    """
    path = PurePosixPath(dest.replace("\\", "/")).as_posix()
    plugin = _PLUGIN.search(path)
    if plugin:
        folder, name = plugin["dir"], plugin["file"]
        if folder == "platforms":
            return _stem(name) in KEPT_PLATFORMS
        if folder == "imageformats":
            return _stem(name) in KEPT_IMAGE_FORMATS
        if folder == "platforminputcontexts":
            return _stem(name) in KEPT_INPUT_CONTEXTS
        return folder in KEPT_PLUGIN_DIRS
    chromium_locale = _CHROMIUM_LOCALE.search(path)
    if chromium_locale:
        return chromium_locale["file"].removesuffix(".pak") in KEPT_CHROMIUM_LOCALES
    resource = _RESOURCE.search(path)
    if resource:
        return resource["file"] not in DROPPED_QT_RESOURCES
    translation = _TRANSLATION.search(path)
    if translation:
        name = translation["file"]
        return any(name == f"qtbase_{lang}.qm" for lang in LANGUAGES)
    return True


def keep_data_file(relative: str) -> bool:
    """Whether one of our own data files (relative to the project root) is shipped."""
    path = PurePosixPath(relative.replace("\\", "/"))
    if any(part in ("__pycache__", ".pytest_cache") for part in path.parts):
        return False
    if path.parts and path.parts[0] == "i18n":
        return path.suffix == ".qm"
    return path.suffix not in (".pyc", ".ts", ".ui")
