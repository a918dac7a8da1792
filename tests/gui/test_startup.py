"""The application starts as a person would see it: home screen, training banner, language."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assist_desk.app import AppContext, create_window
from assist_desk.cli import build_parser


def start(qtbot: Any, qapp: Any, *argv: str) -> AppContext:
    args: argparse.Namespace = build_parser().parse_args(list(argv))
    built = create_window(args, qapp)
    assert not isinstance(built, int)
    window, switcher, settings = built
    qtbot.addWidget(window)
    context = AppContext(qapp, window, switcher, args, settings)
    context.finish_startup()
    return context


def test_training_mode_by_default(qtbot: Any, qapp: Any) -> None:
    context = start(qtbot, qapp)
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        assert window.banner.isVisible()
        assert "Training mode" in window.banner.text() or "formation" in window.banner.text()
        assert window.current_screen().screen_id == "home"
        assert window.windowTitle().endswith("assist_desk")
    finally:
        context.shutdown()


def test_kiosk_mode_has_no_training_banner(qtbot: Any, qapp: Any) -> None:
    # A kiosk on a real portal; a training kiosk shows the banner
    # (tests/kiosk/test_shipped_kiosk_needs_a_portal.py).
    context = start(qtbot, qapp, "--mode", "kiosk", "--portal-url", "https://portal.test")
    try:
        assert "training_portal" not in context.services
        assert not context.window.banner.isVisibleTo(context.window)
    finally:
        context.shutdown()


def test_bad_settings_return_status_2(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('theme = "purple"\n')
    args = build_parser().parse_args(["--config", str(site)])
    assert create_window(args, qapp) == 2
