"""Reading cells as offices fill them: dates, lost leading zeros, gender columns, names, footers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.dates import PartialDate
from handbook.members.model import Gender
from handbook.spreadsheet.rows import RowInput, RowProblem, RowReader
from handbook.text.ids import CCCD_PROVINCE_CODES
from tests.spreadsheet.sheets import source_of


def read(rows: list[list[object]], font: str | None = None) -> tuple[list[RowInput], list[RowProblem]]:
    source = source_of(rows, font)
    reader = RowReader(source.table, source.mapping, source.decoder)
    return reader.read(), reader.problems


days = st.dates(min_value=date(1920, 1, 1), max_value=date(2024, 12, 31))


@settings(max_examples=25, deadline=None)
@given(day=days, style=st.sampled_from(["datetime", "serial", "dmy", "dmy-dots", "iso", "words"]))
def test_full_dates_read_in_every_shape(day: date, style: str) -> None:
    cell: object = {
        "datetime": datetime(day.year, day.month, day.day),
        "serial": (day - date(1899, 12, 30)).days,
        "dmy": f"{day.day}/{day.month}/{day.year}",
        "dmy-dots": f"{day.day:02d}.{day.month:02d}.{day.year}",
        "iso": day.isoformat(),
        "words": f"ngày {day.day} tháng {day.month} năm {day.year}",
    }[style]
    items, problems = read([["Họ và tên", "Ngày sinh", "Ngày vào Đảng"], ["Lê Văn Tám", cell, cell]])
    assert not [p for p in problems if p.is_error]
    assert items[0].data.birth_date == PartialDate.from_date(day)
    assert items[0].data.admitted == PartialDate.from_date(day)


@settings(max_examples=20, deadline=None)
@given(year=st.integers(1920, 2024), month=st.integers(1, 12), as_text=st.booleans())
def test_partial_dates_year_and_month(year: int, month: int, as_text: bool) -> None:
    year_cell: object = str(year) if as_text else year  # a bare 1975 is a year, not an Excel day
    items, problems = read([["Họ và tên", "Năm sinh", "Ngày vào Đảng"], ["An", year_cell, f"{month}/{year}"]])
    assert not problems
    assert items[0].data.birth_date == PartialDate(year)
    assert items[0].data.admitted == PartialDate(year, month)


def test_unreadable_and_impossible_dates_are_errors_naming_the_cell() -> None:
    _, problems = read([["Họ và tên", "Ngày sinh"], ["An", "31/02/1975"], ["Bình", "hôm qua"]])
    assert [(p.row, p.letter, p.header, p.value, p.message.id) for p in problems] == [
        (2, "B", "Ngày sinh", "31/02/1975", "date.impossible"),
        (3, "B", "Ngày sinh", "hôm qua", "date.unreadable"),
    ]
    assert "Dòng 2, cột B (Ngày sinh)" in problems[0].render("vi")
    assert "Row 3, column B" in problems[1].render("en")


cccds = st.sampled_from(sorted(CCCD_PROVINCE_CODES)).flatmap(
    lambda province: st.integers(0, 10**9 - 1).map(lambda rest: f"{province}{rest:09d}")
)


@settings(max_examples=30, deadline=None)
@given(cccd=cccds, as_number=st.booleans())
def test_cccd_leading_zeros_lost_by_excel_come_back_with_a_warning(cccd: str, as_number: bool) -> None:
    cell: object = int(cccd) if as_number else cccd.lstrip("0")
    items, problems = read([["Họ và tên", "Số CCCD"], ["An", cell]])
    assert items[0].data.cccd == cccd
    restored = [p for p in problems if p.message.id == "sheet.cccd_zero_restored"]
    assert len(restored) == 1 and restored[0].severity == "warning"
    assert restored[0].message.values["restored"] == cccd


@settings(max_examples=20, deadline=None)
@given(prefix=st.sampled_from("35789"), rest=st.integers(0, 10**8 - 1))
def test_phone_leading_zero_restored(prefix: str, rest: int) -> None:
    number = int(f"{prefix}{rest:08d}")
    items, problems = read([["Họ và tên", "Điện thoại"], ["An", number]])
    assert items[0].data.phone == f"0{number}"
    assert [p.message.id for p in problems] == ["sheet.phone_zero_restored"]


def test_full_cccd_text_and_cmnd_and_card_numbers() -> None:
    items, problems = read(
        [
            ["Họ và tên", "Số CCCD/CMND", "Số thẻ đảng viên"],
            ["An", "001 075 001 234", "01234567"],
            ["Bình", 12345678, 1234567],
            ["Chi", "123456789", "AB-123"],
        ]
    )
    assert items[0].data.cccd == "001075001234" and items[0].data.card_no == "01234567"
    assert items[1].data.cmnd == "012345678" and items[1].data.card_no == "01234567"
    assert items[2].data.cmnd == "123456789" and items[2].data.card_no == "AB-123"
    assert sorted(p.message.id for p in problems) == ["sheet.card_zero_restored", "sheet.cmnd_zero_restored"]


def test_birth_date_under_male_and_female_columns_gives_the_gender() -> None:
    items, problems = read(
        [
            ["Họ và tên", "Ngày sinh", None, "Giới tính"],
            [None, "Nam", "Nữ"],
            ["Nguyễn Văn An", datetime(1975, 3, 12), None],
            ["Trần Thị Bình", None, "1980"],
            ["Lê Văn Cường", "x", None],
            ["Phạm Thị Dung", "1970", "1971"],
            ["Võ Văn Em", None, None, "Nam"],
            ["Hồ Thị Phương", None, None, "con gái"],
        ]
    )
    genders = [i.data.gender for i in items]
    assert genders == [Gender.MALE, Gender.FEMALE, Gender.MALE, None, Gender.MALE, None]
    assert items[0].data.birth_date == PartialDate(1975, 3, 12)
    assert items[1].data.birth_date == PartialDate(1980)
    assert items[2].data.birth_date is None
    assert [(p.row, p.message.id) for p in problems] == [(6, "sheet.gender_both"), (8, "sheet.gender_unreadable")]


def test_names_split_capitals_tidied_and_footer_rows_skipped() -> None:
    items, problems = read(
        [
            ["STT", "HỌ VÀ TÊN", "Ghi chú"],
            [1, "NGUYỄN  VĂN   AN", "Chuyển đến\n\n  năm 2020"],
            [2, "Tôn Thất Tùng", None],
            [3, "Nguyễn Phúc Lộc", None],
            [None, None, None],
            [None, "Tổng cộng: 3 đồng chí", None],
        ]
    )
    assert [(i.data.ho, i.data.dem, i.data.ten) for i in items] == [
        ("Nguyễn", "Văn", "An"),
        ("Tôn Thất", "", "Tùng"),
        ("Nguyễn", "Phúc", "Lộc"),
    ]
    assert items[0].data.note == "Chuyển đến\n\nnăm 2020"
    assert [i.row for i in items] == [2, 3, 4]
    assert not problems


def test_separate_name_columns() -> None:
    items, _ = read([["Họ và tên đệm", "Tên"], ["Công Tằng Tôn Nữ Thị", "Hà"], ["Lê Văn", "Tám"]])
    assert [(i.data.ho, i.data.dem, i.data.ten) for i in items] == [
        ("Công Tằng Tôn Nữ", "Thị", "Hà"),
        ("Lê", "Văn", "Tám"),
    ]
    assert items[0].sources["ho"] == 1 and items[0].sources["ten"] == 2


def test_excel_serial_dates_before_1900_march_are_refused() -> None:
    _, problems = read([["Họ và tên", "Ngày sinh"], ["An", 45.0]])
    assert [p.message.id for p in problems] == ["date.unreadable"]
    assert timedelta(days=1)  # keeps the import used for the date strategies readable
