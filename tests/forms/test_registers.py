"""Registers on A4 landscape with their heading on every page, and the handover record of a merge."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from handbook.errors import InputError
from handbook.flow.model import ResidenceKind
from handbook.flow.registrations import register
from handbook.forms.handover import handover_into, render_handover, render_handover_into
from handbook.forms.member_register import COLUMNS_7HSDV, render_member_register
from handbook.forms.registers import COLUMNS_213, render_register_213
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.orgs.model import OrgId
from handbook.vault.vault import Vault
from tests.forms.commune_data import Printed, build_printed
from tests.forms.pdftools import page_count, page_sizes, pdf_text

LANDSCAPE = "841.89 x 595.276"


@pytest.fixture
def printed(vault: Vault) -> Printed:
    return build_printed(vault)


def flat(pdf: bytes, page: int | None = None) -> str:
    text = pdf_text(pdf, page)
    assert unicodedata.is_normalized("NFC", text)
    return " ".join(text.split())


def has_words(pdf: bytes, phrase: str, page: int | None = None) -> bool:
    """Every word of ``phrase`` is on the page: table cells wrap, so their reading order is not kept."""
    return set(phrase.split()) <= set(pdf_text(pdf, page).split())


def test_register_213_one_section_per_cell(printed: Printed, no_file_writes: Path) -> None:
    pdf = render_register_213(printed.vault, 2025, fonts="liberation")
    assert page_sizes(pdf) == {LANDSCAPE}
    assert page_count(pdf) == 2  # thôn Đông, thôn Tây
    east, west = flat(pdf, 1), flat(pdf, 2)
    for text in (east, west):
        assert "SỔ THEO DÕI ĐẢNG VIÊN ĐANG CÔNG TÁC THƯỜNG XUYÊN GIỮ MỐI LIÊN HỆ" in text
        assert "ĐẢNG ỦY XÃ TÂN AN" in text and "BAN XÂY DỰNG ĐẢNG" in text
        assert "(1) (2) (3)" in text and f"({len(COLUMNS_213)})" in text
    assert "CHI BỘ THÔN ĐÔNG – NĂM 2025" in east and "Nguyễn Văn An" in east and "Trần Thị Bình" in east
    assert "Lê Văn Cường" not in east
    for expected in (
        "Đảng ủy Trường Cao đẳng Sư phạm tỉnh",
        "10-GT/ĐU",
        "05/03/2024",
        "Biểu dương",
        "1-XN/ĐU",
        "30/10/2025",
        "1-CV/BXDĐ",
        "01/12/2025",
        "1-XN/BXDĐ",
        "Đã xác nhận",
    ):
        assert has_words(pdf, expected, 1), expected
    assert "CHI BỘ THÔN TÂY – NĂM 2025" in west and "Võ Minh Em" in west and "Miễn sinh hoạt" in west
    for expected in ("Thôn Tây (tạm trú)", "55-CV/ĐU", "Chờ chi bộ nhận xét"):
        assert has_words(pdf, expected, 2), expected
    only_west = render_register_213(printed.vault, 2025, printed.commune.west, fonts="liberation")
    assert page_count(only_west) == 1 and "Nguyễn Văn An" not in flat(only_west)


def test_register_213_repeats_its_heading_on_every_page(printed: Printed) -> None:
    c = printed.commune
    for i in range(40):
        member = repo.add_member(c.vault, MemberData(ho="Đoàn", dem="Văn", ten=f"Thứ {i + 1:02d}"), accept=True)
        register(
            c.vault,
            member,
            workplace_org_id=c.hospital,
            letter_no=f"{100 + i}-GT/ĐU",
            letter_date=date(2025, 2, 1),
            received_date=date(2025, 2, 3),
            residence_kind=ResidenceKind.PERMANENT,
            residence_address=f"Xóm {i % 5 + 1}, thôn Đông",
            cell_id=c.east,
        )
    pdf = render_register_213(printed.vault, 2025, c.east, fonts="liberation")
    pages = page_count(pdf)
    assert pages >= 3 and page_sizes(pdf) == {LANDSCAPE}
    for number in range(1, pages + 1):
        text = flat(pdf, number)
        assert "CHI BỘ THÔN ĐÔNG – NĂM 2025" in text and "Họ và tên, năm sinh" in text and "(13)" in text
        if number > 1:
            assert text.startswith(str(number)) and "SỔ THEO DÕI" not in text
    assert "Đoàn Văn Thứ 40" in flat(pdf)
    assert any(re.match(r"\s*42\s", line) for line in pdf_text(pdf, layout=True).splitlines())


def test_register_213_of_an_empty_year_is_refused(printed: Printed) -> None:
    with pytest.raises(InputError) as info:
        render_register_213(printed.vault, 2010, fonts="liberation")
    assert info.value.message.id == "forms.register_empty"


def test_member_register_7_hsdv(printed: Printed, no_file_writes: Path) -> None:
    current = flat(render_member_register(printed.vault, fonts="liberation"))
    assert "Chi bộ thôn Bắc (3 đảng viên)" in current and "Mai Thị Hạnh" not in current  # moved away
    pdf = render_member_register(printed.vault, everyone=True, fonts="liberation")
    assert page_sizes(pdf) == {LANDSCAPE} and page_count(pdf) == 1
    text = flat(pdf)
    assert "Mẫu 7-HSĐV" in text and "SỔ DANH SÁCH ĐẢNG VIÊN" in text and "Đảng bộ xã Tân An" in text
    assert f"({len(COLUMNS_7HSDV)})" in text and len(COLUMNS_7HSDV) == 14
    assert "Chi bộ thôn Bắc (4 đảng viên)" in text
    for expected in (
        "Đinh Công Tráng",
        "03/02/1950",
        "Hưu trí",
        "Huy hiệu 30 năm tuổi Đảng 19/05/2020",
        "Lý Văn Ước",
        "09/1985",
        "Công an",
        "02/09/2025",
        "Đảng bộ phường Hưng Dũng",
        "19/05/2000",
        "19/05/2001",
        "00000004",
        "Nữ",
        "Kinh",
    ):
        assert has_words(pdf, expected), expected
    # Members known only through a 213 registration belong to their workplace's register.
    assert "Nguyễn Văn An" not in text


def test_member_register_repeats_its_heading(printed: Printed) -> None:
    for i in range(45):
        repo.add_member(
            printed.vault,
            MemberData(ho="Hồ", dem="Thị", ten=f"Thu {i + 1:02d}"),
            cell_id=printed.merged,
            cell_from=date(2025, 8, 1),
            accept=True,
        )
    pdf = render_member_register(printed.vault, fonts="liberation")
    pages = page_count(pdf)
    assert pages >= 2
    for number in range(1, pages + 1):
        text = flat(pdf, number)
        assert "Họ và tên khai sinh, ngày sinh" in text and "(14)" in text
    # Laid out a page at a time: every member once, in order, no row cut between two pages.
    text = flat(pdf)
    found = [int(m) for m in re.findall(r"Hồ Thị Thu (\d\d)", text)]
    assert found == list(range(1, 46))
    per_page = [len(re.findall(r"Hồ Thị Thu \d\d", flat(pdf, n))) for n in range(1, pages + 1)]
    assert sum(per_page) == 45 and sum(1 for n in per_page if n) >= 2


def test_handover_record_of_the_merge(printed: Printed, no_file_writes: Path) -> None:
    handover = handover_into(printed.vault, printed.merged)
    assert handover.kind == "merge" and len(handover.lines) == 4
    assert [o.name for o in handover.sources] == ["Chi bộ thôn Bắc 1", "Chi bộ thôn Bắc 2"]
    pdf = render_handover(printed.vault, handover, fonts="liberation")
    again = render_handover_into(printed.vault, printed.merged, fonts="liberation")
    assert page_count(again) == page_count(pdf) == 2 and flat(again) == flat(pdf)
    text = flat(pdf)
    for expected in (
        "ĐẢNG BỘ TỈNH NGHỆ AN",
        "ĐẢNG ỦY XÃ TÂN AN",
        "Tân An, ngày 01 tháng 7 năm 2025",
        "BIÊN BẢN BÀN GIAO",
        "đảng viên và hồ sơ đảng viên khi sáp nhập chi bộ",
        "Căn cứ Quyết định số 08-QĐ/ĐU ngày 20/06/2025 của Đảng ủy xã Tân An về việc sáp nhập "
        "Chi bộ thôn Bắc 1 và Chi bộ thôn Bắc 2 thành Chi bộ thôn Bắc",
        "Bên giao: Chi ủy Chi bộ thôn Bắc 1",
        "Bên nhận: Chi ủy Chi bộ thôn Bắc",
        "Đã bàn giao 4 đảng viên cùng hồ sơ đảng viên",
        "Đinh Công Tráng",
        "03/02/1950",
        "00000001",
        "Biên bản được lập thành 04 bản",
        "ĐẠI DIỆN BÊN GIAO",
        "CHI ỦY CHI BỘ THÔN BẮC 2",
        "ĐẠI DIỆN BÊN NHẬN",
        "ĐẢNG ỦY XÃ TÂN AN",
    ):
        assert expected in text, expected


def test_no_handover_for_a_cell_never_merged(printed: Printed) -> None:
    with pytest.raises(InputError) as info:
        handover_into(printed.vault, OrgId(printed.commune.east))
    assert info.value.message.id == "forms.no_handover" and "Chi bộ thôn Đông" in info.value.render("vi")


def test_member_register_spreadsheet_holds_what_the_pdf_holds(printed: Printed, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from handbook.spreadsheet.register import export_register

    for everyone in (False, True):
        out = tmp_path / f"so-{everyone}.xlsx"
        count = export_register(printed.vault, out, everyone=everyone)
        rows = list(load_workbook(out).active.iter_rows(min_row=8, values_only=True))
        members = [r for r in rows if isinstance(r[0], int)]
        headings = [r[0] for r in rows if isinstance(r[0], str)]
        assert len(members) == count and [r[0] for r in members] == list(range(1, count + 1))
        pdf = flat(render_member_register(printed.vault, everyone=everyone, fonts="liberation"))
        for heading in headings:
            assert heading in pdf
        names = [str(r[1]).split("\n")[0] for r in members]
        assert all(name in pdf for name in names)
        assert sorted(names, key=pdf.index) == names  # the same order
        assert "Nguyễn Văn An" not in names  # a 213 registration alone is not the commune's member
        for r in members:
            assert "Huy hiệu Huy hiệu" not in str(r[7] or "") and "năm năm" not in str(r[7] or "")
