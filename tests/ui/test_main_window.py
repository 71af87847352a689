"""The main window: screens, locking (Ctrl+L and idle) and unlocking back to the same place, permissions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from handbook.errors import PermissionDenied
from handbook.orgs.profile import profile_for_unit, set_profile
from handbook.permissions import Op
from handbook.reference.admin_units import load_admin_units
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, STAFF_PASSWORD, Commune, press, type_text
from ui.main_window import MainWindow
from ui.members.editor import MemberEditor
from ui.session import Session
from ui.settings.profile_dialog import ProfileDialog


def make_window(session: Session, runner, qtbot, autolock_ms: int = 600_000) -> MainWindow:
    window = MainWindow(session, runner, "vi", autolock_ms=autolock_ms, title="Đảng ủy xã Tân An")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_sidebar_holds_the_screens(app, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == [
        "Tổng quan",
        "Đảng viên",
        "Tổ chức",
        "Sinh hoạt nơi cư trú (213)",
        "Nhận xét & xác nhận",
        "Báo cáo",
        "Thư viện văn bản",
        "Cài đặt",
    ]
    assert window.current_screen() is window.overview
    qtbot.waitUntil(lambda: window.overview.overview is not None)
    assert window.overview.members_card.number.text() == "8"
    assert window.overview.cells_card.number.text() == "2"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() is window.members
    assert window.add_member_action.shortcut().toString() == "Ctrl+N"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_lock_with_ctrl_l_and_unlock_to_the_same_screen(app, commune: Commune, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot)
    window.show_screen(1)
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 8)
    window.members.table.selectRow(2)
    with qtbot.waitSignal(window.members.editor_opened) as opened:
        window.members.open_member(None)
    editor: MemberEditor = opened.args[0]
    qtbot.waitUntil(editor.isActiveWindow)
    type_text(editor.line("ten"), "Bình")

    with qtbot.waitSignal(session.locked):
        qtbot.keyClick(editor.line("ten"), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # from a dialog too
    assert window.stack.currentWidget() is window.lock_panel
    assert session.is_locked
    with pytest.raises(Exception, match="closed"):
        commune.vault.conn.execute("SELECT 1")  # the vault was closed: the key is gone
    assert window.members.model.rowCount() == 0  # no member data left in the window
    assert not editor.isVisible()
    assert not window.menuBar().isEnabled()
    assert window.lock_panel.username.text() == "truongban" and window.lock_panel.username.isReadOnly()

    type_text(window.lock_panel.password, "sai")
    press(window.lock_panel.password, Qt.Key.Key_Return)
    assert window.lock_panel.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert session.is_locked

    window.lock_panel.password.setText(PASSWORD)
    with qtbot.waitSignal(session.unlocked):
        press(window.lock_panel.password, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == 0
    assert window.current_screen() is window.members  # the same screen as before
    qtbot.waitUntil(lambda: window.members.model.rowCount() == 8)
    assert editor.isVisible() and editor.line("ten").text() == "Bình"  # nothing typed was lost
    dialogs = runner.dialogs
    dialogs.answers = [True]
    editor.reject()
    session.end()


def test_idle_time_locks_the_window(app, session, runner, qtbot) -> None:
    window = make_window(session, runner, qtbot, autolock_ms=200)
    qtbot.waitUntil(lambda: session.is_locked, timeout=3000)
    assert window.stack.currentWidget() is window.lock_panel


def test_input_keeps_the_session_open(app, session, runner, qtbot) -> None:
    # Typing for longer than the idle time keeps it open. The idle time must also outlast the window's first
    # paint (cards and charts) on a busy test machine, hence 3 seconds and 4 seconds of typing.
    window = make_window(session, runner, qtbot, autolock_ms=3000)
    for _ in range(40):
        qtbot.wait(100)
        press(window.members.search, Qt.Key.Key_Shift)
    assert not session.is_locked


@pytest.fixture
def staff_session(commune: Commune) -> Session:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    return Session(commune.root, vault)


def test_staff_sees_a_disabled_action_with_the_reason(app, staff_session: Session, runner, qtbot) -> None:
    window = make_window(staff_session, runner, qtbot)
    reason = staff_session.actor.why_not(Op.SETTINGS_EDIT)
    assert reason is not None
    expected = reason.render("vi")
    assert "Chuyên viên" in expected
    button = window.overview.profile_button
    assert not button.isEnabled() and button.toolTip() == expected
    assert not window.profile_action.isEnabled() and window.profile_action.toolTip() == expected
    assert window.add_member_action.isEnabled()  # staff may enter members
    with staff_session.use() as vault:  # the core refuses it anyway
        units = load_admin_units()
        unit = next(u for u in units.search_units("Tân An") if u.type == "xã")
        with pytest.raises(PermissionDenied):
            set_profile(vault, profile_for_unit(unit, units.province_of(unit), date.today()))
    staff_session.end()


def test_the_head_edits_the_committee_profile(app, commune: Commune, session, runner, qtbot) -> None:
    units = load_admin_units()
    unit = next(u for u in units.search_units("Tân An") if u.type == "xã")
    set_profile(commune.vault, profile_for_unit(unit, units.province_of(unit), date.today()))
    window = make_window(session, runner, qtbot)
    assert window.overview.profile_button.isEnabled()
    window.edit_profile()
    dialog = window.findChild(ProfileDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.advisory.text() == "Ban Xây dựng Đảng"
    dialog.committee.setText("Đảng ủy xã Tân An mới")
    with qtbot.waitSignal(runner.changed):
        dialog.save()
    qtbot.waitUntil(lambda: window.overview.title.text() == "Đảng ủy xã Tân An mới")


def test_backup_from_the_menu(app, commune: Commune, session, runner, qtbot, tmp_path: Path) -> None:
    window = make_window(session, runner, qtbot)
    runner.dialogs.save_path = tmp_path / "sao-luu.sotaybak"
    window.backup_action.trigger()
    assert (tmp_path / "sao-luu.sotaybak").stat().st_size > 0
    assert runner.dialogs.infos and "sao-luu.sotaybak" in runner.dialogs.infos[0]


def test_the_lock_screen_names_its_user_and_offers_to_change_user(
    app, commune: Commune, session, runner, qtbot
) -> None:
    window = make_window(session, runner, qtbot)
    with qtbot.waitSignal(session.locked):
        window.lock_action.trigger()
    panel = window.lock_panel
    assert not panel.username.isVisible()  # no field that looks editable but is not
    assert panel.user_label.isVisible() and "truongban" in panel.user_label.text()
    assert panel.switch_user.isVisible() and panel.switch_user.text() == "Đổi người dùng"
    other = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    panel.unlocked.emit(other)  # whatever happens, the lock screen never opens as someone else
    assert session.is_locked and window.stack.currentWidget() is panel
    with pytest.raises(Exception, match="closed"):
        other.conn.execute("SELECT 1")
    with qtbot.waitSignal(window.logout_requested):
        panel.switch_user.click()
