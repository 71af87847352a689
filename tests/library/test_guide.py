"""The shipped guide: both languages, one section per screen, every section reachable, searchable like the library."""

from __future__ import annotations

import pytest

from handbook.library.guide import GuideError, GuideIndex, load_guide, parse_guide

# The screens of the main window's sidebar (class names); tests/ui/test_library_guide.py checks the live window.
SCREENS = ["OverviewPage", "MembersPage", "OrgsPage", "RegistrationsPage", "CasesPage", "LibraryPage", "SettingsPage"]
TOPICS = [
    "round",
    "round.register",
    "round.open_year",
    "round.sheets",
    "round.confirm",
    "round.dispatch",
    "round.follow_up",
    "roles",
    "backup",
    "import",
]


def test_every_screen_and_topic_has_a_section_in_both_languages() -> None:
    guide = load_guide()
    for screen in SCREENS:
        section = guide.for_screen(screen)
        assert section is not None, screen
    for topic in TOPICS:
        assert guide.section(topic) is not None, topic
    for section in guide.sections:
        for lang in ("vi", "en"):
            assert section.title[lang].strip() and section.body[lang], (section.id, lang)


def test_every_section_is_reachable_from_the_contents() -> None:
    guide = load_guide()
    assert guide.reachable() == {s.id for s in guide.sections}


def test_links_read_as_the_titles_they_point_to() -> None:
    guide = load_guide()
    text = guide.plain_text(guide.section("round"), "vi")  # type: ignore[arg-type]
    assert "1. Bước 1: Đăng ký đảng viên về nơi cư trú" in text
    assert "[[" not in text


@pytest.mark.parametrize(
    ("lang", "query", "expected"),  # tones optional, đ = d, word prefixes
    [
        ("vi", "ma khoi phuc", "backup"),
        ("vi", "Đang cong tac thuong xuyen", "round"),
        ("vi", "xac nhan ky thay", "round.confirm"),
        ("vi", "nhap excel", "import"),
        ("vi", "scan", "screen.library"),
        ("en", "recovery code", "backup"),
        ("en", "merge cells", "screen.orgs"),
    ],
)
def test_the_guide_is_searched_with_the_library_search(lang: str, query: str, expected: str) -> None:
    index = GuideIndex(load_guide(), lang)  # type: ignore[arg-type]
    try:
        hits = index.search(query)
        assert hits, query
        assert expected in [h.section.id for h in hits[:3]], [h.section.id for h in hits]
        assert hits[0].passage.spans
    finally:
        index.close()


def test_a_broken_guide_is_a_sentence() -> None:
    good = {
        "start": "a",
        "sections": [{"id": "a", "title": {"vi": "A", "en": "A"}, "body": {"vi": ["[[b]]"], "en": []}}],
    }
    with pytest.raises(GuideError) as exc:
        parse_guide(good)
    assert "b" in exc.value.render("vi")
    with pytest.raises(GuideError):
        parse_guide({"sections": []})
