"""Desktop backups: on lock after changes, daily while open, failures in a sentence; health on Tổng quan; the
second place in Cài đặt; the restore wizard from Cài đặt and from the unlock window (a damaged vault)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar
from sqlcipher3.dbapi2 import ProgrammingError

from handbook import settings
from handbook.backups import automatic, state
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, Commune
from ui.backups.health import HealthPanel
from ui.backups.scheduler import BackupScheduler
from ui.backups.second_place import SecondPlacePanel
from ui.backups.wizard import MAX_H, MAX_W, RestoreWizard
from ui.session import Session
from ui.start.unlock import UnlockWindow


def backups_of(root: Path) -> list[Path]:
    return sorted(p for p in (root / "backups").glob("*.sotaybak") if not p.name.startswith("."))


def test_locking_after_changes_backs_up_then_closes(app, commune: Commune, runner) -> None:
    session = Session(commune.root, commune.vault)
    status = QStatusBar()
    BackupScheduler(session, runner, "vi", status)
    session.lock()
    assert len(backups_of(commune.root)) == 1
    with pytest.raises(ProgrammingError):
        commune.vault.conn.execute("SELECT 1")  # closed after the backup
    again = Vault.open(commune.root, username="truongban", password=PASSWORD)
    session.resume(again)
    session.lock()  # no change since: no second backup
    assert len(backups_of(commune.root)) == 1
    session.end()


def test_daily_while_open_and_a_failure_is_a_sentence_then_retried(
    app, commune: Commune, runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [datetime(2026, 5, 4, 9, 0)]
    session = Session(commune.root, commune.vault)
    status = QStatusBar()
    scheduler = BackupScheduler(session, runner, "vi", status, clock=lambda: now[0])
    scheduler.tick()
    assert len(backups_of(commune.root)) == 1
    settings.set_value(commune.vault, settings.AUTOLOCK_MINUTES, 15)
    now[0] += timedelta(hours=3)
    scheduler.tick()  # changed, but the last backup is only 3 hours old
    assert len(backups_of(commune.root)) == 1
    now[0] += timedelta(days=1)
    real = automatic.back_up

    def full_disk(vault: Vault, **kw: object) -> automatic.Outcome:
        folder = vault.paths.backups
        problem = automatic.explain(OSError(28, "No space left on device"), folder)
        st = state.load(folder)
        state.save(folder, st.but(last_failure_id=problem.id, last_failure_at="x", last_failure_detail="{}"))
        return automatic.Outcome(problems=(problem,))

    monkeypatch.setattr(automatic, "back_up", full_disk)
    scheduler.tick()
    assert "ổ đĩa" in status.currentMessage() and "thử lại" in status.currentMessage()
    monkeypatch.setattr(automatic, "back_up", real)
    now[0] += timedelta(hours=1)
    scheduler.tick()  # retried at the next tick
    assert len(backups_of(commune.root)) == 2
    session.end()


def test_the_daily_check_runs_once_a_day(app, commune: Commune, runner) -> None:
    session = Session(commune.root, commune.vault)
    day = datetime(2026, 5, 4, 8, 0)
    scheduler = BackupScheduler(session, runner, "vi", clock=lambda: day)
    results: list[bool] = []
    scheduler.checked.connect(results.append)
    scheduler.start_up()
    scheduler.start_up()
    assert results == [True]
    assert state.load(commune.root / "backups").last_check_at.startswith("2026-05-04")
    session.end()


def test_health_shows_backup_copy_check_and_key_file(app, commune: Commune, session, runner, tmp_path: Path) -> None:
    panel = HealthPanel(session, runner, "vi")
    panel.refresh()
    assert panel.last_backup.text() == "chưa có"
    assert "Đã ? ngày chưa sao lưu" in panel.warnings.text()
    usb = tmp_path / "usb"
    settings.set_value(commune.vault, settings.BACKUP_SECOND_PLACE, str(usb))
    automatic.back_up(commune.vault)
    panel.refresh()
    assert panel.last_backup.text() != "chưa có"
    assert "không thấy từ" in panel.warnings.text()
    assert panel.key_file.text() == "nguyên vẹn"
    panel.grab().save(str(tmp_path / "health.png"))


def test_second_place_panel_saves_the_setting(app, commune: Commune, session, runner, dialogs, tmp_path: Path) -> None:
    panel = SecondPlacePanel(session, runner, "vi")
    panel.place.edit.setText(str(tmp_path / "usb"))
    panel.warn_days.setValue(5)
    panel.save()
    assert settings.get(commune.vault, settings.BACKUP_SECOND_PLACE) == str(tmp_path / "usb")
    assert settings.get(commune.vault, settings.BACKUP_WARN_DAYS) == 5
    automatic.back_up(commune.vault)
    wizard = panel.open_wizard()
    assert not wizard.in_place.isEnabled()  # the vault in use is never replaced under the person's feet
    wizard.secret.setText(PASSWORD)
    wizard.verify()
    dialogs.answers = [True]
    opened: list[Path] = []
    panel.open_vault_requested.connect(opened.append)
    wizard.restore_button.click()
    assert opened and (opened[0] / "keys.json").exists()


def test_wizard_verifies_compares_and_restores_into_a_new_folder(app, commune: Commune, runner, qtbot) -> None:
    vault = commune.vault
    automatic.back_up(vault, clock=lambda: datetime(2026, 5, 1, 17, 0))
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 44)
    latest = automatic.back_up(vault, clock=lambda: datetime(2026, 5, 2, 17, 0)).written
    wizard = RestoreWizard(commune.root, runner, "vi", username="truongban")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.width() <= MAX_W and wizard.height() <= MAX_H
    assert wizard.table.rowCount() == 2
    chosen = wizard.selected()
    assert chosen is not None and chosen.path == latest
    members_cell = wizard.table.item(0, 4)
    assert members_cell is not None and members_cell.text() == "8"
    wizard.secret.setText("sai-mat-khau")
    wizard.verify()
    assert "Sai" in wizard.report.text() and not wizard.restore_button.isEnabled()
    wizard.secret.setText(PASSWORD)
    wizard.verify()
    assert "nguyên vẹn" in wizard.report.text() and "So với kho hiện tại: đảng viên 8 → 8" in wizard.report.text()
    target = commune.root.parent / "kho-moi"
    wizard.target.edit.setText(str(target))
    with qtbot.waitSignal(wizard.restored) as got:
        wizard.restore_button.click()
    assert got.args[0].root == target
    with Vault.open(target, username="truongban", password=PASSWORD) as restored:
        assert settings.get(restored, settings.AUTOLOCK_MINUTES) == 44
    wizard.grab().save(str(commune.root.parent / "wizard.png"))


def test_a_damaged_vault_opens_the_wizard_with_the_latest_good_backup(app, commune: Commune, runner, qtbot) -> None:
    good = automatic.back_up(commune.vault, clock=lambda: datetime(2026, 5, 3, 17, 0)).written
    commune.vault.close()
    db = commune.root / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    window = UnlockWindow(commune.root, runner, "vi", username="truongban")
    qtbot.addWidget(window)
    window.show()
    window.panel.password.setText(PASSWORD)
    window.panel.try_unlock()
    wizard = window.wizard
    assert wizard.isVisible()
    chosen = wizard.selected()
    assert chosen is not None and chosen.path == good
    assert wizard.in_place.isEnabled()
    wizard.secret.setText(PASSWORD)
    wizard.verify()
    wizard.in_place.setChecked(True)
    with qtbot.waitSignal(window.vault_restored):
        wizard.restore_button.click()
    with Vault.open(commune.root, username="truongban", password=PASSWORD) as v:
        assert v.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 8
    assert list(commune.root.parent.glob("kho.truoc-khoi-phuc-*"))
