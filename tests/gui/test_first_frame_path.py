"""What the first frame's path leaves out (issue 13 §3, bench/RESULTS.md session 9).

The first frame counts against a minimal home screen in instructions. Every standard
module and every Qt type whose Python enums PySide makes on first use costs there:
``subprocess`` (19 M instructions alone), ``html`` and ``decimal`` serve no first
screen, and ``QIcon`` (157 enum members) and ``QGradient`` (182) were made only by
PySide's overload checks (``QPushButton(text)``, ``QPainter.fillRect(rect, colour)``).
The start runs in a fresh interpreter, as ``python -m assist_desk`` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Runs the application to its first frame, then prints what is loaded and leaves.
FIRST_FRAME = """
import enum, os, sys
made = set()
create = enum.EnumType._create_

def recording(cls, class_name, names, **options):
    made.add(class_name)
    return create(cls, class_name, names, **options)

enum.EnumType._create_ = recording
import assist_desk.app as app

def at_first_frame(context):
    modules = sorted(m for m in ("subprocess", "html", "decimal") if m in sys.modules)
    enums = sorted(name for name in ("ThemeIcon", "Preset") if name in made)
    print("MODULES", ",".join(modules), "ENUMS", ",".join(enums), flush=True)
    os._exit(0)

app._after_first_frame = at_first_frame
sys.argv = ["assist_desk", *sys.argv[1:]]
from assist_desk.cli import main
main()
"""


def first_frame_loads(*args: str, home: Path) -> str:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        ASSIST_DESK_TRAINING_KIOSK="true",
    )
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return next(line for line in done.stdout.splitlines() if line.startswith("MODULES"))


def test_the_home_screens_first_frame_loads_nothing_it_does_not_show(tmp_path: Path) -> None:
    assert first_frame_loads("--lang", "fr", home=tmp_path) == "MODULES  ENUMS "


def test_the_kiosks_first_frame_loads_nothing_it_does_not_show(tmp_path: Path) -> None:
    # Its first frame is the attract screen (wrapping buttons, pictograms), in Arabic.
    assert first_frame_loads("--mode", "kiosk", "--lang", "ar", home=tmp_path) == "MODULES  ENUMS "
