"""Every shipped rule set names its source document; the library finds it at the article's page."""

from __future__ import annotations

from datetime import date

from handbook.flow.rules import rules_in_force, shipped_rule_sets
from handbook.library import store
from handbook.library.model import DocMeta
from handbook.library.samples import make_pdf
from handbook.library.sources import find_source, source_ref
from handbook.vault.vault import Vault


def test_every_shipped_rule_set_names_its_document(vault: Vault) -> None:
    refs = {rs.key: source_ref(vault, rs) for rs in shipped_rule_sets()}
    assert all(refs.values()), refs
    qd = refs["qd213-2020"]
    assert qd is not None and (qd.number, qd.issued_on, qd.article) == ("213-QĐ/TW", date(2020, 1, 2), "Điều 3")
    assert refs["kl202-2025"].number == "202-KL/TW"  # type: ignore[union-attr]


def test_the_source_opens_at_its_article_when_the_library_holds_it(vault: Vault) -> None:
    rs = rules_in_force(vault, date(2024, 5, 1))
    assert find_source(vault, rs) is None
    pages = ["Điều 1. Phạm vi", "Điều 2. Trách nhiệm của đảng viên", "Điều 3. Trách nhiệm của chi ủy nơi cư trú"]
    doc = store.add_document(vault, "qd.pdf", make_pdf(pages), DocMeta(title="Quy định 213", number="213-QD/TW"))
    found = find_source(vault, rs)
    assert found is not None
    assert (found.document.id, found.page) == (doc.document.id, 3)
