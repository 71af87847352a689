"""Hypothesis on the text extraction path: any bytes under any name give text or one InputError, never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handbook.errors import InputError
from handbook.library.extract import extract
from handbook.library.samples import make_docx, make_pdf

_PDF = make_pdf(["Điều 1. Đảng viên nơi cư trú", "trang hai"])
_DOCX = make_docx(["Hướng dẫn", "Điều 2"])
NAMES = st.sampled_from(["a.pdf", "a.docx", "a.txt", "a.PDF", "b.doc", "c", "d.xlsx"])


def _check(name: str, data: bytes) -> None:
    try:
        result = extract(name, data)
    except InputError as exc:
        assert exc.render("vi") and exc.render("en")
        return
    assert all(isinstance(p, str) for p in result.pages)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES, data=st.binary(max_size=2048))
def test_random_bytes(name: str, data: bytes) -> None:
    _check(name, data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from([_PDF, _DOCX]),
    cut=st.integers(min_value=0, max_value=20_000),
    flips=st.lists(st.tuples(st.integers(min_value=0, max_value=20_000), st.integers(0, 255)), max_size=8),
)
def test_damaged_real_files(base: bytes, cut: int, flips: list[tuple[int, int]]) -> None:
    data = bytearray(base[: max(cut, 5)] if cut < len(base) else base)
    for pos, value in flips:
        if data:
            data[pos % len(data)] = value
    name = "x.pdf" if base is _PDF else "x.docx"
    _check(name, bytes(data))


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=500))
def test_any_text_file(text: str) -> None:
    for encoding in ("utf-8", "utf-16"):
        _check("t.txt", text.encode(encoding, "replace"))
