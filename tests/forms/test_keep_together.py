"""The signature block stays with the last lines of the body, wherever on the page the body ends."""

from __future__ import annotations

import io
from datetime import date

from reportlab.platypus import Spacer

from handbook.flow import cases as fc
from handbook.flow.dispatch import get_dispatch
from handbook.forms.dispatch_letter import cover_letter
from handbook.forms.flowables import SlotRecorder
from handbook.forms.fonts import register_fonts
from handbook.forms.layout import render_document
from handbook.forms.model import DocumentHeader, PageSetup, PartyDocument, Recipients, SignatureBlock
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.sheets_from_cases import CaseForms
from handbook.forms.styles import DOCUMENT_SCALE, FormStyles
from handbook.vault.vault import Vault
from tests.forms.commune_data import build_printed
from tests.forms.pdftools import page_count, pdf_text

STEP = 6.0  # points: the body's end moves down the page by this much from one dispatch to the next


def _pages(pdf: bytes) -> list[str]:
    return [pdf_text(pdf, n) for n in range(1, page_count(pdf) + 1)]


def test_dispatch_signature_never_alone_on_a_page(vault: Vault) -> None:
    printed = build_printed(vault)
    dispatch = get_dispatch(vault, printed.dispatch)
    cases = [fc.get_case(vault, c) for c in dispatch.case_ids]
    forms = CaseForms(vault)
    forms.load(cases)
    family = register_fonts("liberation")
    styles = FormStyles(family, DOCUMENT_SCALE)
    page = PageSetup()
    squeezed_seen = carried_seen = False
    offset = 0.0
    while offset < page.frame_height:
        recorder = SlotRecorder()
        flowables = cover_letter(forms, dispatch, cases, styles, page.frame_width, recorder)
        # Push the body down: its end lands at every height of the first and second page in turn.
        flowables.insert(1, Spacer(1, offset))
        buffer = io.BytesIO()
        canv = new_canvas(buffer, family, page, "Công văn")
        result = PageWriter(canv, family, page).flow(flowables, recorder=recorder)
        canv.save()
        pages = _pages(buffer.getvalue())
        where = [i for i, text in enumerate(pages) if "Nơi nhận" in text]
        assert len(where) == 1, offset
        signed_page = pages[where[0]]
        # The page with the signature holds the end of the body's last sentence with it.
        assert "năm 2025./." in signed_page, (offset, signed_page)
        assert "xếp loại" in signed_page or "chất lượng" in signed_page, (offset, signed_page)
        assert result.areas["dispatch.sign"].page == where[0]
        area = result.areas["dispatch.sign"].area
        squeezed_seen |= area.height < styles.scale.sign_space - 1
        carried_seen |= where[0] > 0 and "Kính gửi" not in signed_page
        offset += STEP
    assert squeezed_seen, "no layout squeezed the spacing to keep the block on its page"
    assert carried_seen, "no layout carried body lines to the next page"


def test_letter_signature_stays_with_its_body_at_every_length() -> None:
    header = DocumentHeader("Đảng ủy xã Tân An", "Ban Xây dựng Đảng", "Số 3-GT/BXDĐ", "Tân An", date(2025, 9, 4))
    sentence = "Ban Xây dựng Đảng trân trọng giới thiệu đồng chí về sinh hoạt tại chi bộ nơi cư trú"
    words = sentence.split()
    for count in range(20, 700, 9):
        body = " ".join(words[i % len(words)] for i in range(count)) + " cuối thư."
        doc = PartyDocument(
            header=header,
            title="Giấy giới thiệu",
            summary="về sinh hoạt nơi cư trú",
            body=(body,),
            signature=SignatureBlock(("Trưởng ban",), "Nguyễn Thị Hoà"),
            recipients=Recipients(("Chi bộ thôn Đông,", "Lưu Ban XDĐ.")),
        )
        pages = _pages(render_document(doc, fonts="liberation"))
        signed = [text for text in pages if "Nơi nhận" in text]
        assert len(signed) == 1 and "thư." in signed[0], (count, pages)
