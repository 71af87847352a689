"""The guide the app ships (resources/guide/guide.json): sections per screen and topic, links, and folded search.

The guide is searched with the library's own search: its sections are indexed in an in-memory copy of the
library tables (public text, never written to disk).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from handbook.errors import HandbookError
from handbook.i18n import LANGS, Lang
from handbook.library.model import Passage
from handbook.library.schema import LIBRARY_SCHEMA
from handbook.library.search import passage, query_tokens, search_rows

LINK = re.compile(r"\[\[([a-z0-9_.]+)(?:\|([^\]]+))?\]\]")
GUIDE_FILE = "guide.json"


class GuideError(HandbookError):
    """The shipped guide file is broken (a packaging fault, not the user's)."""


@dataclass(frozen=True)
class GuideSection:
    id: str
    title: Mapping[Lang, str]
    body: Mapping[Lang, tuple[str, ...]]
    screen: str | None = None  # the class name of the screen this section explains

    def links(self) -> set[str]:
        return {m.group(1) for lang in LANGS for line in self.body[lang] for m in LINK.finditer(line)}


@dataclass(frozen=True)
class GuideHit:
    section: GuideSection
    passage: Passage
    rank: float


@dataclass(frozen=True)
class Guide:
    sections: tuple[GuideSection, ...]
    start: str

    def section(self, section_id: str) -> GuideSection | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def for_screen(self, screen: str) -> GuideSection | None:
        return next((s for s in self.sections if s.screen == screen), None)

    def reachable(self) -> set[str]:
        """Every section one can get to from the start by following links."""
        seen, todo = {self.start}, [self.start]
        while todo:
            current = self.section(todo.pop())
            for target in current.links() if current else ():
                if target not in seen:
                    seen.add(target)
                    todo.append(target)
        return seen

    def plain_text(self, section: GuideSection, lang: Lang) -> str:
        """The section's text with each link written as the title it points to."""

        def name(m: re.Match[str]) -> str:
            target = self.section(m.group(1))
            return m.group(2) or (target.title[lang] if target else m.group(1))

        return "\n".join(LINK.sub(name, line) for line in section.body[lang])


def parse_guide(doc: Any, where: str = GUIDE_FILE) -> Guide:
    """A guide from its JSON document; refuses duplicates, missing languages and links to nowhere."""

    def bad(reason: str) -> GuideError:
        return GuideError("guide.bad_file", path=where, reason=reason)

    try:
        sections: list[GuideSection] = []
        for raw in doc["sections"]:
            title = {lang: str(raw["title"][lang]) for lang in LANGS}
            body = {lang: tuple(str(x) for x in raw["body"][lang]) for lang in LANGS}
            sections.append(GuideSection(str(raw["id"]), title, body, raw.get("screen")))
        guide = Guide(tuple(sections), str(doc["start"]))
    except (KeyError, TypeError) as exc:
        raise bad(f"missing {exc}") from None
    ids = [s.id for s in guide.sections]
    if len(set(ids)) != len(ids):
        raise bad("a section id is used twice")
    if guide.section(guide.start) is None:
        raise bad(f"no start section {guide.start}")
    for s in guide.sections:
        if missing := s.links() - set(ids):
            raise bad(f"{s.id} links to {sorted(missing)}")
    return guide


@lru_cache(maxsize=1)
def load_guide() -> Guide:
    """The shipped guide, read once per process."""
    text = resources.files("resources.guide").joinpath(GUIDE_FILE).read_text(encoding="utf-8")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GuideError("guide.bad_file", path=GUIDE_FILE, reason=f"line {exc.lineno}") from None
    return parse_guide(doc)


class GuideIndex:
    """The guide in one language, searchable like the library."""

    def __init__(self, guide: Guide, lang: Lang) -> None:
        import sqlcipher3.dbapi2

        self.guide = guide
        self.lang: Lang = lang
        self._conn = sqlcipher3.dbapi2.connect(":memory:", check_same_thread=False)
        self._by_doc: dict[int, GuideSection] = {}
        from handbook.text import search_key

        for sql in LIBRARY_SCHEMA:
            self._conn.execute(sql)
        for n, section in enumerate(guide.sections, start=1):
            self._by_doc[n] = section
            self._conn.execute(
                "INSERT INTO library_docs (id, title, kind, status, filename, file_kind, size, sha256, pages,"
                " has_text, added_at, added_by) VALUES (?, ?, 'guide', 'in_force', ?, 'txt', 0, ?, 1, 1, '', '')",
                (n, section.title[lang], section.id, section.id),
            )
            title, body = section.title[lang], guide.plain_text(section, lang)
            self._conn.executemany(
                "INSERT INTO library_pages (doc_id, page, text, folded) VALUES (?, ?, ?, ?)",
                [(n, 0, title, search_key(title)), (n, 1, body, search_key(body))],
            )

    def search(self, query: str, limit: int = 20) -> list[GuideHit]:
        tokens = query_tokens(query)
        hits: list[GuideHit] = []
        seen: set[int] = set()
        for doc_id, _page, text, folded, rank in search_rows(self._conn, query, limit=limit * 2):
            if doc_id in seen:
                continue
            seen.add(doc_id)
            hits.append(GuideHit(self._by_doc[doc_id], passage(text, tokens, folded=folded), rank))
        return hits[:limit]

    def close(self) -> None:
        self._conn.close()
