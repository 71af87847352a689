"""``handbook report …`` as a subprocess: .xlsx read back with openpyxl, PDFs read as text."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import PASSWORD, CliResult
from tests.forms.pdftools import pdf_text
from tests.reports.conftest import Town

Cli = Callable[..., CliResult]


def run(cli: Cli, town: Town, *args: str) -> CliResult:
    root = str(town.vault.paths.root)
    return cli("report", args[0], root, *args[1:], "--user", "truongban", password=PASSWORD)


@pytest.fixture
def closed(town: Town) -> Town:
    town.vault.close()
    return town


def test_changes_as_xlsx_and_pdf(closed: Town, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "bien-dong.xlsx"
    result = run(cli, closed, "changes", "--from", "01/01/2026", "--to", "31/03/2026", "--out", str(out))
    assert result.code == 0, result.err
    assert str(out) in result.out
    assert out.stat().st_mode & 0o077 == 0
    wb = load_workbook(BytesIO(out.read_bytes()))
    assert wb.sheetnames == ["Tổng hợp", "Danh sách"]
    rows = [[c for c in r if c is not None] for r in wb["Tổng hợp"].iter_rows(values_only=True)]
    assert ["BÁO CÁO BIẾN ĐỘNG ĐẢNG VIÊN"] in rows
    east = next(r for r in rows if r and r[0] == "Chi bộ thôn Đông")
    heading = next(r for r in rows if r and r[0] == "Chi bộ")
    assert east[heading.index("Kết nạp")] == 1
    names = [r[1] for r in wb["Danh sách"].iter_rows(values_only=True) if r[1]]
    assert "Nguyễn Văn An" in names and "Lê Văn Cường" in names

    pdf = tmp_path / "bien-dong.pdf"
    assert run(cli, closed, "changes", "--from", "01/01/2026", "--to", "31/03/2026", "--out", str(pdf)).code == 0
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "BÁO CÁO BIẾN ĐỘNG ĐẢNG VIÊN" in text
    assert "Từ ngày 01/01/2026 đến ngày 31/03/2026" in text
    assert "Nguyễn Văn An" in text and "Từ trần" in text


@pytest.mark.parametrize(
    ("kind", "args", "expected"),
    [
        ("structure", ("--to", "01/06/2026"), "BÁO CÁO CƠ CẤU ĐẢNG VIÊN"),
        ("badges", ("--to", "02/09/2026"), "Trần Thị Bình"),
        ("round", ("--year", "2026"), "NHẬN XÉT ĐẢNG VIÊN NƠI CƯ TRÚ"),
        ("cells", ("--to", "01/06/2026", "--org", "Chi bộ thôn Tây"), "Chi bộ thôn Tây"),
    ],
)
def test_each_report_as_pdf(
    closed: Town, cli: Cli, tmp_path: Path, kind: str, args: tuple[str, ...], expected: str
) -> None:
    out = tmp_path / f"{kind}.pdf"
    result = run(cli, closed, kind, *args, "--out", str(out))
    assert result.code == 0, result.err
    assert expected in " ".join(pdf_text(out.read_bytes()).split())


def test_bad_input_is_a_sentence_and_no_file(closed: Town, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    bad = run(cli, closed, "changes", "--from", "31/03/2026", "--to", "01/01/2026", "--out", str(out))
    assert bad.code == 2 and "trước ngày bắt đầu" in bad.err and not out.exists()
    gone = run(cli, closed, "structure", "--to", "01/06/2026", "--org", "Chi bộ thôn Cũ", "--out", str(out))
    assert gone.code == 2 and "không tồn tại vào 01/06/2026" in gone.err and not out.exists()
    ext = run(cli, closed, "cells", "--out", str(tmp_path / "x.docx"))
    assert ext.code == 2 and ".xlsx hoặc .pdf" in ext.err


def test_an_empty_selection_is_an_empty_report(closed: Town, cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "trong.pdf"
    result = run(cli, closed, "badges", "--to", "02/09/2026", "--org", "Chi bộ thôn Tây", "--out", str(out))
    assert result.code == 0 and "Không có đảng viên nào" in result.out
    assert "Không có đảng viên nào trong phạm vi đã chọn" in " ".join(pdf_text(out.read_bytes()).split())
