"""Showing a library document at a page: a PDF in the app's print preview, a Word or text page as text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from ui.library.actions import PageToShow
from ui.operations import Runner
from ui.widgets import pdf_preview
from ui.widgets.dialogs import WidgetDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("LibraryViewer", text)


def show_page(parent: QWidget | None, runner: Runner, shown: PageToShow) -> QDialog:
    """Open ``shown`` in its own window (nothing is written to disk unless the person saves it)."""
    doc = shown.document
    title = _tr("{title} — trang {page}").format(title=doc.meta.title, page=shown.page)
    if shown.pdf is not None:
        return pdf_preview.show_pdf(
            parent, runner, shown.pdf, title=title, suggested_name=doc.filename, page=shown.page - 1
        )
    text = QPlainTextEdit(shown.text)
    text.setReadOnly(True)
    dialog = WidgetDialog(title, text, width_lines=44, height_lines=36, parent=parent)
    dialog.show()
    return dialog
