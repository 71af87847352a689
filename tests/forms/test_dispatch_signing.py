"""The dispatch's signature box feeds the signing step: the visible signature lands in the signature block."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from handbook.forms.dispatch_letter import render_dispatch_document
from handbook.signing.signers import Pkcs12Signer
from handbook.signing.verify import all_ok, verify_pdf
from handbook.vault.vault import Vault
from tests.forms.commune_data import HEAD, build_printed
from tests.signing.conftest import P12_PASSWORD, make_pki


def test_signed_dispatch_has_its_signature_in_the_block(vault: Vault, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from handbook.signing.sign import sign_pdf

    printed = build_printed(vault)
    rendered = render_dispatch_document(printed.vault, printed.dispatch, fonts="liberation")
    pki = make_pki()
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(pki.p12())
    signed = sign_pdf(
        rendered.pdf,
        Pkcs12Signer(p12, P12_PASSWORD),
        box=rendered.signature_box,
        reason="Ký số công văn",
        location="Xã Tân An",
        signer_name_for_stamp=HEAD,
    )
    assert signed.startswith(rendered.pdf)
    reports = verify_pdf(signed, [pki.ca_pem])
    assert len(reports) == 1 and all_ok(reports)
    reader = PdfFileReader(BytesIO(signed))
    page = reader.root["/Pages"]["/Kids"][rendered.signature_box.page].get_object()
    rects = [tuple(round(float(v)) for v in annot.get_object()["/Rect"]) for annot in page.get("/Annots", [])]
    assert rendered.signature_box.rect() in rects
