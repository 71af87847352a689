"""The print preview shows a form from memory, prints every page, and saves only where asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from handbook.forms import comment_sheet, specimen
from tests.forms.pdftools import page_count
from ui.widgets.pdf_preview import show_pdf


def test_preview_print_and_save(app, runner, dialogs, qtbot, tmp_path: Path) -> None:
    pdf = comment_sheet.render_comment_sheets([specimen.specimen_sheet(i) for i in range(3)])
    dialog = show_pdf(None, runner, pdf, title="Phiếu nhận xét", suggested_name="phieu.pdf")
    qtbot.addWidget(dialog)
    assert dialog.page_count == 3 and dialog.pages_label.text() == "3 trang"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(150)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == 3
    assert page_count(out.read_bytes()) == 3
    dialogs.save_path = tmp_path / "luu"  # the user types a name without .pdf
    dialog.save_document()
    assert dialog.saved_to == tmp_path / "luu.pdf" and (tmp_path / "luu.pdf").read_bytes() == pdf


def test_registers_open_in_the_preview(app, session, runner, qtbot, monkeypatch) -> None:
    """Both registers are reachable from the window: the 213 register (Comments) and Mẫu 7 (Members)."""
    from handbook.flow import cases as fc
    from tests.forms.pdftools import pdf_text
    from ui.members.page import MembersPage

    shown: list[tuple[str, bytes]] = []
    monkeypatch.setattr(
        "ui.members.page.show_pdf", lambda _p, _r, pdf, *, title, suggested_name: shown.append((title, pdf))
    )
    page = MembersPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.print_register()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Mẫu 7" in shown[0][0] and "SỔ" in pdf_text(shown[0][1]).upper()
    from handbook.errors import InputError
    from ui.actions.cases import register_213_pdf

    with session.use() as vault:
        fc.open_year(vault, 2025)
        with pytest.raises(InputError) as empty:  # this small commune has nobody registered under 213
            register_213_pdf(vault, 2025, None)
    assert "2025" in empty.value.render("vi")
