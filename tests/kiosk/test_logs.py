"""Logs carry structured events without citizens' values (issue 17, L3 and M5)."""

from __future__ import annotations

import ast
import json
import logging
from pathlib import Path

import pytest

from assist_desk.logs import JsonFormatter, redact
from tests.kiosk.deep import deep_holding
from tests.kiosk.helpers import Canary

PACKAGE = Path(__file__).resolve().parents[2] / "assist_desk"
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical", "log"}


def formatted(message: str, *args: object, error: BaseException | None = None) -> dict:
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, message, args, None)
    if error is not None:
        try:
            raise error
        except BaseException as raised:
            record.exc_info = (type(raised), raised, raised.__traceback__)
    return json.loads(JsonFormatter().format(record))


def test_the_test_canary_is_unknown_to_the_redactor() -> None:
    """Else a log check with it could never fail (M5)."""
    canary = Canary()
    assert canary.needle() in redact(canary.text())
    assert canary.needle() in redact(f"given {canary.text()} here")


@pytest.mark.parametrize(
    "real",
    [
        "given_names=Jean family_name=Dupont",
        "birth_date=14/07/1985",
        "born 1985-07-14",
        "password=Correct-horse-42",
        "pre-application number ab12cd34ef",
        "pre-application number AB12 CD34 EF",
        "pre-application number AB 12 CD 34 EF",
        "address=12 rue de la Paix 75002 Paris",
        "lives at 3 bis avenue Victor Hugo, 69003 Lyon",
        "call 06 12 34 56 78",
        "mail jean.dupont@example.org",
    ],
)
def test_the_second_net_masks_personal_data(real: str) -> None:
    masked = redact(real)
    print(repr(real), "->", repr(masked))
    for value in ("Jean", "Dupont", "1985", "Correct-horse", "ab12", "AB12", "CD 34", "Paix"):
        assert value not in masked
    for value in ("Victor", "Lyon", "56 78", "jean.dupont"):
        assert value not in masked


@pytest.mark.parametrize(
    "kept",
    [
        "session wiped (end) in 4.5 ms, 0 failed steps",
        "flow account: portal error timeout (E_TIMEOUT)",
        "mediator state: unlocked",
        "activation navigation connection",
    ],
)
def test_the_second_net_keeps_ordinary_messages(kept: str) -> None:
    assert redact(kept) == kept


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("unlocked", "unlocked"),
        ("E_TIMEOUT", "E_TIMEOUT"),
        ("StorageUnavailable", "StorageUnavailable"),
        ("Dupont", "[text]"),
        ("Jean Dupont", "[text]"),
        ("jean.dupont@example.org", "[text]"),
        ("12 rue de la Paix", "[text]"),
    ],
)
def test_which_texts_are_written(value: str, written: str) -> None:
    assert formatted("value %s", value)["msg"] == f"value {written}"


def test_only_safe_values_fill_the_placeholders() -> None:
    canary = Canary()
    entry = formatted(
        "checked %s for %s (%d, %s, %s)", "passport", canary.text(), 3, None, ValueError("x")
    )
    assert entry["msg"] == "checked passport for [text] (3, None, <ValueError>)"


def test_a_traceback_keeps_types_and_places_but_no_message() -> None:
    canary = Canary()
    entry = formatted(
        "flow operation failed", error=ValueError(f"invalid literal: {canary.text()!r}")
    )
    text = json.dumps(entry)
    assert canary.needle() not in text
    assert entry["exc"] == "ValueError"
    assert entry["trace"]
    assert entry["trace"][0].startswith("test_logs.py:")


def test_log_calls_pass_values_apart() -> None:
    """No f-string, ``%`` or ``.format`` in a log call's message: the template stays constant."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in LOG_METHODS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("log", "logger", "logging")
                and node.args
            ):
                continue
            message = (
                node.args[1] if node.func.attr == "log" and len(node.args) > 1 else node.args[0]
            )
            if not isinstance(message, ast.Constant):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


class Holder:
    pass


def test_the_memory_detector_finds_dicts_tuples_and_bytes() -> None:
    canary = Canary()
    leak = Holder()
    leak.data = {"given_names": canary.text()}  # untracked by the GC: strings only
    leak.pair = (canary.text(),)
    leak.raw = canary.email().encode()
    hits = deep_holding(canary.needle())
    print("HITS", hits)
    assert len(hits) == 3
    del leak, hits
    assert deep_holding(canary.needle()) == []
