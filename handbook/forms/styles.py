"""Type sizes and paragraph styles of Hướng dẫn 36: one place for every size, weight and leading."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from handbook.forms.fonts import FontFamily


@dataclass(frozen=True)
class TypeScale:
    """Sizes in points; ``line`` is leading as a multiple of the size."""

    header: float = 14.0  # superior and issuing bodies, "*", "Số …"
    national: float = 15.0  # ĐẢNG CỘNG SẢN VIỆT NAM
    date: float = 14.0
    title: float = 16.0
    title_min: float = 14.0  # a long title line shrinks down to this before it wraps
    summary: float = 14.0
    body: float = 14.0
    sign: float = 14.0
    sign_space_mm: float = 25.0  # room to sign between the title lines and the name
    recipients_heading: float = 12.0
    recipients: float = 11.0
    line: float = 1.2
    body_line: float = 1.3
    first_indent_mm: float = 10.0
    paragraph_gap: float = 6.0
    gap_factor: float = 1.0  # multiplies the fixed spaces between a form's parts

    def leading(self, size: float) -> float:
        return round(size * self.line, 2)

    @property
    def body_leading(self) -> float:
        return round(self.body * self.body_line, 2)

    @property
    def sign_space(self) -> float:
        return float(self.sign_space_mm * mm)


DOCUMENT_SCALE = TypeScale()
# The comment sheet carries a whole year's assessment on one page: 13 pt body, tighter leading.
SHEET_SCALE = TypeScale(title=15.0, summary=13.5, body=13.0, sign=13.0, sign_space_mm=20.0, body_line=1.25)
# For a sheet with much to say: the same sizes, single-spaced lines and less air between parts.
SHEET_SCALE_TIGHT = TypeScale(
    title=15.0, summary=13.5, body=13.0, sign=13.0, sign_space_mm=18.0, body_line=1.12, line=1.12, gap_factor=0.5
)


@dataclass(frozen=True, eq=False)
class FormStyles:
    """Paragraph styles for one font family and type scale (ReportLab shaping stays off)."""

    fonts: FontFamily
    scale: TypeScale = DOCUMENT_SCALE

    def _style(
        self, name: str, font: str, size: float, *, align: int = TA_CENTER, leading: float | None = None, **extra: float
    ) -> ParagraphStyle:
        settings: dict[str, float] = {"spaceBefore": 0, "spaceAfter": 0, **extra}
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=self.scale.leading(size) if leading is None else leading,
            alignment=align,
            allowWidows=0,
            allowOrphans=0,
            splitLongWords=1,
            shaping=0,
            **settings,
        )

    @cached_property
    def superior(self) -> ParagraphStyle:
        return self._style("hb-superior", self.fonts.regular, self.scale.header)

    @cached_property
    def issuing(self) -> ParagraphStyle:
        return self._style("hb-issuing", self.fonts.bold, self.scale.header)

    @cached_property
    def number(self) -> ParagraphStyle:
        return self._style("hb-number", self.fonts.regular, self.scale.header)

    @cached_property
    def national(self) -> ParagraphStyle:
        return self._style("hb-national", self.fonts.bold, self.scale.national)

    @cached_property
    def date_line(self) -> ParagraphStyle:
        return self._style("hb-date", self.fonts.italic, self.scale.date)

    @cached_property
    def title(self) -> ParagraphStyle:
        return self._style("hb-title", self.fonts.bold, self.scale.title)

    @cached_property
    def summary(self) -> ParagraphStyle:
        return self._style("hb-summary", self.fonts.bold, self.scale.summary)

    @cached_property
    def body(self) -> ParagraphStyle:
        return self._style(
            "hb-body",
            self.fonts.regular,
            self.scale.body,
            align=TA_JUSTIFY,
            leading=self.scale.body_leading,
            firstLineIndent=self.scale.first_indent_mm * mm,
            spaceAfter=self.scale.paragraph_gap,
        )

    @cached_property
    def text(self) -> ParagraphStyle:
        """Body-size text without indent or gap (labels and criteria of a sheet)."""
        return self._style(
            "hb-text", self.fonts.regular, self.scale.body, align=TA_JUSTIFY, leading=self.scale.body_leading
        )

    @cached_property
    def text_bold(self) -> ParagraphStyle:
        return self._style(
            "hb-text-bold", self.fonts.bold, self.scale.body, align=TA_LEFT, leading=self.scale.body_leading
        )

    @cached_property
    def sign_title(self) -> ParagraphStyle:
        return self._style("hb-sign-title", self.fonts.bold, self.scale.sign)

    @cached_property
    def sign_name(self) -> ParagraphStyle:
        return self._style("hb-sign-name", self.fonts.bold, self.scale.sign)

    @cached_property
    def recipients_heading(self) -> ParagraphStyle:
        return self._style(
            "hb-recipients-heading", self.fonts.bold_italic, self.scale.recipients_heading, align=TA_LEFT
        )

    @cached_property
    def recipients_line(self) -> ParagraphStyle:
        return self._style(
            "hb-recipients",
            self.fonts.regular,
            self.scale.recipients,
            align=TA_LEFT,
            leading=self.scale.recipients * 1.15,
        )
