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


def test_pyside_scan_leaves_no_source_text() -> None:
    # PySide6's own scan: 0 = "uses PySide6", -1 = "ignore"; both texts stay cached.
    assert run_python(SCAN.format(prepare="")) == "0 -1 2"
    prepare = "assert process_memory.scan_sources_cheaply()"
    assert run_python(SCAN.format(prepare=prepare)) == "0 -1 0"


SAME_ANSWERS = """
import sys
import PySide6.QtWidgets
import assist_desk.app, assist_desk.settings, assist_desk.content.pack, httpx, asyncio
from assist_desk import process_memory
feature = sys.modules["shibokensupport.feature"]
pyside_answer = feature._mod_uses_pyside
assert process_memory.scan_sources_cheaply()
ours = feature._mod_uses_pyside
modules = [m for m in list(sys.modules.values()) if str(getattr(m, "__file__", "")).endswith(".py")]
differ = [m.__name__ for m in modules if bool(pyside_answer(m)) != ours(m)]
print(len(modules), sum(map(ours, modules)), differ)
"""


def test_pyside_scan_answers_as_pyside6_does() -> None:
    count, using_pyside, differ = run_python(SAME_ANSWERS).split(" ", 2)
    assert int(count) > 300
    assert int(using_pyside) > 10  # the Qt layer's modules, PySide6's own
    assert differ == "[]"
