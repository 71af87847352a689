"""Exporting: lists as .xlsx or .csv for current members, everyone or one cell, and the register Mẫu 7-HSĐV."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from handbook.vault.vault import Vault
from tests.ui.conftest import STAFF_PASSWORD, Commune, FakeDialogs
from ui.importer.export_dialog import ExportDialog, open_export_dialog
from ui.importer.wizard import open_import_wizard
from ui.session import Session


def cells_text(path: Path) -> str:
    ws = load_workbook(path).active
    return "\n".join(" ".join(str(c.value) for c in row if c.value is not None) for row in ws.iter_rows())


def test_export_the_list_as_xlsx_and_csv(
    app, commune: Commune, session, runner, qtbot, tmp_path, dialogs: FakeDialogs
) -> None:
    dialog = ExportDialog(session, runner, "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.cell.count() == 2)
    assert dialog.kinds["xlsx"].isChecked() and dialog.scopes["current"].isChecked()
    assert not dialog.cell.isEnabled()
    dialogs.save_path = tmp_path / "danh-sach"  # the suffix is added when left out
    dialog.save_button.click()
    out = tmp_path / "danh-sach.xlsx"
    assert out.exists() and "Nguyễn Văn An" in cells_text(out)
    assert dialogs.infos == [f"Đã xuất 8 đảng viên ra tệp {out}."]
    assert not dialog.isVisible()

    dialog = ExportDialog(session, runner, "vi")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.cell.count() == 2)
    dialog.kinds["csv"].setChecked(True)
    dialog.scopes["cell"].setChecked(True)
    assert dialog.cell.isEnabled()
    dialog.cell.setCurrentIndex(dialog.cell.findText("Chi bộ thôn Đoài"))
    assert dialog.suggested_name().startswith("chi-bo-thon-doai-") and dialog.suggested_name().endswith(".csv")
    dialogs.save_path = tmp_path / "doai.csv"
    dialog.save_button.click()
    with open(tmp_path / "doai.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 1 + 4  # the header and the cell's four members
    assert "Lê Văn Cường" in " ".join(" ".join(r) for r in rows)
    assert "Trần Thị Bình" not in " ".join(" ".join(r) for r in rows)  # she belongs to thôn Đông


def test_export_the_register(app, commune: Commune, session, runner, qtbot, tmp_path, dialogs: FakeDialogs) -> None:
    dialog = open_export_dialog(session, runner, "vi", None)
    qtbot.addWidget(dialog)
    dialog.kinds["register"].setChecked(True)
    assert not dialog.scopes["all"].isEnabled() and dialog.register_note.isVisible()
    dialogs.save_path = tmp_path / "so.xlsx"
    dialog.save_button.click()
    assert "Lê Văn Cường" in cells_text(tmp_path / "so.xlsx")
    assert dialogs.errors == []


def test_who_may_import(app, commune: Commune, runner, qtbot, session) -> None:
    parent_vault = Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD)
    viewer = Session(commune.root, parent_vault)
    try:
        assert open_import_wizard(viewer, runner, "vi", None) is None
    finally:
        viewer.end()
    wizard = open_import_wizard(session, runner, "vi", None)
    assert wizard is not None
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
