"""The controlled browser (QtWebEngine): official sites inside the application.

* :mod:`.page`: :class:`~.page.ControlledPage`, what a page may load, open, ask
  and upload (allow-list, one window, permissions, the scan folder);
* :mod:`.screen`: :class:`~.screen.BrowserScreen`, the bar and the web view;
* :mod:`.document`: a downloaded or printed PDF, shown and printed in the app.

The profile (one per citizen session, off the record) is
:mod:`assist_desk.session.web_profile`; the wiring is :mod:`assist_desk.features.browser`.

Focus API, for an on-screen keyboard: ``BrowserScreen.sig_field_focus(bool, str)``
(also ``ControlledPage.sig_field_focus``) is emitted when an editable field of the
page gains (``True``) or loses (``False``) the focus, with its kind: ``"text"``
(text, search, url, textarea, contenteditable), ``"email"``, ``"tel"``,
``"number"`` (also ``inputmode="numeric"``/``"decimal"``) or ``"password"``. Keys
typed for the page go to ``BrowserScreen.view.focusProxy()`` as ordinary Qt key
events. The signal comes from a script injected in its own JavaScript world
(the page's scripts cannot see or forge it: its console messages carry a random
prefix made for each profile).
"""
