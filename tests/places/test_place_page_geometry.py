"""A place's details never overlap its QR code (the desktop tour's "offline-04b-place"
showed the address drawn over the code): in the whole application, French and Arabic,
at a workstation (1280×800) and at a kiosk (1920×1080), no two visible siblings of the
places screen overlap once a place is open."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QToolButton, QWidget

from assist_desk.views.places import ROLE_HIT, PlacesScreen


def overlapping_siblings(root: QWidget) -> list[str]:
    """Every pair of visible sibling widgets under ``root`` whose rectangles cross
    (more than 2 px each way: a shared border is not an overlap)."""
    found: list[str] = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        children = [
            child
            for child in parent.children()
            if isinstance(child, QWidget) and child.isVisible() and not child.isWindow()
        ]
        for index, first in enumerate(children):
            for second in children[index + 1 :]:
                cross = first.geometry().intersected(second.geometry())
                if cross.width() > 2 and cross.height() > 2:
                    found.append(
                        f"{first.objectName() or type(first).__name__} {first.geometry()} over "
                        f"{second.objectName() or type(second).__name__} {second.geometry()}"
                    )
    return found


@pytest.mark.parametrize(
    ("mode", "lang", "size"),
    [
        ("training", "fr", (1280, 800)),
        ("training", "ar", (1280, 800)),
        ("kiosk", "fr", (1920, 1080)),
        ("kiosk", "ar", (1920, 1080)),
    ],
)
def test_an_open_place_overlaps_nothing(
    qtbot: Any,
    app_context: Any,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    lang: str,
    size: tuple[int, int],
) -> None:
    monkeypatch.setenv("ASSIST_DESK_TRAINING_KIOSK", "true")  # a kiosk on the training portal
    context = app_context("--mode", mode, "--lang", lang)
    window = context.window
    window.resize(*size)
    window.show()
    window.show_screen("places")
    screen = window.current_screen()
    assert isinstance(screen, PlacesScreen)
    qtbot.waitUntil(lambda: screen.controller.ready, timeout=15000)
    screen.search_edit.setText("75011")
    screen.search()
    qtbot.wait(100)  # the list filled
    row = next(
        r
        for r in range(screen.results.count())
        if isinstance(screen.results.item(r).data(ROLE_HIT), int)
    )
    # The search field's clear button is inside the field, whole (it was cut to a sliver);
    # at a kiosk it is a button of its own beside the field (test_kiosk_clear_button.py).
    clear = [b for b in screen.search_edit.findChildren(QToolButton) if b.isVisible()]
    assert len(clear) == (0 if mode == "kiosk" else 1)
    assert screen.clear_search.isVisible() == (mode == "kiosk")
    for button in clear:
        assert screen.search_edit.rect().contains(button.geometry()), button.geometry()
        assert min(button.width(), button.height()) >= 24
    item = screen.results.item(row)
    screen.results.setCurrentItem(item)
    screen.results.itemActivated.emit(item)
    qtbot.wait(100)  # the details claim their height one turn later
    assert screen.qr.isVisible()
    assert screen.details.isVisible()
    assert overlapping_siblings(screen) == []
    # The details end above the code, in the window's own coordinates too.
    details_bottom = screen.details.mapTo(window, screen.details.rect().bottomLeft()).y()
    qr_top = screen.qr.mapTo(window, screen.qr.rect().topLeft()).y()
    assert details_bottom < qr_top
    assert screen.details.height() >= screen.details.heightForWidth(screen.details.width())
    # The text keeps a reading padding inside its focus frame (it touched it: issue 14 AR-2).
    text_area = screen.details.contentsRect()
    assert text_area.top() >= 8
    assert screen.details.width() - text_area.right() >= 8
