"""One kiosk citizen session ended by a process restart (for bench/kiosk_restart.py).

``python -m bench.kiosk_restart_driver --portal-url URL``, run by the kiosk
supervisor (``ASSIST_DESK_SUPERVISED=1``): starts the kiosk as ``run_gui`` does,
opens a session (attract → account form typed), prints ``END <epoch>`` and presses
"End session"; the application wipes, logs the wipe's duration and ends its own
process with ``EXIT_RESTART``. ``NOT ENDED`` means it did not.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from assist_desk import app as app_module
    from assist_desk.cli import build_parser

    qapp = QApplication(sys.argv[:1])
    args = build_parser().parse_args(["--mode", "kiosk", *sys.argv[1:]])
    context = app_module.build(args, qapp)
    assert not isinstance(context, int)
    window = context.window
    window.showFullScreen()

    def session() -> None:
        context.features.kiosk.attract.start_button.click()
        window.home.tile("account").click()
        screen = window.current_screen()
        account = context.features.flows.service.get().account
        screen.page("profile").choose("individual")
        account.go_next()
        for key in screen.page("prerequisites").answers:
            screen.page("prerequisites").answer(key, True)
        account.go_next()
        screen.page("method").choose("ants_account")
        account.go_next()
        screen.page("form").fill({"given_names": "Bench", "family_name": "Citizen"})
        QTimer.singleShot(50, end)

    def end() -> None:
        print(f"END {time.time():.6f}", flush=True)
        window.end_button.click()
        print("NOT ENDED", flush=True)
        qapp.exit(1)

    def begin() -> None:
        context.finish_startup()
        if context.pending_startup:
            context.sig_settled.connect(session)
        else:
            session()

    QTimer.singleShot(0, begin)
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
