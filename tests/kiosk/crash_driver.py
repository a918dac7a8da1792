"""A kiosk process for the crash test: ``python -m tests.kiosk.crash_driver session|restart``.

``session CANARY``: starts the kiosk, begins a session, types the canary into a
form, leaves a session temporary file and the clipboard, prints ``READY`` and
runs until killed. ``restart``: starts the kiosk as after a crash and prints
what the next citizen sees (``SCREEN <id>``), then exits.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    from PySide6.QtTest import QTest

    from tests.app_fixtures import start_in_this_process

    context = start_in_this_process("--mode", "kiosk")
    app = context.app
    window = context.window
    kiosk = context.features.kiosk
    if argv[0] == "restart":
        print(f"SCREEN {window.current_screen().screen_id}", flush=True)
        print(f"IN_SESSION {kiosk.session.in_session}", flush=True)
        print(f"CRASHED_BEFORE {kiosk.session.crashed_before}", flush=True)
        context.shutdown()
        return 0
    from tests.kiosk.helpers import CitizenFormScreen

    canary = argv[1]
    kiosk.attract.start_button.click()
    form = CitizenFormScreen()
    window.add_screen(form)
    window.show_screen(form.screen_id)
    QTest.keyClicks(form.name, canary)
    QTest.keyClicks(form.email, canary + "@example.org")
    app.clipboard().setText(form.email.text())  # the citizen's Ctrl+C
    temp = context.session_tmp.path()
    (temp / "checklist.txt").write_text(form.name.text(), encoding="utf-8")
    print(f"TEMP {temp}", flush=True)
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
