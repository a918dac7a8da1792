"""Each test here starts and ends without any catalogue, style or direction left over.

WORKAROUND: ``AppContext.shutdown`` stops its qasync loop, and qasync's ``stop()``
calls ``QApplication.exit()``, after which timers of later tests stop firing
(pitfalls.md section 3, "app_exit"). Here ``exit`` is a no-op during each test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def neutral_application(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from tests.a11y.helpers import reset_application

    monkeypatch.setattr(QApplication, "exit", lambda *args: None)
    reset_application(qapp)
    yield
    reset_application(qapp)
