"""M-1 (issue 14): "How to set it up", the operator's guide offline and translated.

Reached from each status that is not OK (the tools' portal and content cards, the
sign-in with no secure storage or a kiosk without a PIN), it opens at that status's
section, names the settings and commands as the code spells them, and leads back.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from assist_desk.commands import COMMAND_NAMES
from assist_desk.controllers.mediator import LOCKED, MediatorController
from assist_desk.credentials import MEDIATOR_ENTRY, MemoryStore, hash_secret
from assist_desk.modes import Mode
from assist_desk.settings import Settings
from assist_desk.views.mediator import MediatorToolsScreen
from assist_desk.views.reading import spoken
from assist_desk.views.setup_guide import SECTIONS, SetupGuideScreen
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import kiosk_of

ROOT = Path(__file__).resolve().parents[2]


def guide_text(guide: SetupGuideScreen) -> str:
    return "\n".join(spoken(guide.sections[key].body.text()) for key in SECTIONS)


def test_no_storage_sign_in_opens_its_section_and_back_returns(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    keyring.set_keyring(fail.Keyring())
    context = app_context("--mode", "kiosk", "--lang", "en")
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    sign_in = kiosk.sign_in
    assert sign_in.guide.isVisibleTo(window)
    assert sign_in.guide.text() == "How to set it up"
    qtbot.mouseClick(sign_in.guide, Qt.MouseButton.LeftButton)
    guide = window.current_screen()
    assert isinstance(guide, SetupGuideScreen)
    assert guide.section_order()[0] == "storage"
    storage = guide.sections["storage"]
    assert storage.heading.text() == "No safe place for the mediator PIN"
    assert "gnome-keyring" in spoken(storage.body.text())
    assert guide.back_button.isVisibleTo(window)
    # Back checks the storage again (it may have been set up meanwhile).
    with qtbot.waitSignal(kiosk.mediator.sig_busy_changed, check_params_cb=lambda busy: not busy):
        qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == sign_in.screen_id
    qtbot.mouseClick(sign_in.home, Qt.MouseButton.LeftButton)  # and on, to the welcome
    assert window.current_screen().screen_id == "attract"


def test_kiosk_without_pin_opens_the_pin_section(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = app_context("--mode", "kiosk", "--lang", "fr")
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(kiosk.attract.staff_button, Qt.MouseButton.LeftButton)
    assert kiosk.sign_in.guide.text() == "Comment configurer\u00a0?"
    qtbot.mouseClick(kiosk.sign_in.guide, Qt.MouseButton.LeftButton)
    guide = window.current_screen()
    assert isinstance(guide, SetupGuideScreen)
    assert guide.section_order()[0] == "pin"
    assert "sudo assist-desk-kiosk-pin set" in spoken(guide.sections["pin"].body.text())
    assert guide.heading.text() == "Comment configurer\u00a0?"


def tools(qtbot: Any, portal: bool | None, age: int | None) -> MediatorToolsScreen:
    controller = MediatorController(MemoryStore())
    controller.status = {"portal": portal, "content_age_days": age}
    screen = MediatorToolsScreen(controller, lambda: Mode.MEDIATOR, content_max_age_days=180)
    controller.setParent(screen)
    qtbot.addWidget(screen)
    return screen


@pytest.mark.parametrize(
    ("portal", "age", "shown"),
    [
        (True, 12, ()),  # both OK: nothing to set up
        (None, None, ("portal", "content")),  # not checked yet; date unknown
        (False, 400, ("portal", "content")),  # unreachable; too old
    ],
)
def test_each_card_that_is_not_ok_leads_to_its_section(
    qtbot: Any, portal: bool | None, age: int | None, shown: tuple[str, ...]
) -> None:
    screen = tools(qtbot, portal, age)
    opened: list[str] = []
    screen.sig_setup_guide.connect(opened.append)
    buttons = {"portal": screen.portal_guide, "content": screen.content_guide}
    for section, button in buttons.items():
        assert button.isVisibleTo(screen) == (section in shown), section
        if section in shown:
            assert button.text() == "How to set it up"
            assert button.accessibleName() != button.text()  # two buttons, two names
            button.click()
    assert opened == list(shown)
    assert set(opened) <= set(SECTIONS)


def test_tools_lead_to_the_guide_and_back_even_after_a_re_lock(
    qtbot: Any, qapp: Any, memory_keyring: Any, app_context: StartApplication
) -> None:
    memory_keyring.store[("assist-desk", MEDIATOR_ENTRY)] = hash_secret("739204")
    context = app_context("--mode", "mediator", "--lang", "en")
    window = context.window
    kiosk = kiosk_of(context)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(kiosk.mediator.sig_state_changed):
        qtbot.keyClicks(kiosk.sign_in.pin, "739204")
        qtbot.keyClick(kiosk.sign_in.pin, Qt.Key.Key_Return)
    tools_screen = kiosk.tools
    assert window.current_screen() is tools_screen
    kiosk.mediator.status = {"portal": False, "content_age_days": 3}
    tools_screen.retranslate_ui()
    assert tools_screen.portal_guide.isVisibleTo(window)
    qtbot.mouseClick(tools_screen.portal_guide, Qt.MouseButton.LeftButton)
    guide = window.current_screen()
    assert isinstance(guide, SetupGuideScreen)
    assert guide.section_order()[0] == "portal"
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is tools_screen
    # Re-locked while the guide is read: Back leads to the sign-in, never the tools.
    qtbot.mouseClick(tools_screen.portal_guide, Qt.MouseButton.LeftButton)
    kiosk.mediator.lock()
    assert kiosk.mediator.state == LOCKED
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == kiosk.sign_in.screen_id


def test_the_guide_names_only_settings_and_commands_that_exist(qtbot: Any) -> None:
    guide = SetupGuideScreen()
    qtbot.addWidget(guide)
    text = guide_text(guide) + spoken(guide.intro.text())
    settings = set(re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text))
    assert settings == {"portal_url", "training_kiosk", "content_max_age_days"}
    assert settings <= set(Settings.model_fields)
    for command in re.findall(r"assist-desk (pin|ants-tokens|sandbox|places|content)", text):
        assert command in COMMAND_NAMES
    packaging = ROOT / "packaging"
    assert (packaging / "linux" / "kiosk" / "assist-desk-kiosk-pin").is_file()
    assert "--kiosk" in (packaging / "linux" / "install.sh").read_text(encoding="utf-8")
    operator_guide = (packaging / "README.md").read_text(encoding="utf-8")
    for phrase in (
        "/etc/assist-desk/site.toml",
        "journalctl -u assist-desk-kiosk -b",
        "sudo systemctl restart assist-desk-kiosk",
        "sudo ./assist-desk/setup/linux/install.sh --kiosk",
        "assist-desk --version",
        "assist-desk pin status",
        "assist-desk pin set",
        "sudo assist-desk-kiosk-pin",
        "gnome-keyring",
    ):
        assert phrase in text
        assert phrase in operator_guide


def test_open_at_puts_each_section_first_and_keeps_all(qtbot: Any) -> None:
    guide = SetupGuideScreen()
    qtbot.addWidget(guide)
    for section in SECTIONS:
        guide.open_at(section)
        order = guide.section_order()
        assert order[0] == section
        assert sorted(order) == sorted(SECTIONS)
        assert guide.sections[section].heading.text()
    with pytest.raises(ValueError, match="no setup guide section"):
        guide.open_at("nothing")
