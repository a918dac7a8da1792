"""C1 (was review reproduction R1): a kiosk never keeps a citizen on the training portal.

* The shipped configuration exactly as installed (the kiosk session script's command
  line, packaging/site.toml with ``portal_url = ""``) refuses to start: one line
  naming the setting, exit status 2, no window.
* A training kiosk exists only when the site file says ``training_kiosk = true``: it
  shows the training banner, keeps the training portal's database on a temporary
  file system (never the kiosk's home) and resets it at every wipe.
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from assist_desk.features import portal as portal_feature
from assist_desk.settings import KIOSK_NEEDS_PORTAL
from tests.app_fixtures import StartApplication, stop_application
from tests.kiosk.helpers import Canary, files_holding
from tests.kiosk.test_wipe_account_flow import drive_account_wizard_to_submission

ROOT = Path(__file__).resolve().parents[2]
KIOSK_FILES = ROOT / "packaging" / "linux" / "kiosk"
SHIPPED_SITE = ROOT / "packaging" / "site.toml"


def _fake_cage(folder: Path) -> None:
    """A stand-in for the compositor: runs the client after ``--`` on the offscreen
    platform (the session script asks for Wayland, which a test machine lacks)."""
    cage = folder / "cage"
    cage.write_text(
        '#!/bin/sh\nwhile [ "$1" != "--" ]; do shift; done; shift\n'
        'QT_QPA_PLATFORM=offscreen exec "$@"\n'
    )
    cage.chmod(0o755)


def _launcher(folder: Path) -> Path:
    """What install.sh installs as /usr/local/bin/assist-desk: the machine's site file
    (here the shipped template, unchanged), then the application."""
    launcher = folder / "assist-desk"
    launcher.write_text(
        f"#!/bin/sh\nexport ASSIST_DESK_CONFIG={SHIPPED_SITE}\n"
        f'cd {ROOT} && exec {sys.executable} -m assist_desk "$@"\n'
    )
    launcher.chmod(0o755)
    return launcher


def _installed_session_defaults() -> dict[str, str]:
    """/etc/default/assist-desk-kiosk as installed (the unit's EnvironmentFile)."""
    values = {}
    for line in (KIOSK_FILES / "assist-desk-kiosk.default").read_text().splitlines():
        key, equals, value = line.partition("=")
        if equals and not line.startswith("#"):
            values[key] = value.strip('"')
    assert values["ASSIST_DESK_ARGS"] == "--mode kiosk"
    return values


@pytest.mark.skipif(os.name != "posix", reason="the kiosk session is a POSIX shell script")
def test_the_shipped_kiosk_refuses_to_start_without_a_portal(
    tmp_path: Path, isolated_home: Path
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    _fake_cage(tools)
    keyring = tmp_path / "keyring.sh"
    keyring.write_text(": # no Secret Service in this test\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("ASSIST_DESK_")}
    env.update(_installed_session_defaults())
    env.update(
        PATH=f"{tools}{os.pathsep}{env['PATH']}",
        DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent",  # as if dbus-run-session ran
        ASSIST_DESK_KEYRING_SCRIPT=str(keyring),
        ASSIST_DESK_APP=str(_launcher(tmp_path)),
        ASSIST_DESK_SUPERVISOR=str(KIOSK_FILES / "assist-desk-kiosk-supervisor"),
    )
    done = subprocess.run(
        [str(KIOSK_FILES / "assist-desk-kiosk-session")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    app_lines = [line for line in done.stderr.splitlines() if line.startswith("assist-desk:")]
    assert app_lines == [f"assist-desk: setting 'portal_url': {KIOSK_NEEDS_PORTAL} (got '')"]
    assert "Traceback" not in done.stderr
    # Nothing was started or written: no training portal database anywhere in the home.
    assert not list(isolated_home.rglob("*.sqlite3*"))


def test_a_kiosk_without_a_portal_gets_no_window(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No site file at all (the defaults): refused before any window is made."""
    from assist_desk.app import build
    from assist_desk.cli import build_parser

    monkeypatch.delenv("ASSIST_DESK_TRAINING_KIOSK")
    args = build_parser().parse_args(["--mode", "kiosk"])
    assert build(args, qapp) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"assist-desk: setting 'portal_url': {KIOSK_NEEDS_PORTAL} (got None)"
    ]


def _training_kiosk_site(folder: Path) -> Path:
    site = folder / "site.toml"
    shipped = SHIPPED_SITE.read_text(encoding="utf-8")
    assert "\ntraining_kiosk = false\n" in shipped
    site.write_text(
        shipped.replace("\ntraining_kiosk = false\n", "\ntraining_kiosk = true\n"),
        encoding="utf-8",
    )
    return site


@pytest.mark.own_training_portal  # its database folder, on a memory file system, goes at quit
def test_a_declared_training_kiosk_shows_the_banner_and_keeps_nothing(
    qtbot: Any,
    qapp: Any,
    isolated_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app_context: StartApplication,
) -> None:
    monkeypatch.delenv("ASSIST_DESK_TRAINING_KIOSK")  # the site file says so, nothing else
    site = _training_kiosk_site(tmp_path)
    context = app_context("--mode", "kiosk", "--config", str(site))
    assert context.settings.is_training_kiosk
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    assert window.banner.isVisibleTo(window)
    # "… rien n'est envoyé à l'ANTS …" (site: fr); a kiosk short of room shows its first
    # words ("Formation : rien n'est envoyé."), its accessible name stays whole.
    assert "ANTS" in window.banner.accessibleName()
    assert "envoy" in window.banner.text()
    handle = context.features.portal.training
    data_dir = Path(handle.data_dir)
    assert isolated_home not in data_dir.parents
    assert portal_feature._is_memory_file_system(data_dir)
    qtbot.waitUntil(handle.started.is_set, timeout=30000)
    canary = Canary()
    account = drive_account_wizard_to_submission(qtbot, context, canary)
    account.go_next()
    qtbot.waitUntil(lambda: not account.busy and account.current != "declaration", timeout=15000)
    assert account.current == "check_email"
    # The portal holds the citizen now (its outbox has the confirmation e-mail).
    assert canary.needle() in _outbox(handle)
    with qtbot.waitSignal(context.sig_session_wiped, timeout=5000):
        qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.current_screen().screen_id == "attract"
    assert canary.needle() not in _outbox(handle)
    assert files_holding(isolated_home, canary.needle()) == []
    assert files_holding(data_dir, canary.needle()) == []  # the bytes too, not only rows
    # The banner stays for the next person.
    assert window.banner.isVisibleTo(window)
    stop_application(qtbot, context)
    assert not data_dir.exists(), "the temporary database goes with the process"


def _outbox(handle: Any) -> str:
    """The training portal's outbox page (HTML): the e-mails it "sent"."""
    request = urllib.request.Request(
        f"{handle.url}/training/outbox", headers=handle.trainer_headers
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return str(response.read().decode("utf-8"))


@pytest.mark.parametrize(
    ("overrides", "training_portal"),
    [
        ({"mode": "kiosk", "training_kiosk": True}, True),
        ({"mode": "kiosk", "training_kiosk": True, "portal_url": "https://portal.test"}, False),
        ({"mode": "kiosk", "portal_url": "https://portal.test"}, False),
        ({"mode": "training", "portal_url": "https://portal.test"}, True),
    ],
)
def test_which_kiosk_runs_the_training_portal(
    overrides: dict[str, Any], training_portal: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assist_desk.settings import load_settings

    monkeypatch.delenv("ASSIST_DESK_TRAINING_KIOSK")
    settings = load_settings(None, overrides)
    assert settings.uses_training_portal is training_portal
    assert settings.is_training_kiosk is (training_portal and overrides["mode"] == "kiosk")


@pytest.mark.parametrize("environment", [{}, {"ASSIST_DESK_TRAINING_KIOSK": "false"}])
def test_kiosk_mode_from_the_environment_is_refused_too(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from assist_desk import bootstrap
    from assist_desk.cli import build_parser
    from assist_desk.settings import SettingsError, load_settings

    monkeypatch.delenv("ASSIST_DESK_TRAINING_KIOSK")
    monkeypatch.setenv("ASSIST_DESK_MODE", "kiosk")
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    # The quick first-screen read leaves the decision to the full validation...
    assert bootstrap.peek(build_parser().parse_args([])) is None
    # ...which refuses, naming the setting.
    with pytest.raises(SettingsError) as refused:
        load_settings(None, {})
    assert refused.value.lines[0].startswith(f"setting 'portal_url': {KIOSK_NEEDS_PORTAL}")
