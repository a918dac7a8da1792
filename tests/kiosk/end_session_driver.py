"""A kiosk session ended by End session: ``python -m tests.kiosk.end_session_driver
CANARY [failing]``.

Starts the kiosk (a training kiosk, from the tests' environment), begins a
session, types the canary into a form (whose ``clear_citizen_data`` fails with
``failing``), leaves a session temporary file, prints every screen shown
(``SHOWN <id>``), then presses "End session". ``ENDED NORMALLY``: the process went
on after the wipe (a kiosk must not after a failed wipe, nor when supervised).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.app_fixtures import start_in_this_process
    from tests.kiosk.helpers import CitizenFormScreen

    class BrokenFormScreen(CitizenFormScreen):
        def clear_citizen_data(self) -> None:
            raise RuntimeError("a wipe step that fails")

    context = start_in_this_process("--mode", "kiosk")
    window = context.window
    window.sig_screen_shown.connect(lambda screen: print(f"SHOWN {screen}", flush=True))
    context.sig_session_wiped.connect(lambda: print("WIPED", flush=True))
    kiosk = context.features.kiosk
    kiosk.attract.start_button.click()
    form = BrokenFormScreen() if argv[1:] == ["failing"] else CitizenFormScreen()
    window.add_screen(form)
    window.show_screen(form.screen_id)
    QTest.keyClicks(form.name, argv[0])
    temp = context.session_tmp.path()
    (temp / "checklist.txt").write_text(form.name.text(), encoding="utf-8")
    print(f"TEMP {temp}", flush=True)
    print("END SESSION", flush=True)
    QTest.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    print("ENDED NORMALLY", flush=True)
    context.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
