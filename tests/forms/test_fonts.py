"""Fonts: bundled faces cover Vietnamese, faces register under distinct names, Times is found or refused."""

from __future__ import annotations

import shutil
import unicodedata
from importlib import resources
from pathlib import Path

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from handbook.forms.fonts import (
    FACES,
    bundled_font_bytes,
    bundled_font_file,
    find_times_new_roman,
    missing_glyphs,
    parse_font_choice,
    register_bundled,
    register_fonts,
    vietnamese_letters,
)

SOURCES = ("liberation", "noto")


def test_vietnamese_letters_are_every_vowel_with_every_tone_and_d_bar() -> None:
    letters = vietnamese_letters()
    assert len(set(letters)) == len(letters)
    assert all(len(ch) == 1 and unicodedata.is_normalized("NFC", ch) for ch in letters)
    vowels = [ch for ch in letters if unicodedata.normalize("NFD", ch)[0].lower() in "aeiouy"]
    assert len(vowels) == 12 * 2 * 6  # a ă â e ê i o ô ơ u ư y, both cases, six tones
    for sample in "ẳẴặỜỡỵỸữỰếỆđĐ":
        assert sample in letters


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("face", FACES)
def test_every_bundled_face_has_every_vietnamese_letter(source: str, face: str) -> None:
    family = register_bundled(source)  # type: ignore[arg-type]
    name = family.face(face)  # type: ignore[arg-type]
    assert missing_glyphs(name, "".join(vietnamese_letters())) == []
    assert missing_glyphs(name, "0123456789,.;:-–/()*“”") == []


@pytest.mark.parametrize("source", SOURCES)
def test_faces_register_under_distinct_names_and_map_bold_and_italic(source: str) -> None:
    family = register_bundled(source)  # type: ignore[arg-type]
    names = [family.face(face) for face in FACES]
    assert len(set(names)) == 4
    # Each name really is a different file: the PostScript names inside differ.
    ps_names = {pdfmetrics.getFont(name).face.name for name in names}
    assert len(ps_names) == 4
    assert any(b"Bold" in n and b"Italic" not in n for n in ps_names)
    # <b> and <i> in paragraphs resolve through the family mapping.
    key = family.family.lower()
    assert tt2ps(key, 0, 0) == family.regular
    assert tt2ps(key, 1, 0) == family.bold
    assert tt2ps(key, 0, 1) == family.italic
    assert tt2ps(key, 1, 1) == family.bold_italic
    assert not pdfmetrics.getFont(family.regular).shapable


def test_registration_is_cached() -> None:
    assert register_bundled("liberation") is register_bundled("liberation")


@pytest.mark.parametrize("source", SOURCES)
def test_licence_sits_beside_the_fonts(source: str) -> None:
    folder = resources.files("resources") / "fonts"
    licence = folder / ("LICENSE-LiberationSerif.txt" if source == "liberation" else "LICENSE-NotoSerif.txt")
    text = licence.read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text
    for face in FACES:
        assert bundled_font_file(source, face).name in text  # type: ignore[arg-type]
        assert bundled_font_bytes(source, face)[:4] == b"\x00\x01\x00\x00"  # type: ignore[arg-type]


def _fake_times(folder: Path, names: dict[str, str]) -> Path:
    """Liberation Serif copied under Windows' Times New Roman file names (same metrics, for the test)."""
    folder.mkdir(parents=True, exist_ok=True)
    src = {face: bundled_font_file("liberation", face) for face in FACES}
    for face, filename in names.items():
        (folder / filename).write_bytes(src[face].read_bytes())  # type: ignore[index]
    return folder


WINDOWS_NAMES = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"}


def test_times_new_roman_found_in_a_windows_font_folder(tmp_path: Path) -> None:
    folder = _fake_times(tmp_path / "Fonts", WINDOWS_NAMES)
    _fake_times(tmp_path / "elsewhere", {"regular": "TIMES.TTF"})
    found = find_times_new_roman([tmp_path / "missing", tmp_path / "elsewhere", folder])
    assert found is not None
    assert {face: path.name for face, path in found.items()} == WINDOWS_NAMES


def test_times_found_by_linux_package_names_in_subfolders(tmp_path: Path) -> None:
    names = {
        "regular": "Times_New_Roman.ttf",
        "bold": "Times_New_Roman_Bold.ttf",
        "italic": "Times_New_Roman_Italic.ttf",
        "bold_italic": "Times_New_Roman_Bold_Italic.ttf",
    }
    _fake_times(tmp_path / "truetype" / "msttcorefonts", names)
    found = find_times_new_roman([tmp_path])
    assert found is not None and found["bold"].name == "Times_New_Roman_Bold.ttf"


def test_times_preferred_when_present(tmp_path: Path) -> None:
    folder = _fake_times(tmp_path / "Fonts", WINDOWS_NAMES)
    family = register_fonts("auto", font_dirs=[folder])
    assert family.source == "times" and family.fallback is None
    assert family.bold == "TimesNewRoman-Bold"
    assert missing_glyphs(family.bold_italic, "".join(vietnamese_letters())) == []
    assert register_fonts("liberation", font_dirs=[folder]).source == "liberation"


def test_missing_times_falls_back_to_liberation(tmp_path: Path) -> None:
    _fake_times(tmp_path, {"regular": "times.ttf", "bold": "timesbd.ttf"})  # only two faces
    auto = register_fonts("auto", font_dirs=[tmp_path])
    assert auto.source == "liberation" and auto.fallback is None
    asked = register_fonts("times", font_dirs=[tmp_path])
    assert asked.source == "liberation"
    assert asked.fallback is not None and asked.fallback.id == "forms.font_times_missing"
    assert "Liberation Serif" in asked.fallback.render("vi")


def test_mislabelled_bold_file_is_refused(tmp_path: Path) -> None:
    """A regular file named timesbd.ttf would silently print regular: use Liberation instead."""
    folder = _fake_times(tmp_path, WINDOWS_NAMES)
    shutil.copyfile(folder / "times.ttf", folder / "timesbd.ttf")
    family = register_fonts("times", font_dirs=[folder])
    assert family.source == "liberation"
    assert family.fallback is not None and family.fallback.id == "forms.font_times_unusable"
    assert "đậm" not in family.fallback.render("en")
    assert "bold" in family.fallback.render("en")


def test_damaged_times_file_is_refused(tmp_path: Path) -> None:
    folder = _fake_times(tmp_path, WINDOWS_NAMES)
    (folder / "timesi.ttf").write_bytes(b"not a font")
    family = register_fonts("auto", font_dirs=[folder])
    assert family.source == "liberation"
    assert family.fallback is not None and "timesi.ttf" in family.fallback.render("vi")


def test_font_choice_setting_parses() -> None:
    assert parse_font_choice("times") == "times"
    assert parse_font_choice("liberation") == "liberation"
    assert parse_font_choice("auto") == "auto"
    assert parse_font_choice("Comic Sans") == "auto"
