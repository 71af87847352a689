"""Small .xlsx lists written with openpyxl for the import wizard's tests."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HEADERS = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Chi bộ"]
NEW_PEOPLE = [
    ["Đỗ Minh Tuấn", "05/06/1980", "Nam", "001080123456", "Chi bộ thôn Đông"],
    ["Bùi Thị Thu Hằng", "12/11/1985", "Nữ", "001185654321", "Chi bộ thôn Đoài"],
    ["Ngô Quang Vinh", "1979", "Nam", "", "Thôn Đông"],
]


def write_list(
    path: Path,
    people: list[list[str]],
    *,
    font: str | None = None,
    encode: object = None,
    title: str = "DANH SÁCH ĐẢNG VIÊN",
) -> Path:
    """A list as offices keep it: a title, an empty row, the header on row 3, then the people."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"

    def text(value: str) -> str:
        return encode(value) if callable(encode) and value else value

    ws.append([text(title)])
    ws.append([])
    ws.append([text(h) for h in HEADERS])
    for n, person in enumerate(people, 1):
        ws.append([n, *(text(v) for v in person)])
    if font is not None:
        for row in ws.iter_rows():
            for c in row:
                c.font = Font(name=font)
    wb.save(path)
    return path
