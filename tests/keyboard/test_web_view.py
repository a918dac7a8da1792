"""The keyboard's keys reach a field of a web page (QWebEngineView), in a process of its
own (web_view_driver.py): QtWebEngine is set up before its QApplication is made."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = Path(__file__).with_name("web_view_driver.py")


@pytest.mark.skipif(
    importlib.util.find_spec("PySide6.QtWebEngineWidgets") is None,
    reason="QtWebEngine (PySide6-Addons) is not installed",
)
def test_keys_reach_a_web_page_field(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    run = subprocess.run(
        [sys.executable, str(DRIVER)], capture_output=True, text=True, timeout=120, env=env
    )
    assert run.returncode == 0, run.stdout + run.stderr[-2000:]
    lines = run.stdout.splitlines()
    # The focused widget is the web view's focus proxy: the keys go to the page.
    assert "FOCUS IN WEB VIEW True" in lines
    values = {
        line.split(" ", 2)[1]: json.loads(line.split(" ", 2)[2])
        for line in lines
        if line.startswith("VALUE ")
    }
    assert values["email"] == "camille@exemple.gouv.fr"  # e-mail keys, Backspace included
    assert values["note"] == "سلام Éa"  # Arabic, Space, Shift and an accent
    assert lines[-1] == "DONE"
