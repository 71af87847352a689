"""Cài đặt › Tài khoản: the head adds accounts and allows K/T; staff see why they cannot; own password."""

from __future__ import annotations

from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.vault import Vault
from tests.ui.conftest import PASSWORD, STAFF_PASSWORD, Commune, type_text
from ui.operations import Runner
from ui.session import Session
from ui.settings.accounts import AccountsSection, AddUserDialog
from ui.settings.page import SettingsPage

NEW_PASSWORD = "mua thu nam 2025 troi dep"


def accounts_page(session: Session, runner: Runner, qtbot) -> SettingsPage:
    page = SettingsPage(session, runner, "vi")
    qtbot.addWidget(page)
    page.show()
    page.show_section(page.accounts)
    qtbot.waitUntil(lambda: page.accounts.model.rowCount() == 3)
    return page


def row_of(section: AccountsSection, username: str) -> int:
    return next(n for n, u in enumerate(section.model.rows) if u.username == username)


def test_head_adds_a_deputy_and_allows_kt(app, commune: Commune, session, runner, qtbot, dialogs) -> None:
    page = accounts_page(session, runner, qtbot)
    section = page.accounts
    assert section.add_button.isEnabled()
    with qtbot.waitSignal(section.dialog_opened) as opened:
        section.add_button.click()
    dialog: AddUserDialog = opened.args[0]
    type_text(dialog.username, "photruongban")
    type_text(dialog.full_name, "Trần Văn Đức")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.DEPUTY.value))
    type_text(dialog.password, NEW_PASSWORD)
    type_text(dialog.repeat, NEW_PASSWORD + "x")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "chưa giống nhau" in dialog.error.text()  # typed twice, differently
    dialog.repeat.clear()
    type_text(dialog.repeat, NEW_PASSWORD)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: section.model.rowCount() == 4)
    deputy = next(u for u in users.list_users(commune.vault) if u.username == "photruongban")
    assert deputy.role is Role.DEPUTY and not deputy.delegated
    assert "Đã thêm tài khoản photruongban" in section.message.text()

    section.table.selectRow(row_of(section, "photruongban"))
    assert section.delegated.isEnabled() and not section.delegated.isChecked()
    section.delegated.setChecked(True)
    section.apply_button.click()
    deputy = next(u for u in users.list_users(commune.vault) if u.username == "photruongban")
    assert deputy.delegated
    qtbot.waitUntil(lambda: section.model.data(section.model.index(row_of(section, "photruongban"), 3)) == "được phép")
    with Vault.open(commune.root, username="photruongban", password=NEW_PASSWORD) as vault:  # the first password
        assert vault.actor.delegated

    section.table.selectRow(row_of(section, "chuyenvien"))
    assert not section.delegated.isEnabled()  # K/T only for deputies
    section.active.setChecked(False)
    section.apply_button.click()
    assert not next(u for u in users.list_users(commune.vault) if u.username == "chuyenvien").active

    section.table.selectRow(row_of(section, "truongban"))  # the head cannot demote themself: the core says why
    section.role.setCurrentIndex(section.role.findData(Role.STAFF.value))
    section.apply_button.click()
    assert section.message.isVisible() and "Không thể tự bỏ vai trò Trưởng ban" in section.message.text()
    assert dialogs.errors == []


def test_staff_see_the_accounts_page_disabled_with_the_reason(app, commune: Commune, runner, qtbot) -> None:
    vault = Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD)
    session = Session(commune.root, vault)
    try:
        page = accounts_page(session, runner, qtbot)  # everyone may see the list
        section = page.accounts
        assert not section.add_button.isEnabled()
        assert "Chuyên viên" in section.add_button.toolTip() and "quản lý tài khoản" in section.add_button.toolTip()
        assert not section.edit_box.isEnabled() and section.edit_box.toolTip() == section.add_button.toolTip()
        section.table.selectRow(0)
        assert not section.apply_button.isEnabled()
        assert section.password_button.isEnabled()  # but their own password is theirs

        type_text(section.current, "sai mat khau")
        type_text(section.new_password, NEW_PASSWORD)
        type_text(section.repeat, NEW_PASSWORD)
        section.password_button.click()
        assert "Mật khẩu đang dùng chưa đúng" in section.message.text()
        section.current.clear()
        type_text(section.current, STAFF_PASSWORD)
        section.password_button.click()
        assert "Đã đổi mật khẩu" in section.message.text() and section.current.text() == ""
    finally:
        session.end()
    Vault.open(commune.root, username="chuyenvien", password=NEW_PASSWORD).close()


def test_users_model_passes_qt_model_tester(app, session, runner, qtbot, qtmodeltester) -> None:
    page = accounts_page(session, runner, qtbot)
    section = page.accounts
    qtmodeltester.check(section.model)
    assert PASSWORD  # the head's session from the fixture
