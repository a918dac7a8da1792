"""AR-5, the default site name (issue 14, noticed after session 8): with no
``site_name`` in the site file, "Point numérique (formation)" showed in French on Arabic
and English screens. The default name is the application's own words and is translated
(attract screen, top bar, printout header); an operator's name stays as configured,
in each language its ``site_name_translations`` gives."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from assist_desk.modes import DEFAULT_SITE_NAME
from assist_desk.site_name import site_name_in
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of

#: The default name as each language shows it.
DEFAULT_SHOWN = {
    "fr": DEFAULT_SITE_NAME,
    "en": "Digital help point (training)",
    "ar": "نقطة رقمية (تدريب)",
}


def test_only_the_default_name_is_replaced_by_its_translation() -> None:
    assert site_name_in(DEFAULT_SITE_NAME, {}, "ar", "نقطة") == "نقطة"
    assert site_name_in(DEFAULT_SITE_NAME, {"ar": "مكتبة"}, "ar", "نقطة") == "مكتبة"
    assert site_name_in("Mairie de Test", {}, "ar", "نقطة") == "Mairie de Test"
    assert site_name_in(DEFAULT_SITE_NAME, {}, "ar") == DEFAULT_SITE_NAME  # no Qt: as is


def _attract_name(context: Any) -> str:
    label = context.window.findChild(QLabel, "attractSite")
    assert label is not None
    assert label.isVisible()
    return str(label.text())


def _shown_names(context: Any) -> dict[str, str]:
    """The name in the top bar, and printed on a checklist."""
    window = context.window
    checklists = window.screen_by_id("checklists")
    return {
        "top bar": window.site_label.text(),
        "printout": checklists.env.shown_site_name(),
        "printed header": checklists._document().toPlainText().splitlines()[0],
    }


def _start(qtbot: Any, app_context: StartApplication, lang: str) -> tuple[Any, str]:
    """The application at its attract screen (its name), then on a checklist."""
    context = app_context("--mode", "kiosk", "--lang", lang)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    attract = _attract_name(context)
    qtbot.mouseClick(kiosk_of(context).attract.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.has_feature("checklists"), timeout=20000)
    window.show_screen("checklists")
    window.current_screen().show_procedure("id_first_adult")
    return context, attract


def _wipe(qtbot: Any, context: Any) -> None:
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(context.window.end_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_default_name_is_shown_in_the_interface_language(
    qtbot: Any, app_context: StartApplication, lang: str
) -> None:
    context, attract = _start(qtbot, app_context, lang)
    assert attract == DEFAULT_SHOWN[lang]
    shown = _shown_names(context)
    assert all(DEFAULT_SHOWN[lang] in text for text in shown.values()), shown
    context.switch_language("fr")  # a citizen chose French
    shown = _shown_names(context)
    assert all(DEFAULT_SITE_NAME in text for text in shown.values()), shown
    _wipe(qtbot, context)  # the next person: the site's language again
    assert _attract_name(context) == DEFAULT_SHOWN[lang]


def test_an_operators_name_stays_as_configured(
    qtbot: Any, app_context: StartApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASSIST_DESK_SITE_NAME", "Mairie de Trifouillis")
    monkeypatch.setenv("ASSIST_DESK_SITE_NAME_TRANSLATIONS", '{"en": "Trifouillis town hall"}')
    context, attract = _start(qtbot, app_context, "ar")
    assert attract == "Mairie de Trifouillis"
    shown = _shown_names(context)
    assert all("Mairie de Trifouillis" in text for text in shown.values()), shown
    context.switch_language("en")
    shown = _shown_names(context)
    assert all("Trifouillis town hall" in text for text in shown.values()), shown
