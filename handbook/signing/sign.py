"""Sign PDF bytes as an incremental PAdES B-B revision with a visible Vietnamese stamp, all in memory."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from handbook.i18n import Message
from handbook.signing.font import stamp_font_data
from handbook.signing.signers import Pkcs12Signer, SignError, SignerSpec, load_pkcs12, open_pkcs11
from handbook.text.normalize import normalize_text

DEFAULT_FIELD = "ChuKySo"
# pyHanko formats its own %(ts)s in UTC; the stamp shows the local time the office reads.
STAMP_TEXT = "Ký bởi: %(ky_boi)s\nNgày ký: %(ngay_ky)s"
STAMP_FONT_SIZE = 10
# The stamp's frame and text: a dark blue that prints well in black and white.
STAMP_COLOUR = (0.05, 0.15, 0.55)


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature goes: a page (0-based; -1 is the last page) and a rectangle in PDF points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float

    def rect(self) -> tuple[int, int, int, int]:
        return (round(self.x1), round(self.y1), round(self.x2), round(self.y2))


def sign_pdf(
    pdf: bytes,
    signer: SignerSpec,
    *,
    box: SignatureBox,
    reason: str,
    location: str,
    signer_name_for_stamp: str,
    field_name: str = DEFAULT_FIELD,
    where: str | Message | None = None,
) -> bytes:
    """The signed document: the input bytes unchanged, then one revision adding the field and the signature.

    When the document already has an empty signature field named ``field_name`` (the layout may place one in
    the signature block), that field and its rectangle are used and ``box`` is ignored.
    ``where`` names the document in error sentences (a file path); the default says "the PDF given".
    Raises ``SignError`` (an ``InputError``) with a plain sentence for every expected problem.
    """
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError

    place: str | Message = where if where is not None else Message("sign.where_document")
    x1, y1, x2, y2 = box.rect()
    if not (x1 < x2 and y1 < y2):
        raise SignError("sign.bad_box", box=f"{box.x1:g},{box.y1:g},{box.x2:g},{box.y2:g}")
    writer = _open_writer(pdf, place)
    page_index = _resolve_page(writer, box.page, place)
    for name, value, _ref in fields.enumerate_sig_fields(writer, with_name=field_name):
        if name == field_name and value is not None:
            raise SignError("sign.field_exists", field=field_name)

    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=normalize_text(reason) or None,
        location=normalize_text(location) or None,
    )
    field_spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=page_index, box=(x1, y1, x2, y2))
    text_params = {"ky_boi": normalize_text(signer_name_for_stamp), "ngay_ky": stamp_time(datetime.now().astimezone())}
    out = BytesIO()
    with _signer(signer) as pyhanko_signer:
        pdf_signer = signers.PdfSigner(meta, pyhanko_signer, stamp_style=stamp_style(), new_field_spec=field_spec)
        try:
            pdf_signer.sign_pdf(writer, output=out, appearance_text_params=text_params)
        except SigningError as exc:
            raise SignError("sign.failed", reason=str(exc) or type(exc).__name__) from None
    return out.getvalue()


def stamp_time(moment: datetime) -> str:
    """Local date and time as Vietnamese documents write it, with the UTC offset: 05/02/2026 14:30:12 +07:00."""
    offset = moment.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if len(offset) == 5 else offset
    return f"{moment:%d/%m/%Y %H:%M:%S} {offset}".rstrip()


def stamp_style() -> Any:
    """The visible stamp: two lines in Noto Serif (other TrueType fonts come out letter-spaced in pyHanko 0.38)."""
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    return TextStampStyle(
        stamp_text=STAMP_TEXT,
        text_box_style=TextBoxStyle(
            font=_font_factory(), font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 4, text_color=STAMP_COLOUR
        ),
        border_width=1,
        border_color=STAMP_COLOUR,
    )


@functools.cache
def _font_factory() -> Any:
    """A pyHanko font engine factory reading the cut-down font from memory (no font file path needed)."""
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    data = stamp_font_data()

    class MemoryFont(FontEngineFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(
                writer=writer, font_handle=BytesIO(data), font_size=STAMP_FONT_SIZE, obj_stream=obj_stream
            )

    return MemoryFont()


def _open_writer(pdf: bytes, where: str | Message) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf))
        encrypted = writer.prev.encrypted
        _ = writer.root["/Pages"]  # a document without a page tree is not one we can sign
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
        raise SignError("sign.pdf_unreadable", where=where, reason=str(exc) or type(exc).__name__) from None
    if encrypted:
        raise SignError("sign.pdf_encrypted", where=where)
    return writer


def _resolve_page(writer: Any, page: int, where: str | Message) -> int:
    count = int(writer.root["/Pages"]["/Count"])
    index = page + count if page < 0 else page
    if not 0 <= index < count:
        shown = page + 1 if page >= 0 else page
        raise SignError("sign.page_out_of_range", page=shown, count=count, where=where)
    return index


@contextmanager
def _signer(spec: SignerSpec) -> Iterator[Any]:
    if isinstance(spec, Pkcs12Signer):
        yield load_pkcs12(spec)
    else:
        with open_pkcs11(spec) as signer:
            yield signer
