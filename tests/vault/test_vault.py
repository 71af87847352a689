"""Creating, opening, changing and auditing a vault through the core API."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import settings
from handbook.errors import AuthError, InputError, PermissionDenied, VaultError
from handbook.permissions import Op, Role
from handbook.vault import audit, kdf, users
from handbook.vault.check import check_vault
from handbook.vault.sqlcipher import OperationalError
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD, create_vault


def test_create_then_open_as_head(created: Created, tmp_path: Path) -> None:
    root = created.vault.paths.root
    created.vault.close()
    with Vault.open(root, username=None, password=PASSWORD) as v:
        assert v.actor.role is Role.HEAD
        assert v.meta("committee_name") == "Đảng ủy xã Tân An"
        assert check_vault(v).ok


def test_create_refuses_existing_path(tmp_path: Path) -> None:
    target = tmp_path / "x"
    target.mkdir()
    (target / "something.txt").write_text("keep me")
    with pytest.raises(InputError):
        create_vault(target)
    assert (target / "something.txt").read_text() == "keep me"
    assert sorted(p.name for p in target.iterdir()) == ["something.txt"]


def test_wrong_password_and_unknown_user_say_the_same(created: Created) -> None:
    root = created.vault.paths.root
    with pytest.raises(AuthError) as wrong_pw:
        Vault.open(root, username="truongban", password="not the password")
    with pytest.raises(AuthError) as wrong_user:
        Vault.open(root, username="nobody", password=PASSWORD)
    assert wrong_pw.value.render("vi") == wrong_user.value.render("vi") == "Sai tên đăng nhập hoặc mật khẩu."
    assert wrong_pw.value.render("en") == "Wrong username or password."


def test_missing_vault_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(VaultError):
        Vault.open(tmp_path / "nothing", username=None, password=PASSWORD)
    assert not (tmp_path / "nothing").exists()


def test_a_failed_change_leaves_nothing(vault: Vault) -> None:
    before = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    with pytest.raises(RuntimeError), vault.change(Op.SETTINGS_EDIT) as ch:
        vault.conn.execute("INSERT INTO settings VALUES ('x', '1', 'now', 'me')")
        ch.record("settings.set", "setting", "x", None, 1)
        raise RuntimeError("crash in the middle")
    assert vault.conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == before
    assert check_vault(vault).ok


def test_every_change_is_audited_and_chained(vault: Vault) -> None:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 15)
    users.add_user(vault, username="chuyenvien", full_name="Lê Văn Bình", role=Role.STAFF, password="mat-khau-2")
    entries = audit.recent(vault.conn)
    ops = [e.operation for e in reversed(entries)]
    assert ops == ["vault.create", "settings.set", "users.add"]
    last = entries[0]
    assert last.actor == "truongban" and '"role": "staff"' in (last.after or "")
    assert entries[1].before == "10" and entries[1].after == "15"
    assert audit.verify(vault.conn) == []


def test_audit_tampering_is_detected(vault: Vault) -> None:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 20)
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 25)
    # The log refuses edits through SQL …
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 2")
    # … and someone who drops the guard is still caught by the chain.
    vault.conn.execute("DROP TRIGGER audit_no_update")
    vault.conn.execute("UPDATE audit SET after = '99' WHERE seq = 2")
    report = check_vault(vault)
    assert not report.ok
    assert "Mục 2" in report.problems[0].render("vi")


def test_cut_tail_of_audit_is_detected(vault: Vault) -> None:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 20)
    vault.conn.execute("DROP TRIGGER audit_no_delete")
    vault.conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    problems = check_vault(vault).problems
    assert [p.id for p in problems] == ["audit.tail_missing", "rollback.data_older"]  # the witness saw it too


def test_staff_cannot_manage_users_or_settings(vault: Vault) -> None:
    users.add_user(vault, username="chuyenvien", full_name="Lê Văn Bình", role=Role.STAFF, password="mat-khau-2")
    root = vault.paths.root
    with Vault.open(root, username="chuyenvien", password="mat-khau-2") as staff:
        with pytest.raises(PermissionDenied):
            users.add_user(staff, username="khac", full_name="Người Khác", role=Role.HEAD, password="12345678")
        with pytest.raises(PermissionDenied):
            settings.set_value(staff, settings.AUTOLOCK_MINUTES, 3)
        assert [u.username for u in users.list_users(staff)] == ["truongban", "chuyenvien"]
    assert "khac" not in vault.key_file.usernames()


def test_password_change_rewraps_only(vault: Vault) -> None:
    db_before = vault.paths.db.read_bytes()[:4096]
    users.change_own_password(vault, new_password="mat-khau-moi-1")
    root = vault.paths.root
    vault.close()
    with pytest.raises(AuthError):
        Vault.open(root, username="truongban", password=PASSWORD)
    with Vault.open(root, username="truongban", password="mat-khau-moi-1") as v:
        assert v.paths.db.read_bytes()[:4096] == db_before  # same salt page: not re-encrypted
        assert [e.operation for e in audit.recent(v.conn, 1)] == ["users.password_changed"]


def test_recovery_code_sets_a_new_password(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    messy = " " + created.recovery_code.lower().replace("-", " ") + " "
    users.recover(root, username="truongban", recovery_code=messy, new_password="quen-roi-123")
    with Vault.open(root, username="truongban", password="quen-roi-123") as v:
        assert check_vault(v).ok
    with pytest.raises(AuthError) as info:
        users.recover(
            root,
            username="truongban",
            recovery_code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF",
            new_password="x-y-z-1234",
        )
    assert "Mã khôi phục không đúng" in info.value.render("vi")


def test_bad_input_gets_a_sentence(vault: Vault) -> None:
    with pytest.raises(InputError) as short:
        users.add_user(vault, username="ab", full_name="A B", role=Role.STAFF, password="123")
    assert "ít nhất 8 ký tự" in short.value.render("vi")
    with pytest.raises(InputError) as bad_name:
        users.add_user(vault, username="Trưởng Ban", full_name="A B", role=Role.STAFF, password="12345678")
    assert "không hợp lệ" in bad_name.value.render("vi")
    with pytest.raises(InputError):
        users.add_user(vault, username="truongban", full_name="A B", role=Role.STAFF, password="12345678")
    assert [u.username for u in users.list_users(vault)] == ["truongban"]
    assert len(vault.key_file.slots) == 2  # the head and the recovery code, nothing half-added


def test_head_manages_roles_delegation_and_access(vault: Vault) -> None:
    users.add_user(vault, username="pho", full_name="Phó Ban", role=Role.DEPUTY, password="mat-khau-2")
    assert users.update_user(vault, "pho", delegated=True).delegated
    with Vault.open(vault.paths.root, username="pho", password="mat-khau-2") as deputy:
        assert deputy.actor.may(Op.CASES_CONFIRM)
    users.update_user(vault, "pho", delegated=False)
    with Vault.open(vault.paths.root, username="pho", password="mat-khau-2") as deputy:
        assert not deputy.actor.may(Op.CASES_CONFIRM)
    with pytest.raises(InputError):
        users.update_user(vault, "truongban", role=Role.STAFF)  # not yourself
    with pytest.raises(InputError):
        users.update_user(vault, "pho", role=Role.STAFF, delegated=True)  # delegation is for deputies
    users.update_user(vault, "pho", active=False)
    with pytest.raises(AuthError):
        Vault.open(vault.paths.root, username="pho", password="mat-khau-2")
    assert [e.operation for e in audit.recent(vault.conn, 1)] == ["users.update"]


def test_a_second_connection_reads_the_same_data_and_writes_nothing(vault: Vault) -> None:
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 15)
    other = vault.beside()
    assert other is not None
    assert settings.get(other, settings.AUTOLOCK_MINUTES) == 15  # what the first connection committed
    assert other.conn is not vault.conn
    assert other.meta("vault_id") == vault.meta("vault_id")
    assert (
        other.conn.execute("SELECT count(*) FROM audit").fetchone()
        == vault.conn.execute("SELECT count(*) FROM audit").fetchone()
    )
    entries = vault.conn.execute("SELECT count(*) FROM audit").fetchone()
    with pytest.raises(OperationalError, match="readonly"):
        other.conn.execute("DELETE FROM audit")
    assert vault.conn.execute("SELECT count(*) FROM audit").fetchone() == entries
    again = vault.beside()
    assert again is not None and again.conn is other.conn  # kept open: its page cache stays warm
    vault.close()
    assert vault.beside() is None


def test_the_second_connection_follows_a_rekey(created: Created) -> None:
    vault = created.vault
    users.add_user(vault, username="ra", full_name="Người Rời", role=Role.STAFF, password=PASSWORD,
                   kdf_params=kdf.TEST_ONLY)  # fmt: skip
    before = vault.beside()
    assert before is not None
    users.update_user(vault, "ra", active=False)  # re-keys the database
    after = vault.beside()
    assert after is not None and after.conn is not before.conn
    assert after.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 2
