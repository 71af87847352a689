"""Flowing Party documents onto a shared canvas, page by page, so forms of several kinds share one PDF."""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame

from handbook.errors import InputError
from handbook.forms.flowables import Area, SlotRecorder
from handbook.forms.fonts import FontFamily
from handbook.forms.layout import APP_NAME, binary_streams
from handbook.forms.model import PageSetup
from handbook.forms.typeset import nfc
from handbook.i18n import Message


@dataclass(frozen=True)
class LandscapePage(PageSetup):
    """A4 landscape, for registers (sổ): narrower margins, the binding edge on the left."""

    top_mm: float = 15.0
    bottom_mm: float = 15.0
    left_mm: float = 20.0
    right_mm: float = 12.0

    @property
    def page_size(self) -> tuple[float, float]:
        return (float(A4[1]), float(A4[0]))


@dataclass(frozen=True)
class PlacedArea:
    """Where a recorded area ended up: the 0-based page index of the whole PDF and the rectangle."""

    page: int
    area: Area


@dataclass
class FlowResult:
    first_page: int  # 0-based index in the whole PDF
    pages: int
    areas: dict[str, PlacedArea] = field(default_factory=dict)


class PageWriter:
    """Draws documents one after another onto one canvas; each starts on a new page.

    Pages after the first of each document are numbered in the top margin (Hướng dẫn 36).
    """

    def __init__(self, canv: Canvas, fonts: FontFamily, page: PageSetup, *, number_size: float = 13.0) -> None:
        self.canv = canv
        self.fonts = fonts
        self.page = page
        self.number_size = number_size

    @property
    def page_index(self) -> int:
        """The 0-based index of the page being drawn now."""
        return int(self.canv.getPageNumber()) - 1

    def flow(
        self,
        flowables: Iterable[Flowable],
        *,
        title: str = "",
        recorder: SlotRecorder | None = None,
        number_pages: bool = True,
    ) -> FlowResult:
        """Lay ``flowables`` out over as many pages as they need; areas the ``recorder`` saw are placed."""
        items = list(flowables)
        page = self.page
        result = FlowResult(self.page_index, 0)
        seen: set[str] = set(recorder.areas) if recorder is not None else set()
        while items:
            result.pages += 1
            if number_pages and result.pages > 1:
                self.canv.setFont(self.fonts.regular, self.number_size)
                self.canv.drawCentredString(
                    page.left + page.frame_width / 2, page.page_size[1] - page.top / 2 - 4, str(result.pages)
                )
            frame = Frame(
                page.left,
                page.bottom,
                page.frame_width,
                page.frame_height,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id="body",
            )
            placed = 0
            while items:
                head = items[0]
                if frame.add(head, self.canv, trySplit=1):
                    items.pop(0)
                    placed += 1
                    continue
                parts = frame.split(head, self.canv)
                if len(parts) > 1:
                    items[0:1] = parts
                    if frame.add(items[0], self.canv, trySplit=1):
                        items.pop(0)
                        placed += 1
                        continue
                    items[0 : len(parts)] = [head]
                if placed == 0:
                    raise InputError("forms.document_too_long", title=nfc(title), part=Message("forms.part_body"))
                break
            if recorder is not None:
                for key in recorder.areas.keys() - seen:
                    result.areas[key] = PlacedArea(self.page_index, recorder.areas[key])
                    seen.add(key)
            self.canv.showPage()
        return result


def new_canvas(buffer: io.BytesIO, fonts: FontFamily, page: PageSetup, title: str, author: str = "") -> Canvas:
    """A compressed canvas for one PDF, with its metadata; streams are binary (see ``binary_streams``)."""
    binary_streams()
    canv = Canvas(buffer, pagesize=page.page_size, pageCompression=1, initialFontName=fonts.regular)
    canv.setTitle(nfc(title))
    canv.setCreator(APP_NAME)
    canv.setAuthor(nfc(author) or APP_NAME)
    return canv
