"""Files as LibreOffice saved them (.xlsx, .xls, .ods, .csv in tests/spreadsheet/data), old fonts in .xls, and a
first list whose cells the vault does not have yet. tools/make_office_test_data.py made the files."""

from __future__ import annotations

import contextlib
import random
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook.errors import HandbookError, InputError
from handbook.members import repo
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgType
from handbook.spreadsheet.cells import NewCells, parse_cell_map
from handbook.spreadsheet.encoding import propose_encoding
from handbook.spreadsheet.export import export_members
from handbook.spreadsheet.importer import ImportOptions, import_members
from handbook.spreadsheet.office_formats import iter_ods_tables, iter_xls_tables
from handbook.spreadsheet.reader import Table, iter_tables
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.spreadsheet.sheets import HEADER, write_xlsx

DATA = Path(__file__).resolve().parent / "data"
OFFICE_FILES = ("lo-danh-sach.xlsx", "lo-danh-sach.xls", "lo-danh-sach.ods", "lo-danh-sach.csv")
CREATE = NewCells(date(2020, 1, 1), residential=True)


def grid(path: Path) -> list[tuple[object, ...]]:
    return next(iter_tables(path)).rows


def undated(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """The rows with the export's "Lập ngày dd/mm/yyyy" blanked: the stored file was made on another day."""
    day = re.compile(r"\d{2}/\d{2}/\d{4}")
    return [
        tuple(day.sub("dd/mm/yyyy", v) if isinstance(v, str) and "Lập ngày" in v else v for v in row) for row in rows
    ]


@pytest.mark.parametrize("name", OFFICE_FILES)
def test_a_list_saved_by_libreoffice_round_trips_into_a_fresh_vault(vault: Vault, tmp_path: Path, name: str) -> None:
    """Our export -> LibreOffice -> import with its cells created -> export again: the same rows."""
    result = import_members(vault, DATA / name, ImportOptions(new_cells=CREATE))
    assert result.committed and not result.errors, [p.render() for p in result.errors]
    assert result.created == 78 and result.cells_created == 23
    again = tmp_path / "again.xlsx"
    export_members(vault, again)
    assert undated(grid(again)) == undated(grid(DATA / "danh-sach.xlsx"))


def test_xls_and_ods_values_read_as_the_xlsx_original() -> None:
    original = grid(DATA / "danh-sach.xlsx")
    xls = next(iter_tables(DATA / "lo-danh-sach.xls"))
    ods = next(iter_tables(DATA / "lo-danh-sach.ods"))
    assert xls.kind == "xls" and ods.kind == "ods"
    cccd = [row for row in original if any(isinstance(v, str) and v.startswith("0") and len(v) == 12 for v in row)]
    assert cccd, "the demo list has CCCD numbers with a leading zero"
    for table in (xls, ods):
        body = [tuple(v for v in row if v is not None) for row in table.rows]
        assert body == [tuple(v for v in row if v is not None) for row in original]


@pytest.mark.parametrize(
    ("name", "font", "encoding"), [("tcvn3.xls", ".VnTime", "tcvn3"), ("vni.xls", "VNI-Times", "vni")]
)
def test_old_fonts_in_xls_are_detected_and_decoded(vault: Vault, name: str, font: str, encoding: str) -> None:
    table = next(iter_tables(DATA / name))
    assert table.font(2, 2) == font
    proposal = propose_encoding(table)
    assert proposal.source == "font" and proposal.encoding == encoding and font in proposal.fonts
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    for cell in ("Chi bộ thôn Trung Hòa", "Chi bộ thôn Đồng Thanh"):
        orgs.add_org(vault, cell, OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1))
    result = import_members(vault, DATA / name)
    assert result.committed and result.created == 3, [p.render() for p in result.errors]
    names = {m.full_name for m in repo.list_members(vault)}
    assert names == {"Nguyễn Thị Hoà", "Đặng Văn Được", "Lê Thị Ngọc Anh"}
    assert {m.cccd for m in repo.list_members(vault)} == {"040168001234", "040075004321", "040182009876"}


def _cells_file(tmp_path: Path) -> Path:
    rows = [
        [1, "Nguyễn Văn An", "12/03/1975", "Nam", "087075001234", "", "", "Chi bộ thôn Trung Hoà B"],
        [2, "Trần Thị Bình", "05/1980", "Nữ", "042180001234", "", "", "Chi bộ thôn Mới"],
        [3, "Lê Văn Cường", "1968", "Nam", "", "", "", "Chi bộ thôn Trung Hoà B"],
    ]
    return write_xlsx(tmp_path / "ds.xlsx", [HEADER, *rows])


def test_missing_cells_are_listed_with_a_lookalike_and_nothing_is_written(vault: Vault, tmp_path: Path) -> None:
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    orgs.add_org(vault, "Chi bộ thôn Trung Hòa", OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1))
    result = import_members(vault, _cells_file(tmp_path))
    assert not result.committed and repo.list_members(vault) == []
    missing = {c.name: c for c in result.missing_cells}
    assert set(missing) == {"Chi bộ thôn Trung Hoà B", "Chi bộ thôn Mới"}
    assert missing["Chi bộ thôn Trung Hoà B"].rows == (2, 4) and not missing["Chi bộ thôn Trung Hoà B"].created
    assert missing["Chi bộ thôn Trung Hoà B"].suggestion == "Chi bộ thôn Trung Hòa"
    sentences = {p.message.id for p in result.errors}
    assert sentences == {"sheet.cell_missing", "sheet.cell_missing_like"}
    like = next(p for p in result.errors if p.message.id == "sheet.cell_missing_like").render()
    assert "Chi bộ thôn Trung Hòa" in like and "--map-cell" in like


def test_mapped_and_created_cells_in_one_import(vault: Vault, tmp_path: Path) -> None:
    top = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    hoa = orgs.add_org(
        vault, "Chi bộ thôn Trung Hòa", OrgType.CHI_BO, top, residential=True, valid_from=date(2020, 1, 1)
    )
    options = ImportOptions(
        cell_map=parse_cell_map(["Chi bộ thôn Trung Hoà B=Chi bộ thôn Trung Hòa"]),
        new_cells=NewCells(date(2024, 1, 1), residential=False),
        cell_from=date(2024, 1, 1),
    )
    result = import_members(vault, _cells_file(tmp_path), options)
    assert result.committed and result.created == 3 and result.cells_created == 1
    made = next(o for o in orgs.list_orgs(vault) if o.name == "Chi bộ thôn Mới")
    assert made.parent_id == top and not made.residential and made.valid_from == date(2024, 1, 1)
    assert made.type is OrgType.CHI_BO_TRUC_THUOC
    in_hoa = {m.full_name for m in orgs.members_on(vault, hoa, date(2024, 6, 1))}
    assert in_hoa == {"Nguyễn Văn An", "Lê Văn Cường"}


def test_a_vault_without_its_tree_gets_the_committee_from_its_own_name(vault: Vault, tmp_path: Path) -> None:
    result = import_members(vault, _cells_file(tmp_path), ImportOptions(new_cells=CREATE))
    assert result.committed and result.cells_created == 2
    root = next(o for o in orgs.list_orgs(vault) if o.parent_id is None)
    assert root.type is OrgType.DANG_UY_XA and {o.parent_id for o in orgs.list_orgs(vault) if o.id != root.id} == {
        root.id
    }


def test_a_bad_cell_mapping_is_a_sentence(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(InputError) as syntax:
        parse_cell_map(["không có dấu bằng"])
    assert syntax.value.message.id == "sheet.map_cell_syntax"
    with pytest.raises(InputError) as target:
        import_members(vault, _cells_file(tmp_path), ImportOptions(cell_map={"A": "Chi bộ không có"}))
    assert target.value.message.id == "sheet.map_cell_target_missing"
    assert repo.list_members(vault) == []


def test_the_cli_creates_and_maps_cells(cli, tmp_path: Path) -> None:
    kho = str(tmp_path / "kho")
    made = cli("init", kho, "--committee-name", "Đảng ủy xã Tân An", "--full-name", "Nguyễn Thị Hoà",
               "--insecure-test-kdf", password=PASSWORD)  # fmt: skip
    assert made.code == 0, made.err
    refused = cli("members", "import", kho, str(DATA / "lo-danh-sach.xls"), password=PASSWORD)
    assert refused.code == 2 and "Chưa có chi bộ “Chi bộ thôn Làng Rào”" in refused.out
    ods = str(DATA / "lo-danh-sach.ods")
    done = cli("members", "import", kho, ods, "--create-missing-cells", "01/01/2020", password=PASSWORD)
    assert done.code == 0, done.out + done.err
    assert "Chi bộ mới từ tệp: “Chi bộ thôn Làng Rào”" in done.out and "thêm mới 78" in done.out


# --- readers never raise anything but a sentence ---------------------------------------------------------------

SAMPLES = {name: (DATA / name).read_bytes() for name in ("lo-danh-sach.xls", "lo-danh-sach.ods", "tcvn3.xls")}


def _read_all(data: bytes, name: str) -> list[Table]:
    reader = iter_xls_tables if name.endswith(".xls") else iter_ods_tables
    return list(reader(data, name))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(SAMPLES)),
    seed=st.integers(0, 2**32 - 1),
    flips=st.integers(1, 40),
    cut=st.none() | st.integers(0, 60_000),
)
def test_damaged_xls_and_ods_get_a_sentence_or_a_table(name: str, seed: int, flips: int, cut: int | None) -> None:
    data = bytearray(SAMPLES[name])
    rng = random.Random(seed)
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    if cut is not None:
        data = data[:cut]
    try:
        tables = _read_all(bytes(data), name)
    except InputError as exc:
        assert exc.message.id in {"sheet.unreadable", "sheet.protected", "sheet.not_really", "sheet.empty"}
        return
    assert all(isinstance(t, Table) for t in tables)


@settings(max_examples=60, deadline=None)
@given(prefix=st.sampled_from([b"", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"PK\x03\x04"]), body=st.binary(max_size=4096))
def test_any_bytes_named_xls_or_ods_get_a_sentence(prefix: bytes, body: bytes) -> None:
    for name in ("x.xls", "x.ods"):
        with contextlib.suppress(HandbookError):
            _read_all(prefix + body, name)
