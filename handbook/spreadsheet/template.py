"""The import template ("Tải mẫu Excel"): the columns the import understands, one example row, built in memory.

Its headers are the export's (so what the app writes, it reads back), minus the columns the import does not
read (STT, Tình trạng). The identity columns (CCCD, CMND, phone, card number) are text cells so Excel keeps
their leading zeros while the office types the list.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from handbook.i18n import DEFAULT_LANG, Lang, Message
from handbook.spreadsheet.columns import Target, match_header
from handbook.spreadsheet.export import BORDER, FONT_NAME, LIST_COLUMNS, check_out
from handbook.spreadsheet.xlsxio import workbook_bytes

_EXAMPLE: dict[str, str] = {
    "field.ho": "Nguyễn",
    "field.dem": "Văn",
    "field.ten": "An",
    "field.gender": "Nam",
    "field.birth_date": "12/03/1975",
    "field.hometown": "Xã Tân An, tỉnh Nghệ An",
    "field.ethnicity": "Kinh",
    "field.religion": "Không",
    "field.cccd": "040075001234",
    "field.cmnd": "",
    "field.phone": "0912345678",
    "field.card_no": "01234567",
    "field.admitted": "03/02/2000",
    "field.official": "03/02/2001",
    "field.education": "12/12",
    "field.theory": "Trung cấp",
    "field.occupation": "Nông dân",
    "field.workplace": "",
    "field.address": "Thôn Trung Hòa, xã Tân An",
    "field.cell": "Chi bộ thôn Trung Hòa",
    "field.note": "",
}


def _columns() -> list[tuple[str, float, bool]]:
    """(header message id, width, kept as text) of each export column the import reads."""
    out: list[tuple[str, float, bool]] = []
    for msg_id, width, is_id in LIST_COLUMNS:
        target = match_header(Message(msg_id).render("vi"))
        if target is not None and target is not Target.IGNORE and msg_id in _EXAMPLE:
            out.append((msg_id, width, is_id))
    return out


def template_columns(lang: Lang = DEFAULT_LANG) -> list[str]:
    """The headers of the columns the import reads, in the template's order."""
    return [Message(msg_id).render(lang) for msg_id, _, _ in _columns()]


def template_bytes() -> bytes:
    """The template as an .xlsx (Vietnamese headers: they are what the import recognises)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    bold = Font(name=FONT_NAME, size=12, bold=True)
    plain = Font(name=FONT_NAME, size=12)
    for c, (msg_id, width, is_id) in enumerate(_columns(), 1):
        head = ws.cell(row=1, column=c, value=Message(msg_id).render("vi"))
        head.font, head.border = bold, BORDER
        example = ws.cell(row=2, column=c, value=_EXAMPLE[msg_id] or None)
        example.font, example.border = plain, BORDER
        ws.column_dimensions[head.column_letter].width = width + 2
        if is_id:
            for r in range(2, 1001):  # the rows an office will type into keep their zeros too
                ws.cell(row=r, column=c).number_format = "@"
    ws.freeze_panes = "A2"
    return workbook_bytes(wb)


def write_template(path: Path, *, overwrite: bool = True) -> Path:
    """Write the template to ``path`` (the only file written)."""
    out = check_out(Path(path), overwrite=overwrite, suffixes=(".xlsx",))
    out.write_bytes(template_bytes())
    out.chmod(0o600)
    return out
