"""Keeping a document's signature block with the last lines of its body (never alone on a page).

When the closing (signature block, stamp room, "Nơi nhận") does not fit below the body, the spacing is
squeezed first (the gap above the closing, the room to sign); if it still does not fit, the last lines of
the body go to the next page with it, so that page never holds the signature alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

KEEP_LINES = 2  # lines of body text that go with the signature block to a new page
TIGHT_GAP = 1.0 * mm  # the gap above the closing when squeezed

# The closing, built either as designed (False) or squeezed (True: less room to sign).
ClosingFactory = Callable[[bool], Flowable]


def _lines(flowable: Flowable, width: float) -> int:
    """Lines of text a flowable holds once wrapped (a spacer or table counts as none)."""
    if not isinstance(flowable, Paragraph):
        return 0
    flowable.wrap(width, 1e6)
    lines = getattr(flowable.blPara, "lines", [])
    return len(lines)


class SignatureKeeper(Flowable):  # type: ignore[misc]
    """The body's tail, a gap, and the closing, laid out as one block that splits only inside the tail."""

    def __init__(
        self,
        tail: Sequence[Flowable],
        closing: ClosingFactory,
        gap: float,
        *,
        keep_lines: int = KEEP_LINES,
        squeezed: bool | None = None,
    ) -> None:
        super().__init__()
        self.tail = list(tail)
        self.closing_factory = closing
        self.gap = gap
        self.keep_lines = keep_lines
        self.fixed = squeezed  # None: choose at wrap time (as designed while it fits)
        self._parts: list[tuple[Flowable, float, float]] = []  # flowable, its height, space after it
        self._tight = False

    def _layout(self, width: float, tight: bool) -> float:
        parts: list[tuple[Flowable, float, float]] = []
        for index, flowable in enumerate(self.tail):
            _w, h = flowable.wrap(width, 1e6)
            after = float(flowable.getSpaceAfter()) if index < len(self.tail) - 1 else 0.0
            parts.append((flowable, h, after))
        closing = self.closing_factory(tight)
        _w, h = closing.wrap(width, 1e6)
        gap = min(self.gap, TIGHT_GAP) if tight else self.gap
        if parts:
            flowable, height, _after = parts[-1]
            parts[-1] = (flowable, height, gap)
        parts.append((closing, h, 0.0))
        self._parts = parts
        self._tight = tight
        return sum(height + after for _f, height, after in parts)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        tight = bool(self.fixed)
        height = self._layout(availWidth, tight)
        if self.fixed is None and height > availHeight:
            squeezed = self._layout(availWidth, True)
            height = squeezed if squeezed <= availHeight else self._layout(availWidth, False)
        self.height = height
        return availWidth, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._layout(availWidth, True) <= availHeight:
            return [SignatureKeeper(self.tail, self.closing_factory, self.gap, squeezed=True)]
        counts = [_lines(f, availWidth) for f in self.tail]
        need = self.keep_lines
        index = len(self.tail)
        take = 0  # lines taken from the end of tail[index]
        while index > 0 and need > 0:
            index -= 1
            take = min(need, counts[index])
            need -= take
        if not counts or (index == 0 and take >= counts[0]):
            return []  # the whole tail goes with the closing: nothing of it can stay here
        stay = list(self.tail[:index])
        carry = list(self.tail[index + 1 :])
        keep_here = counts[index] - take
        paragraph = self.tail[index]
        if take == 0 or keep_here <= 0:
            carry.insert(0, paragraph)
        else:
            leading = float(paragraph.style.leading)
            pieces = paragraph.split(availWidth, keep_here * leading + 0.5)
            if len(pieces) == 2:
                stay.append(pieces[0])
                carry.insert(0, pieces[1])
            else:
                carry.insert(0, paragraph)
        return self._fill(stay, carry, availWidth, availHeight)

    def _fill(self, stay: list[Flowable], carry: list[Flowable], width: float, height: float) -> list[Flowable]:
        """What of ``stay`` fits here, then a keeper of the rest: the first part returned always fits."""
        placed: list[Flowable] = []
        room = height
        for index, flowable in enumerate(stay):
            _w, h = flowable.wrap(width, room)
            if h <= room:
                placed.append(flowable)
                room -= h + float(flowable.getSpaceAfter())
                continue
            pieces = flowable.split(width, room) if room > 0 else []
            rest = [*pieces[1:], *stay[index + 1 :]] if pieces else stay[index:]
            if pieces:
                placed.append(pieces[0])
            carry = [*rest, *carry]
            break
        if not placed:
            return []
        return [*placed, SignatureKeeper(carry, self.closing_factory, self.gap, keep_lines=self.keep_lines)]

    def draw(self) -> None:
        y = self.height
        for flowable, height, after in self._parts:
            y -= height
            flowable.drawOn(self.canv, 0, y)
            y -= after
