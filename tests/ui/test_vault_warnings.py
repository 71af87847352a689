"""What the vault says on unlock (test-only key cost, data older than recorded) is shown across the main window."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from handbook import settings
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, Commune, press, type_text
from tests.ui.test_main_window import make_window
from ui.session import Session


def test_the_test_only_key_cost_is_shown_after_unlock_and_again_after_the_lock_screen(
    app, session: Session, runner, qtbot
) -> None:
    window = make_window(session, runner, qtbot)
    bar = window.vault_warnings
    assert bar.isVisible() and bar.property("role") == "warningPanel"
    assert "chỉ dành cho thử nghiệm" in bar.text.text() and "handbook passwd" in bar.text.text()
    qtbot.mouseClick(bar.dismiss, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()

    with qtbot.waitSignal(session.locked):
        window.lock_action.trigger()
    assert not bar.isVisible()
    type_text(window.lock_panel.password, PASSWORD)
    with qtbot.waitSignal(session.unlocked):
        press(window.lock_panel.password, Qt.Key.Key_Return)
    assert bar.isVisible() and "chỉ dành cho thử nghiệm" in bar.text.text()


def test_data_older_than_recorded_is_shown_in_red_with_the_way_out(
    app, commune: Commune, runner, qtbot, tmp_path: Path
) -> None:
    root = commune.root
    commune.vault.close()
    shutil.copy(root / "vault.db", tmp_path / "old.db")
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        settings.set_value(v, settings.AUTOLOCK_MINUTES, 9)
    shutil.copy(tmp_path / "old.db", root / "vault.db")  # an older vault.db copied back
    session = Session(root, Vault.open(root, username="truongban", password=PASSWORD))
    try:
        window = make_window(session, runner, qtbot)
        bar = window.vault_warnings
        assert bar.isVisible() and bar.property("role") == "errorPanel"
        text = bar.text.text()
        assert "Dữ liệu cũ hơn lần thay đổi cuối cùng" in text and "handbook restore" in text
        assert "chỉ dành cho thử nghiệm" in text  # the other warning is still there
        bar.grab().save(str(tmp_path / "bar.png"))
    finally:
        session.end()


def test_the_bar_speaks_english_in_an_english_window(app, session: Session, runner, qtbot) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(session, runner, "en", autolock_ms=600_000)
    qtbot.addWidget(window)
    window.show()
    assert "meant only for tests" in window.vault_warnings.text.text()
