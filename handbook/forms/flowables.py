"""Small flowables of the Party layout: ruled heading, fill-in slots, tick boxes, room to sign."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from typing import Literal

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from handbook.errors import InputError
from handbook.forms.typeset import text_width
from handbook.i18n import Message

Align = Literal["left", "centre", "right"]

RULE_WIDTH = 0.6  # points: the rule under "ĐẢNG CỘNG SẢN VIỆT NAM"
LEADER_DASH = (0.6, 2.4)  # dotted leaders of fill-in lines


@dataclass(frozen=True)
class SlotStyle:
    """How the variable text of a slot is drawn; ``min_size`` > 0 shrinks an overlong single line."""

    font: str
    size: float
    leading: float
    align: Align = "left"
    min_size: float = 0.0


@dataclass(frozen=True)
class SlotLine:
    """One line of a slot on the page: left edge, baseline and width (absolute page coordinates)."""

    x: float
    y: float
    width: float


@dataclass(frozen=True)
class Area:
    x: float
    y: float
    width: float
    height: float


@dataclass
class SlotRecorder:
    """Where a template left room for each variable item, filled in when the template is drawn."""

    lines: dict[str, list[SlotLine]] = field(default_factory=dict)
    styles: dict[str, SlotStyle] = field(default_factory=dict)
    boxes: dict[str, list[Area]] = field(default_factory=dict)
    areas: dict[str, Area] = field(default_factory=dict)


class RuledText(Flowable):  # type: ignore[misc]
    """A centred single line with a rule beneath exactly as wide as the text."""

    def __init__(
        self, text: str, font: str, size: float, leading: float, gap: float = 2.5, baseline_drop: float | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.gap = gap
        # Distance from the top to the baseline; set it to a neighbour's font size to share its baseline.
        self.baseline_drop = size if baseline_drop is None else baseline_drop

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.leading + self.gap
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        baseline = self.height - self.baseline_drop
        centre = self.width / 2
        canv.setFont(self.font, self.size)
        canv.drawCentredString(centre, baseline, self.text)
        half = text_width(self.text, self.font, self.size) / 2
        rule_y = baseline - self.size * 0.22 - self.gap
        canv.setLineWidth(RULE_WIDTH)
        canv.line(centre - half, rule_y, centre + half, rule_y)


class Slot(Flowable):  # type: ignore[misc]
    """Lines reserved for variable text, with an optional static label opening the first line.

    Draws only the label (and dotted leaders if asked); records each line's position so the
    variable text can be drawn later, page by page, over a reusable form.
    """

    def __init__(
        self,
        key: str,
        style: SlotStyle,
        lines: int,
        recorder: SlotRecorder,
        *,
        label: str = "",
        label_font: str | None = None,
        gap: float = 3.0,
        leader: bool = False,
    ) -> None:
        super().__init__()
        self.key = key
        self.style = style
        self.nlines = max(1, lines)
        self.recorder = recorder
        self.label = label
        self.label_font = label_font or style.font
        self.gap = gap
        self.leader = leader

    def label_width(self) -> float:
        if not self.label:
            return 0.0
        return text_width(self.label, self.label_font, self.style.size) + self.gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.nlines * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        size = self.style.size
        offset = self.label_width()
        if self.label:
            canv.setFont(self.label_font, size)
            canv.drawString(0, self.height - size, self.label)
        placed: list[SlotLine] = []
        for index in range(self.nlines):
            start = offset if index == 0 else 0.0
            baseline = self.height - size - index * self.style.leading
            x, y = canv.absolutePosition(start, baseline)
            placed.append(SlotLine(x, y, self.width - start))
            if self.leader:
                draw_leader(canv, start, self.width, baseline - 1.5)
        self.recorder.lines[self.key] = placed
        self.recorder.styles[self.key] = self.style


class FieldRow(Flowable):  # type: ignore[misc]
    """One line of labelled one-line slots ("Họ và tên: …   Năm sinh: …") at fixed shares of the width."""

    def __init__(
        self,
        fields: tuple[tuple[str, str, float], ...],
        label_font: str,
        style: SlotStyle,
        recorder: SlotRecorder,
        gap: float = 3.0,
        separation: float = 8.0,
    ) -> None:
        super().__init__()
        self.fields = fields  # (label, key, start as a fraction of the width)
        self.label_font = label_font
        self.style = style
        self.recorder = recorder
        self.gap = gap
        self.separation = separation

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        size = self.style.size
        baseline = self.height - size
        canv.setFont(self.label_font, size)
        for index, (label, key, start) in enumerate(self.fields):
            x0 = start * self.width
            end = (
                self.fields[index + 1][2] * self.width - self.separation if index + 1 < len(self.fields) else self.width
            )
            canv.drawString(x0, baseline, label)
            slot_x = x0 + text_width(label, self.label_font, size) + self.gap
            x, y = canv.absolutePosition(slot_x, baseline)
            self.recorder.lines[key] = [SlotLine(x, y, end - slot_x)]
            self.recorder.styles[key] = self.style


class ChoiceRow(Flowable):  # type: ignore[misc]
    """Three labelled tick boxes in equal columns; records each box for the mark drawn per page."""

    def __init__(
        self,
        key: str,
        labels: tuple[str, ...],
        font: str,
        size: float,
        leading: float,
        recorder: SlotRecorder,
        indent: float = 0.0,
    ) -> None:
        super().__init__()
        self.key = key
        self.labels = labels
        self.font = font
        self.size = size
        self.leading = leading
        self.recorder = recorder
        self.indent = indent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.leading
        return self.width, self.height

    def _layout(self, size: float) -> tuple[list[float], float]:
        """Column starts (equal columns, pushed right where a long label needs it) and the row's end."""
        box, gap = round(size * 0.72, 2), 0.45 * size
        column = (self.width - self.indent) / max(1, len(self.labels))
        starts: list[float] = []
        end = self.indent - self.MIN_GAP
        for index, label in enumerate(self.labels):
            start = max(self.indent + index * column, end + self.MIN_GAP)
            starts.append(start)
            end = start + box + gap + text_width(label, self.font, size)
        return starts, end

    MIN_GAP = 8.0

    def draw(self) -> None:
        canv: Canvas = self.canv
        size = self.size
        starts, end = self._layout(size)
        if end > self.width:  # labels too long even when pushed apart: set them smaller
            size = max(self.size * 0.75, self.size * (self.width - self.indent) / (end - self.indent))
            starts, end = self._layout(size)
        box = round(size * 0.72, 2)
        baseline = self.height - self.size
        canv.setLineWidth(0.7)
        canv.setFont(self.font, size)
        boxes: list[Area] = []
        for x, label in zip(starts, self.labels, strict=True):
            canv.rect(x, baseline - 0.5, box, box, stroke=1, fill=0)
            canv.drawString(x + box + 0.45 * size, baseline, label)
            ax, ay = canv.absolutePosition(x, baseline - 0.5)
            boxes.append(Area(ax, ay, box, box))
        self.recorder.boxes[self.key] = boxes


class SignatureArea(Flowable):  # type: ignore[misc]
    """The room left for signing; draws the signature and seal images when given (one-off documents)."""

    def __init__(
        self,
        height: float,
        *,
        key: str = "",
        recorder: SlotRecorder | None = None,
        signature: ImageReader | None = None,
        seal: ImageReader | None = None,
    ) -> None:
        super().__init__()
        self.height = height
        self.key = key
        self.recorder = recorder
        self.signature = signature
        self.seal = seal

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        if self.recorder is not None and self.key:
            x, y = canv.absolutePosition(0, 0)
            self.recorder.areas[self.key] = Area(x, y, self.width, self.height)
        if self.signature is not None or self.seal is not None:
            draw_signature_images(canv, Area(0, 0, self.width, self.height), self.signature, self.seal)


def draw_leader(canv: Canvas, x0: float, x1: float, y: float) -> None:
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.setDash(list(LEADER_DASH), 0)
    canv.line(x0, y, x1, y)
    canv.restoreState()


def read_image(data: bytes, what: str, name: str) -> ImageReader:
    """A PNG/JPEG from the vault as an image ReportLab can draw, or a clear refusal."""
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception:  # Pillow raises many kinds of error for a damaged file
        raise InputError("forms.bad_image", what=Message(f"forms.image_{what}"), name=name) from None
    return reader


def image_digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()[:16]


SIGNATURE_MAX_WIDTH = 50 * mm
SEAL_DIAMETER = 34 * mm


def signature_boxes(area: Area, signature_size: tuple[float, float] | None) -> tuple[Area | None, Area]:
    """Where the signature and the seal go in the room to sign.

    The signature is fitted (aspect kept) into the area, centred; the red seal, a little taller than
    the area, is centred on it vertically with its right edge a third of the way into the signature,
    so it covers the signature's left third.
    """
    signature_box: Area | None = None
    nominal_w = min(area.width * 0.6, 40 * mm)
    if signature_size is not None:
        iw, ih = signature_size
        scale = min(min(area.width, SIGNATURE_MAX_WIDTH) / iw, area.height / ih)
        w, h = iw * scale, ih * scale
        signature_box = Area(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
        sig_left, sig_w = signature_box.x, w
    else:
        sig_left, sig_w = area.x + (area.width - nominal_w) / 2, nominal_w
    seal = min(SEAL_DIAMETER, area.height * 1.1)
    seal_box = Area(sig_left + sig_w / 3 - seal, area.y + (area.height - seal) / 2, seal, seal)
    return signature_box, seal_box


def draw_signature_images(canv: Canvas, area: Area, signature: ImageReader | None, seal: ImageReader | None) -> None:
    """Signature first, then the seal over its left third (images keep their transparency)."""
    sig_box, seal_box = signature_boxes(area, signature.getSize() if signature is not None else None)
    if signature is not None and sig_box is not None:
        canv.drawImage(signature, sig_box.x, sig_box.y, sig_box.width, sig_box.height, mask="auto")
    if seal is not None:
        fitted = _fit(seal.getSize(), seal_box)
        canv.drawImage(seal, fitted.x, fitted.y, fitted.width, fitted.height, mask="auto")


def _fit(size: tuple[float, float], box: Area) -> Area:
    iw, ih = size
    scale = min(box.width / iw, box.height / ih)
    w, h = iw * scale, ih * scale
    return Area(box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h)
