"""``handbook members list | import | export`` as a person runs them: a subprocess, plain sentences."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from handbook.members import repo as members
from handbook.members.model import MemberData
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.text.names import split_full_name
from handbook.text.sortkey import name_sort_key
from handbook.vault.vault import Vault
from tests.conftest import CliResult
from tests.spreadsheet.sheets import write_xlsx

PW = "mat-khau-truong-ban"
Cli = Callable[..., CliResult]
NAMES = ["Đặng Văn Bình", "Nguyễn Văn An", "Trần Thị Ánh", "Lê Văn Đức", "Hoàng Thị Ân", "Bùi Văn Anh"]


@pytest.fixture
def vault_dir(tmp_path: Path, cli: Cli) -> Path:
    root = tmp_path / "kho"
    r = cli("init", str(root), "--committee-name", "Đảng ủy xã Tân An", "--full-name", "Nguyễn Thị Hoà",
            "--insecure-test-kdf", password=PW)  # fmt: skip
    assert r.code == 0, r.err
    with Vault.open(root, username="truongban", password=PW) as vault:
        top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
        for name in ("Chi bộ thôn Đông", "Chi bộ thôn Tây"):
            orgs.add_org(vault, name, OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1))
    return root


def members_file(tmp_path: Path, extra: list[list[object]] | None = None) -> Path:
    rows: list[list[object]] = [
        ["ĐẢNG BỘ XÃ TÂN AN"],
        ["DANH SÁCH ĐẢNG VIÊN"],
        ["STT", "Họ và tên", "Năm sinh", "Số CCCD", "Chi bộ"],
    ]
    for i, name in enumerate(NAMES, 1):
        rows.append([i, name, 1960 + i, f"0870{60 + i}{i:06d}", "Chi bộ thôn Đông" if i % 2 else "thôn Tây"])
    return write_xlsx(tmp_path / "ds.xlsx", rows + (extra or []))


def test_import_then_list_in_vietnamese_order_search_and_formats(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    path = members_file(tmp_path)
    dry = cli("members", "import", str(vault_dir), str(path), "--dry-run", password=PW)
    assert dry.code == 0, dry.err
    assert "dòng tiêu đề 3" in dry.out and "thêm mới 6" in dry.out and "Chạy thử" in dry.out
    empty = cli("members", "list", str(vault_dir), password=PW)
    assert "Không có đảng viên nào" in empty.out

    done = cli("members", "import", str(vault_dir), str(path), password=PW)
    assert done.code == 0, done.err
    assert "thêm mới 6" in done.out and "Đã nhập xong" in done.out

    table = cli("members", "list", str(vault_dir), password=PW)
    assert table.code == 0, table.err
    expected = sorted(NAMES, key=lambda n: name_sort_key(*split_full_name(n)))
    assert expected[:4] == ["Nguyễn Văn An", "Bùi Văn Anh", "Trần Thị Ánh", "Hoàng Thị Ân"]
    assert sorted(NAMES, key=table.out.index) == expected
    assert "Tổng cộng: 6 đảng viên" in table.out

    found = cli("members", "list", str(vault_dir), "--search", "dang", "--format", "json", password=PW)
    assert [m["full_name"] for m in json.loads(found.out)] == ["Đặng Văn Bình"]
    cell = cli("members", "list", str(vault_dir), "--cell", "thôn tây", "--format", "csv", password=PW)
    rows = list(csv.DictReader(io.StringIO(cell.out)))
    assert {r["cell"] for r in rows} == {"Chi bộ thôn Tây"} and len(rows) == 3
    assert rows[0]["cccd"].startswith("0870")


def test_a_rejected_import_exits_non_zero_writes_the_report_and_saves_nothing(
    tmp_path: Path, cli: Cli, vault_dir: Path
) -> None:
    path = members_file(tmp_path, [[7, "Phạm Văn Em", "năm ngoái", "0870", "Chi bộ thôn Bắc"]])
    report = tmp_path / "loi.xlsx"
    r = cli("members", "import", str(vault_dir), str(path), "--report", str(report), password=PW)
    assert r.code == 2 and "Traceback" not in r.err
    assert "Không nhập gì cả: 1 dòng có lỗi" in r.err
    assert "Dòng 10, cột C (Năm sinh)" in r.out and "Chi bộ thôn Bắc" in r.out
    ws = load_workbook(report).active
    assert {row[0] for row in ws.iter_rows(min_row=3, values_only=True)} == {10}
    listed = cli("members", "list", str(vault_dir), "--format", "json", password=PW)
    assert json.loads(listed.out) == []
    english = cli("members", "import", str(vault_dir), str(path), "--lang", "en", password=PW)
    assert english.code == 2 and "Nothing was imported" in english.err and "--report" in english.out


def test_options_are_checked_and_mappings_saved(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    path = write_xlsx(tmp_path / "la.xlsx", [["Họ và tên", "Mã"], ["Nguyễn Văn An", "087075001234"]])
    bad = cli("members", "import", str(vault_dir), str(path), "--on-duplicate", "cccd=merge", password=PW)
    assert bad.code == 2 and "QUY_TẮC=CÁCH" in bad.err
    r = cli("members", "import", str(vault_dir), str(path), "--column", "B=cccd", "--save-mapping", "mẫu cũ",
            "--on-duplicate", "name=create", password=PW)  # fmt: skip
    assert r.code == 0, r.err + r.out
    assert "Cột B “Mã” → Số CCCD" in r.out and "Đã lưu cách ghép cột “mẫu cũ”" in r.out
    again = cli("members", "import", str(vault_dir), str(path), "--mapping", "mẫu cũ", "--dry-run", password=PW)
    assert again.code == 0 and "không đổi 1" in again.out


def test_export_xlsx_csv_and_register(tmp_path: Path, cli: Cli, vault_dir: Path) -> None:
    assert cli("members", "import", str(vault_dir), str(members_file(tmp_path)), password=PW).code == 0
    out = tmp_path / "xuat.xlsx"
    r = cli("members", "export", str(vault_dir), str(out), password=PW)
    assert r.code == 0, r.err
    assert "Đã xuất 6 đảng viên" in r.out
    ws = load_workbook(out).active
    header = [c.value for c in ws[4]]
    cccd = header.index("Số CCCD") + 1
    assert ws.cell(row=5, column=cccd).number_format == "@"
    assert str(ws.cell(row=5, column=cccd).value).startswith("0870")
    assert ws.print_title_rows == "$4:$4" and ws.page_setup.orientation == "landscape"
    again = cli("members", "export", str(vault_dir), str(out), password=PW)
    assert again.code == 2 and "--overwrite" in again.err
    csv_out = tmp_path / "xuat.csv"
    assert cli("members", "export", str(vault_dir), str(csv_out), password=PW).code == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    book = tmp_path / "so.xlsx"
    r = cli("members", "export", str(vault_dir), str(book), "--register", password=PW)
    assert r.code == 0 and "Mẫu 7-HSĐV" in r.out
    assert [c.value for c in load_workbook(book).active[7]] == [f"({i})" for i in range(1, 15)]


def test_a_search_with_tones_lists_the_exact_spellings_first(cli: Cli, vault_dir: Path) -> None:
    with Vault.open(vault_dir, username="truongban", password=PW) as vault:
        for full in ("Lý Đăng Đại", "Nguyễn Đăng Cẩn", "Đặng Thị Lan"):
            ho, dem, ten = split_full_name(full)
            members.add_member(vault, MemberData(ho=ho, dem=dem, ten=ten), accept=True)
    found = cli("members", "list", str(vault_dir), "--search", "Đặng", "--format", "json", password=PW)
    assert found.code == 0, found.err
    assert [m["full_name"] for m in json.loads(found.out)] == ["Đặng Thị Lan", "Nguyễn Đăng Cẩn", "Lý Đăng Đại"]
