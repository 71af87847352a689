"""Fonts for the Party's documents: Times New Roman when the PC has it, else bundled Liberation Serif."""

from __future__ import annotations

import io
import os
import sys
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal, get_args

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from handbook.errors import HandbookError
from handbook.forms.typeset import clear_width_cache
from handbook.i18n import Message

FontChoice = Literal["auto", "times", "liberation"]
FontSource = Literal["times", "liberation", "noto"]
Face = Literal["regular", "bold", "italic", "bold_italic"]
FACES: tuple[Face, ...] = ("regular", "bold", "italic", "bold_italic")

# The PDF font-descriptor flags ReportLab derives from the font file (OS/2 weight, italic angle).
_FLAG_ITALIC = 1 << 6
_FLAG_FORCE_BOLD = 1 << 18

# ReportLab keys fonts by the name they are registered under, so each face gets its own name.
_FACE_SUFFIX: dict[Face, str] = {"regular": "", "bold": "-Bold", "italic": "-Italic", "bold_italic": "-BoldItalic"}

_BUNDLED: dict[Literal["liberation", "noto"], tuple[str, dict[Face, str]]] = {
    "liberation": (
        "LiberationSerif",
        {
            "regular": "LiberationSerif-Regular.ttf",
            "bold": "LiberationSerif-Bold.ttf",
            "italic": "LiberationSerif-Italic.ttf",
            "bold_italic": "LiberationSerif-BoldItalic.ttf",
        },
    ),
    "noto": (
        "NotoSerif",
        {
            "regular": "NotoSerif-Regular.ttf",
            "bold": "NotoSerif-Bold.ttf",
            "italic": "NotoSerif-Italic.ttf",
            "bold_italic": "NotoSerif-BoldItalic.ttf",
        },
    ),
}
_TIMES_FAMILY = "TimesNewRoman"

# File names of Times New Roman as Windows, the msttcorefonts package and macOS ship them (lower case).
_TIMES_FILES: dict[Face, tuple[str, ...]] = {
    "regular": ("times.ttf", "times new roman.ttf", "times_new_roman.ttf", "timesnewroman.ttf"),
    "bold": (
        "timesbd.ttf",
        "times new roman bold.ttf",
        "times_new_roman_bold.ttf",
        "timesnewroman-bold.ttf",
        "timesnewromanbold.ttf",
    ),
    "italic": (
        "timesi.ttf",
        "times new roman italic.ttf",
        "times_new_roman_italic.ttf",
        "timesnewroman-italic.ttf",
        "timesnewromanitalic.ttf",
    ),
    "bold_italic": (
        "timesbi.ttf",
        "times new roman bold italic.ttf",
        "times_new_roman_bold_italic.ttf",
        "timesnewroman-bolditalic.ttf",
        "timesnewromanbolditalic.ttf",
    ),
}

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # ngang, huyền, hỏi, ngã, sắc, nặng


def vietnamese_letters() -> tuple[str, ...]:
    """Every Vietnamese letter, upper and lower case, each vowel with each of the six tones (NFC)."""
    letters: list[str] = []
    for vowel in _VOWELS + _VOWELS.upper():
        for tone in _TONES:
            letters.append(unicodedata.normalize("NFC", vowel + tone))
    letters.extend("đĐ")
    letters.extend("bcdghklmnpqrstvx")
    letters.extend("BCDGHKLMNPQRSTVX")
    return tuple(letters)


@dataclass(frozen=True)
class FontFamily:
    """A registered four-face family: the ReportLab name of each face and where the files came from."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: FontSource
    fallback: Message | None = None  # why Times New Roman was wanted but not used

    def face(self, face: Face) -> str:
        return {"regular": self.regular, "bold": self.bold, "italic": self.italic, "bold_italic": self.bold_italic}[
            face
        ]

    @property
    def display_name(self) -> str:
        return {"times": "Times New Roman", "liberation": "Liberation Serif", "noto": "Noto Serif"}[self.source]


class _FontProblem(Exception):
    """A font file that cannot serve as the face it was offered for."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.id)
        self.reason = reason


_lock = threading.Lock()
_registered: dict[tuple[str, tuple[str, ...]], FontFamily] = {}


def parse_font_choice(value: str) -> FontChoice:
    """The stored setting as a font choice; anything unknown means "auto"."""
    choices: tuple[str, ...] = get_args(FontChoice)
    for choice in choices:
        if value == choice:
            return choice  # type: ignore[return-value]
    return "auto"


def system_font_dirs() -> list[Path]:
    """Where this PC keeps installed fonts, most likely first."""
    dirs: list[Path] = []
    home = Path.home()
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"), home / "Library/Fonts"]
    else:
        data_home = os.environ.get("XDG_DATA_HOME")
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts"),
            Path("/usr/local/share/fonts"),
            Path(data_home) / "fonts" if data_home else home / ".local/share/fonts",
            home / ".fonts",
        ]
    return dirs


def find_times_new_roman(font_dirs: Sequence[Path] | None = None) -> dict[Face, Path] | None:
    """The four Times New Roman files from the first font folder (searched recursively) holding all four.

    The PC's own font folders are searched once per run; explicit ``font_dirs`` every time.
    """
    if font_dirs is None:
        return _find_times_on_this_pc()
    return _find_times(font_dirs)


@lru_cache(maxsize=1)
def _find_times_on_this_pc() -> dict[Face, Path] | None:
    return _find_times(system_font_dirs())


def _find_times(font_dirs: Sequence[Path]) -> dict[Face, Path] | None:
    for folder in font_dirs:
        found: dict[Face, Path] = {}
        for path in _walk_font_files(folder):
            name = path.name.lower()
            for face, names in _TIMES_FILES.items():
                if face not in found and name in names:
                    found[face] = path
        if len(found) == len(FACES):
            return found
    return None


def _walk_font_files(folder: Path) -> Iterable[Path]:
    if not folder.is_dir():
        return
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.lower().endswith(".ttf"):
                yield Path(root) / name


def bundled_font_file(source: Literal["liberation", "noto"], face: Face) -> Traversable:
    """A font file shipped with the app (e.g. Noto Serif for pyHanko's signature stamps)."""
    return resources.files("resources") / "fonts" / _BUNDLED[source][1][face]


def bundled_font_bytes(source: Literal["liberation", "noto"], face: Face) -> bytes:
    file = bundled_font_file(source, face)
    try:
        return file.read_bytes()
    except OSError as exc:
        raise HandbookError("forms.font_bundled_missing", file=file.name, reason=str(exc)) from None


def register_fonts(choice: FontChoice = "auto", *, font_dirs: Sequence[Path] | None = None) -> FontFamily:
    """Register (once) and return the serif family for forms: Times New Roman if wanted and usable."""
    fallback: Message | None = None
    if choice in ("auto", "times"):
        times = find_times_new_roman(font_dirs)
        if times is None:
            if choice == "times":
                fallback = Message("forms.font_times_missing")
        else:
            try:
                return _register(_TIMES_FAMILY, "times", {f: _PathSource(p) for f, p in times.items()})
            except _FontProblem as problem:
                fallback = Message("forms.font_times_unusable", {"reason": problem.reason})
    family = register_bundled("liberation")
    if fallback is not None:
        return FontFamily(
            family.family, family.regular, family.bold, family.italic, family.bold_italic, family.source, fallback
        )
    return family


def register_bundled(source: Literal["liberation", "noto"]) -> FontFamily:
    """Register (once) a family shipped in ``resources/fonts``."""
    family, files = _BUNDLED[source]
    try:
        return _register(family, source, {face: _BundledSource(source, face) for face in files})
    except _FontProblem as problem:
        raise HandbookError("forms.font_bundled_missing", file=family, reason=problem.reason) from None


class _PathSource:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.label = str(path)

    def read(self) -> bytes:
        return self.path.read_bytes()


class _BundledSource:
    def __init__(self, source: Literal["liberation", "noto"], face: Face) -> None:
        self.file = bundled_font_file(source, face)
        self.label = f"resources/fonts/{self.file.name}"

    def read(self) -> bytes:
        return self.file.read_bytes()


def _register(family: str, source: FontSource, files: Mapping[Face, _PathSource | _BundledSource]) -> FontFamily:
    key = (family, tuple(files[face].label for face in FACES))
    with _lock:
        cached = _registered.get(key)
        if cached is not None:
            return cached
        fonts: dict[Face, TTFont] = {}
        for face in FACES:
            name = family + _FACE_SUFFIX[face]
            try:
                data = files[face].read()
                font = TTFont(name, io.BytesIO(data), shapable=False)
            except Exception as exc:  # ReportLab raises TTFError, struct.error, OSError …
                raise _FontProblem(Message("forms.font_reason_unreadable", {"file": files[face].label})) from exc
            fonts[face] = font
        _check_family(fonts)
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        clear_width_cache()
        names = {face: fonts[face].fontName for face in FACES}
        pdfmetrics.registerFontFamily(
            family, normal=names["regular"], bold=names["bold"], italic=names["italic"], boldItalic=names["bold_italic"]
        )
        result = FontFamily(family, names["regular"], names["bold"], names["italic"], names["bold_italic"], source)
        _registered[key] = result
        return result


def _check_family(fonts: Mapping[Face, TTFont]) -> None:
    """Refuse a family whose files are mislabelled (a regular file offered as bold prints regular)."""
    seen: dict[bytes, Face] = {}
    letters = vietnamese_letters()
    for face in FACES:
        ttf = fonts[face].face
        if ttf.name in seen:
            raise _FontProblem(Message("forms.font_reason_same_face", {"face": _face_name(face)}))
        seen[ttf.name] = face
        bold = bool(ttf.flags & _FLAG_FORCE_BOLD)
        italic = bool(ttf.flags & _FLAG_ITALIC)
        if bold != face.startswith("bold") or italic != face.endswith("italic"):
            raise _FontProblem(Message("forms.font_reason_wrong_style", {"face": _face_name(face)}))
        missing = [ch for ch in letters if ord(ch) not in ttf.charToGlyph]
        if missing:
            raise _FontProblem(
                Message(
                    "forms.font_reason_no_vietnamese", {"face": _face_name(face), "letters": " ".join(missing[:12])}
                )
            )


def _face_name(face: Face) -> Message:
    return Message(f"forms.face_{face}")


def missing_glyphs(font_name: str, text: str) -> list[str]:
    """The characters of ``text`` that the registered font ``font_name`` has no glyph for."""
    font = pdfmetrics.getFont(font_name)
    cmap: Mapping[int, int] = font.face.charToGlyph
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap})
