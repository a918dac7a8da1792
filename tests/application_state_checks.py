"""A test that leaves global state on the shared QApplication fails, and the state is undone.

Every pytest-xdist worker shares one QApplication across the whole suite, so what
one test leaves on it (an override cursor, an open modal or popup) changes the
focus and input of whichever test runs next: failures then depend on the order.
This guard names the leak in the test that made it, then cleans up so the next
test starts clean. A style sheet, catalogue or right-to-left direction left over
is reset without failing (many tests style the application on purpose and rely on
this reset; ``neutral_application`` does the same before a test).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


def leaked_input_state(app: Any) -> list[str]:
    """What a finished test must never leave: it steals the next test's input."""
    leaks = []
    if app.overrideCursor() is not None:
        leaks.append("an override cursor (QApplication.setOverrideCursor without restore)")
    if app.activeModalWidget() is not None:
        leaks.append(f"an open modal widget ({type(app.activeModalWidget()).__name__})")
    if app.activePopupWidget() is not None:
        leaks.append(f"an open popup ({type(app.activePopupWidget()).__name__})")
    return leaks


def undo_input_state(app: Any) -> None:
    """Restore every override cursor and close modals and popups left open."""
    while app.overrideCursor() is not None:
        app.restoreOverrideCursor()
    for _ in range(20):  # each close may reveal the one below it
        widget = app.activePopupWidget() or app.activeModalWidget()
        if widget is None:
            break
        widget.close()


def has_styling_left(app: Any) -> bool:
    from PySide6.QtCore import Qt, QTranslator

    return (
        bool(app.styleSheet())
        or bool(app.findChildren(QTranslator))
        or app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        or bool(app.property("assist_desk_arabic"))
        or bool(app.property("assist_desk_citizen"))
    )


@pytest.fixture(autouse=True)
def application_left_clean() -> Iterator[None]:
    """Fail the test that leaves input state on the QApplication; reset styling after each test."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return  # no widgets application in this process: nothing can leak
    leaks = leaked_input_state(app)
    undo_input_state(app)
    if has_styling_left(app):
        from tests.app_fixtures import reset_application

        reset_application(app)
    if leaks:
        pytest.fail("the test left on the QApplication: " + "; ".join(leaks), pytrace=False)
