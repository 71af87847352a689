"""Finding the header row and mapping the usual Vietnamese headers, whatever comes above them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.errors import InputError
from handbook.spreadsheet.columns import (
    ColumnMapping,
    Target,
    detect_mapping,
    match_header,
    parse_column,
    parse_target,
)
from handbook.spreadsheet.encoding import Decoder
from handbook.text.fold import fold
from handbook.text.legacy import to_tcvn3
from tests.spreadsheet.sheets import table_of

USUAL = {
    "Họ và tên": Target.FULL_NAME,
    "HỌ VÀ TÊN": Target.FULL_NAME,
    "Họ tên": Target.FULL_NAME,
    "Họ và tên (khai sinh)": Target.FULL_NAME,
    "Giới tính": Target.GENDER,
    "Ngày sinh": Target.BIRTH_DATE,
    "Năm sinh": Target.BIRTH_DATE,
    "Ngày, tháng, năm sinh": Target.BIRTH_DATE,
    "Quê quán": Target.HOMETOWN,
    "Dân tộc": Target.ETHNICITY,
    "Tôn giáo": Target.RELIGION,
    "Số CCCD": Target.CCCD,
    "Căn cước công dân": Target.CCCD,
    "CCCD": Target.CCCD,
    "CMND": Target.CMND,
    "Số CCCD/CMND": Target.ID_NUMBER,
    "Điện thoại": Target.PHONE,
    "SĐT": Target.PHONE,
    "Số thẻ đảng viên": Target.CARD_NO,
    "Số thẻ": Target.CARD_NO,
    "Ngày vào Đảng": Target.ADMITTED,
    "Ngày chính thức": Target.OFFICIAL,
    "Trình độ học vấn": Target.EDUCATION,
    "Văn hóa": Target.EDUCATION,
    "Lý luận chính trị": Target.THEORY,
    "LLCT": Target.THEORY,
    "Nghề nghiệp": Target.OCCUPATION,
    "Đơn vị công tác": Target.WORKPLACE,
    "Nơi làm việc": Target.WORKPLACE,
    "Nơi cư trú": Target.ADDRESS,
    "Địa chỉ": Target.ADDRESS,
    "Nơi ở hiện nay": Target.ADDRESS,
    "Chi bộ": Target.CELL,
    "Ghi chú": Target.NOTE,
    "STT": Target.IGNORE,
}


@pytest.mark.parametrize(("header", "target"), USUAL.items())
def test_usual_headers_map_with_or_without_diacritics(header: str, target: Target) -> None:
    assert match_header(header) is target
    assert match_header(fold(header).upper()) is target
    assert match_header(f"  {header}  (ghi rõ)") is target


def test_unknown_headers_and_titles_do_not_map() -> None:
    for text in ("DANH SÁCH ĐẢNG VIÊN", "Tên gọi khác", "Chức vụ", "", "Ký tên"):
        assert match_header(text) is None


# Names of the non-name targets with one header each, to build random header rows from.
OTHER_HEADERS = [
    "Giới tính",
    "Ngày sinh",
    "Quê quán",
    "Dân tộc",
    "Tôn giáo",
    "Số CCCD",
    "Điện thoại",
    "Số thẻ đảng viên",
    "Ngày vào Đảng",
    "Ngày chính thức",
    "Trình độ học vấn",
    "Lý luận chính trị",
    "Nghề nghiệp",
    "Nơi làm việc",
    "Nơi cư trú",
    "Chi bộ",
    "Ghi chú",
]
TITLES = ["ĐẢNG BỘ XÃ TÂN AN", "DANH SÁCH ĐẢNG VIÊN NĂM 2026", "(Kèm theo báo cáo số 12-BC/ĐU)", "", "Chi bộ"]


@settings(max_examples=30, deadline=None)
@given(
    titles=st.lists(st.sampled_from(TITLES), max_size=5),
    others=st.lists(st.sampled_from(OTHER_HEADERS), max_size=6, unique=True),
    name_at=st.integers(0, 6),
    numbering=st.booleans(),
    legacy=st.booleans(),
)
def test_header_row_is_found_below_any_title_rows(
    titles: list[str], others: list[str], name_at: int, numbering: bool, legacy: bool
) -> None:
    headers = list(others)
    headers.insert(min(name_at, len(headers)), "Họ và tên")
    headers = ["STT", *headers]
    # A TCVN3 file: every header typed in TCVN3 and shown with .VnTime.
    encode = (lambda s: to_tcvn3(s)) if legacy else (lambda s: s)
    # Titles in capitals need the TCVN3 capitals font (.VnTimeH).
    rows: list[list[object]] = [[to_tcvn3(t, capitals=True) if legacy else t] if t else [] for t in titles]
    rows.append([encode(h) for h in headers])
    if numbering:
        rows.append([f"({i})" for i in range(1, len(headers) + 1)])
    rows.append([1, encode("Nguyễn Văn An")])
    fonts = {r: ".VnTimeH" for r in range(1, len(titles) + 1)} if legacy else {}
    table = table_of(rows, font=".VnTime" if legacy else "Times New Roman", fonts=fonts)
    mapping = detect_mapping(table, Decoder(table))
    assert mapping.header_row == len(titles) + 1
    assert mapping.first_data_row == len(titles) + 2 + numbering
    targets = {r.header: r.target for r in mapping.rules}
    assert targets["Họ và tên"] is Target.FULL_NAME
    for h in others:
        assert targets[h] is USUAL[h]


def test_two_row_header_with_male_female_and_name_parts() -> None:
    rows: list[list[object]] = [
        ["DANH SÁCH ĐẢNG VIÊN"],
        ["STT", "Họ và tên", None, None, "Ngày sinh", None, "Quê quán"],
        [None, "Họ", "Tên đệm", "Tên", "Nam", "Nữ"],
        [1, 2, 3, 4, 5, 6, 7],
        [1, "Nguyễn", "Văn", "An", "12/03/1975", None, "Tân An"],
    ]
    table = table_of(rows)
    mapping = detect_mapping(table, Decoder(table))
    assert (mapping.header_row, mapping.first_data_row) == (2, 5)
    assert [r.target for r in mapping.rules] == [
        Target.IGNORE,
        Target.HO,
        Target.DEM,
        Target.TEN,
        Target.MALE,
        Target.FEMALE,
        Target.HOMETOWN,
    ]
    assert mapping.rule_at(5).header == "Ngày sinh – Nam"  # type: ignore[union-attr]


def test_no_header_and_no_name_column_say_so() -> None:
    table = table_of([["a", "b"], [1, 2]])
    with pytest.raises(InputError) as no_header:
        detect_mapping(table, Decoder(table))
    assert no_header.value.message.id == "sheet.no_header"
    table = table_of([["Ngày sinh", "Quê quán"], ["1975", "Tân An"]])
    with pytest.raises(InputError) as no_name:
        detect_mapping(table, Decoder(table))
    assert no_name.value.message.id == "sheet.no_name_column"


def test_a_target_is_held_by_one_column_and_corrections_move_it() -> None:
    table = table_of([["Họ và tên", "Điện thoại", "SĐT", "Ghi"], ["An", "0912345678", "", ""]])
    mapping = detect_mapping(table, Decoder(table))
    assert [r.target for r in mapping.rules] == [Target.FULL_NAME, Target.PHONE, Target.IGNORE, Target.IGNORE]
    moved = mapping.with_target("C", Target.PHONE).with_target(4, Target.NOTE).with_target("F", Target.CCCD)
    assert [(r.letter, r.target) for r in moved.rules] == [
        ("A", Target.FULL_NAME),
        ("B", Target.IGNORE),
        ("C", Target.PHONE),
        ("D", Target.NOTE),
        ("F", Target.CCCD),
    ]
    assert ColumnMapping.from_json(moved.to_json()) == moved


def test_parsing_columns_targets_and_damaged_json() -> None:
    assert parse_column("c") == 3 and parse_column("AB") == 28 and parse_column("5") == 5
    for bad in ("", "3C", "-1", "Ă"):
        with pytest.raises(InputError):
            parse_column(bad)
    assert parse_target("cccd") is Target.CCCD
    assert parse_target("full_name") is Target.FULL_NAME
    assert parse_target("Số điện thoại") is Target.PHONE
    with pytest.raises(InputError):
        parse_target("màu mắt")
    with pytest.raises(InputError) as damaged:
        ColumnMapping.from_json('{"columns": [{"column": "A"}]}')
    assert damaged.value.message.id == "sheet.mapping_damaged"
