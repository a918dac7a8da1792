"""The controlled browser keeps Chromium's sandbox on outside tests (issue 15 §5).

Only tests/web/conftest.py and tests/keyboard/web_view_driver.py turn it off (tests and
CI run as root in containers), and the bundle's smoke test when it runs as root.
The application, its packaging and the kiosk session never do, and the kiosk runs
as an ordinary user, where the sandbox works.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Setting the variable (reading it is fine: the browser stays off as root without it).
SANDBOX_OFF = re.compile(
    r"QTWEBENGINE_DISABLE_SANDBOX\S*\s*=(?!=)|setenv\(\s*\S*QTWEBENGINE_DISABLE_SANDBOX"
    r"|putenv\(\s*\S*QTWEBENGINE_DISABLE_SANDBOX|--no-sandbox|disable-setuid-sandbox"
)


def _files(folder: Path) -> list[Path]:
    """Code and configuration (documentation may name the variable to forbid it)."""
    skipped = {".pyc", ".png", ".md"}
    return [p for p in folder.rglob("*") if p.is_file() and p.suffix not in skipped]


#: Packaging files that name the switch, and why that is not turning it off.
SMOKE_FILES = {
    # Sets the variable for its browser step only when it runs as root (checked below).
    "packaging/smoke.py",
    # Reads the helpers' command lines to see whether they carry --no-sandbox.
    "packaging/web_sandbox.py",
    # Reads the variable and the flag, as QtWebEngine does, to warn when they are set.
    "assist_desk/features/browser.py",
}


def test_the_application_and_its_packaging_never_turn_the_sandbox_off() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _files(ROOT / "assist_desk") + _files(ROOT / "packaging")
        if SANDBOX_OFF.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert sorted(set(offenders) - SMOKE_FILES) == []


def _guards_of_sandbox_settings(tree: ast.AST) -> list[str]:
    """For each assignment to ``env["QTWEBENGINE_DISABLE_SANDBOX"]``: its enclosing if-test."""
    guards = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        for statement in ast.walk(ast.Module(body=node.body, type_ignores=[])):
            if isinstance(statement, ast.Assign) and any(
                isinstance(target, ast.Subscript)
                and isinstance(target.slice, ast.Constant)
                and target.slice.value == "QTWEBENGINE_DISABLE_SANDBOX"
                for target in statement.targets
            ):
                guards.append(ast.unparse(node.test))
    return guards


def test_the_smoke_turns_the_sandbox_off_only_as_root() -> None:
    source = (ROOT / "packaging/smoke.py").read_text(encoding="utf-8")
    settings = len(re.findall(r"\[\"QTWEBENGINE_DISABLE_SANDBOX\"\]\s*=(?!=)", source))
    guards = _guards_of_sandbox_settings(ast.parse(source))
    assert settings == 1
    assert guards == ["as_root"]
    assert re.search(r"as_root = .*os\.geteuid\(\) == 0", source)


def test_the_guard_finder_sees_an_unguarded_setting() -> None:
    unguarded = 'env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"\nif ready:\n    pass\n'
    assert _guards_of_sandbox_settings(ast.parse(unguarded)) == []
    guarded = 'if as_root:\n    env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"\n'
    assert _guards_of_sandbox_settings(ast.parse(guarded)) == ["as_root"]


def test_the_pattern_sees_a_setting() -> None:
    for text in (
        'os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"',
        "Environment=QTWEBENGINE_DISABLE_SANDBOX=1",
        "QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox",
    ):
        assert SANDBOX_OFF.search(text), text
    assert not SANDBOX_OFF.search('os.environ.get("QTWEBENGINE_DISABLE_SANDBOX") == "1"')


def test_only_the_web_tests_turn_it_off() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _files(ROOT / "tests")
        if path.suffix == ".py"
        and path != Path(__file__).resolve()
        and SANDBOX_OFF.search(path.read_text(encoding="utf-8"))
    ]
    # The web tests, the keyboard's own web-view driver (a child process of a test), and
    # the fake /proc command lines of the smoke's sandbox reader (text, never run).
    assert sorted(offenders) == [
        "tests/keyboard/web_view_driver.py",
        "tests/packaging/test_web_sandbox.py",
        "tests/web/conftest.py",
    ]


def test_the_kiosk_session_runs_as_an_ordinary_user() -> None:
    unit = (ROOT / "packaging/linux/kiosk/assist-desk-kiosk.service").read_text(encoding="utf-8")
    users = re.findall(r"^User=(\S+)$", unit, flags=re.MULTILINE)
    assert users
    assert users[0] not in {"root", "0"}


def test_any_value_of_the_switch_or_the_flag_counts_as_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """QtWebEngine turns the sandbox off when the variable is set at all, even to "0"."""
    from assist_desk.features.browser import sandbox_turned_off

    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX", raising=False)
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    assert not sandbox_turned_off()
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", "0")
    assert sandbox_turned_off()
    monkeypatch.delenv("QTWEBENGINE_DISABLE_SANDBOX")
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")
    assert sandbox_turned_off()
