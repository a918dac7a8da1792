"""What the application leaves out of its process to keep its memory down (issue 13)."""

from __future__ import annotations

import subprocess
import sys

IMPORT_HTTPX = """
import sys
{prepare}
import httpx
client = httpx.Client()  # still usable
client.close()
print("click" in sys.modules, "rich" in sys.modules)
"""


def loads_cli_libraries(prepare: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_HTTPX.format(prepare=prepare)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_httpx_comes_without_its_command_line_tool() -> None:
    # Without the step, httpx brings click in (uvicorn's dependency, always installed).
    assert loads_cli_libraries("").startswith("True")
    prepare = "from assist_desk.app import skip_httpx_command_line; skip_httpx_command_line()"
    assert loads_cli_libraries(prepare) == "False False"
