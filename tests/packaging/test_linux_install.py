"""packaging/linux: install.sh into a scratch root, the kiosk unit, the desktop entry."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

import build

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
#: M1: no Ctrl+Alt+Del reboot, no login prompt on another virtual console.
MASKED_ON_A_KIOSK = (
    "ctrl-alt-del.target",
    *(f"{kind}@tty{n}.service" for kind in ("getty", "autovt") for n in range(2, 7)),
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX shell scripts")


def _fake_bundle(tmp_path: Path) -> Path:
    """A bundle folder as build.py leaves it, with a stand-in executable."""
    bundle = tmp_path / "dist" / "assist-desk"
    bundle.mkdir(parents=True)
    exe = bundle / "assist-desk"
    exe.write_text('#!/bin/sh\necho "assist-desk 0.0-test $*"\n')
    exe.chmod(0o755)
    build.stage_setup_files(bundle)
    return bundle


def _install(bundle: Path, root: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(bundle / "setup" / "linux" / "install.sh"), "--root", str(root), *options],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_install_update_uninstall_in_a_scratch_root(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    root = tmp_path / "root"
    root.mkdir()
    done = _install(bundle, root, "--kiosk")
    assert done.returncode == 0, done.stderr
    assert (root / "opt/assist-desk/assist-desk").is_file()
    assert (root / "opt/assist-desk/setup/README.md").is_file()
    site = root / "etc/assist-desk/site.toml"
    assert tomllib.loads(site.read_text(encoding="utf-8"))["schema_version"] == 1
    launcher = root / "usr/local/bin/assist-desk"
    assert os.access(launcher, os.X_OK)
    assert "/etc/assist-desk/site.toml" in launcher.read_text()
    desktop = (root / "usr/local/share/applications/assist-desk.desktop").read_text()
    assert "Exec=/usr/local/bin/assist-desk" in desktop
    for path in (
        "etc/systemd/system/assist-desk-kiosk.service",
        "etc/pam.d/assist-desk-kiosk",
        "etc/default/assist-desk-kiosk",
        "etc/systemd/logind.conf.d/assist-desk.conf",
        "etc/systemd/sleep.conf.d/assist-desk.conf",
        "usr/local/libexec/assist-desk-kiosk-session",
        "usr/local/libexec/assist-desk-kiosk-supervisor",
        "usr/local/libexec/assist-desk-kiosk-keyring",
        "usr/local/sbin/assist-desk-kiosk-pin",
        "usr/local/share/icons/hicolor/scalable/apps/assist-desk.svg",
        "etc/sysctl.d/90-assist-desk-kiosk.conf",
        "etc/systemd/system.conf.d/assist-desk.conf",
    ):
        assert (root / path).is_file(), path
    assert os.access(root / "usr/local/libexec/assist-desk-kiosk-supervisor", os.X_OK)
    for unit in MASKED_ON_A_KIOSK:
        assert os.readlink(root / "etc/systemd/system" / unit) == "/dev/null", unit
    assert "installed assist-desk 0.0-test --version" in done.stdout

    # An update keeps the operator's site file and leaves a fresh template beside it.
    site.write_text('site_name = "France Services de Test"\n', encoding="utf-8")
    (bundle / "assist-desk").write_text('#!/bin/sh\necho "assist-desk 0.0-new"\n')
    done = _install(bundle, root)
    assert done.returncode == 0, done.stderr
    assert "France Services de Test" in site.read_text(encoding="utf-8")
    assert (root / "etc/assist-desk/site.toml.example").is_file()
    assert "0.0-new" in (root / "opt/assist-desk/assist-desk").read_text()
    assert not (root / "opt/assist-desk.old").exists()

    done = _install(bundle, root, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not (root / "opt/assist-desk").exists()
    assert not (root / "etc/systemd/system/assist-desk-kiosk.service").exists()
    assert not (root / "etc/sysctl.d/90-assist-desk-kiosk.conf").exists()
    for unit in MASKED_ON_A_KIOSK:
        assert not (root / "etc/systemd/system" / unit).is_symlink(), unit
    assert site.is_file()  # kept unless --purge
    done = _install(bundle, root, "--uninstall", "--purge")
    assert done.returncode == 0, done.stderr
    assert not (root / "etc/assist-desk").exists()


def test_install_with_a_given_site_file(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    root = tmp_path / "root"
    root.mkdir()
    mine = tmp_path / "mine.toml"
    mine.write_text('mode = "kiosk"\n', encoding="utf-8")
    done = _install(bundle, root, "--site", str(mine))
    assert done.returncode == 0, done.stderr
    assert (root / "etc/assist-desk/site.toml").read_text() == 'mode = "kiosk"\n'
    assert not (root / "etc/systemd/system/assist-desk-kiosk.service").exists()


def test_install_refuses_unknown_options(tmp_path: Path) -> None:
    bundle = _fake_bundle(tmp_path)
    done = _install(bundle, tmp_path, "--frobnicate")
    assert done.returncode != 0
    assert "unknown option" in done.stderr


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser


def test_kiosk_unit_restarts_forever_as_the_kiosk_account() -> None:
    unit = _unit(LINUX / "kiosk" / "assist-desk-kiosk.service")
    service = unit["Service"]
    assert service["Restart"] == "always"
    assert unit["Unit"]["StartLimitIntervalSec"] == "0"
    assert service["User"] == "assist-kiosk"
    assert service["PAMName"] == "assist-desk-kiosk"
    assert service["TTYPath"] == "/dev/tty1"
    assert unit["Install"]["WantedBy"] == "graphical.target"
    assert service["LimitCORE"] == "0"  # L4
    session = (LINUX / "kiosk" / "assist-desk-kiosk-session").read_text()
    assert "--mode kiosk" in session
    # M1: cage runs the supervisor, which runs the application: cage outlives a crash.
    assert 'exec cage $CAGE_OPTIONS -- "$SUPERVISOR" $ASSIST_DESK_ARGS' in session
    assert "/usr/local/libexec/assist-desk-kiosk-supervisor" in session
    pam = (LINUX / "kiosk" / "pam-assist-desk-kiosk").read_text()
    assert "auth     required pam_deny.so" in pam  # nobody authenticates through it


def test_kiosk_keyring_is_created_once_and_private(tmp_path: Path) -> None:
    """The password-less account's login keyring file is made on first use, mode 600."""
    script = LINUX / "kiosk" / "assist-desk-kiosk-keyring"
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("mkdir", "chmod"):
        (tools / tool).symlink_to(shutil.which(tool) or f"/bin/{tool}")
    fake = tools / "gnome-keyring-daemon"  # a stand-in: no daemon is started by the test
    fake.write_text("#!/bin/sh\necho GNOME_KEYRING_CONTROL=/fake\n")
    fake.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": str(tools), "HOME": str(home)}
    command = f'. "{script}"; echo "control=$GNOME_KEYRING_CONTROL"'
    for _ in range(2):  # the second run keeps the existing file
        done = subprocess.run(
            ["/bin/sh", "-c", command], env=env, capture_output=True, text=True, timeout=30
        )
        assert done.returncode == 0, done.stderr
        assert "control=/fake" in done.stdout
    keyring = home / ".local" / "share" / "keyrings" / "login.keyring"
    assert "display-name=login" in keyring.read_text()
    assert (keyring.stat().st_mode & 0o777) == 0o600
    assert (keyring.parent.stat().st_mode & 0o777) == 0o700
    assert (keyring.parent / "default").read_text() == "login"


def test_public_screen_never_sleeps() -> None:
    logind = _unit(LINUX / "kiosk" / "logind-assist-desk.conf")["Login"]
    assert logind["IdleAction"] == "ignore"
    assert logind["HandlePowerKey"] == "ignore"
    assert logind["HandleSuspendKey"] == "ignore"
    sleep = _unit(LINUX / "kiosk" / "sleep-assist-desk.conf")["Sleep"]
    assert sleep["AllowSuspend"] == "no"
    assert sleep["AllowHibernation"] == "no"


def test_no_console_sysrq_or_ctrl_alt_del_on_a_kiosk() -> None:
    """M1: what can be checked without booting the image (the masks: see the install test)."""
    logind = _unit(LINUX / "kiosk" / "logind-assist-desk.conf")["Login"]
    assert logind["NAutoVTs"] == "0"
    assert logind["ReserveVT"] == "0"
    manager = _unit(LINUX / "kiosk" / "system-assist-desk.conf")["Manager"]
    assert manager["CtrlAltDelBurstAction"] == "none"
    sysctl = dict(
        (part.strip() for part in line.split("=", 1))
        for line in (LINUX / "kiosk" / "sysctl-assist-desk.conf").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert sysctl == {"kernel.sysrq": "0"}
    # Cage's own console switching (-s) stays off by default.
    default = (LINUX / "kiosk" / "assist-desk-kiosk.default").read_text()
    assert 'CAGE_OPTIONS="-d"' in default


def test_the_supervisor_restarts_the_application_until_it_quits(tmp_path: Path) -> None:
    """A crash (status 1) and a restart (75) start it again; 0 ends the loop."""
    runs = tmp_path / "runs"
    app = tmp_path / "app"
    app.write_text(
        f'#!/bin/sh\necho "$* supervised=$ASSIST_DESK_SUPERVISED" >> "{runs}"\n'
        f'case $(wc -l < "{runs}") in 1) exit 1 ;; 2) exit 75 ;; *) exit 0 ;; esac\n'
    )
    app.chmod(0o755)
    done = subprocess.run(
        [str(LINUX / "kiosk" / "assist-desk-kiosk-supervisor"), "--mode", "kiosk"],
        env=dict(os.environ, ASSIST_DESK_APP=str(app)),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert runs.read_text().splitlines() == ["--mode kiosk supervised=1"] * 3
    assert "ended with status 1; starting it again" in done.stderr


def test_the_supervisor_stops_on_refused_settings(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.write_text("#!/bin/sh\necho 'assist-desk: setting ...' >&2\nexit 2\n")
    app.chmod(0o755)
    done = subprocess.run(
        [str(LINUX / "kiosk" / "assist-desk-kiosk-supervisor")],
        env=dict(os.environ, ASSIST_DESK_APP=str(app)),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == "assist-desk: setting ...\n"


def test_desktop_entry() -> None:
    entry = _unit(LINUX / "assist-desk.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == "assist-desk"
    assert entry["Exec"].endswith("assist-desk")
    assert "GenericName[fr]" in entry
    assert "GenericName[ar]" in entry
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run(
            [validator, str(LINUX / "assist-desk.desktop")], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stdout + done.stderr


def test_shell_scripts_parse() -> None:
    for script in (
        LINUX / "install.sh",
        LINUX / "kiosk" / "assist-desk-kiosk-session",
        LINUX / "kiosk" / "assist-desk-kiosk-supervisor",
        LINUX / "kiosk" / "assist-desk-kiosk-pin",
        LINUX / "kiosk" / "assist-desk-kiosk-keyring",
    ):
        if not script.name.endswith("keyring"):  # that one is sourced, not run
            assert os.access(script, os.X_OK), script
        done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, f"{script}: {done.stderr}"
