"""Cài đặt › Quy định áp dụng › Lời văn biểu mẫu: the head changes a form's sentence like a criterion."""

from __future__ import annotations

from datetime import date

from handbook.flow.rules import rules_in_force
from handbook.flow.wording import FIELDS
from tests.ui.conftest import Commune
from tests.ui.test_settings_rules import rules_page


def test_a_sentence_is_shown_changed_and_saved(app, commune: Commune, session, runner, qtbot, dialogs) -> None:
    page = rules_page(session, runner, qtbot)
    box = page.rules.wording
    assert set(box.edits) == set(FIELDS)
    closing = box.edits["dispatch.closing"]
    assert closing.toPlainText() == rules_in_force(commune.vault).words()["dispatch.closing"]
    closing.setPlainText("Đề nghị {workplace} dùng kết quả năm {year} theo quy định mới./.")
    page.rules.effective.set_value(date.today())
    with qtbot.waitSignal(runner.changed):
        page.rules.save_button.click()
    assert rules_in_force(commune.vault).words()["dispatch.closing"].endswith("theo quy định mới./.")
    # A place the sentence does not have is refused in a sentence that names it; nothing is saved.
    closing.setPlainText("Đề nghị {cell}./.")
    page.rules.save_button.click()
    qtbot.waitUntil(lambda: "{cell}" in page.rules.message.text())
    assert rules_in_force(commune.vault).words()["dispatch.closing"].endswith("theo quy định mới./.")
    assert dialogs.errors == []
