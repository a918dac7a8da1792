"""Kiosk mode at 200 % text on an 800 × 600 screen: the account and request wizards and
the idle warning show all their text (WCAG 1.4.4, 1.4.10).

Before, the wizards' buttons kept their text on one line ("J'ai compris, créer mon
compte", "Retour", "Vérifier mon numéro de pré-demande"…) and were cut; the idle
warning squeezed its title and countdown into the window's height.

The wizards are walked by the screen tour (every step, every profile, against the
embedded training portal), as its own process; the idle warning is checked here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt

from assist_desk.devtools import a11y_check
from assist_desk.views.widgets.wrap_button import WrapButton
from tests.a11y.helpers import settle, shown
from tests.app_fixtures import StartApplication
from tests.kiosk.helpers import idle_warning_at_200_percent

NARROW = (800, 600)
#: Scenes of the account and request wizards (and the Terms re-acceptance after it).
WIZARD_SCENE = re.compile(r"^(account|request|terms|error)-")
#: Findings of the tour's design checks that the kiosk's banner and top bar cause at
#: 200 % on 800 × 600 (views/main_window.py, being reworked): they take the screen, the
#: page and the action bar are below the fold of the window's scrolling column, the
#: column's bar touches them, the language box is 4 px short. Remove each when it is gone.
CAUSED_BY_THE_CHROME = re.compile(
    r"^(chrome-takes-the-screen: mainWindow/shellScroll/"
    r"|flow-page-too-short: "
    r"|clipped-control: shell/screenStack/scroll_\w+/qt_scrollarea_viewport/\w+/"
    r"(backButton|nextButton|finishEraseButton|flowHomeButton) "
    r"|ink-at-scroll-bar: mainWindow/shellScroll \(ShellScroll\)"
    r"|cut-combo-text: mainWindow/shellScroll/qt_scrollarea_viewport/shell/topBar/languageBox )"
)


def _findings_by_scene(report: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    scene = ""
    for line in report.splitlines():
        if line.startswith("## "):
            scene = line[3:].strip()
        elif line.startswith("- ") and scene:
            found.setdefault(scene, []).append(line[2:])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_wizard_steps_are_not_cut_at_200_percent_on_800_px(tmp_path: Path, lang: str) -> None:
    out = tmp_path / "tour"
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "ASSIST_DESK_FONT_SCALE": "2.0"}
    # As documented, `assist-desk tour --mode kiosk` runs on the training portal with no
    # setting of its own (it used to refuse without ASSIST_DESK_TRAINING_KIOSK=true).
    environment.pop("ASSIST_DESK_TRAINING_KIOSK", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "assist_desk",
            "tour",
            "--out",
            str(out),
            "--lang",
            lang,
            "--mode",
            "kiosk",
            "--size",
            "800x600",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    # The design checks run at 200 % too (issue 14): the tour fails on the findings of
    # the chrome (below), never on a scene module that failed.
    failed = [line for line in done.stderr.splitlines() if line.startswith("tour: FAILED")]
    assert all(line.endswith("finding(s), see a11y.md") for line in failed), done.stderr[-2000:]
    assert done.returncode in (0, 1), done.stderr[-2000:]
    wizard_scenes = [p.stem for p in out.glob("*.png") if WIZARD_SCENE.match(p.stem)]
    # Every profile's steps of the account wizard and the request wizard were walked.
    assert sum(name.startswith("account-") for name in wizard_scenes) >= 40
    assert sum(name.startswith("request-") for name in wizard_scenes) >= 10
    report = (out / "a11y.md").read_text(encoding="utf-8")
    assert f"— {lang}, kiosk, 800×600" in report
    assert f"— {lang}, kiosk, 800×600" in (out / "index.md").read_text(encoding="utf-8")
    found = _findings_by_scene(report)
    clipped = [
        f"{scene}: {finding}"
        for scene, findings in found.items()
        for finding in findings
        if finding.startswith("clipped-text") or "wider than" in finding
    ]
    assert not clipped, "\n".join(clipped)
    # Nothing on the wizards' scenes (their buttons are not drawn over each other) but
    # what the banner and top bar cause at 200 % on 800 × 600 (issue 14: they take the
    # whole first view, so the window scrolls, the wizard's page and bar below the fold).
    on_wizards = [
        f"{s}: {f}"
        for s, fs in found.items()
        if WIZARD_SCENE.match(s)
        for f in fs
        if not CAUSED_BY_THE_CHROME.match(f)
    ]
    assert not on_wizards, "\n".join(on_wizards)


def _kiosk(context: Any) -> Any:
    return context.features.kiosk


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_idle_warning_is_not_cut_at_200_percent_on_800_px(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    app_context: StartApplication,
) -> None:
    context, warning = idle_warning_at_200_percent(qtbot, app_context, monkeypatch, lang, NARROW)
    window = context.window
    assert warning.isVisible()
    assert warning.geometry() == window.rect()
    findings = [
        str(f) for f in a11y_check.check_screen(window, kiosk=True) if "idleWarning" in str(f)
    ]
    assert not findings, "\n".join(findings)
    labels = [warning._title, warning._countdown, warning._hint]
    for label in labels:
        # Each wrapped text gets the whole height it needs at its width.
        assert label.heightForWidth(label.width()) <= label.height(), label.objectName()
        assert label.text()
    # The panel is inside the window across; the button shows its whole text.
    panel = warning._panel
    left = panel.mapTo(warning, QPoint(0, 0)).x()
    assert left >= 0
    assert left + panel.width() <= warning.width()
    button = warning.stay_button
    assert isinstance(button, WrapButton)
    assert button.required_width() <= button.width()
    assert button.required_height(button.width()) <= button.height()
    assert button.height() >= 44  # a kiosk target
    assert window.focusWidget() is button
    # A shorter countdown refits the panel (still nothing cut).
    warning.update_countdown(5)
    settle()
    assert warning._countdown.heightForWidth(warning._countdown.width()) <= (
        warning._countdown.height()
    )
    warning.dismiss()


def test_idle_warning_keeps_its_width_on_a_large_kiosk(
    qtbot: Any, qapp: Any, app_context: StartApplication
) -> None:
    context = shown(qtbot, app_context("--lang", "fr", "--mode", "kiosk"))
    window = context.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1920, 1080)
    settle()
    warning = _kiosk(context).warning
    warning.show_countdown(30)
    settle()
    assert warning._panel.width() == 760
    findings = [str(f) for f in a11y_check.check_screen(window, kiosk=True)]
    assert not [f for f in findings if "idleWarning" in f], findings
    warning.dismiss()


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [("en", "in the list", "left"), ("fr", "dans la liste", "gauche"), ("ar", "القائمة", "يسار")],
)
def test_checklist_placeholder_is_true_when_the_list_is_above(
    qtbot: Any,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    said: str,
    not_said: str,
    app_context: StartApplication,
) -> None:
    """Stacked on a narrow screen, the list is above the checklist, not on its left:
    the placeholder names the list, which holds in both layouts."""
    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", lang, "--mode", "kiosk"))
    window = context.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*NARROW)
    settle()
    window.show_screen("checklists")
    settle()
    screen = window.current_screen()
    assert screen.splitter.stacked()
    assert screen.current_view() is None
    text = screen.view.toPlainText()
    assert said in text
    assert not_said not in text
