"""Shared pieces of the kiosk tests: a fake clock for the started app, a citizen form."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from assist_desk.app import AppContext
from assist_desk.features.kiosk import Kiosk
from assist_desk.views.screen import Screen


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def with_clock(context: AppContext, clock: FakeClock) -> AppContext:
    """The kiosk's idle and re-lock monitors read ``clock`` from now on."""
    kiosk = kiosk_of(context)
    for monitor in (kiosk.idle, kiosk.relock):
        monitor.clock = clock
        monitor.set_active(monitor.active)
    return context


def idle_warning_at_200_percent(
    qtbot: Any, app_context: Any, monkeypatch: Any, lang: str, size: tuple[int, int]
) -> tuple[AppContext, Any]:
    """A kiosk of ``size`` with text at 200 %, its idle warning shown over the home."""
    from PySide6.QtCore import Qt

    from tests.a11y.helpers import settle, shown

    monkeypatch.setenv("ASSIST_DESK_FONT_SCALE", "2.0")
    context = shown(qtbot, app_context("--lang", lang, "--mode", "kiosk"))
    window = context.window
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*size)
    settle()
    window.show_screen("home")
    settle()
    warning = kiosk_of(context).warning
    warning.show_countdown(context.settings.idle_warning_s)
    settle()
    return context, warning


def kiosk_of(context: AppContext) -> Kiosk:
    kiosk = context.features.kiosk
    assert isinstance(kiosk, Kiosk)
    return kiosk


class CitizenFormScreen(Screen):
    """A screen where a citizen types a name, an e-mail and a note (like a flow step).

    Its ``clear_citizen_data`` drops only the list model, on purpose: the line
    edits and the note must be emptied by the application's generic wipe.
    """

    screen_id = "citizen_form"

    def __init__(self) -> None:
        super().__init__()
        self.name = QLineEdit()
        self.name.setObjectName("citizenName")
        self.email = QLineEdit()
        self.email.setObjectName("citizenEmail")
        self.note = QPlainTextEdit()
        self.history = QStringListModel()
        self.list = QListView()
        self.list.setModel(self.history)
        self.name_label = QLabel("Name")
        self.name_label.setBuddy(self.name)
        self.email_label = QLabel("E-mail")
        self.email_label.setBuddy(self.email)
        form = QFormLayout(self)
        form.addRow(self.name_label, self.name)
        form.addRow(self.email_label, self.email)
        form.addRow("Note", self.note)
        form.addRow("Recent", self.list)

    def remember(self) -> None:
        self.history.setStringList([self.name.text(), self.email.text()])

    def window_title(self) -> str:
        return "Citizen form"

    def retranslate_ui(self) -> None:
        pass

    def initial_focus(self) -> QWidget | None:
        return self.name

    def clear_citizen_data(self) -> None:
        self.history.setStringList([])


#: The canary's letters: consonants only, so that no word, number, code or date
#: pattern of the log redactor (assist_desk.logs.redact) ever matches it.
_CANARY_LETTERS = "bcdfghjklmnpqrstvwxz"


class Canary:
    """A unique marker typed as a citizen would type a name.

    The log redactor does not know it (it has no digits and is no e-mail, date or
    code), so a log check with it can fail. The full string is only ever built on
    demand, so the test itself keeps no copy for the memory detectors to find.
    """

    def __init__(self) -> None:
        self.uid = uuid.uuid4()

    def _word(self) -> str:
        return "".join(_CANARY_LETTERS[byte % len(_CANARY_LETTERS)] for byte in self.uid.bytes)

    def text(self) -> str:
        return f"Canari-{self._word()}"

    def email(self) -> str:
        return f"canari.{self._word()}@example.org"

    def needle(self) -> str:
        return self._word()


def widget_texts(widget: QWidget) -> list[str]:
    """Every text a widget shows or exposes, including undo history and models."""
    texts = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.accessibleName(),
        widget.accessibleDescription(),
        widget.statusTip(),
        widget.whatsThis(),
    ]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.placeholderText()]
        if widget.isUndoAvailable():
            texts.append("<undo available>")  # no undo history may survive a wipe
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
        if widget.document().isUndoAvailable():
            texts.append("<undo available>")
    elif isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
        texts.append(widget.currentText())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += model_texts(widget.model())
    return [t for t in texts if t]


def model_texts(model: Any) -> list[str]:
    from PySide6.QtCore import QModelIndex, Qt

    found: list[str] = []

    def columns(parent: Any) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model hides columnCount
            return 1

    def walk(parent: Any) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                    value = model.data(index, role)
                    if value is not None:
                        found.append(str(value))
                if column == 0 and model.rowCount(index) > 0:
                    walk(index)

    walk(QModelIndex())
    return found


def widgets_holding(needle: str) -> list[str]:
    hits = []
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            if needle in text or text == "<undo available>":
                hits.append(f"{type(widget).__name__}#{widget.objectName()}: {text[:40]}")
    return hits


def gc_strings_holding(needle: str) -> list[str]:
    """Every str or bytes holding ``needle``, reachable transitively from the GC's objects
    and the modules: dicts, tuples and bytes included (see :mod:`tests.kiosk.deep`)."""
    from tests.kiosk.deep import deep_holding

    return deep_holding(needle)


def files_holding(root: Path, needle: str) -> list[str]:
    data = needle.encode()
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                content = path.read_bytes()
            except OSError:
                continue
            if data in content or data in path.name.encode():
                hits.append(str(path.relative_to(root)))
    return hits


def tree_snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }
