"""Sign in memory with a PKCS#12 file, then verify: trusted, untrusted, tampered, extended, and the refusals."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from handbook.errors import InputError
from handbook.signing import (
    Pkcs12Signer,
    SignatureBox,
    SignError,
    all_ok,
    parse_certificates,
    sign_pdf,
    verify_pdf,
)
from handbook.signing.sign import stamp_time
from tests.signing.conftest import P12_PASSWORD, SIGNER_CN, Pki, make_pdf, make_pki

BOX = SignatureBox(-1, 330, 60, 552, 130)
STAMP_NAME = "Nguyễn Thị Hoà"


def sign(pdf: bytes, signer: Pkcs12Signer, box: SignatureBox = BOX, field: str = "ChuKySo") -> bytes:
    return sign_pdf(
        pdf,
        signer,
        box=box,
        reason="Ký số công văn",
        location="Xã Tân An",
        signer_name_for_stamp=STAMP_NAME,
        field_name=field,
    )


@pytest.fixture
def signed(small_pdf: bytes, p12_signer: Pkcs12Signer) -> bytes:
    return sign(small_pdf, p12_signer)


def test_signature_is_an_incremental_revision(small_pdf: bytes, signed: bytes) -> None:
    assert signed.startswith(small_pdf)  # the original bytes are untouched, the signature is appended
    assert b"/ETSI.CAdES.detached" in signed  # PAdES subfilter
    assert b"/ChuKySo" in signed or b"(ChuKySo)" in signed


def test_verify_trusted_with_the_ca(signed: bytes, pki: Pki) -> None:
    [report] = verify_pdf(signed, [pki.ca_pem])
    assert report.signer_name == SIGNER_CN
    assert report.issuer == "CA thử nghiệm Tân An"
    assert report.intact and report.trusted and report.modifications_ok
    assert not report.changed_after_signing
    assert report.coverage == "entire_file" and report.modification_level == "none"
    assert report.signing_time is not None
    assert report.trust_anchor == "CA thử nghiệm Tân An"
    assert all_ok([report])
    text = "\n".join(report.describe("vi"))
    assert "Người ký: Nguyễn Thị Hoà" in text and "còn nguyên vẹn" in text and "tin cậy" in text


def test_trust_accepts_der_and_the_signer_certificate_itself(signed: bytes, pki: Pki) -> None:
    [report] = verify_pdf(signed, [pki.cert_der])
    assert report.trusted


def test_untrusted_without_roots_or_with_another_ca(signed: bytes) -> None:
    [report] = verify_pdf(signed, None)
    assert report.intact and not report.trusted and not all_ok([report])
    assert report.trust_problem is not None and report.trust_problem.id == "sign.trust_unknown_issuer"
    other = make_pki(ca_cn="CA khác")
    [report] = verify_pdf(signed, [other.ca_pem])
    assert not report.trusted and report.trust_problem is not None
    assert report.trust_problem.id == "sign.trust_no_path"
    assert "NOT trusted" in "\n".join(report.describe("en"))


def test_a_changed_byte_inside_the_signed_range_breaks_it(signed: bytes, pki: Pki) -> None:
    assert signed.count(b"Hello signed world") == 1
    tampered = signed.replace(b"Hello signed world", b"Jello signed world")
    [report] = verify_pdf(tampered, [pki.ca_pem])
    assert not report.intact and not all_ok([report])
    assert "KHÔNG còn nguyên vẹn" in "\n".join(report.describe("vi"))


def _contents_span(signed: bytes) -> tuple[int, int]:
    match = re.search(rb"/Contents <([0-9a-fA-F]+)>", signed)
    assert match is not None
    return match.span(1)


def test_a_damaged_signature_value_is_not_intact(signed: bytes, pki: Pki) -> None:
    start, end = _contents_span(signed)
    pos = start + len(signed[start:end].rstrip(b"0")) - 10  # inside the RSA signature value
    damaged = signed[:pos] + (b"1" if signed[pos : pos + 1] != b"1" else b"2") + signed[pos + 1 :]
    [report] = verify_pdf(damaged, [pki.ca_pem])
    assert not report.intact and not report.trusted and not all_ok([report])


def test_an_unparseable_signature_is_reported_not_raised(signed: bytes, pki: Pki) -> None:
    start, _end = _contents_span(signed)
    damaged = signed[: start + 2] + b"ff" + signed[start + 4 :]  # the CMS length bytes
    [report] = verify_pdf(damaged, [pki.ca_pem])
    assert not report.intact and report.problem and len(report.problem) <= 200
    lines = report.describe("en")
    assert any("NOT intact" in line for line in lines) and any("Problem while checking" in line for line in lines)


def test_an_appended_revision_changing_the_page_is_reported(signed: bytes, pki: Pki) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w: Any = IncrementalPdfFileWriter(BytesIO(signed))
    forged = w.add_object(generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 500 Td (DA SUA) Tj ET"))
    w.add_stream_to_page(0, forged)
    out = BytesIO()
    w.write(out)
    [report] = verify_pdf(out.getvalue(), [pki.ca_pem])
    assert report.intact and report.trusted  # the signed revision itself is fine …
    assert report.changed_after_signing and not report.modifications_ok  # … but the document was changed
    assert report.coverage == "entire_revision" and report.modification_level == "other"
    assert not all_ok([report])
    assert "ĐÃ BỊ THAY ĐỔI" in "\n".join(report.describe("vi"))


def test_a_second_signature_is_an_allowed_change(signed: bytes, pki: Pki, tmp_path: Path) -> None:
    second_pki = make_pki(signer_cn="Trần Văn Bình")
    p12 = tmp_path / "second.p12"
    p12.write_bytes(second_pki.p12())
    twice = sign(signed, Pkcs12Signer(p12, P12_PASSWORD), SignatureBox(0, 72, 60, 290, 130), field="ChuKySo2")
    first, second = verify_pdf(twice, [pki.ca_pem, second_pki.ca_pem])
    assert first.changed_after_signing and first.modifications_ok
    assert first.modification_level == "form_filling"
    assert not second.changed_after_signing
    assert second.signer_name == "Trần Văn Bình"
    assert all_ok([first, second])


def test_signing_the_same_field_twice_is_refused(signed: bytes, p12_signer: Pkcs12Signer) -> None:
    with pytest.raises(SignError) as info:
        sign(signed, p12_signer)
    assert info.value.message.id == "sign.field_exists"


def test_no_signature_is_not_ok(small_pdf: bytes) -> None:
    assert verify_pdf(small_pdf, None) == []
    assert not all_ok([])


def test_wrong_p12_password_is_a_plain_sentence(small_pdf: bytes, p12_path: Path) -> None:
    with pytest.raises(InputError) as info:
        sign(small_pdf, Pkcs12Signer(p12_path, "sai-mat-khau"))
    assert info.value.message.id == "sign.p12_wrong_password"
    assert info.value.exit_code == 2
    vi, en = info.value.render("vi"), info.value.render("en")
    assert str(p12_path) in vi and "sai mật khẩu" in vi
    assert str(p12_path) in en and "wrong password" in en


def test_missing_p12_file(small_pdf: bytes, tmp_path: Path) -> None:
    with pytest.raises(SignError) as info:
        sign(small_pdf, Pkcs12Signer(tmp_path / "khong-co.p12", "x"))
    assert info.value.message.id == "sign.p12_unreadable"
    assert "khong-co.p12" in info.value.render("vi")


def test_p12_with_only_a_certificate_is_refused(small_pdf: bytes, pki: Pki, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    only_cert = tmp_path / "chi-chung-thu.p12"
    only_cert.write_bytes(
        pkcs12.serialize_key_and_certificates(b"x", None, pki.cert, None, BestAvailableEncryption(b"pw"))
    )
    with pytest.raises(SignError) as info:
        sign(small_pdf, Pkcs12Signer(only_cert, "pw"))
    assert info.value.message.id == "sign.p12_incomplete"


@pytest.mark.parametrize("garbage", [b"", b"not a pdf at all", b"%PDF-1.7\n%%EOF\n"])
def test_unparseable_pdf(garbage: bytes, p12_signer: Pkcs12Signer) -> None:
    with pytest.raises(SignError) as info:
        sign(garbage, p12_signer)
    assert info.value.message.id == "sign.pdf_unreadable"
    with pytest.raises(SignError) as info:
        verify_pdf(garbage, None, where="cong-van.pdf")
    assert info.value.message.id == "sign.pdf_unreadable" and "cong-van.pdf" in info.value.render("en")


def test_page_and_box_are_checked(small_pdf: bytes, p12_signer: Pkcs12Signer) -> None:
    with pytest.raises(SignError) as info:
        sign(small_pdf, p12_signer, SignatureBox(3, 330, 60, 552, 130))
    assert info.value.message.id == "sign.page_out_of_range"
    assert "trang 4" in info.value.render("vi") and "1 trang" in info.value.render("vi")
    with pytest.raises(SignError) as info:
        sign(small_pdf, p12_signer, SignatureBox(0, 552, 60, 330, 130))
    assert info.value.message.id == "sign.bad_box"


def test_sign_on_a_chosen_page(p12_signer: Pkcs12Signer, pki: Pki) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = make_pdf(pages=3)
    signed = sign(pdf, p12_signer, SignatureBox(1, 330, 60, 552, 130))
    [report] = verify_pdf(signed, [pki.ca_pem])
    assert report.ok
    reader: Any = PdfFileReader(BytesIO(signed))
    pages = [reader.find_page_for_modification(i)[0].get_object() for i in range(3)]
    assert ["/Annots" in page for page in pages] == [False, True, False]


def test_an_empty_field_already_in_the_document_is_used(small_pdf: bytes, p12_signer: Pkcs12Signer, pki: Pki) -> None:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields

    w: Any = IncrementalPdfFileWriter(BytesIO(small_pdf))
    fields.append_signature_field(w, fields.SigFieldSpec("ChuKySo", on_page=0, box=(100, 100, 300, 170)))
    with_field = BytesIO()
    w.write(with_field)
    signed = sign(with_field.getvalue(), p12_signer)
    [report] = verify_pdf(signed, [pki.ca_pem])
    assert report.ok
    reader: Any = PdfFileReader(BytesIO(signed))
    [sig] = reader.embedded_regular_signatures
    assert [round(float(v)) for v in sig.sig_field["/Rect"]] == [100, 100, 300, 170]


def test_bad_trust_certificate(signed: bytes) -> None:
    with pytest.raises(SignError) as info:
        verify_pdf(signed, [b"-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n"])
    assert info.value.message.id == "sign.trust_bad"
    assert "chứng thư tin cậy thứ 1" in info.value.render("vi")
    with pytest.raises(SignError):
        parse_certificates(b"\x30\x03\x02\x01\x01", "goc.cer")


def test_stamp_time_format() -> None:
    import datetime as dt

    moment = dt.datetime(2026, 2, 5, 14, 30, 12, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert stamp_time(moment) == "05/02/2026 14:30:12 +07:00"


def test_the_stamp_is_drawn_inside_its_box(signed: bytes) -> None:
    from tests.forms.pdftools import render_page

    # Render the last page from memory at 72 dpi, so one pixel is one PDF point.
    image = render_page(signed, 1, dpi=72)
    height = image.height

    def bluish(x0: int, y0: int, x1: int, y1: int) -> int:
        """Stamp-coloured pixels in a rectangle given in PDF coordinates (origin bottom left)."""
        crop = image.crop((x0, height - y1, x1, height - y0))
        raw = crop.tobytes()
        pixels = (raw[i : i + 3] for i in range(0, len(raw), 3))
        return sum(1 for r, _g, b in pixels if b > 90 and r < 80 and b - r > 50)

    inside = bluish(332, 62, 550, 128)
    assert inside > 150  # the two lines of text
    assert bluish(0, 200, image.width, height) == 0  # nothing of the stamp anywhere else


def test_stamp_font_is_noto_serif(small_pdf: bytes, signed: bytes) -> None:
    # The test document uses Helvetica only, so the embedded Noto Serif subset is the stamp's.
    assert b"NotoSerif" not in small_pdf
    assert b"NotoSerif" in signed[len(small_pdf) :]
