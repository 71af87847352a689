"""Unlocking (wrong, then right) and the start flow: which window comes first, what the PC remembers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from handbook import settings
from handbook.locations import app_home
from handbook.vault import kdf
from tests.ui.conftest import PASSWORD, Commune, FakeDialogs, build_commune, press, type_text
from ui.main_window import MainWindow
from ui.operations import InlineExecutor
from ui.prefs import FILE_NAME, PrefsStore
from ui.start.flow import StartFlow, StartOptions
from ui.start.unlock import UnlockWindow
from ui.start.wizard import StartWizard
from ui.translations import Translations


@pytest.fixture
def closed_commune(tmp_path: Path) -> Commune:
    c = build_commune(tmp_path / "kho")
    c.vault.close()
    return c


def make_flow(app, dialogs: FakeDialogs, tmp_path: Path) -> StartFlow:
    translations = Translations(app)
    translations.install("vi")
    return StartFlow(
        app,
        translations,
        PrefsStore(app_home() / FILE_NAME),
        dialogs,
        InlineExecutor(),
        StartOptions(
            kdf_params=kdf.TEST_ONLY,  # deliberately cheap for the test suite; the app passes None (calibrate)
            home=tmp_path / "home",
            demo_path=tmp_path / "home" / "kho-mau",
            demo_password="mat-khau-xa-mau",
        ),
    )


def test_unlock_wrong_then_right_password(app, runner, qtbot, closed_commune: Commune) -> None:
    window = UnlockWindow(closed_commune.root, runner, "vi", username="truongban")
    qtbot.addWidget(window)
    window.show()
    panel = window.panel
    assert panel.password.hasFocus() or not window.isActiveWindow()
    type_text(panel.password, "sai-mật-khẩu")
    press(panel.password, Qt.Key.Key_Return)  # Enter submits
    assert panel.error.isVisibleTo(panel)
    assert panel.error.text() == "Sai tên đăng nhập hoặc mật khẩu."  # the core's sentence
    assert panel.password.text() == ""
    panel.password.setText(PASSWORD)
    with qtbot.waitSignal(panel.unlocked) as unlocked:
        press(panel.password, Qt.Key.Key_Enter)
    vault = unlocked.args[0]
    try:
        assert vault.actor.username == "truongban"
    finally:
        vault.close()


def test_first_run_shows_the_wizard_and_later_runs_the_unlock_window(
    app, qtbot, tmp_path: Path, closed_commune: Commune
) -> None:
    dialogs = FakeDialogs()
    flow = make_flow(app, dialogs, tmp_path)
    flow.start()
    assert isinstance(flow.window, StartWizard)
    flow.window.close()

    flow = make_flow(app, dialogs, tmp_path)
    flow.start(closed_commune.root)
    window = flow.window
    assert isinstance(window, UnlockWindow)
    window.panel.username.setText("chuyenvien")
    window.panel.password.setText("mat-khau-chuyen-vien")
    window.panel.try_unlock()
    main = flow.window
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert main.session.actor.username == "chuyenvien"
    assert main.idle.timeout_ms == 10 * 60_000  # the default auto-lock time

    saved = json.loads((app_home() / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["last_vault"] == str(closed_commune.root) and saved["last_username"] == "chuyenvien"
    text = (app_home() / FILE_NAME).read_text(encoding="utf-8")
    assert "mat-khau" not in text and "Nguyễn" not in text  # never a password, never member data

    main.logout_requested.emit()
    assert isinstance(flow.window, UnlockWindow)
    assert flow.session is None
    flow.window.close()

    flow = make_flow(app, dialogs, tmp_path)
    flow.start()  # no path given: the last vault, with the last username filled in
    assert isinstance(flow.window, UnlockWindow)
    assert flow.window.panel.path == closed_commune.root
    assert flow.window.panel.username.text() == "chuyenvien"
    flow.window.close()


def test_a_missing_vault_path_says_so_and_shows_the_wizard(app, tmp_path: Path) -> None:
    dialogs = FakeDialogs()
    flow = make_flow(app, dialogs, tmp_path)
    flow.start(tmp_path / "khong-co")
    assert isinstance(flow.window, StartWizard)
    assert dialogs.errors and "Không tìm thấy kho dữ liệu" in dialogs.errors[0]
    flow.window.close()


def run_gui(*args: str, home: Path, extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {"HANDBOOK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", **(extra_env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args], capture_output=True, text=True, env=env, timeout=60, encoding="utf-8"
    )


def test_self_check_start_shows_the_first_window(tmp_path: Path, closed_commune: Commune) -> None:
    first = run_gui("--self-check-start", home=tmp_path / "home")
    assert first.returncode == 0, first.stderr
    assert "StartWizard shown=True" in first.stdout
    with_vault = run_gui("--self-check-start", str(closed_commune.root), home=tmp_path / "home")
    assert with_vault.returncode == 0, with_vault.stderr
    assert "UnlockWindow shown=True" in with_vault.stdout
    version = run_gui("--version", home=tmp_path / "home")
    assert version.returncode == 0 and version.stdout.startswith("Sổ tay Đảng viên ")


# What the unlock window must not wait for: it is all needed only once the person has unlocked (or chosen).
NOT_BEFORE_UNLOCK = (
    "sqlite_utils",  # the vault layer
    "handbook.vault.vault",
    "handbook.orgs.profile",
    "handbook.demo.create",  # the demo generator
    "handbook.demo.commune",
    "ui.main_window",  # every screen
    "ui.start.wizard",
)


def test_the_unlock_window_shows_before_the_vault_layer_loads(tmp_path: Path, closed_commune: Commune) -> None:
    shown = run_gui(
        "--self-check-start",
        str(closed_commune.root),
        home=tmp_path / "home",
        extra_env={"PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert shown.returncode == 0 and "UnlockWindow shown=True" in shown.stdout, shown.stderr
    loaded = {line.rsplit("|", 1)[1].strip() for line in shown.stderr.splitlines() if line.startswith("import time:")}
    assert "ui.start.unlock" in loaded  # the log really lists what was imported
    early = sorted(m for m in loaded if any(m == name or m.startswith(name + ".") for name in NOT_BEFORE_UNLOCK))
    assert not early, early


def test_language_switch_rebuilds_the_window_and_is_remembered(app, tmp_path: Path, closed_commune: Commune) -> None:
    flow = make_flow(app, FakeDialogs(), tmp_path)
    flow.start(closed_commune.root)
    window = flow.window
    assert isinstance(window, UnlockWindow) and window.language.text() == "English"
    window.language.click()
    english = flow.window
    assert isinstance(english, UnlockWindow) and english is not window
    assert english.windowTitle() == "Sổ tay Đảng viên — Unlock"
    assert english.panel.submit.text() == "Unlock"
    assert json.loads((app_home() / FILE_NAME).read_text(encoding="utf-8"))["language"] == "en"
    english.language.click()
    assert isinstance(flow.window, UnlockWindow) and flow.window.panel.submit.text() == "Mở khóa"
    flow.window.close()


def test_the_vaults_text_size_applies_when_the_session_starts(app, qtbot, tmp_path: Path) -> None:
    commune = build_commune(tmp_path / "kho")
    settings.set_value(commune.vault, settings.TEXT_SCALE, 150)
    settings.set_value(commune.vault, settings.AUTOLOCK_MINUTES, 3)
    commune.vault.close()
    flow = make_flow(app, FakeDialogs(), tmp_path)
    flow.start(commune.root)
    assert isinstance(flow.window, UnlockWindow)
    flow.window.panel.username.setText("truongban")
    flow.window.panel.password.setText(PASSWORD)
    flow.window.panel.try_unlock()
    main = flow.window
    assert isinstance(main, MainWindow)
    qtbot.addWidget(main)
    assert app.font().pointSizeF() == pytest.approx(11 * 1.5)
    assert main.idle.timeout_ms == 3 * 60_000
    flow.shutdown()
    assert flow.session is None
