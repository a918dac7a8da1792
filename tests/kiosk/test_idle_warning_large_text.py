"""Issue 14: the idle warning at 200 % text on a small kiosk. At 1280 × 800 its panel,
760 px wide, was taller than the window: "I am still here" below the fold (the tour's
kiosk-02 at 200 %), the panel's scroll bar beside the dimmed page. When the panel is
taller than the window it is now tighter and as wide as the window: it fits. Where it
still does not (800 × 600), its texts scroll inside it, above the button."""

from __future__ import annotations

from typing import Any

import pytest

from assist_desk.devtools import design_check as D
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import idle_warning_at_200_percent

#: The window sizes, and whether the texts fit there unscrolled.
SIZES = {(1280, 800): True, (1024, 768): True, (800, 600): False}
CASES = [(lang, size) for lang in ("fr", "ar") for size in SIZES]


@pytest.mark.parametrize(("lang", "size"), CASES)
def test_still_here_is_in_view_at_200_percent(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    size: tuple[int, int],
    app_context: StartApplication,
) -> None:
    context, warning = idle_warning_at_200_percent(qtbot, app_context, monkeypatch, lang, size)
    window = context.window
    assert warning.geometry() == window.rect()
    button = warning.stay_button
    assert D.visible_rect(button).size() == button.size()  # whole, unscrolled
    texts_scroll = warning._scroll.verticalScrollBar().maximum() > 0
    assert texts_scroll is not SIZES[size]  # at 800 × 600 the texts scroll above it
    panel = warning._panel
    assert D.visible_rect(panel).size() == panel.size()  # the panel within the window
    for label in (warning._title, warning._countdown, warning._hint):  # none squeezed
        assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
    findings = [str(f) for f in D.check_design(window, kiosk=True)]
    about_it = [f for f in findings if "idleWarning" in f or "ink-at-scroll-bar" in f]
    assert about_it == [], about_it
    warning.dismiss()
