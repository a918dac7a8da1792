"""The portal client's and the flows' modules are loaded on the first input, not at
start-up (issue 13 §3): an untouched process, such as a kiosk waiting at its attract
screen, does not hold them (bench/RESULTS.md, session 8)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton

from assist_desk.app import AppContext
from assist_desk.context import FeatureContext
from assist_desk.session.first_input import FirstInputWatch
from tests.app_fixtures import StartApplication

WARM_UPS = {
    "warm:portal-client",
    "warm:flow-controllers",
    "warm:field-checks",
    "warm:search-index-fr",  # the content pack was loaded (wait=True)
}


def test_the_watch_calls_back_once_after_the_first_press(qtbot: Any) -> None:
    calls: list[str] = []
    watch = FirstInputWatch(lambda: calls.append("first input"))
    button = QPushButton("Continuer")
    qtbot.addWidget(button)
    button.show()
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    try:
        qtbot.wait(20)
        assert calls == []
        assert watch.waiting
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert clicked == [True]  # the press was not swallowed
        qtbot.waitUntil(lambda: calls == ["first input"], timeout=2000)
        assert not watch.waiting
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.wait(20)
        assert calls == ["first input"]  # once per process
    finally:
        watch.stop()


def test_the_pointer_moving_over_the_window_is_a_first_input(qtbot: Any) -> None:
    calls: list[str] = []
    watch = FirstInputWatch(lambda: calls.append("first input"))
    button = QPushButton("Continuer")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    try:
        qtbot.wait(20)
        assert calls == []
        qtbot.mouseMove(button, QPoint(5, 5))
        qtbot.mouseMove(button, QPoint(8, 8))
        qtbot.waitUntil(lambda: calls == ["first input"], timeout=2000)
    finally:
        watch.stop()


def test_a_key_is_a_first_input_too(qtbot: Any) -> None:
    calls: list[str] = []
    watch = FirstInputWatch(lambda: calls.append("first input"))
    button = QPushButton("Continuer")
    qtbot.addWidget(button)
    button.show()
    try:
        qtbot.keyClick(button, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: calls == ["first input"], timeout=2000)
    finally:
        watch.stop()


def test_a_stopped_watch_never_calls_back(qtbot: Any) -> None:
    calls: list[str] = []
    watch = FirstInputWatch(lambda: calls.append("first input"))
    watch.stop()
    button = QPushButton("Continuer")
    qtbot.addWidget(button)
    button.show()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    assert calls == []


@pytest.fixture
def warm_ups(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the warm-ups started (each still runs in its worker)."""
    started: list[str] = []
    real = FeatureContext.warm_up

    def record(self: FeatureContext, name: str, function: Any) -> Any:
        started.append(name)
        return real(self, name, function)

    monkeypatch.setattr(FeatureContext, "warm_up", record)
    return started


def test_the_warm_ups_wait_for_the_first_click(
    app_context: StartApplication, qtbot: Any, warm_ups: list[str]
) -> None:
    context: AppContext = app_context(wait=True)
    window = context.window
    window.show()
    qtbot.waitExposed(window)
    assert warm_ups == []  # ready and settled, nobody has touched it yet
    qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    qtbot.waitUntil(lambda: set(warm_ups) == WARM_UPS, timeout=2000)
    qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    qtbot.wait(20)
    assert sorted(warm_ups) == sorted(WARM_UPS)  # once
