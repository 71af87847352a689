"""Which library document a rule set comes from (``source_document`` in resources/rules/*.json) and where in it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.flow.rules import RuleSet, shipped_documents
from handbook.library.model import Document
from handbook.library.search import first_page_with
from handbook.library.store import find_by_number
from handbook.permissions import Op
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class SourceRef:
    """A document a rule set names: its number, date and article (article may be empty: the whole document)."""

    number: str
    issued_on: date | None
    article: str

    @property
    def label(self) -> str:
        when = f" ngày {self.issued_on.strftime('%d/%m/%Y')}" if self.issued_on else ""
        return f"{self.number}{when}" + (f", {self.article}" if self.article else "")


@dataclass(frozen=True)
class SourceInLibrary:
    ref: SourceRef
    document: Document
    page: int  # 1-based page of the article, 1 when the article is not found or not given


def _parse(raw: Any) -> SourceRef | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("number"), str) or not raw["number"].strip():
        return None
    try:
        issued = date.fromisoformat(raw["date"]) if raw.get("date") else None
    except (TypeError, ValueError):
        issued = None
    article = raw.get("article") if isinstance(raw.get("article"), str) else ""
    return SourceRef(raw["number"].strip(), issued, str(article).strip())


def source_ref(vault: Vault, rs: RuleSet) -> SourceRef | None:
    """The rule set's source document: from its stored body, else from the shipped version with the same key."""
    vault.actor.require(Op.READ)
    if rs.id is not None:
        row = vault.conn.execute("SELECT body FROM rule_sets WHERE id = ?", (rs.id,)).fetchone()
        if row is not None and (ref := _parse(json.loads(row[0]).get("source_document"))) is not None:
            return ref
    for _name, body in shipped_documents():
        doc = json.loads(body)
        if doc.get("key") == rs.key:
            return _parse(doc.get("source_document"))
    return None


def find_source(vault: Vault, rs: RuleSet) -> SourceInLibrary | None:
    """The library's copy of the rule set's source document, at the page of its article; None if not held."""
    ref = source_ref(vault, rs)
    if ref is None:
        return None
    document = find_by_number(vault, ref.number)
    if document is None:
        return None
    page = (first_page_with(vault, document.id, ref.article) if ref.article else None) or 1
    return SourceInLibrary(ref, document, page)
