"""A minimal one-page PDF receipt, written by hand (no PDF library needed).

The simulated official site (:mod:`assist_desk.sandbox.routes.official`) downloads it so
a trainer can show the browser's download → print preview path.
"""

from __future__ import annotations


def _pdf_text(text: str) -> str:
    """``text`` as a PDF literal string: Latin-1 only (Helvetica), brackets escaped."""
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def receipt_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF showing ``lines`` (uncompressed, Helvetica)."""
    commands = ["BT /F1 16 Tf 72 760 Td 22 TL"]
    commands += [f"({_pdf_text(line)}) Tj T*" for line in lines]
    commands.append("ET")
    stream = " ".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
