"""Báo cáo: choose a report, an organisation and a day; save .xlsx, or preview the PDF."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from handbook.reports.build import ReportKind
from tests.forms.pdftools import pdf_text
from tests.ui.conftest import Commune, FakeDialogs
from ui.cases import preview
from ui.reports.page import ReportsPage


def make_page(session, runner, qtbot) -> ReportsPage:
    page = ReportsPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.org.count() > 1)
    return page


def test_save_structure_as_xlsx(
    app, commune: Commune, session, runner, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    page = make_page(session, runner, qtbot)
    page.show_report(ReportKind.STRUCTURE)
    assert not page.start.isEnabled()
    page.org.setCurrentIndex(page.org.findData(commune.cells["Thôn Đông"]))
    dialogs.save_path = tmp_path / "co-cau.xlsx"
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    assert dialogs.save_path.exists(), dialogs.errors
    wb = load_workbook(BytesIO(dialogs.save_path.read_bytes()))
    rows = list(wb["Giới tính"].iter_rows(values_only=True))
    total = next(r for r in rows if r[0] == "Tổng cộng")
    assert total[1] == 4
    assert "Đã lưu báo cáo" in page.result.text()


def test_preview_and_bad_period(
    app, commune: Commune, session, runner, dialogs: FakeDialogs, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bytes] = []
    monkeypatch.setattr(preview, "show_pdf", lambda parent, runner, pdf, **kw: shown.append(pdf))
    page = make_page(session, runner, qtbot)
    page.show_report(ReportKind.CHANGES)
    assert page.start.isEnabled()
    page.start.setDate(QDate(2020, 12, 31))
    page.end.setDate(QDate(2020, 1, 1))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not shown and "trước ngày bắt đầu" in dialogs.errors[-1]
    page.start.setDate(QDate(2020, 1, 1))
    page.end.setDate(QDate(2020, 12, 31))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert shown
    text = " ".join(pdf_text(shown[0]).split())
    assert "BÁO CÁO BIẾN ĐỘNG ĐẢNG VIÊN" in text and "Không có đảng viên nào" in text
