"""Account changes in one step: a kill at each named step leaves the old or the new state in both files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.errors import AuthError
from handbook.permissions import Role
from handbook.vault import crashpoints, kdf, keyslots, users
from handbook.vault.check import check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD
from tests.vault.account_change_process import NEW_PASSWORD, NEW_USER, NEW_USER_PASSWORD

REPO = Path(__file__).resolve().parents[2]


def crash_at(root: Path, action: str, step: str) -> None:
    env = {**os.environ, crashpoints.ENV: step}
    proc = subprocess.run(
        [sys.executable, "-m", "tests.vault.account_change_process", str(root), action],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert proc.returncode == crashpoints.CRASH_EXIT_CODE, proc.stderr
    assert "DONE" not in proc.stdout


def note_ids(vault: Vault) -> list[str]:
    return [w.id for w in vault.warnings if w.id.startswith("reconcile.")]


def assert_clean(root: Path, password: str = PASSWORD) -> None:
    with Vault.open(root, username="truongban", password=password) as vault:
        report = check_vault(vault)
        assert report.ok and not report.repaired, [p.render("en") for p in report.problems + report.repaired]
        assert not vault.key_file.pending_ops()
        names = {u.username for u in users.list_users(vault)}
        assert names == set(vault.key_file.usernames())  # every account has its slot, every slot its account


def test_add_killed_before_the_database_commit_leaves_no_account(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    crash_at(root, "add", "users.add.slot_pending")
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert note_ids(vault) == ["reconcile.undone"]
        assert NEW_USER not in vault.key_file.usernames()
        assert [u.username for u in users.list_users(vault)] == ["truongban"]
    with pytest.raises(AuthError):
        Vault.open(root, username=NEW_USER, password=NEW_USER_PASSWORD)
    assert_clean(root)
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:  # and it can be added again
        users.add_user(
            vault, username=NEW_USER, full_name="Lê Văn Bình", role=Role.STAFF, password=NEW_USER_PASSWORD,
            kdf_params=kdf.TEST_ONLY,
        )  # fmt: skip
    Vault.open(root, username=NEW_USER, password=NEW_USER_PASSWORD).close()


def test_add_killed_after_the_database_commit_is_finished(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    crash_at(root, "add", "users.add.db_committed")
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert note_ids(vault) == ["reconcile.finished"]
        assert NEW_USER in vault.key_file.usernames()
    with Vault.open(root, username=NEW_USER, password=NEW_USER_PASSWORD) as staff:
        assert staff.actor.role is Role.STAFF
    assert_clean(root)


def test_passwd_killed_before_the_database_commit_keeps_the_old_password(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    crash_at(root, "passwd", "users.password.slot_pending")
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert note_ids(vault) == ["reconcile.undone"]
    with pytest.raises(AuthError):
        Vault.open(root, username="truongban", password=NEW_PASSWORD)
    assert_clean(root)


def test_passwd_killed_after_the_database_commit_has_the_new_password_and_its_audit_entry(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    crash_at(root, "passwd", "users.password.db_committed")
    with Vault.open(root, username="truongban", password=NEW_PASSWORD) as vault:
        assert note_ids(vault) == ["reconcile.finished"]
        assert vault.conn.execute("SELECT count(*) FROM audit WHERE operation = 'users.password_changed'").fetchone()[0]
    with pytest.raises(AuthError):
        Vault.open(root, username="truongban", password=PASSWORD)
    assert_clean(root, NEW_PASSWORD)


def test_check_finishes_a_pending_change_and_removes_a_slot_without_account(created: Created) -> None:
    vault = created.vault
    root = vault.paths.root
    # What the older two-step code could leave: a slot for an account the database never saved.
    with vault.key_file_lock() as current:
        slot = keyslots.wrap(vault.data_key, current.vault_id, "password", "mocoi", "mat-khau-mo-coi", kdf.TEST_ONLY)
        vault.replace_key_file(current.with_slot(slot, vault.data_key))
    report = check_vault(vault)
    assert report.ok and [m.id for m in report.repaired] == ["reconcile.orphan_slot_removed"]
    assert "mocoi" not in vault.key_file.usernames()
    users.add_user(
        vault, username="mocoi", full_name="Trần Văn Côi", role=Role.VIEWER, password="mat-khau-mo-coi",
        kdf_params=kdf.TEST_ONLY,
    )  # fmt: skip
    vault.close()
    Vault.open(root, username="mocoi", password="mat-khau-mo-coi").close()
    assert_clean(root)


def test_check_names_an_account_without_a_slot(created: Created) -> None:
    vault = created.vault
    users.add_user(
        vault, username="mat", full_name="Đỗ Văn Mất", role=Role.STAFF, password="mat-khau-mat-1",
        kdf_params=kdf.TEST_ONLY,
    )  # fmt: skip
    with vault.key_file_lock() as current:
        vault.replace_key_file(current.without_user("mat", vault.data_key))
    report = check_vault(vault)
    assert not report.ok and [m.id for m in report.problems] == ["reconcile.account_without_slot"]
    assert '"mat"' in report.problems[0].render("vi")
