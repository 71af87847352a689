"""Showing a PDF built in memory in the app's print preview. The screens of this feature call
``preview.show_pdf`` through this module, so there is one place to go through (and to stub in tests)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.operations import Runner
from ui.widgets import pdf_preview


def show_pdf(parent: QWidget | None, runner: Runner, pdf: bytes, *, title: str, suggested_name: str) -> None:
    """Preview, print or save ``pdf`` (nothing is written to disk unless the person saves it)."""
    pdf_preview.show_pdf(parent, runner, pdf, title=title, suggested_name=suggested_name)
