"""Importing a list into a vault: all or nothing, duplicates per rule, the report, saved mappings."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from handbook.dates import PartialDate
from handbook.errors import InputError, PermissionDenied
from handbook.members import repo
from handbook.members.model import Gender, MemberData, MemberId
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.permissions import Role
from handbook.spreadsheet.columns import Target
from handbook.spreadsheet.importer import (
    DuplicatePolicy,
    DuplicateRules,
    ImportOptions,
    commit_import,
    import_members,
    open_source,
    plan_import,
)
from handbook.spreadsheet.mappings import delete_mapping, list_mappings, load_mapping, save_mapping
from handbook.spreadsheet.report import write_report
from handbook.vault import users
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.spreadsheet.sheets import HEADER, write_xlsx

ROWS: list[list[object]] = [
    [1, "Nguyễn Văn An", "12/03/1975", "Nam", "087075001234", "0912345678", "12/03/2000", "Chi bộ thôn Đông"],
    [2, "Trần Thị Bình", "05/1980", "Nữ", "042180001234", "", "2005", "thôn Đông"],
    [3, "Lê Văn Cường", "1968", "Nam", "", "0987654321", "", "Chi bộ thôn Tây"],
]


@pytest.fixture
def cells(vault: Vault) -> dict[str, int]:
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    out = {}
    for name in ("Chi bộ thôn Đông", "Chi bộ thôn Tây"):
        out[name] = int(orgs.add_org(vault, name, OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1)))
    return out


def sheet(tmp_path: Path, rows: list[list[object]], name: str = "ds.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [["DANH SÁCH ĐẢNG VIÊN"], [], HEADER, *rows])


def audit_ops(vault: Vault) -> list[str]:
    return [r[0] for r in vault.conn.execute("SELECT operation FROM audit ORDER BY seq")]


def test_a_clean_list_is_imported_in_one_transaction(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    before = audit_ops(vault)
    result = import_members(vault, sheet(tmp_path, ROWS))
    assert result.committed and result.ok
    assert (result.created, result.updated, result.skipped, result.rows_read) == (3, 0, 0, 3)
    listed = repo.list_members(vault)
    assert [m.full_name for m in listed] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]
    assert [m.cell_name for m in listed] == ["Chi bộ thôn Đông", "Chi bộ thôn Đông", "Chi bộ thôn Tây"]
    an = repo.get_member(vault, listed[0].id).data
    assert an.gender is Gender.MALE and an.birth_date == PartialDate(1975, 3, 12)
    added = audit_ops(vault)[len(before) :]
    assert added == ["members.add"] * 3 + ["members.import"]  # each new member's entry names its cell
    placed = json.loads(str(repo.member_history(vault, listed[2].id)[0].after))
    assert placed["ten"] == "Cường" and placed["cell"] == cells["Chi bộ thôn Tây"] and "ds.xlsx" in placed["reason"]
    # The same file again changes nothing.
    again = import_members(vault, sheet(tmp_path, ROWS))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert again.skipped == 1  # Lê Văn Cường: same name and birth year, no CCCD: skipped with a warning
    assert [p.message.id for p in again.warnings] == ["sheet.skipped_same_name_birth"]


def test_one_bad_row_imports_nothing_and_the_report_says_where(
    vault: Vault, cells: dict[str, int], tmp_path: Path
) -> None:
    bad = [*ROWS, [4, "Phạm Văn Dũng", "31/02/1970", "Nam", "0870750012", "", "", "Chi bộ thôn Bắc"]]
    audit_before = audit_ops(vault)
    result = import_members(vault, sheet(tmp_path, bad))
    assert not result.committed and not result.ok
    assert repo.list_members(vault) == [] and audit_ops(vault) == audit_before
    assert result.rejected_rows == 1
    errors = [(p.row, p.letter, p.header, p.value, p.message.id) for p in result.errors]
    assert errors == [
        (7, "C", "Ngày sinh", "31/02/1970", "date.impossible"),
        (7, "E", "Số CCCD", "0870750012", "text.cccd.wrong_length"),
        (7, "H", "Chi bộ", "Chi bộ thôn Bắc", "sheet.cell_missing"),
    ]
    out = write_report(tmp_path / "loi.xlsx", result.problems, "vi", source="ds.xlsx")
    ws = load_workbook(out).active
    lines = list(ws.iter_rows(min_row=3, values_only=True))
    assert [line[:5] for line in lines] == [
        (7, "C", "Ngày sinh", "31/02/1970", "Lỗi"),
        (7, "E", "Số CCCD", "0870750012", "Lỗi"),
        (7, "H", "Chi bộ", "Chi bộ thôn Bắc", "Lỗi"),
    ]
    assert all(line[5] for line in lines) and "Chi bộ thôn Bắc" in str(lines[2][5])
    assert ws.cell(row=3, column=4).number_format == "@"
    english = load_workbook(write_report(tmp_path / "errors.xlsx", result.problems, "en")).active
    assert english.cell(row=2, column=1).value == "Row" and english.cell(row=3, column=5).value == "Error"


def test_dry_run_checks_everything_and_saves_nothing(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    result = import_members(vault, sheet(tmp_path, ROWS), dry_run=True)
    assert result.ok and result.dry_run and not result.committed and result.created == 3
    assert repo.count_members(vault) == 0


def existing(vault: Vault) -> int:
    data = MemberData(
        ho="Nguyễn",
        dem="Văn",
        ten="An",
        gender=Gender.MALE,
        birth_date=PartialDate(1975, 3, 12),
        cccd="087075001234",
        hometown="Tân An",
        occupation="Giáo viên",
    )
    return int(repo.add_member(vault, data))


def test_same_cccd_updates_by_default_and_keeps_what_the_file_leaves_empty(
    vault: Vault, cells: dict[str, int], tmp_path: Path
) -> None:
    mid = existing(vault)
    row = [1, "Nguyễn Văn Ân", "12/03/1975", "Nam", "087075001234", "0912345678", "", "Chi bộ thôn Tây"]
    result = import_members(vault, sheet(tmp_path, [row]))
    assert result.committed and (result.created, result.updated) == (0, 1)
    member = repo.get_member(vault, MemberId(mid))
    assert member.data.ten == "Ân" and member.data.phone == "0912345678"
    assert member.data.hometown == "Tân An" and member.data.occupation == "Giáo viên"
    assert member.cell_id == cells["Chi bộ thôn Tây"]


def test_same_cccd_skip_and_create_policies(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    existing(vault)
    path = sheet(tmp_path, [[1, "Nguyễn Văn Ân", "12/03/1975", "Nam", "087075001234", "", "", ""]])
    skip = import_members(vault, path, ImportOptions(duplicates=DuplicateRules(same_cccd=DuplicatePolicy.SKIP)))
    assert skip.committed and skip.skipped == 1 and [p.message.id for p in skip.warnings] == ["sheet.skipped_same_cccd"]
    assert repo.list_members(vault)[0].ten == "An"
    create = import_members(vault, path, ImportOptions(duplicates=DuplicateRules(same_cccd=DuplicatePolicy.CREATE)))
    assert not create.committed and [p.message.id for p in create.errors] == ["member.cccd_taken"]


@pytest.mark.parametrize(
    ("policy", "n_created", "n_updated", "n_skipped", "message"),
    [
        (DuplicatePolicy.SKIP, 0, 0, 1, "sheet.skipped_same_name_birth"),
        (DuplicatePolicy.UPDATE, 0, 1, 0, None),
        (DuplicatePolicy.CREATE, 1, 0, 0, "member.same_name_birth"),
    ],
)
def test_same_name_and_birth_policies(
    vault: Vault,
    cells: dict[str, int],
    tmp_path: Path,
    policy: DuplicatePolicy,
    n_created: int,
    n_updated: int,
    n_skipped: int,
    message: str | None,
) -> None:
    existing(vault)
    path = sheet(tmp_path, [[1, "NGUYỄN VĂN AN", "12/03/1975", "Nam", "", "0912345678", "", ""]])
    result = import_members(vault, path, ImportOptions(duplicates=DuplicateRules(same_name_birth=policy)))
    assert result.committed
    assert (result.created, result.updated, result.skipped) == (n_created, n_updated, n_skipped)
    assert [p.message.id for p in result.warnings] == ([message] if message else [])
    assert repo.count_members(vault) == 1 + n_created


def test_a_different_cccd_is_a_different_person(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    existing(vault)
    path = sheet(tmp_path, [[1, "Nguyễn Văn An", "12/03/1975", "Nam", "087075009999", "", "", ""]])
    result = import_members(vault, path)
    assert result.committed and result.created == 1
    assert [p.message.id for p in result.warnings] == ["member.same_name_birth"]


def test_duplicates_inside_the_file(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    rows = [
        [1, "Nguyễn Văn An", "12/03/1975", "Nam", "087075001234", "", "", ""],
        [2, "Nguyễn Văn Anh", "12/03/1976", "Nam", "087075001234", "", "", ""],
        [3, "Lê Thị Hoa", "1970", "Nữ", "", "", "", ""],
        [4, "Lê Thị Hoa", "1970", "Nữ", "", "", "", ""],
    ]
    result = import_members(vault, sheet(tmp_path, rows))
    assert not result.committed
    assert [(p.row, p.message.id, p.severity) for p in result.problems] == [
        (5, "sheet.cccd_twice_in_file", "error"),
        (7, "sheet.same_name_birth_in_file", "warning"),
    ]
    assert result.errors[0].message.values["first"] == 4


def test_a_long_list_into_a_vault_with_members_keeps_each_record_its_history_and_its_cell(
    vault: Vault, cells: dict[str, int], tmp_path: Path
) -> None:
    """New members are written in batches: every one gets its own id after the vault's, its cell, a search
    entry and its own audit entries, and a row that updates a member in the middle of a batch still does."""
    known = existing(vault)
    ho = ["Phạm", "Lê", "Trần", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    dem = ["Văn", "Hữu", "Đức", "Quang", "Thị"]
    ten = ["Bình", "Cường", "Dũng", "Hoà", "Lan", "Minh", "Nam", "Phúc", "Yến"]
    people = [f"{h} {d} {t}" for h in ho for d in dem for t in ten]
    rows: list[list[object]] = [
        [i, name, f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1950 + i % 50}", "Nữ" if "Thị" in name else "Nam", "", "", "",
         "Chi bộ thôn Đông" if i % 3 == 0 else "Chi bộ thôn Tây"]
        for i, name in enumerate(people, 1)
    ]  # fmt: skip
    rows.insert(250, [0, "Nguyễn Văn An", "12/03/1975", "Nam", "087075001234", "0912345678", "", "Chi bộ thôn Tây"])
    done: list[tuple[int, int]] = []
    source = open_source(sheet(tmp_path, rows))
    result = commit_import(vault, plan_import(vault, source), lambda n, total: done.append((n, total)))
    assert result.committed and (result.created, result.updated) == (450, 1)
    assert done[0] == (0, 451) and done[-1] == (451, 451) and len(done) > 3
    listed = {m.full_name: m for m in repo.list_members(vault)}
    assert len(listed) == 451
    assert sorted(int(m.id) for m in listed.values()) == list(range(known, known + 451))
    last = listed["Ngô Thị Yến"]  # row 450 of the list
    assert last.cell_name == "Chi bộ thôn Đông" and last.birth_date == "03/07/1950" and last.gender == "nu"
    assert listed["Phạm Văn Bình"].cell_name == "Chi bộ thôn Tây"
    assert listed["Nguyễn Văn An"].phone == "0912345678" and listed["Nguyễn Văn An"].cell_name == "Chi bộ thôn Tây"
    assert [m.full_name for m in repo.list_members(vault, search="ngo thi yen")] == ["Ngô Thị Yến"]
    history = repo.member_history(vault, last.id)
    assert [e.operation for e in history] == ["members.add"]
    added = json.loads(str(history[0].after))
    assert (added["ten"], added["cell"], added["from"]) == ("Yến", cells["Chi bộ thôn Đông"], date.today().isoformat())
    updated = repo.member_history(vault, listed["Nguyễn Văn An"].id)
    assert [e.operation for e in updated] == ["members.assign", "members.update", "members.add"]
    assert check_vault(vault).ok


def test_the_vault_changing_between_check_and_commit_is_checked_again(
    vault: Vault, cells: dict[str, int], tmp_path: Path
) -> None:
    source = open_source(sheet(tmp_path, ROWS[:1]))
    plan = plan_import(vault, source)
    assert plan.count(plan.rows[0].action) == 1 and plan.rows[0].action.value == "create"
    existing(vault)  # someone adds the same person meanwhile
    result = commit_import(vault, plan)
    assert result.committed and (result.created, result.updated) == (0, 1)
    assert repo.count_members(vault) == 1


def test_saved_mappings(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    rows = [["Tên đảng viên", "Mã số", "Sinh"], ["Nguyễn Văn An", "087075001234", "1975"]]
    path = write_xlsx(tmp_path / "la.xlsx", rows)
    source = open_source(path)
    assert [r.target for r in source.mapping.rules] == [Target.FULL_NAME, Target.IGNORE, Target.IGNORE]
    mapping = source.mapping.with_target("B", Target.CCCD).with_target("C", Target.BIRTH_DATE)
    save_mapping(vault, "Danh sách huyện cũ", mapping)
    assert list_mappings(vault) == ["Danh sách huyện cũ"]
    assert load_mapping(vault, "Danh sách huyện cũ") == mapping
    assert "import.mapping.save" in audit_ops(vault)
    result = import_members(vault, path, ImportOptions(mapping=load_mapping(vault, "Danh sách huyện cũ")))
    assert result.committed and repo.list_members(vault)[0].cccd == "087075001234"
    other = write_xlsx(tmp_path / "khac.xlsx", [["Họ và tên", "Điện thoại", "Sinh"], ["Lê Văn Tám", "", "1980"]])
    warned = import_members(vault, other, ImportOptions(mapping=mapping), dry_run=True)
    assert [(p.letter, p.message.id) for p in warned.warnings] == [
        ("A", "sheet.mapping_header_differs"),
        ("B", "sheet.mapping_header_differs"),
    ]
    with pytest.raises(InputError) as missing:
        load_mapping(vault, "không có")
    assert missing.value.message.id == "sheet.mapping_not_found"
    delete_mapping(vault, "Danh sách huyện cũ")
    assert list_mappings(vault) == []


def test_viewers_may_not_import(vault: Vault, cells: dict[str, int], tmp_path: Path) -> None:
    users.add_user(vault, username="thanhtra", full_name="Người Xem", role=Role.VIEWER, password=PASSWORD)
    viewer = Vault.open(vault.paths.root, username="thanhtra", password=PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            import_members(viewer, sheet(tmp_path, ROWS), dry_run=True)
    finally:
        viewer.close()


def test_bad_files_get_a_sentence(vault: Vault, tmp_path: Path) -> None:
    old = tmp_path / "cu.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a zip")
    misnamed = tmp_path / "that-ra-la-xlsx.xls"
    misnamed.write_bytes(b"PK\x03\x04 a zip, not an .xls")
    locked = tmp_path / "co-mat-khau.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    not_ods = tmp_path / "bang.ods"
    not_ods.write_bytes(b"plain text")
    broken_ods = tmp_path / "hong.ods"
    broken_ods.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    for path, msg_id in (
        (old, "sheet.unreadable"),
        (misnamed, "sheet.not_really"),
        (locked, "sheet.protected"),
        (not_ods, "sheet.not_really"),
        (broken_ods, "sheet.unreadable"),
        (broken, "sheet.unreadable"),
        (tmp_path / "khong-co.xlsx", "sheet.file_missing"),
        (tmp_path / "anh.png", "sheet.unsupported_type"),
    ):
        with pytest.raises(InputError) as exc:
            import_members(vault, path)
        assert exc.value.message.id == msg_id


def test_nothing_goes_through_temporary_files(
    vault: Vault, cells: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = import_members(vault, sheet(tmp_path, ROWS))
    write_report(tmp_path / "r.xlsx", result.problems)
    assert load_workbook(tmp_path / "r.xlsx").active.max_row == 2
