"""The Arabic kiosk read through AT-SPI: attract, home, FAQ, and the idle warning's
announcement (issue 19: M1, M2, B1 in Arabic)."""

from __future__ import annotations

import re

from tests.atspi.desktop import RunningApp
from tests.atspi.nodes import dump, find, find_all, pruned

HOME = "ماذا تريد أن تفعل؟"
STILL_THERE = "هل ما زلت هنا؟"
COUNT = re.compile(r"^[0-9]+ سؤال")


def test_arabic_kiosk_and_its_idle_warning(kiosk_ar: RunningApp) -> None:
    app = kiosk_ar
    app.wait_until(
        lambda: find_all(app.tree(), "push button", "المس الشاشة للبدء"), "the attract screen"
    )
    attract = pruned(app.tree())
    print(dump(attract))
    assert find(attract, "heading")["name"].startswith("مرحبًا")
    # m2: the languages are one choice (radio buttons), the current one checked.
    languages = find_all(attract, "radio button")
    assert [node["name"] for node in languages] == ["Français", "English", "العربية"]
    assert [("checked" in node["states"]) for node in languages] == [False, False, True]
    # The only check boxes: the display options, each on or off (K-5, issue 14).
    assert [node["name"] for node in find_all(attract, "check box")] == ["نص أكبر", "تباين عالٍ"]
    # … grouped under the question, which a screen reader says on entering them.
    group = find(attract, "panel", "اختر لغتك:")
    assert [node["name"] for node in group["children"]] == ["Français", "English", "العربية"]

    app.act("push button", "المس الشاشة للبدء")  # named by its words (WCAG 2.5.3)
    app.wait_until(lambda: find_all(app.tree(), "heading", HOME), "the Arabic home screen")
    # The full-screen kiosk window is the focus window: a screen reader hears each move
    # (on X11 a stay-on-top window never was, and Orca said nothing after the start).
    app.wait_until(app.focused, "a focused control on the home screen")
    app.settle()
    app.key("Tab")
    moves = app.focus_moves(app.settle())
    assert moves, "Tab at the kiosk sends a focus event"
    assert "frame" not in moves[-1]
    home = pruned(app.tree())
    print(dump(home))
    assert find(home, "frame")["name"] == "الصفحة الرئيسية — assist_desk"
    tiles = [node for node in find_all(home, "push button") if node["description"]]
    assert "أسئلة وأجوبة" in [tile["name"] for tile in tiles]

    # The FAQ in Arabic: a list of the questions in Arabic, each described by its
    # theme (the content pack has the Arabic texts; "ANTS" stays in Latin).
    app.act("push button", "أسئلة وأجوبة")
    app.wait_until(lambda: find_all(app.tree(), "heading", "أسئلة وأجوبة"), "the Arabic FAQ")
    faq = pruned(app.tree())
    print(dump(faq, limit=60)[:4000])
    results = find(faq, "list")
    questions = [item for item in results["children"] if "selectable" in item["states"]]
    # (Spoken names carry no invisible bidi isolates: the list's own text keeps them.)
    # The pack's frequent questions come first (O-1), under their own title.
    assert questions[0]["name"] == "نسيت كلمة المرور في ANTS."
    assert questions[0]["description"] == "أسئلة متكررة"  # its group
    counts = [node["name"] for node in find_all(faq, "label") if COUNT.match(node["name"])]
    assert len(counts) == 1, counts  # "90 سؤالاً": as many as the pack has

    # K-4 at the kiosk: Enter on a question opens its own page, the answer focused and
    # announced; the big Back returns the focus to that question (a focus event).
    app.key("Tab", "Tab")  # the search box → the topic → the list
    events = app.wait_for_event(lambda e: e["type"] == "focus:" and e["role"] == "list", "list")
    first = questions[0]["name"]
    assert f"list item:{first}" in app.focus_moves(events)
    app.key("Return")
    events = app.wait_for_event(
        lambda e: e["type"] == "object:announcement", "the answer announced"
    )
    assert "label:الجواب" in app.focus_moves(events)
    assert events[-1]["text"].startswith(first)
    page = pruned(app.tree())
    assert not find_all(page, "list", "النتائج")  # the answer alone on its page
    app.events()
    app.act("push button", "العودة إلى الأسئلة")
    events = app.wait_for_event(
        lambda e: e["type"] == "focus:" and e["name"] == first, "the focus back on the question"
    )
    assert events[-1]["role"] == "list item"
    assert find(pruned(app.tree()), "list", "النتائج")

    # The idle warning (30 s after the last input): the whole message is announced,
    # interrupting (M2); the title is a heading; the countdown follows politely.
    app.events()
    events = app.wait_for_event(
        lambda e: e["type"] == "object:announcement", "the idle warning announced", seconds=40
    )
    warning = events[-1]
    assert warning["detail1"] == 2
    assert warning["text"].startswith(STILL_THERE)
    assert "ثوان" in warning["text"] or "ثانية" in warning["text"]
    tree = pruned(app.tree())
    print(dump(tree))
    assert find(tree, "heading", STILL_THERE)
    button = find(tree, "push button", "ما زلت هنا")
    assert button["description"] == "متابعة الجلسة"
    events = app.wait_for_event(
        lambda e: e["type"] == "object:announcement", "the countdown announced", seconds=15
    )
    assert events[-1]["detail1"] == 1
    assert events[-1]["text"].startswith("حمايةً لبياناتك")
