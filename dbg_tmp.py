import os, sys
os.environ["QTWEBENGINE_DISABLE_SANDBOX"]="1"
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication
QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
app = QApplication([])
from pathlib import Path
from assist_desk.session.web_profile import WebSession
from assist_desk.views.browser.screen import BrowserScreen
from assist_desk.views.browser import page as P
orig = P.ControlledPage.acceptNavigationRequest
def spy(self, url, kind, main):
    r = orig(self, url, kind, main); print("NAV", url, kind, main, r); return r
P.ControlledPage.acceptNavigationRequest = spy
s = WebSession(lambda: Path("/tmp/wsx"), lambda: "fr")
scr = BrowserScreen(s, lambda u: u.startswith("data:") or "ants" in u, lambda m,a: [])
scr.resize(800,600); scr.show()
page = scr.ensure_page()
page.setHtml("<p>hi</p>", QUrl("https://ants.gouv.fr/"))
def later():
    page.load(QUrl("file:///etc/passwd"))
QTimer.singleShot(1500, later)
QTimer.singleShot(3000, lambda: (print("url", page.url().toString(), scr.refused_url), app.quit()))
app.exec()
s.end()
