"""The forms' sentences are dated rule data: changed by the head, every form prints the new words."""

from __future__ import annotations

from datetime import date

import pytest

from handbook.errors import InputError
from handbook.flow.rules import rule_set_document, rules_in_force, save_version
from handbook.flow.wording import FIELDS
from handbook.forms.dispatch_letter import render_dispatch
from handbook.forms.handover import render_handover_into
from handbook.forms.letters import render_endorsement, render_introduction_letter
from handbook.forms.sheets_from_cases import render_case_sheets
from handbook.vault.vault import Vault
from tests.forms.commune_data import build_printed
from tests.forms.pdftools import pdf_text

CHANGED = {
    "dispatch.greeting": "Kính gửi đồng chí Bí thư {workplace}",
    "dispatch.closing": "Đề nghị {workplace} dùng kết quả này khi kiểm điểm cuối năm {year}; trân trọng./.",
    "introduction.request": "Kính đề nghị Chi ủy {cell} đón nhận đồng chí theo quy định mới.",
    "introduction.title": "Thư giới thiệu",
    "endorsement.introduced": "Đã chuyển về {cell} theo quy định mới",
    "certificate.closing": "Giấy này gửi {to} theo quy định mới năm {year}.",
    "handover.count": "Hai bên đã giao nhận đủ {count} đảng viên theo quy định mới:",
}


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def test_every_form_prints_the_changed_sentences(vault: Vault) -> None:
    # Both rule sets in force over the dates of these papers get new sentences, saved as new versions
    # before the papers are issued (a paper keeps the rule set it was issued under).
    for day in (date(2024, 1, 1), date(2025, 12, 1)):
        doc = rule_set_document(rules_in_force(vault, day))
        assert set(doc["wording"]) == set(FIELDS)  # the head sees every sentence
        doc["wording"].update(CHANGED)
        save_version(vault, doc)
    printed = build_printed(vault)
    dispatch = _flat(render_dispatch(vault, printed.dispatch, fonts="liberation"))
    assert "Kính gửi đồng chí Bí thư Đảng ủy Trường Cao đẳng Sư phạm tỉnh" in dispatch
    assert "dùng kết quả này khi kiểm điểm cuối năm 2025; trân trọng./." in dispatch
    reg = printed.commune.regs[0]
    letter = _flat(render_introduction_letter(vault, reg, fonts="liberation"))
    assert "THƯ GIỚI THIỆU" in letter and "Kính đề nghị Chi ủy Chi bộ thôn Đông đón nhận đồng chí" in letter
    block = _flat(render_endorsement(vault, reg, fonts="liberation"))
    assert "Đã chuyển về Chi bộ thôn Đông theo quy định mới" in block
    certificate = _flat(render_case_sheets(vault, [printed.head], confirmation_mode="certificate", fonts="liberation"))
    assert "Giấy này gửi Đảng ủy Bệnh viện Đa khoa tỉnh theo quy định mới năm 2025." in certificate
    handover = _flat(render_handover_into(vault, printed.merged, fonts="liberation"))
    assert "Hai bên đã giao nhận đủ 4 đảng viên theo quy định mới:" in handover


def test_a_sentence_with_a_place_it_does_not_have_is_refused(vault: Vault) -> None:
    doc = rule_set_document(rules_in_force(vault, date(2025, 12, 1)))
    doc["wording"]["dispatch.closing"] = "Đề nghị {workplace} xem xét {cell}./."
    with pytest.raises(InputError) as info:
        save_version(vault, doc)
    text = info.value.render("vi")
    assert "wording.dispatch.closing" in text and "{cell}" in text and "{workplace}, {year}" in text
    doc["wording"]["dispatch.closing"] = "Đề nghị {workplace"
    with pytest.raises(InputError):
        save_version(vault, doc)


def test_an_exempt_members_sheet_says_why_it_has_three_criteria(vault: Vault) -> None:
    printed = build_printed(vault)
    exempt = _flat(render_case_sheets(vault, [printed.exempt], fonts="liberation"))
    assert "Kết quả nhận xét (đảng viên miễn sinh hoạt nơi cư trú — 3 tiêu chí):" in exempt
    normal = _flat(render_case_sheets(vault, [printed.head], fonts="liberation"))
    assert "Kết quả nhận xét:" in normal and "tiêu chí)" not in normal
