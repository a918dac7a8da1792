"""R3 (H3): the checklist Print button of a kiosk leads to Qt's print dialog, where
"Print to File (PDF)" writes anywhere the kiosk account can write, with a file-system
completer; the lockdown only knows QFileDialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
)

from assist_desk.settings import SettingsError, load_settings
from assist_desk.views import printing
from tests.kiosk.helpers import kiosk_of, start_app, stop_app


def _visible(kind: type) -> Any:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def test_kiosk_print_to_file_overwrites_the_site_configuration(
    qtbot: Any, qapp: Any, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The operator followed packaging/site.toml: the kiosk account's own site file.
    site = isolated_home / ".config" / "assist-desk" / "site.toml"
    site.parent.mkdir(parents=True, exist_ok=True)
    site.write_text('mode = "kiosk"\nsite_name = "Mairie"\n', encoding="utf-8")
    monkeypatch.setattr(printing, "has_printer", lambda: True)  # the help point has a printer
    # Keep the preview's QPrinter alive: as shipped, open_preview lets it be freed and the
    # process dies with SIGSEGV as soon as the preview renders (see test_r3b). This is the
    # behaviour once that crash is fixed.
    kept: list[Any] = []
    real_make = printing.make_printer

    def make_and_keep(name: Any = None) -> Any:
        kept.append(real_make(name))
        return kept[-1]

    monkeypatch.setattr(printing, "make_printer", make_and_keep)
    context = start_app(
        qtbot, qapp, "--mode", "kiosk", "--lang", "en", "--portal-url", "http://127.0.0.1:9"
    )
    report: dict[str, Any] = {}
    try:
        window = context.window
        window.show()
        qtbot.waitExposed(window)
        kiosk = kiosk_of(context)
        assert kiosk.lockdown.engaged
        refused: list[str] = []
        kiosk.lockdown.sig_refused.connect(refused.append)
        qtbot.mouseClick(kiosk.attract.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.has_feature("checklists"), timeout=20000)
        window.show_screen("checklists")
        screen = window.current_screen()
        screen.show_procedure("id_first_adult")
        qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
        preview = _visible(QPrintPreviewDialog)
        assert preview is not None

        def step_dialog() -> None:
            dialog = _visible(QPrintDialog)
            if dialog is None:
                QTimer.singleShot(100, step_dialog)
                return
            printers = dialog.findChild(QComboBox, "printers")
            filename = dialog.findChild(QLineEdit, "filename")
            report["printers"] = [printers.itemText(i) for i in range(printers.count())]
            report["completer_model"] = type(filename.completer().model()).__name__
            report["completer_root"] = filename.completer().model().rootPath()
            printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
            filename.setText("/")
            model = filename.completer().model()
            model.fetchMore(model.index("/"))  # what typing "/" makes the completer do
            QTimer.singleShot(1500, lambda: step_browse(dialog, filename))

        def step_browse(dialog: Any, filename: Any) -> None:
            model = filename.completer().model()
            root = model.index("/")
            report["root_listing"] = sorted(
                model.fileName(model.index(r, 0, root)) for r in range(model.rowCount(root))
            )
            report["refused_before_browse"] = list(refused)
            # (The "…" button is left alone here: the lockdown refuses its QFileDialog, but
            # the static dialog's exec() then never returns: see test_r3c.)
            filename.setText(str(site))
            QTimer.singleShot(500, step_overwrite)
            buttons = dialog.findChild(QDialogButtonBox)
            buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # "Print"

        def step_file_dialog() -> None:
            from PySide6.QtWidgets import QFileDialog, QListView

            box = None
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QFileDialog):
                    box = widget
            report["file_dialog_visible"] = bool(box and box.isVisible())
            if box is not None and box.isVisible():
                report["file_dialog_native"] = box.testOption(
                    QFileDialog.Option.DontUseNativeDialog
                )
                report["file_dialog_dir"] = box.directory().absolutePath()
                view = box.findChild(QListView, "listView")
                model = view.model() if view else None
                if model is not None:
                    root = view.rootIndex()
                    report["file_dialog_listing"] = sorted(
                        str(model.index(r, 0, root).data()) for r in range(model.rowCount(root))
                    )
                box.reject()

        def step_overwrite() -> None:
            box = _visible(QMessageBox)
            if box is None:
                return
            report["question"] = box.text()
            box.button(QMessageBox.StandardButton.Yes).click()

        QTimer.singleShot(100, step_dialog)
        print_action = next(a for a in preview.findChildren(QAction) if a.text() == "Print")
        print_action.trigger()  # Qt runs QPrintDialog::exec() here
        for key, value in report.items():
            print(f"{key}: {value}")
        assert "Print to File (PDF)" in report["printers"]
        assert report["completer_model"] == "QFileSystemModel"
        assert "etc" in report["root_listing"]
        assert "file-dialog" not in refused and "close" not in refused  # nothing refused
        head = site.read_bytes()[:8]
        print("site.toml now starts with", head)
        assert head.startswith(b"%PDF")
        with pytest.raises(SettingsError) as error:
            load_settings(None, {})
        print("next start-up:", error.value.lines)
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, (QPrintDialog, QPrintPreviewDialog)) and widget.isVisible():
                widget.reject()
        stop_app(qtbot, context)
