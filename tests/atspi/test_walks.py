"""Tree walks in French and Arabic (issue 19): every screen a citizen meets, read
through AT-SPI, with no text read twice (m3) and no stray node (m5).

One application for both languages (each start costs seconds): a French desk of its own
(``walk_desk``), switched to Arabic with the keyboard as a person would (the language
box, End), then back to French by "End session" (a new person gets the site's
language). The screens are reached by pressing what a person presses; the names come
from the translation files, so the same walk runs in both languages.

With ``ATSPI_DUMPS=<file>`` the walk also writes the trees of the home screen and the
FAQ, and the figures of every screen, to that Markdown file
(docs/accessibility/atspi-dumps.md is made so).
"""

from __future__ import annotations

import datetime
import os
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.atspi.desktop import REPO, BusyApplication, RunningApp
from tests.atspi.nodes import Node, dump, find_all, pruned, walk
from tests.atspi.reading import nameless_containers, read_twice, stray_nodes
from tests.atspi.test_desk_fr import HOME, go_home

#: Details that pass the form's checks, field by field (typed, then wiped by End
#: session): e-mail, first names, birth name, used name (none), birth date, password twice.
PASSWORD = "Ocean-Bleu-2026"
FORM = ("jean.martin@example.fr", "Jean", "Martin", "", "01/02/1980", PASSWORD, PASSWORD)


class Words:
    """The interface's words in one language, from the translation source files."""

    def __init__(self, language: str) -> None:
        self.language = language
        root = ET.parse(REPO / "i18n" / f"assist_desk_{language}.ts").getroot()
        self._words: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.text:
                    self._words[(name, message.findtext("source", ""))] = translation.text

    def __call__(self, context: str, english: str) -> str:
        return self._words[(context, english)]


def switch_to_arabic(app: RunningApp) -> None:
    """From home, Shift+Tab to the language box and End (its last language, Arabic)."""
    for _ in range(6):
        focused = app.focused()
        if focused is not None and focused["role"] == "combo box":
            break
        app.key("shift+Tab")
        app.settle(0.2)
    app.key("End")


class Walk:
    """Visits the screens, keeping each one's tree under a name."""

    def __init__(self, app: RunningApp, words: Words) -> None:
        self.app = app
        self.say = words
        self.trees: dict[str, Node] = {}

    def reach(self, heading: str) -> Node:
        """The tree once the screen with this heading is there and stopped changing (read
        the same twice).

        Between two reads of the whole tree the walk watches only the window's title,
        and settles first: reading every node while Qt deletes the last screen's
        widgets sometimes crashed the application (see the report of issue 19).
        """
        deadline = time.monotonic() + 20
        seen: Node | None = None
        while True:
            self.app.settle(0.25)
            try:
                tree = self.app.tree()
            except BusyApplication:  # one call unanswered in time: ask again
                if time.monotonic() > deadline:
                    raise
                continue
            # The same tree twice: on a busy machine the new screen's heading was read
            # beside the last screen's, on its way out (a third xdist worker, 1 run of 2).
            if find_all(tree, "heading", heading):
                if tree == seen or time.monotonic() > deadline:
                    return tree
                seen = tree
                continue
            if time.monotonic() > deadline:
                raise AssertionError(f"no heading {heading!r} in:\n{dump(tree)}")
            title = self.app.title()
            changed = time.monotonic() + 2
            while self.app.title() == title and time.monotonic() < changed:
                time.sleep(0.1)

    def visit(self, screen: str, heading: str) -> None:
        self.trees[screen] = self.reach(heading)

    def press(self, context: str, english: str) -> None:
        self.app.act("push button", self.say(context, english))

    def home(self) -> None:
        self.press("MainWindow", "Back to the home screen")
        self.reach(self.say("HomeScreen", "What would you like to do?"))

    def go(self) -> dict[str, Node]:
        say, app = self.say, self.app
        self.visit("home", say("HomeScreen", "What would you like to do?"))
        # FAQ, then a question opened (the list, the answer and its related questions).
        self.press("Home", "Questions & answers")
        self.visit("FAQ", say("FaqScreen", "Questions & answers"))
        app.key("Tab", "Tab", "Return")
        app.wait_for_event(lambda e: e["type"] == "object:announcement", "an answer")
        self.visit("FAQ, an answer open", say("FaqScreen", "Questions & answers"))
        self.home()
        # Places, then the places near a postcode.
        self.press("Home", "Help points and town halls")
        self.visit("places", say("PlacesScreen", "Help points and town halls"))
        field = say("PlacesScreen", "Town or postcode")
        app.act("text", field, "SetFocus")
        app.type("75011")
        app.settle(0.3)
        app.key("Return")
        app.wait_for_event(lambda e: e["type"] == "object:announcement", "places found")
        self.visit("places found", say("PlacesScreen", "Help points and town halls"))
        self.home()
        self.account_wizard()
        self.home()
        # Checklists (a list opened is read in test_desk_fr: leaving the screen after
        # that crashed the application on the bus in 3 of 4 runs, before this walk too;
        # see the report of issue 19).
        self.press("Home", "Documents to bring")
        self.visit("checklists", say("ChecklistsScreen", "Documents to bring"))
        return self.trees

    def next_step(self) -> None:
        """Continue: the wizard's default button."""
        self.app.act("push button", None, state="is-default")

    def account_wizard(self) -> None:
        say, app = self.say, self.app
        self.press("Home", "Create an ANTS account")
        # A choice step, then its "choose an answer" alert.
        self.visit("wizard: choice step", say("Flows", "Who is the account for?"))
        self.next_step()
        app.wait_for_event(lambda e: e["type"] == "object:announcement", "choose an answer")
        self.visit("wizard: choice step, no answer", say("Flows", "Who is the account for?"))
        app.act("radio button", None, "Toggle", index=0)  # a private person
        self.next_step()
        # Yes/no questions.
        self.visit("wizard: questions step", say("Flows", "Before we start"))
        app.act("radio button", say("Flows", "Yes"), "Toggle")
        self.next_step()
        self.visit("wizard: sign-in choice", say("Flows", "How do you want to sign in?"))
        # The hand-off to FranceConnect, then back.
        app.act("radio button", say("Flows", "With FranceConnect"), "Toggle")
        self.next_step()
        self.visit("wizard: hand-off (FranceConnect)", say("Flows", "FranceConnect"))
        self.press("Flows", "Back")
        self.reach(say("Flows", "How do you want to sign in?"))
        app.act("radio button", say("Flows", "With an ANTS account"), "Toggle")
        self.next_step()
        # The form sent empty, with its errors, then filled.
        self.reach(say("Flows", "Your details"))
        self.next_step()
        app.wait_for_event(lambda e: e["type"] == "object:announcement", "the error summary")
        self.visit("wizard: form step with errors", say("Flows", "Your details"))
        self.fill_form()
        self.next_step()
        # The Terms (from the training portal), then the declaration.
        self.visit("wizard: terms step", say("Flows", "Terms of Use"))
        app.act("check box", say("Flows", "I have read the Terms of Use"), "Toggle")
        self.next_step()
        self.visit("wizard: declaration step", say("Flows", "Please read carefully"))

    def fill_form(self) -> None:
        """Type the details as a person would: first field, then Tab to the next."""
        app = self.app
        app.act("text", None, "SetFocus", index=0)
        app.settle(0.2)
        for index, value in enumerate(FORM):
            if value:
                app.type(value)
            if index < len(FORM) - 1:
                app.key("Tab")
        app.settle(0.3)


def problems(trees: dict[str, Node]) -> dict[str, list[str]]:
    """Per screen: what is read twice, the stray nodes, and a title that is not the one
    heading of the screen (M1)."""
    found = {screen: read_twice(tree) + stray_nodes(tree) for screen, tree in trees.items()}
    for screen, tree in trees.items():
        headings = [node["name"] for node in find_all(tree, "heading")]
        if len(headings) != 1:
            found[screen].append(f"headings {headings}: one title, a heading, is expected")
    return {screen: lines for screen, lines in found.items() if lines}


WALKS: dict[str, dict[str, Node]] = {}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_screen_is_read_once_without_stray_nodes(
    walk_desk: RunningApp, language: str
) -> None:
    """m3, m5, M1, and the walks of issue 19 in French and Arabic: home, FAQ (list and an
    answer), checklists, places (and a search), and the account wizard's step types:
    choice (and its alert), questions, hand-off, form (with its errors), Terms,
    declaration."""
    app = walk_desk
    go_home(app)
    words = Words(language)
    if language != "fr":
        switch_to_arabic(app)
    trees = Walk(app, words).go()
    WALKS[language] = trees
    try:
        assert problems(trees) == {}
        # Every screen in the walk's language: its window title is translated.
        home = words("HomeScreen", "What would you like to do?")
        assert find_all(trees["home"], "heading", home)
    finally:
        # "End session" (in the walk's language): home in French, for the other tests.
        app.act("push button", words("MainWindow", "End session"))
        app.wait_until(lambda: find_all(app.tree(), "heading", HOME), "home in French")
        app.settle()
    write_dumps()


def write_dumps() -> None:
    """The dumps and figures of the walks done so far, to the file named by ATSPI_DUMPS."""
    target = os.environ.get("ATSPI_DUMPS")
    if not target:
        return
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    lines = [
        "# What a screen reader reads: AT-SPI tree dumps",
        "",
        f"Generated by `tests/atspi/test_walks.py` on {datetime.date.today()} (commit {commit}):",
        "`ATSPI_DUMPS=docs/accessibility/atspi-dumps.md ATSPI_TESTS_REQUIRED=1 "
        "QT_QPA_PLATFORM=offscreen python -m pytest -q tests/atspi/test_walks.py`.",
        "Not written by hand. The trees are what Orca reads (showing nodes only), without",
        "the nameless boxes a screen reader passes through silently; `desc` is the",
        "description, `{…}` the states beyond the usual ones, then the relations.",
        "",
        "## Figures per screen",
        "",
        "| Language | Screen | Nodes | Named | Nameless boxes | Read twice | Stray |",
        "|---|---|---|---|---|---|---|",
    ]
    for language, trees in WALKS.items():
        for screen, tree in trees.items():
            nodes = list(walk(tree))
            named = sum(1 for node in nodes if node["name"].strip())
            lines.append(
                f"| {language} | {screen} | {len(nodes)} | {named} | "
                f"{nameless_containers(tree)} | {len(read_twice(tree))} | "
                f"{len(stray_nodes(tree))} |"
            )
    for language, trees in WALKS.items():
        for screen in ("home", "FAQ", "FAQ, an answer open"):
            tree = dump(pruned(trees[screen]))
            lines += ["", f"## {screen} ({language})", "", "```", tree, "```"]
    Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")
