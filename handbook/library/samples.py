"""Small made-up documents built in memory (PDF with ReportLab, .docx with python-docx) for tests, demo and bench."""

from __future__ import annotations

import io
from collections.abc import Sequence

from handbook.forms.fonts import register_bundled


def make_pdf(pages: Sequence[str], *, password: str | None = None) -> bytes:
    """A PDF with one page per string (Vietnamese text in the bundled serif); empty strings give blank pages."""
    from reportlab.pdfgen import canvas

    font = register_bundled("liberation").regular
    buf = io.BytesIO()
    encrypt = None
    if password is not None:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(password, ownerPassword=password + "-owner", canPrint=0)
    c = canvas.Canvas(buf, encrypt=encrypt, invariant=True)
    for text in pages:
        c.setFont(font, 11)
        y = 800
        for line in _wrap(text, 90):
            c.drawString(50, y, line)
            y -= 14
            if y < 40:
                break
        c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(paragraphs: Sequence[str]) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines
