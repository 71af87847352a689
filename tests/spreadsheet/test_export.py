"""Exports: the printable .xlsx list, the CSV for Excel, the register Mẫu 7-HSĐV; and back again."""

from __future__ import annotations

import csv
import io
import tempfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.forms.member_register import COLUMNS_7HSDV
from handbook.members import repo
from handbook.members.model import EventKind, Gender, MemberData
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.spreadsheet.export import LIST_COLUMNS, export_members
from handbook.spreadsheet.importer import import_members
from handbook.spreadsheet.register import export_register
from handbook.vault.vault import Vault

PEOPLE = (
    ("Nguyễn", "Văn", "An", "001075001234", "0912345678", "01234567", Gender.MALE),
    ("Đặng", "Thị", "Ánh", "042180001234", "", "00765432", Gender.FEMALE),
    ("Trần", "Văn", "Bình", "", "02123456789", "", Gender.MALE),
)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    cell = orgs.add_org(vault, "Chi bộ thôn Đông", OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1))
    ids = []
    for ho, dem, ten, cccd, phone, card, gender in PEOPLE:
        data = MemberData(
            ho=ho,
            dem=dem,
            ten=ten,
            gender=gender,
            birth_date=PartialDate(1975, 3, 12) if gender is Gender.MALE else PartialDate(1980, 5),
            cccd=cccd,
            phone=phone,
            card_no=card,
            admitted=PartialDate(2000, 3, 12),
            official=PartialDate(2001, 3, 12),
            hometown="Xã Tân An",
        )
        ids.append(repo.add_member(vault, data, cell_id=cell, cell_from=date(2021, 1, 1)))
    repo.add_event(vault, ids[2], EventKind.TRANSFER_OUT, PartialDate(2024, 6, 1), detail="Đảng bộ phường Ba Đình")
    repo.add_event(vault, ids[0], EventKind.BADGE, PartialDate(2025, 2, 3), detail="30")
    return vault


def test_xlsx_list_is_ready_to_print_and_keeps_ids_as_text(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.xlsx"
    assert export_members(filled, out) == 2  # current members only by default
    ws = load_workbook(out).active
    header = [c.value for c in ws[4]]
    assert header[:4] == ["STT", "Họ", "Tên đệm", "Tên"] and len(header) == len(LIST_COLUMNS)
    rows = list(ws.iter_rows(min_row=5, values_only=True))
    assert [r[1:4] for r in rows] == [("Nguyễn", "Văn", "An"), ("Đặng", "Thị", "Ánh")]  # Vietnamese order: An < Ánh
    for name in ("Số CCCD", "Số CMND cũ", "Điện thoại", "Số thẻ đảng viên"):
        column = header.index(name) + 1
        assert all(ws.cell(row=r, column=column).number_format == "@" for r in (5, 6)), name
    assert ws.cell(row=5, column=header.index("Số CCCD") + 1).value == "001075001234"
    assert ws.cell(row=6, column=header.index("Số thẻ đảng viên") + 1).value == "00765432"
    assert ws.print_title_rows == "$4:$4"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["A1"].value == "DANH SÁCH ĐẢNG VIÊN" and ws["A1"].font.name == "Times New Roman"
    assert ws.cell(row=5, column=2).font.name == "Times New Roman"
    everyone = tmp_path / "tat-ca.xlsx"
    assert export_members(filled, everyone, statuses=None) == 3
    audit = [r[0] for r in filled.conn.execute("SELECT operation FROM audit WHERE operation = 'members.export'")]
    assert len(audit) == 2


def test_csv_opens_in_excel_and_reads_back(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "ds.csv"
    export_members(filled, out, statuses=None)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["STT", "Họ", "Tên đệm", "Tên"] and len(rows) == 4
    assert rows[1][9] == "001075001234"


def test_an_exported_list_imports_back_into_another_vault(filled: Vault, tmp_path: Path) -> None:
    from tests.conftest import create_vault

    out = tmp_path / "ds.xlsx"
    export_members(filled, out)
    with create_vault(tmp_path / "kho2").vault as other:
        top = orgs.add_org(other, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
        orgs.add_org(other, "Chi bộ thôn Đông", OrgType.CHI_BO, top, residential=True)
        result = import_members(other, out)
        assert result.committed and result.created == 2 and not result.warnings
        assert [m.full_name for m in repo.list_members(other)] == ["Nguyễn Văn An", "Đặng Thị Ánh"]
        assert repo.list_members(other)[0].cccd == "001075001234"


def test_the_register_has_its_fourteen_columns(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "so.xlsx"
    assert export_register(filled, out) == 2  # on the rolls: the member who moved away is left out
    assert export_register(filled, out, overwrite=True, everyone=True) == 3
    ws = load_workbook(out).active
    assert len(COLUMNS_7HSDV) == 14
    assert [c.value for c in ws[6]] == [c.heading for c in COLUMNS_7HSDV]
    assert [c.value for c in ws[7]] == [f"({i})" for i in range(1, 15)]
    assert ws["A3"].value == "SỔ DANH SÁCH ĐẢNG VIÊN" and ws.print_title_rows == "$6:$7"
    rows = list(ws.iter_rows(min_row=8, values_only=True))
    assert rows[0][0] == "Chi bộ thôn Đông (3 đảng viên)"
    members = rows[1:]
    assert [r[0] for r in members] == [1, 2, 3]
    assert members[0][1] == "Nguyễn Văn An\n12/03/1975"
    assert members[0][7] == "01234567\nHuy hiệu 30 năm tuổi Đảng\n03/02/2025"
    moved = next(r for r in members if r[9])
    assert "01/06/2024" in moved[9] and "Đảng bộ phường Ba Đình" in moved[9]
    assert members[1][2] == "Nữ"


def test_exports_refuse_to_overwrite_and_wrong_types(filled: Vault, tmp_path: Path) -> None:
    out = tmp_path / "ds.xlsx"
    out.write_bytes(b"keep")
    with pytest.raises(InputError) as exists:
        export_members(filled, out)
    assert exists.value.message.id == "sheet.out_exists" and out.read_bytes() == b"keep"
    export_members(filled, out, overwrite=True)
    assert load_workbook(out).active.max_row == 6
    with pytest.raises(InputError) as wrong:
        export_register(filled, tmp_path / "so.csv")
    assert wrong.value.message.id == "sheet.out_type"


def test_exports_make_no_temporary_files(filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    export_members(filled, tmp_path / "a.xlsx")
    export_register(filled, tmp_path / "b.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["a.xlsx", "b.xlsx"]
