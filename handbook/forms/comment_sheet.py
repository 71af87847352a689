"""The residence cell's comment sheet (Quy định 213, Hướng dẫn 33) and its confirmation, in batches."""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from handbook.errors import InputError
from handbook.forms.dates import place_date_line
from handbook.forms.flowables import (
    Area,
    ChoiceRow,
    FieldRow,
    Slot,
    SlotRecorder,
    SlotStyle,
    draw_leader,
    image_digest,
    read_image,
    signature_boxes,
)
from handbook.forms.fonts import FontChoice, FontFamily, register_fonts
from handbook.forms.layout import (
    APP_NAME,
    HEADER_GAP,
    Variable,
    binary_streams,
    closing_row,
    header_columns,
    header_table,
    signature_column,
    title_block,
)
from handbook.forms.model import DocumentHeader, PageSetup, SignatureBlock
from handbook.forms.styles import SHEET_SCALE, SHEET_SCALE_TIGHT, FormStyles, TypeScale
from handbook.forms.typeset import balance, caps, fit_size, keep_name, markup, one_line, text_width, wrap

DEFAULT_TITLE = "PHIẾU NHẬN XÉT"
DEFAULT_SUMMARY = "ĐẢNG VIÊN ĐANG CÔNG TÁC THƯỜNG XUYÊN GIỮ MỐI LIÊN HỆ\nVỚI TỔ CHỨC ĐẢNG VÀ NHÂN DÂN NƠI CƯ TRÚ"
LABEL_GAP = 3.0  # points between a label and its filled-in text
NAME_FIELD_SHARE = 0.70  # "Năm sinh" starts at this share of the line
MIN_COMMENT_LINES = 2  # dotted lines left for "Ý kiến khác" when there is nothing to print
CONFIRMATION_SHARE = 0.5  # width share of the confirmation (left) column in the closing row


@dataclass(frozen=True)
class Criterion:
    """One rated criterion: its number, wording, exactly three labels and the chosen one (0-based)."""

    number: int
    text: str
    labels: tuple[str, ...]
    chosen: int | None = None


@dataclass(frozen=True)
class SheetWording:
    """The sheet's fixed wording (rule data: it may change with the rules in force)."""

    title: str = DEFAULT_TITLE
    summary: str = DEFAULT_SUMMARY
    name_label: str = "Họ và tên đảng viên:"
    birth_label: str = "Năm sinh:"
    workplace_label: str = "Chức vụ, đơn vị công tác:"
    residence_label: str = "Nơi cư trú:"
    results_heading: str = "Kết quả nhận xét:"
    other_label: str = "Ý kiến khác:"


@dataclass(frozen=True)
class Confirmation:
    """The commune Ban XDĐ's confirmation at the sheet's foot ("XÁC NHẬN CỦA …", number, date, signer)."""

    heading: tuple[str, ...]
    number_text: str
    place: str
    date: date | None
    signature: SignatureBlock


@dataclass(frozen=True)
class CommentSheet:
    """Everything printed on one member's comment sheet; ``header`` is the residence cell's."""

    header: DocumentHeader
    member_name: str
    birth_year: int | None
    workplace: str
    residence: str
    criteria: tuple[Criterion, ...]
    other_comments: str
    cell_signature: SignatureBlock
    confirmation: Confirmation | None = None
    wording: SheetWording = field(default_factory=SheetWording)


# --- what stays the same across sheets, and where the varying text goes -------------------------------


@dataclass(frozen=True)
class _Spec:
    """The unchanging part of a sheet: equal specs (and line counts) share one form XObject."""

    superior: str
    place: str  # sizes the header's right column for the date line
    wording: SheetWording
    criteria: tuple[tuple[int, str, tuple[str, ...]], ...]
    cell_lines: tuple[str, ...]
    confirmation_heading: tuple[str, ...] | None
    confirmation_lines: tuple[str, ...]
    has_number: bool
    has_confirmation_number: bool


@dataclass(frozen=True)
class _Counts:
    issuing: int
    workplace: int
    residence: int
    comments: int


@dataclass
class _Template:
    form: str
    recorder: SlotRecorder


@dataclass(frozen=True)
class _Geometry:
    """Widths the varying text is broken to, derived from the spec, page and styles alone."""

    issuing: float
    workplace_first: float
    residence_first: float
    comments_first: float
    full: float


class _SheetDesign:
    """Lays out one spec: measures, builds the reusable form for given line counts, fills in a sheet."""

    def __init__(self, spec: _Spec, styles: FormStyles, page: PageSetup) -> None:
        self.spec = spec
        self.styles = styles
        self.page = page
        width = page.frame_width
        scale = styles.scale
        regular = styles.fonts.regular
        left, _right = header_columns(styles, width, superior=spec.superior, date_sample=self.date_sample)
        self.geometry = _Geometry(
            issuing=left - HEADER_GAP,
            workplace_first=width - self._label_width(spec.wording.workplace_label),
            residence_first=width - self._label_width(spec.wording.residence_label),
            comments_first=width - self._label_width(self.other_label),
            full=width,
        )
        self.value_style = SlotStyle(regular, scale.body, scale.body_leading)
        self.plans: dict[_Counts, _Plan] = {}
        self.forms = 0

    @property
    def date_sample(self) -> str:
        """The widest date line this place can have (two-digit day and month)."""
        return place_date_line(self.spec.place, date(2000, 12, 28))

    @property
    def other_label(self) -> str:
        last = max((number for number, _text, _labels in self.spec.criteria), default=0)
        return f"{last + 1}. {one_line(self.spec.wording.other_label)}"

    def _label_width(self, label: str) -> float:
        return text_width(one_line(label), self.styles.fonts.regular, self.styles.scale.body) + LABEL_GAP

    # -- the form ---------------------------------------------------------------------------------

    def flowables(self, counts: _Counts, recorder: SlotRecorder) -> list[Flowable]:
        spec, styles, scale = self.spec, self.styles, self.styles.scale
        width = self.page.frame_width
        fonts = styles.fonts
        wording = spec.wording
        body = scale.body
        leading = scale.body_leading
        value = self.value_style
        out: list[Flowable] = [
            header_table(
                styles,
                width,
                superior=spec.superior,
                issuing=Variable("hdr.issuing", counts.issuing),
                number=Variable("hdr.number") if spec.has_number else "",
                date_line=Variable("hdr.date"),
                date_sample=self.date_sample,
                recorder=recorder,
            ),
            Spacer(1, 6 * mm * scale.gap_factor),
            *title_block(wording.title, wording.summary, styles, width),
            Spacer(1, 4 * mm * scale.gap_factor),
            FieldRow(
                (
                    (one_line(wording.name_label), "name", 0.0),
                    (one_line(wording.birth_label), "birth", NAME_FIELD_SHARE),
                ),
                fonts.regular,
                SlotStyle(fonts.bold, body, leading, min_size=body * 0.7),
                recorder,
                gap=LABEL_GAP,
            ),
            Slot(
                "workplace", value, counts.workplace, recorder, label=one_line(wording.workplace_label), gap=LABEL_GAP
            ),
            Slot(
                "residence", value, counts.residence, recorder, label=one_line(wording.residence_label), gap=LABEL_GAP
            ),
            Spacer(1, 1.5 * mm * scale.gap_factor),
            Paragraph(markup(wording.results_heading), styles.text_bold),
        ]
        for index, (number, text, labels) in enumerate(spec.criteria):
            prefix = f"{number}. "
            hang = text_width(prefix, fonts.regular, body)
            style = ParagraphStyle(
                "hb-criterion",
                parent=styles.text,
                leftIndent=hang,
                firstLineIndent=-hang,
                spaceBefore=2.5 * scale.gap_factor,
            )
            out.append(Paragraph(markup(prefix + one_line(text)), style))
            out.append(
                ChoiceRow(
                    f"crit.{index}",
                    tuple(one_line(label) for label in labels),
                    fonts.regular,
                    body,
                    leading,
                    recorder,
                    indent=hang,
                )
            )
        out.append(Spacer(1, 1.5))
        out.append(Slot("comments", value, counts.comments, recorder, label=self.other_label, gap=LABEL_GAP))
        out.append(Spacer(1, 5 * mm * scale.gap_factor))
        out.append(self._closing(recorder))
        return out

    def _closing(self, recorder: SlotRecorder) -> Flowable:
        spec, styles = self.spec, self.styles
        width = self.page.frame_width
        right = signature_column(
            spec.cell_lines, Variable("cell.name"), styles, area_key="cell.sign", recorder=recorder
        )
        left: list[Flowable] = []
        if spec.confirmation_heading is not None:
            heading: list[Flowable] = [
                Paragraph(markup(caps(line)), styles.sign_title) for line in spec.confirmation_heading if line.strip()
            ]
            size = styles.scale.sign
            leading = styles.scale.leading(size)
            if spec.has_confirmation_number:
                number_style = SlotStyle(styles.fonts.regular, size, leading, "centre", min_size=9.0)
                heading.append(Slot("conf.number", number_style, 1, recorder))
            date_style = SlotStyle(styles.fonts.italic, size, leading, "centre", min_size=9.0)
            heading.append(Slot("conf.date", date_style, 1, recorder))
            heading.append(Spacer(1, 4))
            left = signature_column(
                spec.confirmation_lines,
                Variable("conf.name"),
                styles,
                area_key="conf.sign",
                recorder=recorder,
                heading=heading,
            )
        return closing_row(left, right, width, styles.fonts.regular, left_share=CONFIRMATION_SHARE)

    def plan(self, canv: Canvas, counts: _Counts) -> _Plan:
        """Lay the sheet out for these line counts (once) and say how much height it needs."""
        cached = self.plans.get(counts)
        if cached is not None:
            return cached
        recorder = SlotRecorder()
        width, height = self.page.frame_width, self.page.frame_height
        sized: list[tuple[Flowable, float, float, float]] = []
        used = 0.0
        for flowable in self.flowables(counts, recorder):
            _w, h = flowable.wrapOn(canv, width, height)
            before, after = flowable.getSpaceBefore(), flowable.getSpaceAfter()
            sized.append((flowable, h, before, after))
            used += before + h + after
        plan = _Plan(used, used <= height + 0.01, sized, recorder)
        self.plans[counts] = plan
        return plan

    def excess_lines(self, plan: _Plan) -> int:
        return max(1, math.ceil((plan.used - self.page.frame_height) / self.styles.scale.body_leading))

    def template(self, canv: Canvas, plan: _Plan) -> _Template:
        """The plan drawn once as a form XObject; pages then only add their own text."""
        if plan.template is None:
            self.forms += 1
            form = f"hbSheet{id(self):x}n{self.forms}"
            canv.beginForm(form)
            y = self.page.page_size[1] - self.page.top
            for flowable, h, before, after in plan.sized:
                y -= before + h
                flowable.drawOn(canv, self.page.left, y)
                y -= after
            canv.endForm()
            plan.template = _Template(form, plan.recorder)
            plan.sized = []  # drawn: the flowables are no longer needed
        return plan.template

    def texts(self, sheet: CommentSheet) -> dict[str, list[str]]:
        """The sheet's varying text, broken into the lines its slots hold."""
        spec, geometry = self.spec, self.geometry
        fonts, scale = self.styles.fonts, self.styles.scale
        body, full = scale.body, geometry.full
        texts: dict[str, list[str]] = {
            "hdr.issuing": balance(
                caps(keep_name(one_line(sheet.header.issuing_body))), fonts.bold, scale.header, geometry.issuing
            ),
            "hdr.date": [place_date_line(sheet.header.place, sheet.header.date)],
            "name": [one_line(sheet.member_name)],
            "birth": [str(sheet.birth_year)] if sheet.birth_year else [],
            "workplace": wrap(sheet.workplace, fonts.regular, body, full, geometry.workplace_first),
            "residence": wrap(sheet.residence, fonts.regular, body, full, geometry.residence_first),
            "comments": wrap(sheet.other_comments, fonts.regular, body, full, geometry.comments_first),
            "cell.name": [one_line(sheet.cell_signature.signer_name)],
        }
        if spec.has_number:
            texts["hdr.number"] = [one_line(sheet.header.number_text)]
        confirmation = sheet.confirmation
        if confirmation is not None:
            texts["conf.date"] = [place_date_line(confirmation.place, confirmation.date)]
            texts["conf.name"] = [one_line(confirmation.signature.signer_name)]
            if spec.has_confirmation_number:
                texts["conf.number"] = [one_line(confirmation.number_text)]
        return texts


@dataclass
class _Plan:
    used: float
    fits: bool
    sized: list[tuple[Flowable, float, float, float]]
    recorder: SlotRecorder
    template: _Template | None = None


# --- filling in --------------------------------------------------------------------------------------


class _ImageForms:
    """Each distinct signature or seal image becomes one form XObject, drawn by reference on every page."""

    def __init__(self, canv: Canvas) -> None:
        self.canv = canv
        self.forms: dict[str, tuple[str, tuple[float, float]]] = {}

    def get(self, data: bytes, what: str, name: str) -> tuple[str, tuple[float, float]]:
        digest = image_digest(data)
        known = self.forms.get(digest)
        if known is None:
            reader = read_image(data, what, name)
            form = f"hbImg{digest}"
            self.canv.beginForm(form, 0, 0, 1, 1)
            self.canv.drawImage(reader, 0, 0, 1, 1, mask="auto")
            self.canv.endForm()
            w, h = reader.getSize()
            known = self.forms[digest] = (form, (float(w), float(h)))
        return known

    def draw(self, form: str, box: Area) -> None:
        canv = self.canv
        canv.saveState()
        canv.transform(box.width, 0, 0, box.height, box.x, box.y)
        canv.doForm(form)
        canv.restoreState()

    def signature(self, block: SignatureBlock, area: Area) -> None:
        name = one_line(block.signer_name)
        signature = self.get(block.signature_png, "signature", name) if block.signature_png else None
        seal = self.get(block.seal_png, "seal", name) if block.seal_png else None
        if signature is None and seal is None:
            return
        sig_box, seal_box = signature_boxes(area, signature[1] if signature else None)
        if signature is not None and sig_box is not None:
            self.draw(signature[0], sig_box)
        if seal is not None:
            sw, sh = seal[1]
            scale = min(seal_box.width / sw, seal_box.height / sh)
            w, h = sw * scale, sh * scale
            # Keep the seal's right edge where signature_boxes put it, over the signature's left third.
            self.draw(seal[0], Area(seal_box.x + seal_box.width - w, seal_box.y + (seal_box.height - h) / 2, w, h))


def _check(sheet: CommentSheet) -> None:
    name = one_line(sheet.member_name)
    for criterion in sheet.criteria:
        if len(criterion.labels) != 3:
            raise InputError("forms.bad_labels", number=criterion.number, count=len(criterion.labels))
        if criterion.chosen is not None and not 0 <= criterion.chosen < 3:
            raise InputError("forms.bad_choice", number=criterion.number, name=name, index=criterion.chosen + 1)


def _spec(sheet: CommentSheet) -> _Spec:
    confirmation = sheet.confirmation
    return _Spec(
        superior=one_line(sheet.header.superior_body),
        place=one_line(sheet.header.place),
        wording=sheet.wording,
        criteria=tuple((c.number, c.text, c.labels) for c in sheet.criteria),
        cell_lines=sheet.cell_signature.lines,
        confirmation_heading=confirmation.heading if confirmation else None,
        confirmation_lines=confirmation.signature.lines if confirmation else (),
        has_number=bool(sheet.header.number_text.strip()),
        has_confirmation_number=bool(confirmation and confirmation.number_text.strip()),
    )


class SheetBatch:
    """Comment sheets drawn one page each onto a canvas, sharing forms between alike sheets.

    A sheet that does not fit at the first type scale is tried at the tighter ones that follow
    (less leading and space, the same type sizes) before it is refused.
    """

    def __init__(self, canv: Canvas, styles: Sequence[FormStyles], page: PageSetup) -> None:
        self.canv = canv
        self.styles = tuple(styles)
        self.page = page
        self.designs: dict[tuple[_Spec, int], _SheetDesign] = {}
        self.images = _ImageForms(canv)
        self.pages = 0

    def _design(self, spec: _Spec, tier: int) -> _SheetDesign:
        design = self.designs.get((spec, tier))
        if design is None:
            design = self.designs[(spec, tier)] = _SheetDesign(spec, self.styles[tier], self.page)
        return design

    def add(self, sheet: CommentSheet) -> None:
        _check(sheet)
        spec = _spec(sheet)
        canv = self.canv
        for tier in range(len(self.styles)):
            design = self._design(spec, tier)
            texts = design.texts(sheet)
            counts = _Counts(
                issuing=max(1, len(texts["hdr.issuing"])),
                workplace=max(1, len(texts["workplace"])),
                residence=max(1, len(texts["residence"])),
                comments=max(MIN_COMMENT_LINES if not texts["comments"] else 1, len(texts["comments"])),
            )
            plan = design.plan(canv, counts)
            if plan.fits:
                break
        else:
            raise InputError(
                "forms.sheet_too_long",
                name=one_line(sheet.member_name),
                lines=design.excess_lines(plan),
                field=design.other_label,
            )
        template = design.template(canv, plan)
        recorder = template.recorder
        canv.doForm(template.form)
        for key, lines in texts.items():
            self._fill(recorder, key, lines)
        for index, criterion in enumerate(sheet.criteria):
            if criterion.chosen is not None:
                _mark(canv, recorder.boxes[f"crit.{index}"][criterion.chosen])
        self.images.signature(sheet.cell_signature, recorder.areas["cell.sign"])
        if sheet.confirmation is not None:
            self.images.signature(sheet.confirmation.signature, recorder.areas["conf.sign"])
        canv.showPage()
        self.pages += 1

    def _fill(self, recorder: SlotRecorder, key: str, lines: list[str]) -> None:
        canv = self.canv
        placed = recorder.lines[key]
        style = recorder.styles[key]
        if not lines:
            for slot in placed:
                draw_leader(canv, slot.x, slot.x + slot.width, slot.y - 1.5)
            return
        for text, slot in zip(lines, placed, strict=False):
            size = style.size
            if style.min_size:
                size = fit_size(text, style.font, size, slot.width, style.min_size)
            canv.setFont(style.font, size)
            if style.align == "centre":
                canv.drawCentredString(slot.x + slot.width / 2, slot.y, text)
            elif style.align == "right":
                canv.drawRightString(slot.x + slot.width, slot.y, text)
            else:
                canv.drawString(slot.x, slot.y, text)


def _mark(canv: Canvas, box: Area) -> None:
    """A firm cross in the chosen box."""
    inset = box.width * 0.18
    canv.saveState()
    canv.setLineWidth(1.2)
    canv.setLineCap(1)
    canv.line(box.x + inset, box.y + inset, box.x + box.width - inset, box.y + box.height - inset)
    canv.line(box.x + inset, box.y + box.height - inset, box.x + box.width - inset, box.y + inset)
    canv.restoreState()


def new_canvas(buffer: io.BytesIO, fonts: FontFamily, page: PageSetup, title: str) -> Canvas:
    canv = Canvas(buffer, pagesize=page.page_size, pageCompression=1, initialFontName=fonts.regular)
    canv.setTitle(title)
    canv.setCreator(APP_NAME)
    canv.setAuthor(APP_NAME)
    return canv


def render_comment_sheets(
    sheets: Iterable[CommentSheet],
    *,
    fonts: FontChoice | FontFamily = "auto",
    page: PageSetup | None = None,
    scales: Sequence[TypeScale] = (SHEET_SCALE, SHEET_SCALE_TIGHT),
) -> bytes:
    """Comment sheets, one A4 page each, into one PDF built in memory; returns its bytes.

    ``sheets`` may be a generator: sheets are drawn as they come. Each sheet uses the first of
    ``scales`` at which it fits one page.
    """
    page = page or PageSetup()
    family = fonts if isinstance(fonts, FontFamily) else register_fonts(fonts)
    binary_streams()
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, "Phiếu nhận xét đảng viên nơi cư trú")
    batch = SheetBatch(canv, [FormStyles(family, scale) for scale in scales], page)
    for sheet in sheets:
        batch.add(sheet)
    if batch.pages == 0:
        raise InputError("forms.empty_batch")
    canv.save()
    return buffer.getvalue()
