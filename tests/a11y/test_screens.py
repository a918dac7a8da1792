"""Every screen of the running application, walked as a screen reader and an auditor would.

For each language and mode: every focusable control has an accessible name,
every image a text alternative, every interactive control the target size
(44 px kiosk, 24 px elsewhere), no text is clipped, the focus is visible,
each screen sets its initial focus and the window title names it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from assist_desk.devtools import a11y_check
from tests.a11y.helpers import screen_ids, settle, shown, visit
from tests.app_fixtures import StartApplication

CASES = [("fr", "training"), ("ar", "kiosk"), ("en", "mediator"), ("fr", "kiosk")]


@pytest.mark.parametrize(("lang", "mode"), CASES)
def test_every_screen_passes_the_checker(
    qtbot: Any, qapp: Any, lang: str, mode: str, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", lang, "--mode", mode))
    kiosk = mode == "kiosk"
    findings = []
    for screen in visit(context.window):
        findings += [
            f"{screen.screen_id}: {f}" for f in a11y_check.check_screen(context.window, kiosk=kiosk)
        ]
    assert not findings, "\n".join(findings)


@pytest.mark.parametrize("theme", ["default", "high-contrast", "system"])
def test_focus_is_visible_on_every_screen(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    theme: str,
    app_context: StartApplication,
) -> None:
    monkeypatch.setenv("ASSIST_DESK_THEME", theme)
    context = shown(qtbot, app_context("--lang", "fr"))
    findings = []
    for screen in visit(context.window):
        findings += [
            f"{screen.screen_id}: {f}" for f in a11y_check.check_visible_focus(context.window)
        ]
    assert not findings, "\n".join(findings)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_each_screen_names_itself_and_sets_its_initial_focus(
    qtbot: Any,
    qapp: Any,
    lang: str,
    app_context: StartApplication,
) -> None:
    context = shown(qtbot, app_context("--lang", lang))
    window = context.window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for screen in visit(window):
        title = window.windowTitle()
        assert title.endswith(" — assist_desk"), title
        assert screen.window_title().strip(), f"{screen.screen_id} has no title"
        assert title.startswith(screen.window_title())
        focus = screen.initial_focus()
        if focus is None:  # only the home screen before its tiles are installed
            assert screen.screen_id == "home", f"{screen.screen_id}: no initial focus"
            assert not window.home.tiles()
            focus = window.language_box
        assert focus.isVisible()
        assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus

        # The focus stays (or comes back, after a short wait for the portal) on the
        # step's initial focus, and nothing flashed up as a window of its own. (What
        # the portal sends can change that focus: the first category once the
        # catalogue is there, so it is asked again while waiting.)
        def on_initial_focus(screen: Any = screen, before: Any = focus) -> bool:
            wanted = screen.initial_focus() or before
            return QApplication.focusWidget() is wanted and wanted.isVisible()

        qtbot.waitUntil(on_initial_focus, timeout=10000)
        assert QApplication.activeWindow() is window, f"{screen.screen_id}: focus stolen"


def test_screen_reader_tree_of_the_home_screen(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    """What a screen reader announces: the top bar, then one named button per tile."""
    context = shown(qtbot, app_context("--lang", "fr"))
    window = context.window
    names = {
        iface.text(QAccessible.Text.Name)
        for iface in a11y_check.iter_interfaces(window)
        if iface.role() in (QAccessible.Role.PushButton, QAccessible.Role.ComboBox)
    }
    assert "Terminer la session" in names
    # On Linux a combo box's name is its value; its label comes through a relation.
    combo = QAccessible.queryAccessibleInterface(window.language_box)
    assert combo.text(QAccessible.Text.Name) == "Français"
    labels = [
        other.text(QAccessible.Text.Name)
        for other, _relation in combo.relations(QAccessible.Relation.Label)
    ]
    assert labels == ["Langue"]
    for tile in window.home.tiles():
        iface = QAccessible.queryAccessibleInterface(tile)
        assert iface.role() == QAccessible.Role.PushButton
        assert iface.text(QAccessible.Text.Name) == tile.title()
        assert iface.text(QAccessible.Text.Description) == tile.description()
        assert iface.childCount() == 0  # one button, no stray labels inside
    site = QAccessible.queryAccessibleInterface(window.site_label)
    assert "\u2068" not in site.text(QAccessible.Text.Name)  # no isolate marks spoken


def test_the_checker_finds_real_problems(qtbot: Any, qapp: Any) -> None:
    """The checker itself: a nameless icon button, a tiny button, an image, clipped text."""
    from PySide6.QtGui import QIcon, QPixmap
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    icon_only = QPushButton()
    icon_only.setIcon(QIcon(QPixmap(16, 16)))
    icon_only.setObjectName("iconOnly")
    tiny = QPushButton("x")
    tiny.setObjectName("tiny")
    tiny.setFixedSize(20, 20)
    picture = QLabel()
    picture.setObjectName("picture")
    picture.setPixmap(QPixmap(32, 32))
    cut = QLabel("A sentence far too long for its narrow label")
    cut.setObjectName("cut")
    cut.setFixedWidth(60)
    for widget in (icon_only, tiny, picture, cut):
        layout.addWidget(widget)
    stale = QPushButton("Left behind", root)  # not in the layout: drawn over the others
    stale.setObjectName("stale")
    stale.move(icon_only.pos())
    root.show()
    qtbot.waitExposed(root)
    settle()
    found = {
        (f.kind, f.where.split(" ")[0].rsplit("/", 1)[-1]) for f in a11y_check.check_screen(root)
    }
    assert ("no-name", "iconOnly") in found
    assert ("small-target", "tiny") in found
    assert ("image-no-text", "picture") in found
    assert ("clipped-text", "cut") in found
    assert any(kind == "overlap" for kind, _ in found)
    picture.setAccessibleName("Map of the help point")
    picture.setProperty("decorative", False)
    icon_only.setAccessibleName("Print")
    after = {f.kind for f in a11y_check.check_names_and_targets(root, 24)}
    assert "no-name" not in after
    assert "image-no-text" not in after


def test_screen_ids_cover_every_tile(qtbot: Any, qapp: Any, app_context: StartApplication) -> None:
    context = shown(qtbot, app_context())
    ids = screen_ids(context.window)
    assert ids[0] == "home"
    assert len(ids) == len(set(ids))
    tiles = [t.objectName().removeprefix("tile_") for t in context.window.home.tiles()]
    assert ids[1 : 1 + len(tiles)] == tiles  # every tile, then screens without one


def test_report_for_the_tour(tmp_path: Any) -> None:
    findings = {
        "home": [],
        "account-01": [a11y_check.Finding("no-name", "a/b (QPushButton)", "focusable")],
    }
    report = tmp_path / "a11y.md"
    assert a11y_check.write_report(report, findings, "ar, training") == 1
    text = report.read_text(encoding="utf-8")
    assert "2 scenes checked, 1 finding(s)." in text
    assert "## account-01" in text
    assert "## home" not in text


@pytest.mark.parametrize(
    ("mode", "expected"), [("mediator", "system"), ("kiosk", "default"), ("training", "default")]
)
def test_the_running_application_resolves_its_theme_by_mode(
    qtbot: Any,
    qapp: Any,
    mode: str,
    expected: str,
    app_context: StartApplication,
) -> None:
    """EN 301 549 11.7: at a mediator's workstation the platform's colours and font apply."""
    shown(qtbot, app_context("--mode", mode))
    assert qapp.property("assist_desk_theme") == expected
