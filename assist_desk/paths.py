"""Where assist_desk reads and writes on this machine (platformdirs).

Nothing of a citizen is ever written to any of these places: the data
directory holds the training portal's fictitious accounts, the log directory
holds anonymous logs, the config directory holds the site configuration.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import platformdirs

APP_NAME = "assist-desk"
APP_AUTHOR = "assist-desk"


def _dirs() -> platformdirs.PlatformDirs:
    import platformdirs

    return platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)


def config_dir() -> Path:
    return Path(_dirs().user_config_dir)


def data_dir() -> Path:
    return Path(_dirs().user_data_dir)


def log_dir() -> Path:
    return Path(_dirs().user_log_dir)


def default_config_file() -> Path:
    """The site configuration: ``$ASSIST_DESK_CONFIG`` or ``<config dir>/site.toml``."""
    explicit = os.environ.get("ASSIST_DESK_CONFIG")
    return Path(explicit) if explicit else config_dir() / "site.toml"


def project_root() -> Path:
    """The folder holding ``resources/``, ``ui/`` and ``i18n/`` (source tree or bundle)."""
    here = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle's data folder
    bundled = [Path(frozen)] if frozen else []
    for candidate in (*bundled, here.parent, here / "_bundled"):
        if (candidate / "resources").is_dir():
            return candidate
    return here.parent


def resources_dir() -> Path:
    return project_root() / "resources"


def ui_dir() -> Path:
    return project_root() / "ui"


def i18n_dir() -> Path:
    return project_root() / "i18n"
