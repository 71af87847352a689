"""What a Party document is made of (Hướng dẫn 36-HD/VPTW): page, header, title, body, signature."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from handbook.errors import InputError
from handbook.i18n import Message

_MAX_MARGIN_MM = 60.0
_MIN_WIDTH_MM = 100.0
_MIN_HEIGHT_MM = 150.0


@dataclass(frozen=True)
class PageSetup:
    """A4 portrait with the margins of Hướng dẫn 36 (in millimetres), adjustable per office."""

    top_mm: float = 20.0
    bottom_mm: float = 20.0
    left_mm: float = 30.0
    right_mm: float = 15.0

    def __post_init__(self) -> None:
        page_w, page_h = A4[0] / mm, A4[1] / mm
        for side, value in (
            ("top", self.top_mm),
            ("bottom", self.bottom_mm),
            ("left", self.left_mm),
            ("right", self.right_mm),
        ):
            too_big = (
                page_w - self.left_mm - self.right_mm < _MIN_WIDTH_MM
                if side in ("left", "right")
                else page_h - self.top_mm - self.bottom_mm < _MIN_HEIGHT_MM
            )
            if not 0 <= value <= _MAX_MARGIN_MM or too_big:
                raise InputError("forms.bad_margins", side=Message(f"forms.margin_{side}"), value=f"{value:g}")

    @property
    def page_size(self) -> tuple[float, float]:
        return (float(A4[0]), float(A4[1]))

    @property
    def left(self) -> float:
        return float(self.left_mm * mm)

    @property
    def right(self) -> float:
        return float(self.right_mm * mm)

    @property
    def top(self) -> float:
        return float(self.top_mm * mm)

    @property
    def bottom(self) -> float:
        return float(self.bottom_mm * mm)

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - self.top - self.bottom


@dataclass(frozen=True)
class DocumentHeader:
    """The two header columns: issuing bodies and number on the left, place and date on the right.

    ``number_text`` is written whole ("Số 12-XN/BXDĐ", no colon after "Số"); empty leaves the line out.
    A missing ``date`` leaves room to write the date by hand.
    """

    superior_body: str
    issuing_body: str
    number_text: str
    place: str
    date: date | None


@dataclass(frozen=True)
class SignatureBlock:
    """Who signs: the title lines ("T/M ĐẢNG ỦY", "BÍ THƯ"), the name, and optional images.

    The images (PNG or JPEG bytes) are printed in the room left for signing; the seal covers the left
    third of the signature.
    """

    lines: tuple[str, ...]
    signer_name: str
    signature_png: bytes | None = field(default=None, repr=False)
    seal_png: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Recipients:
    """The "Nơi nhận:" list; each line is printed after "- " (the last is normally "Lưu …")."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class PartyDocument:
    """A one-off document: header, title (explicit line breaks allowed), summary, body paragraphs."""

    header: DocumentHeader
    title: str
    body: tuple[str, ...]
    signature: SignatureBlock
    summary: str | None = None
    recipients: Recipients | None = None
