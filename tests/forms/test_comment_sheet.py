"""The comment sheet: text per page, shared forms, tick marks where chosen, images once, clear refusals."""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from handbook.errors import InputError
from handbook.forms.comment_sheet import (
    CommentSheet,
    Criterion,
    SheetBatch,
    render_comment_sheets,
)
from handbook.forms.fonts import register_bundled
from handbook.forms.model import DocumentHeader, PageSetup, SignatureBlock
from handbook.forms.specimen import SPECIMEN_CRITERIA, specimen_sheet
from handbook.forms.styles import SHEET_SCALE, FormStyles
from tests.forms.pdftools import (
    page_count,
    pdf_fonts,
    pdf_text,
    pdf_words,
    render_gray,
    seal_png,
    signature_png,
)


def squash(text: str) -> str:
    return " ".join(text.split())


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_each_sheet_is_one_page_with_its_own_text() -> None:
    sheets = [specimen_sheet(i) for i in range(3)]
    pdf = render_comment_sheets(sheets, fonts="liberation")
    assert page_count(pdf) == 3
    for number, sheet in enumerate(sheets, start=1):
        text = pdf_text(pdf, page=number)
        assert unicodedata.is_normalized("NFC", text)
        flat = squash(text)
        for expected in (
            "ĐẢNG BỘ XÃ TÂN AN",
            sheet.header.issuing_body.upper(),
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            f"Tân An, ngày {sheet.header.date.day:02d} tháng 11 năm 2025",  # type: ignore[union-attr]
            "PHIẾU NHẬN XÉT",
            "ĐẢNG VIÊN ĐANG CÔNG TÁC THƯỜNG XUYÊN GIỮ MỐI LIÊN HỆ",
            "VỚI TỔ CHỨC ĐẢNG VÀ NHÂN DÂN NƠI CƯ TRÚ",
            f"Họ và tên đảng viên: {sheet.member_name}",
            f"Năm sinh: {sheet.birth_year}",
            f"Chức vụ, đơn vị công tác: {sheet.workplace}",
            f"Nơi cư trú: {sheet.residence}",
            "1. Nêu gương về phẩm chất chính trị, đạo đức, lối sống",
            "Nêu gương tốt",
            "Chưa nêu gương",
            "6. Đề nghị của chi bộ nơi cư trú",
            "Xem xét xử lý",
            "7. Ý kiến khác:",
            "T/M CHI ỦY",
            "BÍ THƯ",
            sheet.cell_signature.signer_name,
            "XÁC NHẬN CỦA",
            "BAN XÂY DỰNG ĐẢNG",
            f"Số {11 + number}-XN/BXDĐ",
            "Tân An, ngày 20 tháng 11 năm 2025",
            "TRƯỞNG BAN",
            "Phạm Quốc Việt",
        ):
            assert expected in flat, (number, expected)
        if sheet.other_comments:
            assert squash(sheet.other_comments) in flat
        for other in sheets:
            if other is not sheet:
                assert other.member_name not in flat


def test_fonts_embedded_regular_bold_italic_distinct() -> None:
    pdf = render_comment_sheets([specimen_sheet(0)], fonts="liberation")
    fonts = pdf_fonts(pdf)
    assert all(f.embedded and f.subset for f in fonts)
    names = {re.sub(r"^[A-Z]{6}\+", "", f.name) for f in fonts}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= names


def test_decomposed_input_prints_composed() -> None:
    sheet = specimen_sheet(4)
    decomposed = dataclasses.replace(
        sheet,
        member_name=nfd("Đặng Thị Thủy"),
        workplace=nfd(sheet.workplace),
        residence=nfd(sheet.residence),
        other_comments=nfd("Gương mẫu, nhiệt tình."),
        header=dataclasses.replace(sheet.header, issuing_body=nfd("Chi bộ thôn Phú Hòa"), place=nfd("Tân An")),
    )
    text = squash(pdf_text(render_comment_sheets([decomposed], fonts="liberation")))
    assert unicodedata.is_normalized("NFC", text)
    for expected in ("Đặng Thị Thủy", "CHI BỘ THÔN PHÚ HÒA", "Gương mẫu, nhiệt tình.", sheet.workplace):
        assert expected in text


def test_alike_sheets_share_one_form() -> None:
    sheets = [dataclasses.replace(specimen_sheet(i), other_comments="") for i in range(0, 60, 5)]
    pdf = render_comment_sheets(sheets, fonts="liberation")
    assert page_count(pdf) == len(sheets)
    assert pdf.count(b"/Subtype /Form") <= 2  # drawn once, referenced on every page


def test_tick_marks_only_in_the_chosen_boxes() -> None:
    fonts = register_bundled("liberation")
    sheet = specimen_sheet(0)
    chosen = (0, 1, 2, None, 2, 1)
    sheet = dataclasses.replace(
        sheet,
        criteria=tuple(dataclasses.replace(c, chosen=pick) for c, pick in zip(SPECIMEN_CRITERIA, chosen, strict=True)),
    )
    buffer = io.BytesIO()
    page = PageSetup()
    batch = SheetBatch(Canvas(buffer, pagesize=page.page_size), [FormStyles(fonts, SHEET_SCALE)], page)
    batch.add(sheet)
    batch.canv.save()
    (design,) = batch.designs.values()
    (plan,) = design.plans.values()
    assert plan.template is not None
    recorder = plan.template.recorder
    gray = render_gray(buffer.getvalue(), dpi=150)
    for number, pick in enumerate(chosen):
        for index, box in enumerate(recorder.boxes[f"crit.{number}"]):
            inner = gray.darkness(box.x + 2, box.y + 2, box.width - 4, box.height - 4, page.page_size[1])
            if index == pick:
                assert inner > 0.15, (number, index, inner)
            else:
                assert inner < 0.02, (number, index, inner)


def test_three_criteria_for_exempt_members_number_the_free_text_four() -> None:
    sheet = dataclasses.replace(specimen_sheet(1), criteria=SPECIMEN_CRITERIA[:3])
    text = squash(pdf_text(render_comment_sheets([sheet], fonts="liberation")))
    assert "4. Ý kiến khác:" in text
    assert "5. Tham gia" not in text


def test_numbered_header_and_long_cell_name_wrap_evenly() -> None:
    sheet = dataclasses.replace(
        specimen_sheet(2),
        header=DocumentHeader(
            "Đảng bộ phường Hoàng Văn Thụ",
            "Chi bộ tổ dân phố số 12 Hoàng Văn Thụ",
            "Số 07-NX/CB",
            "Hoàng Văn Thụ",
            date(2026, 1, 9),
        ),
    )
    pdf = render_comment_sheets([sheet], fonts="liberation")
    flat = squash(pdf_text(pdf))
    assert "Số 07-NX/CB" in flat
    assert "Hoàng Văn Thụ, ngày 09 tháng 01 năm 2026" in flat
    row: dict[str, int] = {}
    for word in pdf_words(pdf):
        if word.x_max < 300:
            row.setdefault(word.text, round(word.y_min))  # first (topmost) occurrence
    # Long names break into even lines in the left column: "CHI BỘ TỔ DÂN PHỐ" / "SỐ 12 HOÀNG VĂN THỤ".
    assert row["CHI"] == row["PHỐ"] < row["12"]
    assert row["ĐẢNG"] < row["CHI"]


def test_images_are_embedded_once_for_the_whole_batch() -> None:
    signed = SignatureBlock(("Trưởng ban",), "Phạm Quốc Việt", signature_png(), seal_png())
    sheets = []
    for i in range(20):
        sheet = specimen_sheet(i)
        assert sheet.confirmation is not None
        sheets.append(
            dataclasses.replace(sheet, confirmation=dataclasses.replace(sheet.confirmation, signature=signed))
        )
    pdf = render_comment_sheets(sheets, fonts="liberation")
    assert page_count(pdf) == 20
    assert pdf.count(b"/Subtype /Image") <= 4  # signature and seal, each with its transparency mask


def test_blank_fields_get_dotted_lines_and_no_confirmation_is_fine() -> None:
    unrated = tuple(dataclasses.replace(c, chosen=None) for c in SPECIMEN_CRITERIA)
    sheet = dataclasses.replace(
        specimen_sheet(0), birth_year=None, other_comments="", confirmation=None, criteria=unrated
    )
    pdf = render_comment_sheets([sheet], fonts="liberation")
    flat = squash(pdf_text(pdf))
    assert "Năm sinh:" in flat and "XÁC NHẬN" not in flat and "T/M CHI ỦY" in flat


@pytest.mark.parametrize("labels", [("Tốt", "Khá"), ("A", "B", "C", "D")])
def test_criterion_needs_three_labels(labels: tuple[str, ...]) -> None:
    sheet = dataclasses.replace(specimen_sheet(0), criteria=(Criterion(1, "Nêu gương", labels),))
    with pytest.raises(InputError) as caught:
        render_comment_sheets([sheet], fonts="liberation")
    assert caught.value.message.id == "forms.bad_labels"
    assert f"đang có {len(labels)}" in caught.value.render("vi")


def test_chosen_label_must_exist() -> None:
    sheet = dataclasses.replace(
        specimen_sheet(0),
        criteria=(Criterion(1, "Nêu gương", ("Nêu gương tốt", "Nêu gương", "Chưa nêu gương"), chosen=3),),
    )
    with pytest.raises(InputError) as caught:
        render_comment_sheets([sheet], fonts="liberation")
    assert caught.value.message.id == "forms.bad_choice"
    assert sheet.member_name in caught.value.render("vi")


def test_too_long_comments_are_refused_with_the_field_named() -> None:
    long_text = "Đồng chí gương mẫu, nhiệt tình tham gia mọi hoạt động của thôn. " * 40
    sheet = dataclasses.replace(specimen_sheet(0), other_comments=long_text)
    with pytest.raises(InputError) as caught:
        render_comment_sheets([sheet], fonts="liberation")
    assert caught.value.message.id == "forms.sheet_too_long"
    message = caught.value.render("vi")
    assert "7. Ý kiến khác" in message and sheet.member_name in message


def test_comments_that_fit_are_printed_whole() -> None:
    text = "Đồng chí gương mẫu, nhiệt tình tham gia mọi hoạt động của thôn. " * 5
    sheet = dataclasses.replace(specimen_sheet(0), other_comments=text)
    assert squash(text) in squash(pdf_text(render_comment_sheets([sheet], fonts="liberation")))


def test_a_full_sheet_is_set_tighter_rather_than_refused() -> None:
    text = "Đồng chí gương mẫu, nhiệt tình tham gia mọi hoạt động của thôn. " * 9
    sheet = dataclasses.replace(specimen_sheet(0), other_comments=text)
    with pytest.raises(InputError):
        render_comment_sheets([sheet], fonts="liberation", scales=(SHEET_SCALE,))
    pdf = render_comment_sheets([sheet], fonts="liberation")
    assert page_count(pdf) == 1
    flat = squash(pdf_text(pdf))
    assert squash(text) in flat and "Phạm Quốc Việt" in flat


def test_empty_batch_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        render_comment_sheets([], fonts="liberation")
    assert caught.value.message.id == "forms.empty_batch"


def test_batch_from_a_generator_writes_no_files(no_file_writes: Path) -> None:
    signed = SignatureBlock(("T/M Chi ủy", "Bí thư"), "Lê Văn An", signature_png(), seal_png())
    sheets: list[CommentSheet] = [dataclasses.replace(specimen_sheet(i), cell_signature=signed) for i in range(5)]
    pdf = render_comment_sheets(iter(sheets), fonts="liberation")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
