"""The document register printed (sổ đăng ký văn bản đi): per issuer and document type, the numbers of a year."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from handbook.errors import InputError
from handbook.flow import numbers
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.model import PageSetup
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.registers import REGISTER_SCALE, Column, RegisterStyles, heading, register_table
from handbook.forms.sources import dmy, font_family, letterhead
from handbook.forms.styles import FormStyles
from handbook.forms.typeset import one_line
from handbook.permissions import Op
from handbook.vault.vault import Vault

NUMBER_REGISTER_TITLE = "Sổ đăng ký văn bản đi"
DOC_TYPE_NAMES = {
    "confirmation": "Giấy xác nhận nhận xét đảng viên nơi cư trú",
    "dispatch": "Công văn gửi kết quả nhận xét",
    "introduction": "Giấy giới thiệu về sinh hoạt nơi cư trú",
}
COLUMNS: tuple[Column, ...] = (
    Column("Số", 0.06, "centre"),
    Column("Số, ký hiệu văn bản", 0.14, "centre"),
    Column("Ngày tháng văn bản", 0.13, "centre"),  # "25/11/2025" on one line
    Column("Trích yếu nội dung", 0.41),
    Column("Nơi nhận", 0.26),
)


def _what(vault: Vault, entry: numbers.Issued) -> tuple[str, str]:
    """The document's summary and where it went, read from the record the number was given to."""
    conn = vault.conn
    if entry.entity == "case":
        row = conn.execute(
            "SELECT trim(m.ho || ' ' || m.dem || ' ' || m.ten), c.year, coalesce(e.name, '')"
            " FROM cases c JOIN registrations r ON r.id = c.registration_id JOIN members m ON m.id = r.member_id"
            " LEFT JOIN external_orgs e ON e.id = r.workplace_org_id WHERE c.id = ?",
            (entry.entity_id,),
        ).fetchone()
        if row:
            return f"Xác nhận nhận xét năm {row[1]} của chi bộ nơi cư trú đối với đồng chí {row[0]}", row[2]
    elif entry.entity == "dispatch":
        row = conn.execute(
            "SELECT d.year, coalesce(e.name, ''), (SELECT count(*) FROM cases c WHERE c.dispatch_id = d.id)"
            " FROM dispatches d LEFT JOIN external_orgs e ON e.id = d.workplace_org_id WHERE d.id = ?",
            (entry.entity_id,),
        ).fetchone()
        if row:
            return f"V/v gửi kết quả nhận xét đảng viên nơi cư trú năm {row[0]} ({row[2]} đảng viên)", row[1]
    elif entry.entity == "registration":
        row = conn.execute(
            "SELECT trim(m.ho || ' ' || m.dem || ' ' || m.ten),"
            " (SELECT o.name FROM registration_cells rc JOIN orgs o ON o.id = rc.cell_id"
            "  WHERE rc.registration_id = r.id ORDER BY rc.valid_from, rc.id LIMIT 1)"
            " FROM registrations r JOIN members m ON m.id = r.member_id WHERE r.id = ?",
            (entry.entity_id,),
        ).fetchone()
        if row:
            return f"Giới thiệu đồng chí {row[0]} về sinh hoạt nơi cư trú", row[1] or ""
    return "", ""


def register_rows(
    vault: Vault, year: int, *, issuer: str | None = None, doc_type: str | None = None
) -> list[tuple[str, str, list[tuple[str, ...]]]]:
    """The register's sections (issuer, document type, rows) in number order."""
    sections: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for entry in numbers.register(vault.conn, year, issuer=issuer, doc_type=doc_type):
        summary, to = _what(vault, entry)
        sections.setdefault((entry.issuer, entry.doc_type), []).append(
            (str(entry.number), one_line(entry.number_text), dmy(entry.issued_on), one_line(summary), one_line(to))
        )
    return [(i, t, rows) for (i, t), rows in sections.items()]


def render_number_register(
    vault: Vault,
    year: int,
    *,
    issuer: str | None = None,
    doc_type: str | None = None,
    fonts: FontChoice | FontFamily | None = None,
    page: PageSetup | None = None,
) -> bytes:
    """The register of the documents numbered in ``year``: one table per issuer and document type."""
    vault.actor.require(Op.FORMS_PRINT)
    sections = register_rows(vault, year, issuer=issuer, doc_type=doc_type)
    if not sections:
        raise InputError("forms.number_register_empty", year=year)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    doc_styles = FormStyles(family, REGISTER_SCALE)
    styles = RegisterStyles(family)
    head = letterhead(vault, date(year, 12, 31))
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, f"{NUMBER_REGISTER_TITLE} năm {year}", head.advisory_full)
    writer = PageWriter(canv, family, page)
    for issuer_code, kind, rows in sections:
        caption = f"{DOC_TYPE_NAMES.get(kind, kind)} – ký hiệu …/{issuer_code} – năm {year}"
        table_rows: Sequence[Sequence[str] | str] = rows
        flowables = heading(doc_styles, page.frame_width, head, NUMBER_REGISTER_TITLE, f"Năm {year}")
        flowables.append(register_table(COLUMNS, table_rows, styles, page.frame_width, caption=caption))
        writer.flow(flowables, title=NUMBER_REGISTER_TITLE)
    canv.save()
    return buffer.getvalue()
