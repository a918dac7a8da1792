"""The controlled browser's tests: QtWebEngine, offscreen, against the real training portal.

Chromium's sandbox is turned off HERE ONLY, for each test of this folder: tests and CI
run as root in containers, where the sandbox cannot start. A kiosk runs as an ordinary
user with the sandbox on; the application never sets this variable (tests/packaging
checks it). Per test, not at import: the whole suite shares worker processes, and the
kiosk tests elsewhere check the application as root without the variable (the browser
stays off, the QR codes stay).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

if QApplication.instance() is None:  # QtWebEngine shares OpenGL contexts with the window
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)

#: What Qt says on a machine without a GPU before QtWebEngine falls back to software
#: rendering (offscreen in CI): not ours, and not a fault of the browser.
NO_GPU_MESSAGES = (
    "QRhiGles2: Failed to create",
    "Failed to create RHI",
    "This plugin does not support createPlatformVulkanInstance",
    "QVulkanInstance: Failed to initialize Vulkan",
    "GBM is not supported",
    "GPUInfo not initialized",
)


@pytest.fixture(autouse=True)
def _sandbox_off_in_web_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QTWEBENGINE_DISABLE_SANDBOX", "1")


def pytest_collection_modifyitems(items: list[Any]) -> None:
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(*NO_GPU_MESSAGES))
