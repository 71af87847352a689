"""Cài đặt › Quy định áp dụng: the head saves an edited copy as a new dated version; others only read."""

from __future__ import annotations

from datetime import date

from handbook.flow.rules import rules_in_force
from handbook.vault.vault import Vault
from tests.ui.conftest import STAFF_PASSWORD, Commune
from ui.actions.settings import RulesChanged
from ui.operations import Runner
from ui.session import Session
from ui.settings.page import SettingsPage


def rules_page(session: Session, runner: Runner, qtbot) -> SettingsPage:
    page = SettingsPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    page.show_section(page.rules)
    qtbot.waitUntil(lambda: page.rules.versions.rowCount() > 0)
    return page


def test_an_edited_copy_is_saved_as_a_new_version(
    app, commune: Commune, session, runner, qtbot, qtmodeltester, dialogs
) -> None:
    page = rules_page(session, runner, qtbot)
    section = page.rules
    before = section.versions.rowCount()
    in_force = rules_in_force(commune.vault)
    assert section.normal[1][0].text.text() == in_force.criteria_normal[0].text
    assert [e.text() for e in section.normal[1][0].labels] == list(in_force.criteria_normal[0].labels)
    assert "head" in section.blocks and section.blocks["head"].toPlainText() == "TRƯỞNG BAN"
    assert section.codes["confirmation"][3].text() == "Số 12-XN/BXDĐ"
    assert section.save_button.isEnabled()
    qtmodeltester.check(section.versions)

    section.normal[1][0].labels[0].setText("Nêu gương rất tốt")
    section.deadline_day.setValue(20)
    section.meetings.setValue(2)
    section.blocks["deputy"].setPlainText("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC")
    section.codes["dispatch"][0].setText("CV")
    section.codes["dispatch"][1].setText("BXDĐ-TA")
    assert section.codes["dispatch"][3].text() == "Số 12-CV/BXDĐ-TA"
    section.effective.set_value(date.today())
    with qtbot.waitSignal(runner.changed) as changed:
        section.save_button.click()
    assert isinstance(changed.args[0], RulesChanged)
    qtbot.waitUntil(lambda: section.versions.rowCount() == before + 1)
    assert "Đã lưu phiên bản mới" in section.message.text()
    newest = section.versions.rows[0]
    assert newest.edited and newest.effective_from == date.today()
    assert section.versions.data(section.versions.index(0, 2)) == "Trưởng ban sửa"
    assert section.versions.data(section.versions.index(0, 4)) == "✓"

    rs = rules_in_force(commune.vault)
    assert rs.criteria_normal[0].labels[0] == "Nêu gương rất tốt"
    assert (rs.deadline_day, rs.deadline_month, rs.meetings_per_year) == (20, 12, 2)
    assert rs.signature["deputy"].lines == ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC")
    assert rs.document_codes["dispatch"].number_text(5) == "5-CV/BXDĐ-TA"
    assert section.normal[1][0].labels[0].text() == "Nêu gương rất tốt"  # the page shows the new version
    assert dialogs.errors == []


def test_a_mistake_is_named_and_nothing_is_saved(app, commune: Commune, session, runner, qtbot) -> None:
    page = rules_page(session, runner, qtbot)
    section = page.rules
    before = section.versions.rowCount()
    row = section.normal[1][2]
    row.labels[1].setText(row.labels[0].text())  # two labels the same
    section.save_button.click()
    assert section.message.isVisible()
    assert "tiêu chí 3" in section.message.text() and "ba mức đánh giá" in section.message.text()
    assert section.versions.rowCount() == before

    section.reset_button.click()
    assert row.labels[1].text() != row.labels[0].text() and not section.message.isVisible()


def test_staff_read_the_rules_but_cannot_save(app, commune: Commune, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = rules_page(session, runner, qtbot)
        section = page.rules
        assert not section.save_button.isEnabled()
        assert "Chuyên viên" in section.save_button.toolTip()
        assert section.key.isReadOnly() and section.normal[1][0].text.isReadOnly()
        assert section.normal[1][0].text.toolTip() == section.save_button.toolTip()
        assert not section.deadline_day.isEnabled()
    finally:
        session.end()


def test_versions_are_named_by_their_document_and_date(app, session, runner, qtbot) -> None:
    page = rules_page(session, runner, qtbot)
    section = page.rules
    names = [section.versions.data(section.versions.index(n, 1)) for n in range(section.versions.rowCount())]
    assert "Kết luận 202-KL/TW ngày 31/10/2025" in names and "Quy định 213-QĐ/TW ngày 02/01/2020" in names
    assert not any(name in ("kl202-2025", "qd213-2020") for name in names)  # no internal ids
    assert section.in_force.text().startswith("Đang áp dụng: Kết luận 202-KL/TW ngày 31/10/2025, từ ngày")
