"""What the application keeps out of its process to keep its memory down (issue 13).

Each check runs in a fresh interpreter: both steps act on the whole process.
"""

from __future__ import annotations

import subprocess
import sys


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout.strip()


IMPORT_HTTPX = """
import sys
{prepare}
import httpx
httpx.Client().close()  # still usable
print("click" in sys.modules, "rich" in sys.modules)
"""


def test_httpx_comes_without_its_command_line_tool() -> None:
    # Without the step, httpx brings click in (uvicorn's dependency, always installed).
    assert run_python(IMPORT_HTTPX.format(prepare="")).startswith("True")
    prepare = (
        "from assist_desk.process_memory import skip_httpx_command_line\nskip_httpx_command_line()"
    )
    assert run_python(IMPORT_HTTPX.format(prepare=prepare)) == "False False"


SCAN = """
import linecache, sys
import PySide6.QtCore
from assist_desk import process_memory
{prepare}
from assist_desk.theme import BASE_FONT_PX  # the module uses PySide6
from fractions import Fraction  # does not
answers = sys.modules["shibokensupport.feature"].pyside_feature_dict
files = [sys.modules[name].__file__ for name in ("assist_desk.theme", "fractions")]
print(answers["assist_desk.theme"], answers["fractions"], sum(f in linecache.cache for f in files))
"""


def test_pyside_scan_leaves_no_source_text_and_gives_the_same_answers() -> None:
    # PySide6's own scan: 0 = "uses PySide6", -1 = "ignore"; both texts stay cached.
    assert run_python(SCAN.format(prepare="")) == "0 -1 2"
    prepare = "assert process_memory.forget_scanned_sources()"
    assert run_python(SCAN.format(prepare=prepare)) == "0 -1 0"


PLUGIN_SCAN = """
import importlib.metadata, os
{prepare}
scanned = []
real = importlib.metadata.distributions
importlib.metadata.distributions = lambda *a, **k: scanned.append(1) or real(*a, **k)
from pydantic import BaseModel
class Model(BaseModel):
    name: str
Model(name="x")
print(bool(scanned), os.environ.get("PYDANTIC_DISABLE_PLUGINS"))
"""


def test_the_gui_skips_pydantics_plugin_scan_unless_the_operator_says_otherwise() -> None:
    # Without the step, the first model scans every installed distribution.
    assert run_python(PLUGIN_SCAN.format(prepare="")) == "True None"
    skip = "from assist_desk.app import skip_pydantic_plugin_scan\nskip_pydantic_plugin_scan()"
    assert run_python(PLUGIN_SCAN.format(prepare=skip)) == "False __all__"
    operator = f"os.environ['PYDANTIC_DISABLE_PLUGINS'] = 'logfire'\n{skip}"
    assert run_python(PLUGIN_SCAN.format(prepare=operator)) == "True logfire"
