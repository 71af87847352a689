"""Rollback is detected: a deleted WAL, an older vault.db or an older keys.json is named, with the way out."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from handbook import settings
from handbook.vault import users
from handbook.vault.check import accept_current, check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD, CliResult

REPO = Path(__file__).resolve().parents[2]


def commit_and_die(root: Path, count: int) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tests.vault.commit_and_die", str(root), str(count)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert "COMMITTED" in proc.stdout, proc.stderr


def ids(vault: Vault) -> list[str]:
    return [w.id for w in vault.warnings]


def test_an_intact_vault_has_a_witness_and_no_warning(created: Created) -> None:
    vault = created.vault
    settings.set_value(vault, settings.AUTOLOCK_MINUTES, 7)
    assert vault.key_file.witness is not None and vault.key_file.witness.audit_seq == vault.witness().audit_seq
    root = vault.paths.root
    vault.close()
    with Vault.open(root, username="truongban", password=PASSWORD) as again:
        assert not [i for i in ids(again) if i.startswith("rollback.")]
        assert check_vault(again).ok


def test_deleting_the_wal_after_commits_is_detected(created: Created, cli: Callable[..., CliResult]) -> None:
    root = created.vault.paths.root
    created.vault.close()
    commit_and_die(root, 3)
    wal = root / "vault.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    wal.unlink()
    (root / "vault.db-shm").unlink(missing_ok=True)
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert "rollback.data_older" in ids(vault)
        report = check_vault(vault)
        assert [p.id for p in report.problems] == ["rollback.data_older"]
        assert "thiếu 3 mục nhật ký" in report.problems[0].render("vi")
    r = cli("check", str(root), password=PASSWORD)
    assert r.code == 6 and "Dữ liệu cũ hơn lần thay đổi cuối cùng" in r.out and "--accept-current" in r.out


def test_a_flipped_byte_in_the_last_wal_frame_is_not_silent(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    commit_and_die(root, 2)
    wal = root / "vault.db-wal"
    data = bytearray(wal.read_bytes())
    data[-100] ^= 0x01
    wal.write_bytes(bytes(data))
    (root / "vault.db-shm").unlink(missing_ok=True)
    with Vault.open(root, username="truongban", password=PASSWORD) as vault:
        assert "rollback.data_older" in ids(vault)


def test_an_older_vault_db_copied_back_is_detected_and_can_be_accepted(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    root = vault.paths.root
    vault.close()
    shutil.copy(root / "vault.db", tmp_path / "old.db")
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        settings.set_value(v, settings.AUTOLOCK_MINUTES, 9)
    shutil.copy(tmp_path / "old.db", root / "vault.db")
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert "rollback.data_older" in ids(v)
        accept_current(v)
        assert check_vault(v).ok, [p.render("en") for p in check_vault(v).problems]
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert not [i for i in ids(v) if i.startswith("rollback.")]


def test_an_older_keys_json_copied_back_is_detected(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    root = vault.paths.root
    shutil.copy(root / "keys.json", tmp_path / "old-keys.json")
    from handbook.vault import kdf

    users.change_own_password(vault, new_password="mat-khau-moi-123", kdf_params=kdf.TEST_ONLY)
    vault.close()
    shutil.copy(tmp_path / "old-keys.json", root / "keys.json")  # brings back the old password
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert "rollback.keyfile_older" in ids(v)
        assert "rollback.keyfile_older" in [p.id for p in check_vault(v).problems]
