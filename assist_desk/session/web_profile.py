"""One off-the-record web profile per citizen session, destroyed at the wipe.

:class:`WebSession` makes the controlled browser's :class:`QWebEngineProfile` on
first use: off the record (cookies, cache, local storage and permissions live in
memory only), downloads only into the session's temporary folder. :meth:`end`
(a wipe hook) asks the views to drop their pages (``sig_ending``), deletes any page
left, then the profile: Chromium ends the render process with its last page, and
with the profile its cookies, so no FranceConnect or ANTS session reaches the next
citizen. The next use makes a new profile.

Pages register with :meth:`register_page` so that none outlives its profile (Qt
warns "Release of profile requested but WebEnginePage still not deleted" and the
render process would stay).

This module imports QtWebEngine: load it only when the browser is first needed.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
)
from shiboken6 import delete, isValid

from assist_desk import app_filters

log = logging.getLogger(__name__)

#: Where downloads go inside the session's temporary folder.
DOWNLOADS = "downloads"

#: Injected in every frame (the page's scripts cannot see it: its own world). It
#: tells the application when an editable field gains or loses the focus, with its
#: kind, through a console message that starts with a per-session random prefix.
FOCUS_SCRIPT = """
(function () {
  var prefix = "%PREFIX%";
  var kinds = {text: "text", search: "text", url: "text", email: "email", tel: "tel",
               number: "number", password: "password", date: "date"};
  function kind(el) {
    if (!el) return null;
    var mode = (el.getAttribute("inputmode") || "").toLowerCase();
    if (mode === "none") return null;  // the page shows its own keys
    if (el.tagName === "TEXTAREA" || el.isContentEditable) return "text";
    if (el.tagName !== "INPUT") return null;
    var base = kinds[(el.getAttribute("type") || "text").toLowerCase()] || null;
    if (!base) return null;  // a check box, a button...: nothing to type
    if (mode === "numeric" || mode === "decimal") return "number";
    if (base === "text" && (mode === "email" || mode === "tel")) return mode;
    return base;
  }
  // A field the page focuses by itself (autofocus, a script) gets no keys: only a
  // tap on it, or on its label, says the citizen wants to type (issue 15).
  var lastTap = -1e9;
  var TAP_MS = 1000;
  document.addEventListener("pointerdown", function () { lastTap = Date.now(); }, true);
  document.addEventListener("pointerup", function (e) {
    lastTap = Date.now();
    var k = kind(e.target);
    if (k && e.target === document.activeElement) console.info(prefix + "tap:" + k);
  }, true);
  document.addEventListener("focusin", function (e) {
    var k = kind(e.target); if (!k) return;
    console.info(prefix + "in:" + k);
    if (Date.now() - lastTap < TAP_MS) console.info(prefix + "tap:" + k);
  }, true);
  document.addEventListener("focusout", function (e) {
    var k = kind(e.target); if (k) console.info(prefix + "out:" + k);
  }, true);
  // The on-screen keyboard shrinks the view: the focused field (or the frame that
  // holds it) scrolls up into what is left, never under the keys.
  window.addEventListener("resize", function () {
    var el = document.activeElement;
    if (el && (kind(el) || el.tagName === "IFRAME") && el.scrollIntoView) {
      el.scrollIntoView({block: "nearest"});
    }
  });
})();
"""


class WebSession(QObject):
    """The current citizen's web profile; made on first use, gone at :meth:`end`.

    Args:
        storage: the session's temporary folder (made on demand, emptied at the wipe).
        language: the interface language now (sent as Accept-Language).

    Signals:
        sig_ending(): the profile is about to go: delete every view of its pages now.
        sig_download_finished(str, str): a download is complete (path, MIME type).
        sig_download_failed(str): a download was interrupted (its file name).
    """

    sig_ending = Signal()
    sig_download_finished = Signal(str, str)
    sig_download_failed = Signal(str)

    def __init__(
        self,
        storage: Callable[[], Path],
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._storage = storage
        self._language = language
        self._profile: QWebEngineProfile | None = None
        self._pages: list[QWebEnginePage] = []
        #: The focus messages' prefix: a page cannot forge one without knowing it.
        self.focus_prefix = ""
        #: How many profiles were made (one per citizen session that used the browser).
        self.profiles_made = 0

    @property
    def active(self) -> bool:
        return self._profile is not None

    def profile(self) -> QWebEngineProfile:
        """This session's profile (made now if need be)."""
        if self._profile is None:
            self._profile = self._make_profile()
        self._profile.setHttpAcceptLanguage(_accept_language(self._language()))
        return self._profile

    def _make_profile(self) -> QWebEngineProfile:
        # Before any web view exists: PySide must never see QtWebEngine's QtQuick objects
        # through an application-wide Python event filter (see app_filters).
        app_filters.web_views_exist(True)
        with _french_web_engine():
            profile = QWebEngineProfile(self)  # no storage name: off the record
        assert profile.isOffTheRecord()
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setSpellCheckEnabled(False)  # no dictionary learns what is typed
        profile.setDownloadPath(str(self.downloads_folder()))
        self.focus_prefix = f"assist-desk-focus:{secrets.token_hex(8)}:"
        script = QWebEngineScript()
        script.setName("assist-desk-focus")
        script.setSourceCode(FOCUS_SCRIPT.replace("%PREFIX%", self.focus_prefix))
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentReady)
        script.setWorldId(QWebEngineScript.ScriptWorldId.ApplicationWorld)
        script.setRunsOnSubFrames(True)
        profile.scripts().insert(script)
        profile.downloadRequested.connect(self._on_download)
        self.profiles_made += 1
        log.info("web profile made (off the record)")
        return profile

    def downloads_folder(self) -> Path:
        folder = self._storage() / DOWNLOADS
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def register_page(self, page: QWebEnginePage) -> None:
        """Delete ``page`` at :meth:`end` if its view has not done so."""
        self._pages.append(page)
        page.destroyed.connect(lambda: self._forget(page))

    def _forget(self, page: QWebEnginePage) -> None:
        if page in self._pages:
            self._pages.remove(page)

    def render_process_ids(self) -> set[int]:
        return {page.renderProcessPid() for page in self._pages if isValid(page)} - {0}

    def end(self) -> None:
        """Pages, then the profile, deleted now (a wipe hook; safe with a page loading)."""
        if self._profile is None:
            return
        self.sig_ending.emit()
        for page in list(self._pages):
            if isValid(page):
                page.triggerAction(QWebEnginePage.WebAction.Stop)
                delete(page)
        self._pages.clear()
        profile, self._profile = self._profile, None
        profile.downloadRequested.disconnect(self._on_download)
        delete(profile)
        self.focus_prefix = ""
        log.info("web profile deleted")
        # Back to application-wide filters once QtQuick's last objects are gone.
        if not _filters_back_when_no_quick_window(wait=False):
            QTimer.singleShot(0, _filters_back_when_no_quick_window)

    # -- downloads: only into the session folder, then shown in the app ------------------

    def _on_download(self, download: QWebEngineDownloadRequest) -> None:
        if download.isSavePageDownload():
            download.cancel()  # "save page" is never offered; refuse it anyway
            return
        download.setDownloadDirectory(str(self.downloads_folder()))
        download.setDownloadFileName(_safe_name(download.downloadFileName()))
        download.isFinishedChanged.connect(lambda: self._download_done(download))
        download.accept()

    def _download_done(self, download: QWebEngineDownloadRequest) -> None:
        if not isValid(download) or not download.isFinished():
            return
        path = Path(download.downloadDirectory()) / download.downloadFileName()
        if download.state() == QWebEngineDownloadRequest.DownloadState.DownloadCompleted:
            log.info("download complete (%s)", download.mimeType() or "unknown type")
            self.sig_download_finished.emit(str(path), download.mimeType())
        else:
            log.info("download interrupted")
            self.sig_download_failed.emit(download.downloadFileName())


def _filters_back_when_no_quick_window(wait: bool = True) -> bool:
    """Application-wide filters again when no QtQuick window is left. True if done."""
    if wait:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    quick = [w for w in QGuiApplication.allWindows() if w.inherits("QQuickWindow")]
    if quick:
        if wait:  # they stay on the windows (safe), e.g. for a view someone else made
            log.info("event filters stay on windows: %d QtQuick window(s) left", len(quick))
        return False
    app_filters.web_views_exist(False)
    return True


@contextmanager
def _french_web_engine() -> Iterator[None]:
    """QtWebEngine starts (with the first profile) in French whatever the citizen's
    language: Chromium takes its own words from the application's locale once, at
    start-up (a date field's "jj/mm/aaaa", form messages), and the official sites are
    French. Otherwise the first citizen's language stays for every later one, and an
    Arabic start drew the date placeholder reversed and unjoined (issue 15)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _accept_language(language: str) -> str:
    return {"fr": "fr-FR,fr;q=0.9", "en": "en,fr;q=0.8", "ar": "ar,fr;q=0.8"}.get(language, "fr")


def _safe_name(name: str) -> str:
    """A plain file name: no folder parts, nothing hidden, never empty."""
    cleaned = Path(name.replace("\\", "/")).name.lstrip(".")
    return cleaned or "document"
