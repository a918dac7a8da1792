"""The design checks (issue 14, §4) fail on a bad widget and pass on a good one."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWidget

from assist_desk.devtools import design_check as D
from assist_desk.views.wizard import PageStack
from tests.design.test_flow_alerts import HOLDERS, account_screen, walk_to


def window(qtbot: Any, width: int = 400, height: int = 200) -> QWidget:
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(width, height)
    return root


def kinds(findings: list[Any]) -> list[str]:
    return [f.kind for f in findings]


def test_clipped_control(qtbot: Any) -> None:
    root = window(qtbot)
    cut = QPushButton("Continuer", root)
    cut.setGeometry(10, 180, 100, 40)  # half under the bottom edge
    whole = QPushButton("Retour", root)
    whole.setGeometry(10, 10, 100, 40)
    root.show()
    found = D.check_clipped_controls(root)
    assert kinds(found) == ["clipped-control"]
    # The part under the edge (the button may be taller than asked: a style sheet's
    # minimum height, left by an earlier test in this process, still applies).
    hidden = cut.y() + cut.height() - root.height()
    assert hidden > 0
    assert found[0].detail.startswith(f"0×{hidden} px")
    cut.move(150, 10)
    assert D.check_clipped_controls(root) == []


def test_clipped_control_on_the_old_portal_down_screen(
    qtbot: Any, styled: Any, monkeypatch: Any
) -> None:
    """E-2 as it was: the stack asked for its tallest page and pushed the buttons down."""
    from PySide6.QtWidgets import QStackedWidget

    def portal_down(qtbot: Any) -> QWidget:
        controller, _screen, holder = account_screen(qtbot)
        steps = ["profile", "prerequisites", "method", "form"]
        walk_to(controller, steps, profile="individual", has_email=True, method="ants_account")
        walk_to(controller, [*steps, "terms", "declaration"])
        controller.last_error = ("unavailable", "")
        controller.sig_error.emit("unavailable", "")
        qtbot.wait(10)
        return holder

    monkeypatch.setattr(PageStack, "sizeHint", QStackedWidget.sizeHint)  # the old stack
    monkeypatch.setattr(PageStack, "fit_to_page", lambda self: None)
    assert "clipped-control" in kinds(D.check_clipped_controls(portal_down(qtbot)))
    monkeypatch.undo()
    assert D.check_clipped_controls(portal_down(qtbot)) == []


def test_stale_error_summary(qtbot: Any) -> None:
    root = window(qtbot)
    summary = QLabel("Certains champs sont à vérifier", root)
    summary.setProperty("errorSummary", True)
    root.show()
    assert kinds(D.check_stale_error_summary(root)) == ["stale-error-summary"]
    field_error = QLabel("Indiquez votre nom.", root)
    field_error.setProperty("role", "error")
    field_error.move(0, 40)
    field_error.show()
    assert D.check_stale_error_summary(root) == []


def test_untranslated_text(qtbot: Any) -> None:
    root = window(qtbot)
    QLabel("[Accueil ãéî]", root)
    bare = QLabel("Continue", root)
    bare.move(0, 40)
    data = QLabel("camille@example.org", root)
    data.setProperty("userText", True)
    data.move(0, 80)
    root.show()
    found = D.check_untranslated(root)
    assert kinds(found) == ["untranslated"]
    assert "Continue" in found[0].detail


def test_long_lines(qtbot: Any) -> None:
    root = window(qtbot, 1800, 200)
    text = "Tout ce que vous déclarez doit être exact et à jour. " * 5
    wide = QLabel(text, root)
    wide.setWordWrap(True)
    wide.setGeometry(0, 0, 1700, 100)
    root.show()
    assert kinds(D.check_long_lines(root)) == ["long-lines"]
    wide.setGeometry(0, 0, 350, 100)
    assert D.check_long_lines(root) == []


def test_small_text_and_kiosk_choices(qtbot: Any) -> None:
    root = window(qtbot, 600, 300)
    small = QLabel("Petit texte", root)
    font = QFont(small.font())
    font.setPixelSize(14)
    small.setFont(font)
    radio = QRadioButton("Un particulier", root)
    radio.setGeometry(0, 40, 300, 30)
    root.show()
    assert "small-text" in kinds(D.check_small_text(root, kiosk=True))
    assert kinds(D.check_kiosk_choices(root)) == ["small-choice"]
    font.setPixelSize(26)
    small.setFont(font)
    radio.setFont(font)
    radio.setGeometry(0, 40, 300, 90)
    assert D.check_small_text(root, kiosk=True) == []
    assert D.check_kiosk_choices(root) == []


def teardown_function() -> None:
    HOLDERS.clear()
