"""The screen tour's command line and how ``--only`` picks its scene modules.

The tours themselves run as processes of their own in tests/a11y/test_tour.py (the
``--only`` cases and the two full tours, which check every scene module runs to the
end), tests/a11y/test_narrow_kiosk_flows.py and tests/web/test_tour_browser.py.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assist_desk import tour
from assist_desk.cli import build_parser
from assist_desk.tours.scene import Scene
from tests.a11y.test_tour import CASES, FULL_TOUR_SCENES

ROOT = Path(__file__).resolve().parents[2]


def test_tour_size_option_is_checked() -> None:
    args = build_parser().parse_args(["tour", "--out", "x", "--size", "1920x1080"])
    assert args.size == (1920, 1080)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["tour", "--out", "x", "--size", "big"])


class _Module:
    """A scene module that records whether its scenes (and so its set-up) ran."""

    def __init__(self, name: str, declared: set[str], yielded: list[str]) -> None:
        self.__name__ = name
        self.declared = frozenset(declared)
        self.yielded = yielded
        self.entered = False

    def scene_names(self) -> frozenset[str]:
        return self.declared

    async def scenes(self, _tour: Any) -> AsyncIterator[Scene]:
        self.entered = True
        for name in self.yielded:
            yield Scene(name, name)


def _walk(modules: tuple[Any, ...], only: str | None) -> list[str]:
    shown: list[str] = []
    fake_tour: Any = SimpleNamespace(window=SimpleNamespace(show_screen=shown.append))
    failures = asyncio.run(tour.walk(fake_tour, modules, only))
    assert shown == ["home"] * sum(module.entered for module in modules)
    return failures


def test_only_skips_the_modules_without_a_matching_scene_and_their_set_up() -> None:
    accounts = _Module("accounts", {"account-01-profile"}, [])
    places = _Module("places", {"offline-04-places", "offline-04b-place"}, [])
    assert _walk((accounts, places), "offline-04") == []
    assert (accounts.entered, places.entered) == (False, True)
    # A part of a name in the middle counts, as --only TEXT always did.
    assert _walk((accounts, places), "b-pl") == []
    assert not accounts.entered
    everything = _Module("all", {"home"}, [])
    assert _walk((everything,), None) == []
    assert everything.entered


def test_a_scene_named_outside_its_declared_names_fails_its_module() -> None:
    """--only relies on the declared names: a scene missing from them fails the tour."""
    module = _Module("kiosk", {"kiosk-01-attract"}, ["kiosk-09-new"])
    failures = _walk((module,), "kiosk-0")
    assert len(failures) == 1
    assert "kiosk: ValueError" in failures[0]
    assert "'kiosk-09-new'" in failures[0]


def _only_values() -> list[str]:
    """Every --only TEXT of the Makefile, the bundle's smoke and the tests' tours."""
    texts = [case[2] for case in CASES]
    for path in ("Makefile", "packaging/smoke.py", "tests/web/test_tour_browser.py"):
        source = (ROOT / path).read_text(encoding="utf-8")
        texts += re.findall(r'--only["\s,]+"?([a-z0-9_.-]+)', source)
    return texts


def test_every_only_used_selects_a_scene_module() -> None:
    texts = _only_values()
    assert {"home", "browser", "account-0", "request-10-vehicle"} <= set(texts)
    for text in texts:
        assert any(tour.selected(module, text) for module in tour.scene_modules()), text


def test_declared_scene_names_are_valid_and_each_has_one_module() -> None:
    owner: dict[str, str] = {}
    for module in tour.scene_modules():
        for name in module.scene_names():
            assert tour._NAME.match(name), name
            assert name not in owner, (name, owner.get(name), module.__name__)
            owner[name] = module.__name__
    for name in FULL_TOUR_SCENES:
        assert name in owner
