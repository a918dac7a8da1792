"""QR codes of web addresses, drawn by segno (imported on first use: it is not needed
for the first frame). The only place in the package that makes one."""

from __future__ import annotations

import io

from PySide6.QtGui import QImage, QPixmap


def qr_image(text: str, scale: int = 8, border: int = 4) -> QImage:
    """A QR code of ``text``: ``scale`` pixels a module, ``border`` modules of quiet zone.

    Error correction "M" (15 %): a printed or on-screen code still scans when
    slightly dirty or glared. The PNG goes through memory only, never a file.
    """
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=border)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def qr_scale_for(text: str, side: int, border: int = 4) -> int:
    """The whole number of pixels a module that makes the code of ``text`` about
    ``side`` pixels wide, quiet zone included (a whole number keeps it sharp)."""
    import segno

    modules = segno.make(text, error="m").symbol_size(scale=1, border=border)[0]
    return max(2, round(side / modules))


def qr_pixmap(text: str, scale: int = 8, border: int = 4) -> QPixmap:
    """:func:`qr_image` as a pixmap, for a QLabel."""
    return QPixmap.fromImage(qr_image(text, scale, border))
