"""Keys of the on-screen keyboard into a web page: ``python tests/keyboard/web_view_driver.py``.

A process of its own: QtWebEngine must be set up before the QApplication is made, and
as root it needs Chromium's sandbox off (QTWEBENGINE_DISABLE_SANDBOX, tests only). A
QWebEngineView shows a page with an e-mail field and a text area; the page focuses the
e-mail field; the keyboard's keys are pressed; the driver prints what the page holds
(``VALUE <id> <json>``) and ``DONE``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # root in tests only; never in a kiosk
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PAGE = """<!doctype html><html><body>
<input id="email" type="email"><textarea id="note"></textarea>
<script>document.getElementById("email").focus();</script>
</body></html>"""


def main() -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from assist_desk.modes import LANGUAGES
    from assist_desk.views.keyboard.controller import in_web_view
    from assist_desk.views.keyboard.fields import kind_for_html_input
    from assist_desk.views.keyboard.layouts import Action
    from assist_desk.views.keyboard.widget import OnScreenKeyboard

    app = QApplication(sys.argv[:1])
    window = QWidget()
    column = QVBoxLayout(window)
    view = QWebEngineView()
    keyboard = OnScreenKeyboard(list(LANGUAGES), lambda: "fr")
    column.addWidget(view, 1)
    column.addWidget(keyboard)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()

    def wait(condition: object, limit_ms: int = 20000) -> bool:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if condition() else None)  # type: ignore[operator]
        timer.start(20)
        QTimer.singleShot(limit_ms, loop.quit)
        loop.exec()
        timer.stop()
        return bool(condition())  # type: ignore[operator]

    loaded: list[bool] = []
    view.loadFinished.connect(loaded.append)
    view.setHtml(PAGE)
    if not wait(lambda: bool(loaded)):
        print("PAGE NOT LOADED", flush=True)
        return 1
    view.setFocus()
    focused = wait(
        lambda: in_web_view(QApplication.focusWidget()) if QApplication.focusWidget() else False
    )
    print(f"FOCUS IN WEB VIEW {focused}", flush=True)

    def page_value(element: str) -> str:
        got: list[str] = []
        view.page().runJavaScript(
            f"document.getElementById('{element}').value", 0, lambda v: got.append(str(v))
        )
        wait(lambda: bool(got))
        return got[0] if got else "<no answer>"

    # What the browser engineer's signal says for this field: an e-mail field.
    keyboard.show_for(kind_for_html_input("email"))  # type: ignore[arg-type]
    for char in "camille":
        keyboard.button_for(Action.CHAR, char).click()
    keyboard.button_for(Action.CHAR, "@").click()
    for char in "exemple":
        keyboard.button_for(Action.CHAR, char).click()
    keyboard.button_for(Action.CHAR, ".gouv.fr").click()
    keyboard.button_for(Action.BACKSPACE).click()
    keyboard.button_for(Action.CHAR, "r").click()
    wait(lambda: False, 300)  # the renderer's turn
    print(f"VALUE email {json.dumps(page_value('email'))}", flush=True)

    view.page().runJavaScript("document.getElementById('note').focus()")
    wait(lambda: False, 300)
    keyboard.show_for(kind_for_html_input("textarea"))  # type: ignore[arg-type]
    keyboard.button_for(Action.NEXT_LAYOUT).click()
    keyboard.button_for(Action.NEXT_LAYOUT).click()  # fr -> en -> ar
    for char in "سلام":
        keyboard.button_for(Action.CHAR, char).click()
    keyboard.button_for(Action.SPACE).click()
    keyboard.button_for(Action.NEXT_LAYOUT).click()  # back to fr
    keyboard.button_for(Action.SHIFT).click()
    for char in "Éa":
        keyboard.button_for(Action.CHAR, char).click()
    wait(lambda: False, 300)
    print(f"VALUE note {json.dumps(page_value('note'))}", flush=True)
    print("DONE", flush=True)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
