"""The application starts as a person would see it: home screen, training banner, language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assist_desk.app import build
from assist_desk.cli import build_parser
from tests.app_fixtures import StartApplication


def test_training_mode_by_default(qtbot: Any, app_context: StartApplication) -> None:
    context = app_context()
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    assert window.banner.isVisible()
    assert "Training mode" in window.banner.text() or "formation" in window.banner.text()
    assert window.current_screen().screen_id == "home"
    assert window.windowTitle().endswith("assist_desk")


def test_kiosk_mode_has_no_training_banner(app_context: StartApplication) -> None:
    # A kiosk on a real portal; a training kiosk shows the banner
    # (tests/kiosk/test_shipped_kiosk_needs_a_portal.py).
    context = app_context("--mode", "kiosk", "--portal-url", "https://portal.test")
    assert context.features.portal is not None
    assert context.features.portal.training is None
    assert not context.window.banner.isVisibleTo(context.window)


def test_bad_settings_return_status_2(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    site = tmp_path / "site.toml"
    site.write_text('theme = "purple"\n')
    args = build_parser().parse_args(["--config", str(site)])
    assert build(args, qapp) == 2


def test_every_feature_is_installed_with_the_shared_parts(app_context: StartApplication) -> None:
    """The composition root installs each feature and hands them the same shared parts."""
    context = app_context("--mode", "mediator", "--lang", "en")
    features = context.features
    installed = {name: getattr(features, name) for name in vars(features)}
    assert all(feature is not None for feature in installed.values()), installed
    assert features.kiosk is not None
    assert features.portal is not None
    assert context.attendant is features.kiosk  # the wipe asks it for the first screen
    assert features.kiosk.mediator.store is context.credential_store  # one store
    assert features.portal.client.made() is None  # made on first use, not at start-up
    assert features.flows is not None
    assert features.flows.service.made() is None
    context.window.show_screen("account")  # opening a flow makes its controllers
    flows = features.flows.service.made()
    assert flows is not None
    assert flows.account.portal() is features.portal.client.made()
