"""The controlled browser's page: what it may load, open, ask for and upload.

:class:`ControlledPage` closes the doors of a kiosk browser:

* navigation: http(s) only (no ``file:``, ``view-source:``, ``chrome:``, ``data:``
  top-level pages); the main frame only to allowed addresses (``sig_refused``
  otherwise, and the screen explains); a sub-frame off the list is dropped quietly;
* ``target=_blank`` and ``window.open``: into this same page (:meth:`createWindow`,
  through a hidden :class:`PopupCatcher`: a blank popup stays invisible);
* permissions (camera, microphone, location, notifications, clipboard): refused
  unless the site file allows that kind;
* file uploads: the scan folder's files only (:meth:`chooseFiles`), never a dialog;
* no "save page", "view source", "inspect", context menu or full screen.

The focus of an editable field in the page is reported by ``sig_field_focus`` (see
the browser package's docstring).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineSettings,
)
from shiboken6 import isValid

log = logging.getLogger(__name__)

Permission = QWebEnginePermission.PermissionType
#: The site file's names for what a page may ask (settings.browser_permissions).
PERMISSION_NAMES: dict[Permission, frozenset[str]] = {
    Permission.MediaVideoCapture: frozenset({"camera"}),
    Permission.MediaAudioCapture: frozenset({"microphone"}),
    Permission.MediaAudioVideoCapture: frozenset({"camera", "microphone"}),
    Permission.Geolocation: frozenset({"location"}),
    Permission.Notifications: frozenset({"notifications"}),
    Permission.ClipboardReadWrite: frozenset({"clipboard-read"}),
}

#: Actions a citizen never gets, whatever the page or a key asks.
CLOSED_ACTIONS = (
    QWebEnginePage.WebAction.ViewSource,
    QWebEnginePage.WebAction.SavePage,
    QWebEnginePage.WebAction.InspectElement,
    QWebEnginePage.WebAction.DownloadLinkToDisk,
    QWebEnginePage.WebAction.DownloadImageToDisk,
    QWebEnginePage.WebAction.DownloadMediaToDisk,
    QWebEnginePage.WebAction.OpenLinkInNewWindow,
    QWebEnginePage.WebAction.OpenLinkInNewBackgroundTab,
    QWebEnginePage.WebAction.OpenLinkInNewTab,
    QWebEnginePage.WebAction.CopyLinkToClipboard,
    QWebEnginePage.WebAction.CopyImageUrlToClipboard,
    QWebEnginePage.WebAction.CopyMediaUrlToClipboard,
)

_SETTINGS_OFF = (
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.FullScreenSupportEnabled,
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.JavascriptCanPaste,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
    QWebEngineSettings.WebAttribute.AllowRunningInsecureContent,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
    # A PDF is downloaded and shown in the application's document view (print).
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
)

#: Schemes a navigation may use at all.
WEB_SCHEMES = frozenset({"http", "https"})


class ControlledPage(QWebEnginePage):
    """A page that only goes where the allow-list says (see the module docstring).

    Args:
        profile: the citizen session's off-the-record profile.
        allows: True for an address the main frame may show.
        choose_scans: the files an upload sends (multiple?, accepted types).
        permissions: the kinds of permission the site file allows.
        focus_prefix: the prefix of the focus script's console messages.

    Signals:
        sig_refused(str): the main frame was asked to go to this address, refused.
        sig_field_focus(bool, str): an editable field gained (True) or lost the
            focus, with its kind: text, email, tel, number, date or password.
        sig_no_scan(): an upload found no scanned file to send (the screen says so).
        sig_field_tapped(str): the citizen tapped an editable field (its kind): the
            focus came with a tap, or the focused field was tapped again.
    """

    sig_refused = Signal(str)
    sig_field_focus = Signal(bool, str)
    sig_field_tapped = Signal(str)
    sig_no_scan = Signal()

    def __init__(
        self,
        profile: QWebEngineProfile,
        allows: Callable[[str], bool],
        choose_scans: Callable[[bool, list[str]], list[str]],
        permissions: Iterable[str] = (),
        focus_prefix: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self._allows = allows
        self._choose_scans = choose_scans
        self._permissions = frozenset(permissions)
        self._focus_prefix = focus_prefix
        self._popup: PopupCatcher | None = None
        settings = self.settings()
        for attribute in _SETTINGS_OFF:
            settings.setAttribute(attribute, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, True)
        settings.setAttribute(QWebEngineSettings.WebAttribute.FocusOnNavigationEnabled, True)
        for action in CLOSED_ACTIONS:
            self.action(action).setEnabled(False)
            self.action(action).setVisible(False)
        self.permissionRequested.connect(self._on_permission)
        self.fullScreenRequested.connect(lambda request: request.reject())
        self.fileSystemAccessRequested.connect(lambda request: request.reject())
        # Password prompts of the network (no dialog): the request is cancelled.
        self.authenticationRequired.connect(lambda _url, _auth: None)
        # Chromium loads "view-source:" without asking acceptNavigationRequest.
        self._last_web_url = QUrl()
        self.urlChanged.connect(self._check_url)
        self.proxyAuthenticationRequired.connect(lambda _url, _auth, _host: None)

    # -- navigation --------------------------------------------------------------------

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        address = url.toString() if isinstance(url, QUrl) else str(url)
        scheme = urlsplit(address).scheme.lower()
        if scheme not in WEB_SCHEMES:
            if not is_main_frame and scheme in ("about", "data", "blob"):
                return True  # a frame's own blank or generated document
            log.info("browser refused a %s: address", scheme or "relative")
            if is_main_frame:
                self.sig_refused.emit(address)
            return False
        if self._allows(address):
            return True
        log.info("browser refused %s (not on the allow-list)", urlsplit(address).hostname)
        if is_main_frame:
            self.sig_refused.emit(address)
        return False

    def _check_url(self, url: QUrl) -> None:
        if url.scheme() in WEB_SCHEMES or url.isEmpty():
            self._last_web_url = QUrl(url)
            return
        log.info("browser left a %s: page", url.scheme())
        self.triggerAction(QWebEnginePage.WebAction.Stop)
        self.sig_refused.emit(url.toString())
        if self._last_web_url.isValid() and not self._last_web_url.isEmpty():
            self.load(self._last_web_url)

    def createWindow(self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        """``target=_blank``, ``window.open``: never a new window. The new window is a
        hidden :class:`PopupCatcher` whose first web address loads in this page (so a
        ``window.open('')`` navigated later by its script works); a popup that stays
        blank is dropped with the next one or with this page."""
        if self._popup is not None and isValid(self._popup):
            self._popup.deleteLater()
        self._popup = PopupCatcher(self)
        return self._popup

    # -- permissions and uploads ---------------------------------------------------------

    def _on_permission(self, permission: QWebEnginePermission) -> None:
        needed = PERMISSION_NAMES.get(permission.permissionType())
        if needed is not None and needed <= self._permissions:
            log.info("browser permission granted (%s)", permission.permissionType().name)
            permission.grant()
        else:
            log.info("browser permission refused (%s)", permission.permissionType().name)
            permission.deny()

    def chooseFiles(
        self,
        mode: QWebEnginePage.FileSelectionMode,
        old_files: Sequence[str],
        accepted_mime_types: Sequence[str],
    ) -> list[str]:
        """Never a file dialog: the scan folder's newest file (or all of them)."""
        multiple = mode == QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple
        chosen = self._choose_scans(multiple, list(accepted_mime_types))
        log.info("upload: %d file(s) from the scan folder", len(chosen))
        if not chosen:  # else the page's button would seem to do nothing
            self.sig_no_scan.emit()
        return chosen

    # -- no dialog ever: a citizen alone must not meet a window of its own -----------------

    def javaScriptAlert(self, origin: QUrl | str, message: str) -> None:
        log.info("browser: a page alert was not shown")

    def javaScriptConfirm(self, origin: QUrl | str, message: str) -> bool:
        log.info("browser: a page confirmation was answered no")
        return False

    def javaScriptPrompt(  # type: ignore[override]
        self, origin: QUrl, message: str, default: str
    ) -> tuple[bool, str]:
        log.info("browser: a page prompt was answered no")
        return False, ""

    # -- the focus bridge ----------------------------------------------------------------

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        # Page messages are not logged: they may hold what the citizen typed.
        if self._focus_prefix and message.startswith(self._focus_prefix):
            what, _, kind = message.removeprefix(self._focus_prefix).partition(":")
            if what == "tap":
                self.sig_field_tapped.emit(kind)
            else:
                self.sig_field_focus.emit(what == "in", kind)


class PopupCatcher(ControlledPage):
    """The hidden page a popup opens in: its first web address goes to ``opener``.

    ``window.open('')`` gives the script a blank window it may send somewhere later
    (``w.location = …``): the catcher waits, never shown, and hands that address to
    the opener, which loads it through its own allow-list (the refusal page off the
    list). A form posted into a new window arrives as a plain load of its address.
    """

    def __init__(self, opener: ControlledPage) -> None:
        super().__init__(
            opener.profile(),
            opener._allows,
            opener._choose_scans,
            opener._permissions,
            parent=opener,
        )
        self._opener = opener

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        address = QUrl(url)
        scheme = address.scheme().lower()
        if not is_main_frame:
            return False  # nothing of a hidden popup is shown: no frame loads
        if scheme == "about":
            return True  # the blank window itself, waiting for its script
        if scheme in WEB_SCHEMES:
            log.info("browser: a new window's address opens in the same view")
            opener = self._opener
            # After this callback returns: the opener loads it, this page goes.
            QTimer.singleShot(0, opener, lambda: opener.load(address))
            self.deleteLater()
        return False

    def _check_url(self, url: QUrl) -> None:
        """A blank popup is expected here (the opener's check would refuse it)."""
