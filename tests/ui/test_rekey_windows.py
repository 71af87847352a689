"""Windows open while another one re-keys the vault (an account disabled) go on with the new key, and the
disabled person's own window says why it can no longer show data."""

from __future__ import annotations

from handbook.vault import users
from handbook.vault.vault import Vault
from tests.ui.conftest import STAFF_PASSWORD, Commune, FakeDialogs
from tests.ui.test_main_window import make_window
from ui.session import Session


def test_a_staff_window_goes_on_after_the_head_disables_another_account(app, commune: Commune, runner, qtbot) -> None:
    session = Session(commune.root, Vault.open(commune.root, username="chuyenvien", password=STAFF_PASSWORD))
    try:
        window = make_window(session, runner, qtbot)
        users.update_user(commune.vault, "thanhtra", active=False)  # the head, elsewhere: re-keys
        window.show_screen(1)
        qtbot.waitUntil(lambda: window.members.model.rowCount() == 8)
        window.members.refresh()
        qtbot.waitUntil(lambda: window.members.model.rowCount() == 8)
    finally:
        session.end()


def test_the_disabled_accounts_window_says_why(app, commune: Commune, runner, dialogs: FakeDialogs, qtbot) -> None:
    session = Session(commune.root, Vault.open(commune.root, username="thanhtra", password=STAFF_PASSWORD))
    try:
        window = make_window(session, runner, qtbot)
        users.update_user(commune.vault, "thanhtra", active=False)
        window.show_screen(1)
        qtbot.waitUntil(lambda: bool(dialogs.errors))
        assert '"thanhtra"' in dialogs.errors[-1] and "đổi khóa" in dialogs.errors[-1]
        assert window.members.model.rowCount() == 0
    finally:
        session.end()
