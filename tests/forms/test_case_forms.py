"""Forms from the vault: sheets of cases as they were signed, certificates, letters, the dispatch, images."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest

from handbook import settings
from handbook.errors import InputError, PermissionDenied
from handbook.flow import cases as fc
from handbook.flow.dispatch import get_dispatch
from handbook.forms.dispatch_letter import render_dispatch, render_dispatch_document, signature_box
from handbook.forms.images import get_signature_images, set_signature_images
from handbook.forms.letters import render_endorsement, render_introduction_letter
from handbook.forms.sheets_from_cases import CONFIRMATION_MODE, render_case_sheets
from handbook.permissions import Op
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.forms.commune_data import DEPUTY, HEAD, SECRETARY, Printed, build_printed
from tests.forms.pdftools import page_count, pdf_text, pdf_words, seal_png, signature_png


@pytest.fixture
def printed(vault: Vault) -> Printed:
    return build_printed(vault)


def flat(pdf: bytes, page: int | None = None) -> str:
    text = pdf_text(pdf, page)
    assert unicodedata.is_normalized("NFC", text)
    return " ".join(text.split())


def as_user(p: Printed, username: str) -> Vault:
    return Vault.open(p.vault.paths.root, username=username, password=PASSWORD)


# --- comment sheets ----------------------------------------------------------------------------------


def test_sheets_print_each_case_as_it_was_confirmed(printed: Printed, no_file_writes: Path) -> None:
    p = printed
    ids = [p.old_rule, p.head, p.deputy, p.blank, p.exempt]
    pdf = render_case_sheets(p.vault, ids, fonts="liberation")
    assert page_count(pdf) == 5
    old, head, deputy, blank, exempt = (flat(pdf, n) for n in range(1, 6))
    for text in (old, head, deputy, blank, exempt):
        assert "ĐẢNG BỘ XÃ TÂN AN" in text and "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "PHIẾU NHẬN XÉT" in text
        assert "ĐẢNG VIÊN ĐANG CÔNG TÁC THƯỜNG XUYÊN GIỮ MỐI LIÊN HỆ" in text
    # Before Conclusion 202: the committee confirmed, with its own number series.
    assert "CHI BỘ THÔN ĐÔNG" in old and "Họ và tên đảng viên: Nguyễn Văn An" in old and "Năm sinh: 1980" in old
    assert "Chức vụ, đơn vị công tác: Giảng viên, Trường Cao đẳng Sư phạm tỉnh" in old
    assert "Tân An, ngày 20 tháng 10 năm 2025" in old
    assert "XÁC NHẬN CỦA ĐẢNG ỦY XÃ TÂN AN" in old and "Số 1-XN/ĐU" in old
    assert "T/M ĐẢNG ỦY BÍ THƯ" in old and SECRETARY in old and "Tân An, ngày 30 tháng 10 năm 2025" in old
    assert "7. Ý kiến khác: Gia đình gương mẫu, tích cực ủng hộ quỹ khuyến học của thôn." in old
    assert "T/M CHI ỦY BÍ THƯ" in old and "Lê Văn Thôn" in old
    # From 31/10/2025: the head of the Ban Xây dựng Đảng, or a deputy signing K/T.
    assert "XÁC NHẬN CỦA BAN XÂY DỰNG ĐẢNG" in head and "Số 1-XN/BXDĐ" in head
    assert "TRƯỞNG BAN" in head and "K/T" not in head and HEAD in head
    assert "Tân An, ngày 25 tháng 11 năm 2025" in head
    assert "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN" in deputy and DEPUTY in deputy and "Số 2-XN/BXDĐ" in deputy
    # Not commented yet: a blank sheet with a blank confirmation, room to sign and number by hand.
    assert "Phạm Thị Dung" in blank and "Tân An, ngày tháng năm" in blank
    assert "Số ......-XN/BXDĐ" in blank and "TRƯỞNG BAN" in blank and HEAD not in blank
    # Exempt from activity: the three criteria of the exempt version, and "4. Ý kiến khác".
    assert "Võ Minh Em" in exempt and "3. Đề nghị của chi bộ nơi cư trú" in exempt and "4. Ý kiến khác:" in exempt
    assert "5. " not in exempt.split("miễn sinh hoạt nơi cư trú — 3 tiêu chí):")[1].split("XÁC NHẬN")[0]


def test_a_rule_set_saved_later_does_not_change_old_sheets(printed: Printed) -> None:
    from handbook.flow.rules import rule_set_by_id, rule_set_document, save_version

    case = fc.get_case(printed.vault, printed.head)
    assert case.comment_rule_set_id is not None
    doc = rule_set_document(rule_set_by_id(printed.vault.conn, case.comment_rule_set_id))
    doc["criteria_normal"][0]["text"] = "Tiêu chí mới hoàn toàn khác"
    doc["effective_from"] = "2025-11-01"
    save_version(printed.vault, doc)
    text = flat(render_case_sheets(printed.vault, [printed.head], fonts="liberation"))
    assert "Tiêu chí mới" not in text and "1. Việc nêu gương về phẩm chất chính trị" in text


def test_certificate_mode_prints_a_separate_certificate(printed: Printed) -> None:
    p = printed
    pdf = render_case_sheets(
        p.vault, [p.old_rule, p.head, p.blank], confirmation_mode="certificate", fonts="liberation"
    )
    # Two commented cases get a certificate each; the blank case only its sheet.
    assert page_count(pdf) == 5
    sheet, certificate = flat(pdf, 1), flat(pdf, 2)
    assert "XÁC NHẬN CỦA" not in sheet and "T/M CHI ỦY" in sheet
    assert "GIẤY XÁC NHẬN" in certificate and "ĐẢNG BỘ TỈNH NGHỆ AN" in certificate
    assert "ĐẢNG ỦY XÃ TÂN AN" in certificate and "Số 1-XN/ĐU" in certificate
    assert (
        "Đảng ủy xã Tân An xác nhận: Chi bộ thôn Đông đã nhận xét đồng chí Nguyễn Văn An, sinh năm 1980" in certificate
    )
    assert "Đề nghị của chi bộ nơi cư trú: Biểu dương." in certificate
    assert "T/M ĐẢNG ỦY BÍ THƯ" in certificate and SECRETARY in certificate and "Nơi nhận:" in certificate
    assert "- Đảng ủy Trường Cao đẳng Sư phạm tỉnh," in certificate and "- Lưu Văn phòng Đảng ủy." in certificate
    new = flat(pdf, 4)
    assert "BAN XÂY DỰNG ĐẢNG" in new and "Ban Xây dựng Đảng Đảng ủy xã Tân An xác nhận" in new
    assert "TRƯỞNG BAN" in new and HEAD in new and "- Lưu Ban XDĐ." in new
    assert "PHIẾU NHẬN XÉT" in flat(pdf, 5)


def test_confirmation_mode_follows_the_setting(printed: Printed) -> None:
    settings.set_value(printed.vault, CONFIRMATION_MODE, "certificate")
    pdf = render_case_sheets(printed.vault, [printed.head], fonts="liberation")
    assert page_count(pdf) == 2 and "GIẤY XÁC NHẬN" in flat(pdf, 2)
    with pytest.raises(InputError) as bad:
        render_case_sheets(
            printed.vault,
            [printed.head],
            confirmation_mode="both",  # type: ignore[arg-type]
            fonts="liberation",
        )
    assert bad.value.message.id == "forms.bad_confirmation_mode"


def test_every_role_may_print_and_nothing_is_written(printed: Printed, no_file_writes: Path) -> None:
    viewer = as_user(printed, "thanhtra")
    try:
        assert page_count(render_case_sheets(viewer, [printed.head], fonts="liberation")) == 1
        with pytest.raises(InputError):
            render_case_sheets(viewer, [], fonts="liberation")
    finally:
        viewer.close()


# --- letters -----------------------------------------------------------------------------------------


def test_introduction_letter_and_endorsement(printed: Printed, no_file_writes: Path) -> None:
    reg = printed.commune.regs[0]
    pdf = render_introduction_letter(printed.vault, reg, fonts="liberation")
    assert page_count(pdf) == 1
    text = flat(pdf)
    # Received 05/03/2024, before Conclusion 202: the committee issues and signs.
    assert "ĐẢNG BỘ TỈNH NGHỆ AN" in text and "ĐẢNG ỦY XÃ TÂN AN" in text and "Số 1-GT/ĐU" in text
    assert "Tân An, ngày 05 tháng 3 năm 2024" in text and "GIẤY GIỚI THIỆU" in text
    assert "trân trọng giới thiệu đồng chí Nguyễn Văn An, sinh năm 1980" in text
    assert "(Giấy giới thiệu số 10-GT/ĐU ngày 01/03/2024)" in text and "Chi bộ thôn Đông" in text
    assert "Nơi nhận:" in text and "- Chi bộ thôn Đông," in text and "- Lưu Văn phòng Đảng ủy." in text
    assert "T/M ĐẢNG ỦY BÍ THƯ" in text and SECRETARY in text
    again = flat(render_introduction_letter(printed.vault, reg, fonts="liberation"))
    assert "Số 1-GT/ĐU" in again  # the number is issued once and kept
    block = flat(render_endorsement(printed.vault, reg, fonts="liberation"))
    assert "Tiếp nhận ngày 05 tháng 3 năm 2024" in block
    assert "Đã giới thiệu về sinh hoạt tại Chi bộ thôn Đông" in block and "(Giấy giới thiệu số 1-GT/ĐU)" in block
    assert "T/M ĐẢNG ỦY BÍ THƯ" in block and SECRETARY in block


def test_exempt_member_letter_says_so(printed: Printed) -> None:
    text = flat(render_introduction_letter(printed.vault, printed.commune.exempt_reg, fonts="liberation"))
    assert "tạm trú tại Thôn Tây" in text and "miễn sinh hoạt nơi cư trú" in text


# --- the dispatch ------------------------------------------------------------------------------------


def test_dispatch_cover_letter_then_its_sheets(printed: Printed, no_file_writes: Path) -> None:
    rendered = render_dispatch_document(printed.vault, printed.dispatch, fonts="liberation")
    assert rendered.number_text == "1-CV/BXDĐ" and rendered.letter_pages == 1
    assert page_count(rendered.pdf) == rendered.pages == 3
    letter = flat(rendered.pdf, 1)
    for expected in (
        "ĐẢNG ỦY XÃ TÂN AN",
        "BAN XÂY DỰNG ĐẢNG",
        "Số 1-CV/BXDĐ",
        "Tân An, ngày 01 tháng 12 năm 2025",
        "V/v gửi kết quả nhận xét đảng viên nơi cư trú năm 2025",
        "Kính gửi: Đảng ủy Trường Cao đẳng Sư phạm tỉnh",
        "đối với 2 đảng viên của đơn vị đang cư trú tại xã Tân An",
        "STT",
        "Họ và tên",
        "Chi bộ nơi cư trú",
        "Số, ngày xác nhận",
        "(Gửi kèm theo 2 phiếu nhận xét đã được xác nhận.)",
        "Nơi nhận:",
        "- Như trên,",
        "- Lưu Ban XDĐ.",
        "TRƯỞNG BAN",
        HEAD,
    ):
        assert expected in letter, expected
    rows = {
        line.split()[1]: " ".join(line.split())
        for line in pdf_text(rendered.pdf, 1, layout=True).splitlines()
        if line.split()[:1] in (["1"], ["2"])
    }
    assert all(x in rows["Nguyễn"] for x in ("Nguyễn Văn An", "1980", "Chi bộ thôn Đông", "Biểu dương"))
    assert all(x in rows["Lê"] for x in ("Lê Văn Cường", "Chi bộ thôn Tây", "Không đề nghị"))
    assert "1-XN/ĐU ngày 30/10/2025" in letter and "2-XN/BXDĐ ngày 26/11/2025" in letter
    assert "Nguyễn Văn An" in flat(rendered.pdf, 2) and "T/M ĐẢNG ỦY" in flat(rendered.pdf, 2)
    assert "Lê Văn Cường" in flat(rendered.pdf, 3) and "K/T TRƯỞNG BAN" in flat(rendered.pdf, 3)
    # The signature box sits between the title line and the signer's name, on the letter's page.
    box = rendered.signature_box
    assert box.page == 0 and box == signature_box(printed.vault, printed.dispatch, fonts="liberation")
    x1, y1, x2, y2 = box.x1, box.y1, box.x2, box.y2
    height = 841.89
    words = pdf_words(rendered.pdf, 1)
    title = next(w for w in words if w.text == "TRƯỞNG")
    name = next(w for w in words if w.text == "Hoà")
    assert height - title.y_max + 2 > y2 > y1 > height - name.y_min - 2 and y2 - y1 > 60
    assert x1 < title.x_min and x2 > title.x_max and 40 < x2 - x1 <= 200
    assert render_dispatch(printed.vault, printed.dispatch, fonts="liberation")[:5] == b"%PDF-"


def test_dispatch_with_many_members_repeats_the_list_heading(printed: Printed) -> None:
    from handbook.forms.dispatch_letter import cover_letter
    from handbook.forms.flowables import SlotRecorder
    from handbook.forms.fonts import register_bundled
    from handbook.forms.model import PageSetup
    from handbook.forms.pages import PageWriter, new_canvas
    from handbook.forms.sheets_from_cases import CaseForms
    from handbook.forms.styles import FormStyles

    d = get_dispatch(printed.vault, printed.dispatch)
    cases = [fc.get_case(printed.vault, c) for c in d.case_ids] * 20
    fonts = register_bundled("liberation")
    buffer = io.BytesIO()
    page = PageSetup()
    canv = new_canvas(buffer, fonts, page, "t")
    forms = CaseForms(printed.vault)
    result = PageWriter(canv, fonts, page).flow(
        cover_letter(forms, d, cases, FormStyles(fonts), page.frame_width, SlotRecorder())
    )
    canv.save()
    pdf = buffer.getvalue()
    assert result.pages == page_count(pdf) >= 3
    for number in range(2, result.pages + 1):
        text = flat(pdf, number)
        assert text.startswith(str(number))  # pages after the first are numbered
        if number < result.pages:
            assert "Họ và tên" in text and "Số, ngày xác" in text
    assert "40 Lê Văn Cường" in " ".join(pdf_text(pdf, layout=True).split())


# --- signature and seal images ------------------------------------------------------------------------


def test_images_are_set_by_the_head_and_used_for_their_signer(printed: Printed) -> None:
    p = printed
    staff = as_user(p, "chuyenvien")
    try:
        with pytest.raises(PermissionDenied):
            set_signature_images(staff, "head", signature_png(), seal_png())
    finally:
        staff.close()
    with pytest.raises(InputError) as bad:
        set_signature_images(p.vault, "head", b"\x89PNG broken", None)
    assert bad.value.message.id == "forms.bad_image"
    plain = render_dispatch(p.vault, p.dispatch, fonts="liberation")
    assert plain.count(b"/Subtype /Image") == 0
    saved = set_signature_images(p.vault, "head", signature_png(), seal_png())
    assert saved.signer_name == HEAD
    stored = get_signature_images(p.vault, "head")
    assert stored is not None and stored.signature_png == signature_png() and stored.seal_png == seal_png()
    row = p.vault.conn.execute("SELECT operation, after FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert row[0] == "settings.images" and "iVBOR" not in row[1] and HEAD in row[1]
    signed = render_dispatch(p.vault, p.dispatch, fonts="liberation")
    assert signed.count(b"/Subtype /Image") >= 2  # the head signed the letter: signature and seal
    for_digital = render_dispatch(p.vault, p.dispatch, fonts="liberation", images=False)
    assert for_digital.count(b"/Subtype /Image") == 0
    # The deputy's and the committee's confirmations never get the head's images.
    sheets = render_case_sheets(p.vault, [p.deputy, p.old_rule], fonts="liberation")
    assert sheets.count(b"/Subtype /Image") == 0
    head_sheet = render_case_sheets(p.vault, [p.head], fonts="liberation")
    assert head_sheet.count(b"/Subtype /Image") >= 2
    set_signature_images(p.vault, "head", None, None)
    assert get_signature_images(p.vault, "head") is None
    with pytest.raises(InputError):
        set_signature_images(p.vault, "chairman", signature_png(), None)


def test_decomposed_text_in_the_vault_still_prints_composed(printed: Printed) -> None:
    """Text that bypassed input normalisation (an old import) must not print tone marks beside letters."""
    nfd = unicodedata.normalize("NFD", "Nguyễn Văn Ấn")
    ho, dem, ten = nfd.split()
    member = fc.get_case(printed.vault, printed.head).member_id
    with printed.vault.change(Op.MEMBERS_EDIT):
        printed.vault.conn.execute("UPDATE members SET ho = ?, dem = ?, ten = ? WHERE id = ?", (ho, dem, ten, member))
    pdf = render_case_sheets(printed.vault, [printed.head], fonts="liberation")
    assert "Nguyễn Văn Ấn" in flat(pdf)
    rendered = render_dispatch_document(printed.vault, printed.dispatch, fonts="liberation")
    assert unicodedata.is_normalized("NFC", pdf_text(rendered.pdf))


def test_the_cited_regulation_is_rule_data(vault) -> None:
    """When 213 is replaced, the head saves a rule set citing the new regulation; letters follow by date."""
    from datetime import date

    from handbook.flow.rules import rule_set_document, rules_in_force, save_version

    doc = rule_set_document(rules_in_force(vault, date(2026, 1, 1)))
    assert doc["legal_basis"].startswith("Quy định số 213-QĐ/TW")
    doc["effective_from"] = "2026-06-01"
    doc["legal_basis"] = "Quy định số 999-QĐ/TW ngày 01/06/2026 của Bộ Chính trị"
    save_version(vault, doc)
    assert rules_in_force(vault, date(2026, 5, 31)).legal_basis.startswith("Quy định số 213-QĐ/TW")
    assert rules_in_force(vault, date(2026, 6, 1)).legal_basis.startswith("Quy định số 999-QĐ/TW")
