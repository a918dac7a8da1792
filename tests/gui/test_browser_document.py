"""The browser's document panel (a downloaded receipt, a printed page): it keeps no
citizen's pages once printed or cleared (issue 15: the next citizen finds nothing)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextDocument

from assist_desk.sandbox.receipt_pdf import receipt_pdf
from assist_desk.views.browser.document import DocumentPanel


def test_printing_leaves_no_copy_of_the_pages_in_the_panel(qtbot: Any, tmp_path: Path) -> None:
    pdf = tmp_path / "recu.pdf"
    pdf.write_bytes(receipt_pdf(["Récépissé", "CANARY-PRINT"]))
    panel = DocumentPanel()
    qtbot.addWidget(panel)
    assert panel.show_pdf(pdf)
    for _ in range(3):  # three citizens print, one after the other
        document = panel.print_document()
        assert document is not None
        assert document.resource(QTextDocument.ResourceType.ImageResource, "page0.png")
        del document
    gc.collect()
    assert panel.findChildren(QTextDocument) == []
    panel.clear()
    assert panel.images == []
    assert panel.print_document() is None
