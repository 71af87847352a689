"""Revocation: disabling an account re-keys the database, so its password opens nothing made after it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from handbook import settings
from handbook.errors import AuthError, InputError, VaultError
from handbook.permissions import Op, Role
from handbook.vault import backup, kdf, keyslots, rekey, users
from handbook.vault.check import check_vault
from handbook.vault.paths import VaultPaths
from handbook.vault.sqlcipher import DatabaseError, connect
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD, CliResult
from tests.vault.account_change_process import NEW_USER, NEW_USER_PASSWORD
from tests.vault.test_account_steps import crash_at


def with_staff(created: Created) -> tuple[Path, bytes, bytes]:
    """The vault with a staff account; what the staff member could keep: the old key file and data key."""
    vault = created.vault
    users.add_user(vault, username=NEW_USER, full_name="Lê Văn Bình", role=Role.STAFF, password=NEW_USER_PASSWORD,
                   kdf_params=kdf.TEST_ONLY)  # fmt: skip
    return vault.paths.root, vault.paths.keys.read_bytes(), vault.data_key


def assert_revoked(root: Path, old_keys: bytes, old_key: bytes) -> None:
    with pytest.raises(AuthError):
        Vault.open(root, username=NEW_USER, password=NEW_USER_PASSWORD)
    # The old key file still unwraps the old data key for them, but that key no longer opens the data.
    kept = keyslots.KeyFile.parse(old_keys)
    assert keyslots.open_slot(kept, NEW_USER, NEW_USER_PASSWORD) == old_key
    with pytest.raises(DatabaseError):
        connect(root / "vault.db", old_key)
    assert not rekey.next_keys_path(VaultPaths(root)).exists()


def test_disabling_rekeys_for_the_remaining_accounts_and_the_recovery_code(created: Created, tmp_path: Path) -> None:
    root, old_keys, old_key = with_staff(created)
    vault = created.vault
    before = vault.backup_to(tmp_path / "truoc.sotaybak")
    users.update_user(vault, NEW_USER, active=False)
    assert vault.data_key != old_key
    notice = vault.notices[-1].render("vi")
    assert NEW_USER in notice and "bản sao lưu làm trước lúc này vẫn mở được bằng mật khẩu cũ" in notice
    assert check_vault(vault).ok, [p.render("en") for p in check_vault(vault).problems]
    vault.close()
    assert_revoked(root, old_keys, old_key)
    Vault.open(root, username="truongban", password=PASSWORD).close()
    Vault.open_with_recovery(root, username="truongban", recovery_code=created.recovery_code).close()
    # As said: a backup made before still opens with the removed person's password.
    done = backup.restore(before, tmp_path / "cu", username=NEW_USER, secret=NEW_USER_PASSWORD)
    assert done.root.exists()


@pytest.mark.parametrize("step", ["revoke.disabled_committed", "revoke.next_keys_written", "revoke.db_rekeyed"])
def test_a_revocation_killed_at_each_step_is_finished_on_the_next_open(created: Created, step: str) -> None:
    root, old_keys, old_key = with_staff(created)
    created.vault.close()
    crash_at(root, "disable", step)
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert [u.active for u in users.list_users(vault) if u.username == NEW_USER] == [False]
        assert NEW_USER not in vault.key_file.usernames()
        assert check_vault(vault).ok, [p.render("en") for p in check_vault(vault).problems]
    assert_revoked(root, old_keys, old_key)
    Vault.open_with_recovery(root, username="truongban", recovery_code=created.recovery_code).close()


def test_a_revoked_account_cannot_simply_be_re_enabled(created: Created) -> None:
    with_staff(created)
    users.update_user(created.vault, NEW_USER, active=False)
    with pytest.raises(InputError) as info:
        users.update_user(created.vault, NEW_USER, active=True)
    assert "tên đăng nhập khác" in info.value.render("vi")
    assert check_vault(created.vault).ok


def test_an_older_key_file_copied_back_after_a_rekey_is_named_as_older_not_damaged(
    created: Created, cli: Callable[..., CliResult]
) -> None:
    root, old_keys, _ = with_staff(created)
    users.update_user(created.vault, NEW_USER, active=False)  # re-keys
    created.vault.close()
    (root / "keys.json").write_bytes(old_keys)  # the key file from before, copied back
    with pytest.raises(VaultError) as caught:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert caught.value.message.id == "vault.keyfile_older_than_db"
    r = cli("check", str(root), "--user", "truongban", password=PASSWORD)
    assert r.code != 0 and "Tệp khóa" in r.out + r.err and "cũ hơn dữ liệu" in r.out + r.err
    assert "Dữ liệu không hỏng" in r.out + r.err and "bị hỏng" not in r.out + r.err


def test_a_damaged_database_is_still_called_damaged(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    db = root / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # inside the first page: nothing opens it
    db.write_bytes(bytes(data))
    with pytest.raises(VaultError) as caught:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert caught.value.message.id == "vault.db_damaged"


def test_other_open_windows_follow_a_rekey_and_a_removed_account_is_told_why(created: Created) -> None:
    root, _, _ = with_staff(created)
    head = created.vault
    second = Vault.open(root, username="truongban", password=PASSWORD)  # the head's second window
    staff = Vault.open(root, username=NEW_USER, password=NEW_USER_PASSWORD)
    users.add_user(head, username="ketoan", full_name="Phạm Thị Toán", role=Role.STAFF, password=NEW_USER_PASSWORD,
                   kdf_params=kdf.TEST_ONLY)  # fmt: skip
    other = Vault.open(root, username="ketoan", password=NEW_USER_PASSWORD)
    users.update_user(head, NEW_USER, active=False)  # re-keys while the others are open
    with pytest.raises(DatabaseError):
        connect(root / "vault.db", second.data_key).execute("SELECT count(*) FROM users").fetchone()
    # The head's other window writes as before: it switched to the new key on its own.
    settings.set_value(second, settings.AUTOLOCK_MINUTES, 11)
    assert settings.get(head, settings.AUTOLOCK_MINUTES) == 11
    assert other.follow_rekey() and other.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 3
    # The disabled account's window gets a sentence, every time it tries.
    for _ in range(2):
        with pytest.raises(VaultError) as caught, staff.change(Op.MEMBERS_EDIT) as ch:
            ch.record("members.update", "member", 1)
        assert caught.value.message.id == "vault.access_revoked"
        assert f'"{NEW_USER}"' in caught.value.message.render("vi") and "đổi khóa" in caught.value.message.render("vi")
    for v in (second, staff, other):
        v.close()
    assert check_vault(head).ok, [p.render("en") for p in check_vault(head).problems]
