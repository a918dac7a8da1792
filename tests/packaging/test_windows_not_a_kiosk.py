"""H5: Windows is a mediator-workstation platform, not a kiosk one.

Nothing can be run on Windows from the test machine (no PowerShell): these check
the scripts' text and the guides. install.ps1 refuses ``-Kiosk`` before it copies
anything, makes no Startup-folder kiosk shortcut any more, and both guides say so.
"""

from __future__ import annotations

from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
INSTALL = PACKAGING / "windows" / "install.ps1"


def test_install_ps1_refuses_kiosk_before_installing_anything() -> None:
    script = INSTALL.read_text(encoding="utf-8")
    refusal = script.index("if ($Kiosk) {")
    assert script.index("exit 2", refusal) < script.index("Copy-Item")
    assert "-Kiosk is refused" in script
    assert "New-Shortcut $Startup" not in script  # no kiosk at sign-in any more
    assert "Remove-Item -Force $Startup" in script  # and an old one is removed


def test_the_guides_say_windows_is_not_a_kiosk_platform() -> None:
    guide = (PACKAGING / "README.md").read_text(encoding="utf-8")
    windows = (PACKAGING / "windows" / "README.md").read_text(encoding="utf-8")
    assert "**Kiosks run on Linux only.**" in guide
    assert "## Not a kiosk platform" in windows
    assert "Windows is a platform for mediator workstations" in windows
    assert "Write-Warning" in (PACKAGING / "windows" / "apply-assigned-access.ps1").read_text()
