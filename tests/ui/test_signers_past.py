"""Recording past signers: one step in Cài đặt › Người ký and on the first-run wizard's last page."""

from __future__ import annotations

from datetime import date

from handbook.orgs.profile import signers_on
from handbook.vault.vault import Vault
from ui.operations import Runner
from ui.settings.signers_past import PastSignersPanel


def test_a_past_period_is_recorded_in_one_step(vault: Vault, qtbot, runner: Runner) -> None:
    from contextlib import nullcontext

    panel = PastSignersPanel(runner, lambda: nullcontext(vault), "vi")
    qtbot.addWidget(panel)
    panel.name.setText("Phan Văn Cũ")
    panel.position.setCurrentIndex(panel.position.findData("secretary"))
    assert panel.title_edit.text() == "Bí thư"
    panel.since.set_value(date(2020, 10, 1))
    panel.until.set_value(date(2025, 6, 30))
    panel.save_button.click()
    assert "Đã ghi Phan Văn Cũ: 01/10/2020 – 30/06/2025." in panel.message.text()
    assert [s.full_name for s in signers_on(vault, date(2023, 5, 5))] == ["Phan Văn Cũ"]
    assert signers_on(vault, date(2025, 7, 1)) == []
    assert any(
        "Phan Văn Cũ (01/10/2020 – 30/06/2025)" in panel.recorded.item(i).text() for i in range(panel.recorded.count())
    )
    # A period that ends before it starts is refused in a sentence; nothing is written.
    panel.name.setText("Ngô Văn Sai")
    panel.since.set_value(date(2024, 1, 1))
    panel.until.set_value(date(2023, 1, 1))
    panel.save_button.click()
    assert panel.message.text() and "Ngô Văn Sai" not in panel.message.text()
    assert all(s.full_name != "Ngô Văn Sai" for s in signers_on(vault, date(2023, 6, 1)))
