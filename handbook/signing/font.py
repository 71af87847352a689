"""The Noto Serif font for the signature stamp: the bundled copy first, then the system's, cut to Vietnamese."""

from __future__ import annotations

import functools
from importlib import resources
from io import BytesIO
from pathlib import Path

from handbook.signing.signers import SignError

FONT_FILE = "NotoSerif-Regular.ttf"
SYSTEM_PATHS: tuple[Path, ...] = (
    Path("/usr/share/fonts/truetype/noto") / FONT_FILE,
    Path("/usr/share/fonts/noto") / FONT_FILE,
    Path("/usr/share/fonts/google-noto") / FONT_FILE,
)
# Latin with every Vietnamese letter (Ơ Ư in Extended-B, the toned vowels in Extended Additional), combining
# marks for decomposed input, punctuation and ₫.
VIETNAMESE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0300, 0x036F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20AB, 0x20AB),
)


def bundled_font() -> bytes | None:
    """The copy shipped in ``resources/fonts`` (source tree, wheel, zip or PyInstaller onedir), if present."""
    try:
        candidate = resources.files("resources") / "fonts" / FONT_FILE
        return candidate.read_bytes() if candidate.is_file() else None
    except (ModuleNotFoundError, OSError):
        return None


def font_bytes() -> bytes:
    """The whole font file; a plain sentence when there is none."""
    found = bundled_font()
    if found is not None:
        return found
    for path in SYSTEM_PATHS:
        if path.is_file():
            return path.read_bytes()
    looked = ["resources/fonts/" + FONT_FILE, *(str(p) for p in SYSTEM_PATHS)]
    raise SignError("sign.font_missing", paths=", ".join(looked))


STAMP_FONT_FILE = "NotoSerif-Regular-vi.ttf"  # FONT_FILE already cut to VIETNAMESE_RANGES (tools/cut_stamp_font.py)


@functools.cache
def stamp_font_data() -> bytes:
    """The font cut down to Vietnamese: the copy cut once and shipped, else cut here once per process.

    A cut font halves the cost of every stamp (pyHanko subsets the font again for each signature, and most of
    that goes on reading the font); shipping it cut saves a command-line signature the cutting (about 0.5 s).
    """
    try:
        shipped = resources.files("resources") / "fonts" / STAMP_FONT_FILE
        if shipped.is_file():
            return shipped.read_bytes()
    except (ModuleNotFoundError, OSError):
        pass
    return cut_font(font_bytes())


def cut_font(data: bytes) -> bytes:
    """``data`` (a TrueType font) keeping only the Vietnamese ranges, kerning and names.

    The stamp's text is NFC (every Vietnamese letter precomposed), so it needs no substitution or mark
    positioning; without those tables pyHanko's own subsetting at each signature reads far less (about 0.15 s).
    """
    from fontTools import subset, ttLib  # type: ignore[import-untyped]

    font = ttLib.TTFont(BytesIO(data))
    options = subset.Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for lo, hi in VIETNAMESE_RANGES for c in range(lo, hi + 1)])
    subsetter.subset(font)
    out = BytesIO()
    font.save(out)
    return out.getvalue()
