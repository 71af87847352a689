"""Backups: one encrypted file, restorable with a password or the recovery code, verified first."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook import settings
from handbook.errors import AuthError, InputError, VaultError
from handbook.vault import backup
from handbook.vault.check import check_vault
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD


def make_backup(created: Created, tmp_path: Path) -> Path:
    settings.set_value(created.vault, settings.AUTOLOCK_MINUTES, 42)
    return created.vault.backup_to(tmp_path / "b.sotaybak")


def test_restore_with_password(created: Created, tmp_path: Path) -> None:
    out = make_backup(created, tmp_path)
    done = backup.restore(out, tmp_path / "restored", username="truongban", secret=PASSWORD)
    with Vault.open(done.root, username="truongban", password=PASSWORD) as v:
        assert settings.get(v, settings.AUTOLOCK_MINUTES) == 42
        assert check_vault(v).ok


def test_restore_with_recovery_code(created: Created, tmp_path: Path) -> None:
    out = make_backup(created, tmp_path)
    done = backup.restore(out, tmp_path / "r2", username=None, secret=created.recovery_code, recovery=True)
    with Vault.open(done.root, username="truongban", password=PASSWORD) as v:
        assert check_vault(v).ok


def test_wrong_password_restores_nothing(created: Created, tmp_path: Path) -> None:
    out = make_backup(created, tmp_path)
    with pytest.raises(AuthError):
        backup.restore(out, tmp_path / "r3", username="truongban", secret="sai-mat-khau")
    assert not (tmp_path / "r3").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("where", [0.02, 0.3, 0.6, 0.9, 0.999])
def test_tampered_backup_is_refused(created: Created, tmp_path: Path, where: float) -> None:
    out = make_backup(created, tmp_path)
    data = bytearray(out.read_bytes())
    data[int(len(data) * where)] ^= 0x40
    out.write_bytes(bytes(data))
    with pytest.raises((VaultError, InputError, AuthError)):
        backup.restore(out, tmp_path / "r4", username="truongban", secret=PASSWORD)
    assert not (tmp_path / "r4").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no half-copied staging folder


def test_truncated_backup_is_refused(created: Created, tmp_path: Path) -> None:
    out = make_backup(created, tmp_path)
    out.write_bytes(out.read_bytes()[:-100])
    with pytest.raises(InputError) as info:
        backup.restore(out, tmp_path / "r5", username="truongban", secret=PASSWORD)
    assert "cắt cụt" in info.value.render("vi")


def test_restore_never_overwrites_silently(created: Created, tmp_path: Path) -> None:
    out = make_backup(created, tmp_path)
    existing = created.vault.paths.root
    settings.set_value(created.vault, settings.AUTOLOCK_MINUTES, 7)
    created.vault.close()
    with pytest.raises(InputError):
        backup.restore(out, existing, username="truongban", secret=PASSWORD)
    done = backup.restore(out, existing, username="truongban", secret=PASSWORD, replace=True)
    assert done.previous_moved_to is not None and done.previous_moved_to.exists()
    with Vault.open(done.previous_moved_to, username="truongban", password=PASSWORD) as old:
        assert settings.get(old, settings.AUTOLOCK_MINUTES) == 7
    with Vault.open(existing, username="truongban", password=PASSWORD) as new:
        assert settings.get(new, settings.AUTOLOCK_MINUTES) == 42


def test_backup_refuses_to_overwrite_a_file(created: Created, tmp_path: Path) -> None:
    target = tmp_path / "there.sotaybak"
    target.write_bytes(b"precious")
    with pytest.raises(InputError):
        created.vault.backup_to(target)
    assert target.read_bytes() == b"precious"
