"""Rule sets are dated data: shipped versions, edits as new versions, old cases keep theirs."""

from __future__ import annotations

import copy
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.errors import InputError, PermissionDenied
from handbook.flow import cases as fc
from handbook.flow.cases import CommentEntry
from handbook.flow.rules import (
    parse_rule_set,
    rule_set_by_id,
    rule_set_document,
    rules_in_force,
    save_version,
    shipped_documents,
    shipped_rule_sets,
)
from tests.flow.conftest import Commune


def test_shipped_rule_sets_parse_and_change_on_31_october_2025() -> None:
    sets = shipped_rule_sets()
    assert [r.effective_from for r in sets] == [date(2020, 1, 2), date(2025, 10, 31)]
    before, after = sets
    assert before.confirm_block(acting_for_head=False).lines == ("T/M ĐẢNG ỦY", "BÍ THƯ")
    assert after.confirm_block(acting_for_head=False).lines == ("TRƯỞNG BAN",)
    assert after.confirm_block(acting_for_head=True).lines == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")
    assert len(after.criteria_normal) == 6 and len(after.criteria_exempt) == 3
    assert after.criteria_normal[5].labels == ("Biểu dương", "Không đề nghị", "Xem xét xử lý")
    assert after.document_codes["confirmation"].number_text(12) == "12-XN/BXDĐ"
    assert after.document_codes["confirmation"].number_text(3, special_zone=True) == "3-XN/BTC"
    assert after.deadline(2026) == date(2026, 12, 15)


def test_in_force_by_date(commune: Commune) -> None:
    assert rules_in_force(commune.vault, date(2025, 10, 30)).key == "qd213-2020"
    assert rules_in_force(commune.vault, date(2025, 10, 31)).key == "kl202-2025"


def test_head_saves_a_new_version_and_old_cases_keep_theirs(commune: Commune) -> None:
    v = commune.vault
    fc.open_year(v, 2025)
    first = fc.list_cases(v, 2025)[0]
    fc.record_comment(v, CommentEntry(first.id, (0, 0, 0, 0, 0, 0), "", date(2025, 11, 20), 0, "Bí Thư"))
    doc = rule_set_document(rules_in_force(v, date(2025, 11, 20)))
    doc["effective_from"] = "2025-11-21"
    doc["criteria_normal"][0]["labels"] = ["Rất tốt", "Tốt", "Chưa tốt"]
    new = save_version(v, doc)
    assert rules_in_force(v, date(2025, 11, 22)).criteria_normal[0].labels == ("Rất tốt", "Tốt", "Chưa tốt")
    old_case = fc.get_case(v, first.id)
    assert old_case.comment_rule_set_id != new.id
    assert rule_set_by_id(v.conn, old_case.comment_rule_set_id or 0).criteria_normal[0].labels[0] == "Nêu gương tốt"
    staff = commune.as_user("chuyenvien")
    with pytest.raises(PermissionDenied):
        save_version(staff, doc)
    staff.close()


def test_a_bad_edit_names_the_field(commune: Commune) -> None:
    doc = rule_set_document(shipped_rule_sets()[-1])
    doc["criteria_normal"][2]["labels"] = ["Có", "Có", "Không"]
    with pytest.raises(InputError) as info:
        save_version(commune.vault, doc)
    assert "criteria_normal[3].labels" in info.value.render("vi")
    count = commune.vault.conn.execute("SELECT count(*) FROM rule_sets WHERE origin = 'edited'").fetchone()[0]
    assert count == 0


BASE: dict[str, Any] = json.loads(shipped_documents()[-1][1])
PATHS = [
    ("criteria_normal", 0, "labels"),
    ("criteria_exempt", 1, "text"),
    ("signature", "head", "lines"),
    ("document_codes", "dispatch", "type"),
    ("deadline", "month"),
    ("meetings_per_year",),
    ("confirmer",),
    ("effective_from",),
    ("format",),
]
VALUES = st.one_of(
    st.none(),
    st.integers(-5, 40),
    st.text(max_size=5),
    st.lists(st.text(max_size=3), max_size=4),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@given(st.sampled_from(PATHS), VALUES)
@settings(max_examples=200)
def test_any_damaged_rule_set_is_an_input_error_never_a_crash(path: tuple[Any, ...], value: object) -> None:
    doc = copy.deepcopy(BASE)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        parse_rule_set(doc, "thử")
    except InputError as exc:
        assert exc.render("vi")


def test_versions_are_listed(commune: Commune) -> None:
    from handbook.flow.rules import list_versions

    fc.open_year(commune.vault, 2025)
    keys = [(v.key, v.edited) for v in list_versions(commune.vault)]
    assert ("kl202-2025", False) in keys


def _age_the_stored_copy(commune: Commune, key: str) -> None:
    """Make the vault's copy of a shipped version look as an earlier program shipped it (other wording)."""
    conn = commune.vault.conn
    row = conn.execute("SELECT id, body FROM rule_sets WHERE key = ? AND origin = 'shipped'", (key,)).fetchone()
    doc = json.loads(row[1])
    doc["sheet_title"] = "PHIẾU CỦA BẢN CŨ"
    body = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    conn.execute("UPDATE rule_sets SET body = ?, digest = 'ban-cu' WHERE id = ?", (body, row[0]))
    conn.commit()


def test_a_program_update_that_revises_a_shipped_version_is_listed_once_and_counts(commune: Commune) -> None:
    from handbook.flow.rules import list_versions

    v = commune.vault
    fc.open_year(v, 2025)  # copies the shipped versions
    _age_the_stored_copy(commune, "kl202-2025")
    day = date(2025, 11, 20)
    assert rules_in_force(v, day).sheet_title == shipped_rule_sets()[-1].sheet_title  # before it is copied
    fc.open_year(v, 2026)  # the next write copies the revised file beside the old copy
    copies = v.conn.execute("SELECT COUNT(*) FROM rule_sets WHERE key = 'kl202-2025'").fetchone()[0]
    assert copies == 2
    assert [x.key for x in list_versions(v)].count("kl202-2025") == 1
    assert rules_in_force(v, day).sheet_title == shipped_rule_sets()[-1].sheet_title


def test_the_heads_edit_stays_in_force_after_a_program_update(commune: Commune) -> None:
    v = commune.vault
    fc.open_year(v, 2025)
    doc = rule_set_document(rules_in_force(v, date(2025, 11, 20)))
    doc["sheet_title"] = "PHIẾU CỦA BAN"
    save_version(v, doc)  # same effective date as the shipped version
    _age_the_stored_copy(commune, "kl202-2025")
    fc.open_year(v, 2026)  # copies the program's revised file, with a later id than the head's edit
    assert rules_in_force(v, date(2025, 11, 20)).sheet_title == "PHIẾU CỦA BAN"
