"""One-off Party documents: extracted text, embedded fonts, the header's rule, images, margins."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from handbook.errors import InputError
from handbook.forms.flowables import RULE_WIDTH, RuledText
from handbook.forms.fonts import register_bundled
from handbook.forms.layout import NATIONAL_NAME, render_document
from handbook.forms.model import DocumentHeader, PageSetup, PartyDocument, Recipients, SignatureBlock
from handbook.forms.specimen import specimen_document
from handbook.forms.typeset import text_width
from tests.forms.pdftools import (
    page_count,
    pdf_fonts,
    pdf_text,
    pdf_words,
    seal_png,
    signature_png,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def specimen_pdf() -> bytes:
    return render_document(specimen_document(), fonts="liberation")


def test_document_text_comes_out_right(specimen_pdf: bytes) -> None:
    text = pdf_text(specimen_pdf)
    assert unicodedata.is_normalized("NFC", text)
    flat = squash(text)
    for expected in (
        "ĐẢNG ỦY XÃ TÂN AN",
        "BAN XÂY DỰNG ĐẢNG",
        "*",
        "Số 12-GGT/BXDĐ",
        NATIONAL_NAME,
        "Tân An, ngày 05 tháng 02 năm 2026",
        "GIẤY GIỚI THIỆU",
        "về sinh hoạt nơi cư trú",
        "Nguyễn Thị Hương Giang",
        "Quy định số 213-QĐ/TW ngày 02/01/2020",
        "K/T TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Trần Thị Bình",
        "Nơi nhận:",
        "- Như trên,",
        "- Chi bộ Trường THCS Tân An,",
        "- Lưu Ban XDĐ.",
    ):
        assert expected in flat, expected
    assert "Số:" not in flat  # no colon after "Số"
    assert page_count(specimen_pdf) == 1


def test_header_columns_share_lines(specimen_pdf: bytes) -> None:
    """Superior body beside ĐẢNG CỘNG SẢN VIỆT NAM; the number beside the place and date."""
    lines = [squash(line) for line in pdf_text(specimen_pdf, layout=True).splitlines() if line.strip()]
    assert any("ĐẢNG ỦY XÃ TÂN AN" in line and NATIONAL_NAME in line for line in lines)
    assert any("Số 12-GGT/BXDĐ" in line and "Tân An, ngày 05 tháng 02 năm 2026" in line for line in lines)
    assert any("Nơi nhận:" in line and "K/T TRƯỞNG BAN" in line for line in lines)


def test_four_faces_embedded_and_bold_really_bold(specimen_pdf: bytes) -> None:
    fonts = pdf_fonts(specimen_pdf)
    assert fonts and all(f.embedded and f.subset and f.unicode for f in fonts)
    names = {re.sub(r"^[A-Z]{6}\+", "", f.name) for f in fonts}
    assert names == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


def test_decomposed_input_prints_composed() -> None:
    doc = specimen_document()
    decomposed = PartyDocument(
        header=DocumentHeader(
            nfd("Đảng ủy xã Hòa Bình"),
            nfd("Ban Xây dựng Đảng"),
            nfd("Số 3-GGT/BXDĐ"),
            nfd("Hòa Bình"),
            date(2025, 11, 15),
        ),
        title=nfd("Giấy giới thiệu"),
        summary=nfd("về sinh hoạt nơi cư trú"),
        body=tuple(nfd(p) for p in doc.body),
        signature=SignatureBlock(tuple(nfd(line) for line in doc.signature.lines), nfd("Trần Thị Bình")),
        recipients=Recipients(tuple(nfd(line) for line in ("Như trên,", "Lưu Ban XDĐ."))),
    )
    text = pdf_text(render_document(decomposed, fonts="liberation"))
    assert unicodedata.is_normalized("NFC", text)
    flat = squash(text)
    assert "ĐẢNG ỦY XÃ HÒA BÌNH" in flat
    assert "Hòa Bình, ngày 15 tháng 11 năm 2025" in flat
    assert "Trần Thị Bình" in flat and "Nguyễn Thị Hương Giang" in flat


class RecordingCanvas:
    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str) -> object:
        return lambda *args: self.calls.append((name, args))


def test_rule_under_national_name_is_exactly_as_wide_as_the_text() -> None:
    fonts = register_bundled("liberation")
    flowable = RuledText(NATIONAL_NAME, fonts.bold, 15, 18)
    flowable.wrap(260, 100)
    canvas = RecordingCanvas()
    flowable.canv = canvas
    flowable.draw()
    ((x1, y1, x2, y2),) = [args for name, args in canvas.calls if name == "line"]
    ((cx, baseline, text),) = [args for name, args in canvas.calls if name == "drawCentredString"]
    assert text == NATIONAL_NAME and cx == 130
    assert y1 == y2 and y1 < baseline  # type: ignore[operator]
    assert x2 - x1 == pytest.approx(text_width(NATIONAL_NAME, fonts.bold, 15))  # type: ignore[operator]
    assert (x1 + x2) / 2 == pytest.approx(130)  # type: ignore[operator]
    assert ("setLineWidth", (RULE_WIDTH,)) in canvas.calls


def test_signature_and_seal_images_are_embedded() -> None:
    doc = specimen_document()
    signed = dataclasses.replace(
        doc, signature=dataclasses.replace(doc.signature, signature_png=signature_png(), seal_png=seal_png())
    )
    pdf = render_document(signed, fonts="liberation")
    assert pdf.count(b"/Subtype /Image") >= 2
    assert "Trần Thị Bình" in pdf_text(pdf)


def test_damaged_image_is_a_clear_input_error() -> None:
    doc = specimen_document()
    broken_seal = dataclasses.replace(doc.signature, seal_png=b"\x89PNG broken")
    broken = dataclasses.replace(doc, signature=broken_seal)
    with pytest.raises(InputError) as caught:
        render_document(broken, fonts="liberation")
    assert caught.value.message.id == "forms.bad_image"
    assert "con dấu" in caught.value.render("vi") and "Trần Thị Bình" in caught.value.render("vi")
    assert "seal" in caught.value.render("en")


def test_long_document_flows_onto_numbered_pages() -> None:
    doc = specimen_document()
    long = dataclasses.replace(doc, body=doc.body * 12)
    pdf = render_document(long, fonts="liberation")
    pages = page_count(pdf)
    assert pages >= 2
    second = pdf_text(pdf, page=2).split()
    assert second[0] == "2"  # page numbers from the second page on, at the top
    assert "Trần Thị Bình" in pdf_text(pdf, page=pages)


@pytest.mark.parametrize("setup", [PageSetup(), PageSetup(left_mm=50, top_mm=25, right_mm=20)])
def test_text_starts_at_the_margins(setup: PageSetup) -> None:
    words = pdf_words(render_document(specimen_document(), fonts="liberation", page=setup))
    recipients = next(w for w in words if w.text == "Nơi")
    assert recipients.x_min == pytest.approx(setup.left, abs=0.5)
    body_right = max(w.x_max for w in words)
    assert body_right == pytest.approx(setup.page_size[0] - setup.right, abs=1.0)  # justified body
    top = min(w.y_min for w in words)
    assert setup.top - 1 < top < setup.top + 6  # the first line hangs from the top margin


@pytest.mark.parametrize("margins", [{"left_mm": -1}, {"top_mm": 61}, {"left_mm": 60, "right_mm": 55}])
def test_bad_margins_are_refused(margins: dict[str, float]) -> None:
    with pytest.raises(InputError) as caught:
        PageSetup(**margins)
    assert caught.value.message.id == "forms.bad_margins"
    assert "mm" in caught.value.render("vi")


def test_rendering_writes_no_files(no_file_writes: Path) -> None:
    doc = specimen_document()
    signed = dataclasses.replace(
        doc, signature=dataclasses.replace(doc.signature, signature_png=signature_png(), seal_png=seal_png())
    )
    pdf = render_document(signed, fonts="liberation")
    assert pdf.startswith(b"%PDF-")
