"""Schema steps: a version-1 vault upgrades, with a backup taken first; a newer one is refused."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from handbook.errors import VaultError
from handbook.vault import audit, backup, kdf, keyslots, migrations
from handbook.vault.check import check_vault
from handbook.vault.keyslots import KeyFile
from handbook.vault.sqlcipher import connect
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD


def legacy_key_file(data_key: bytes, vault_id: str, username: str, password: str, code: str) -> KeyFile:
    """A key file as versions before account keys made it: a random hex id, slots wrapping the data key."""
    slots = []
    for kind, name, secret in (("password", username, password), ("recovery", None, code)):
        salt, nonce = kdf.new_salt(), os.urandom(12)
        slot = keyslots.Slot(kind, name, kdf.TEST_ONLY, salt, nonce, b"")  # type: ignore[arg-type]
        kek = kdf.derive(keyslots._secret_bytes(slot.kind, secret), salt, kdf.TEST_ONLY)
        ct = AESGCM(kek).encrypt(nonce, data_key, keyslots.canonical(slot.header(vault_id)))
        slots.append(replace(slot, ciphertext=ct))
    return KeyFile(vault_id, tuple(slots), b"").sealed(data_key)


def downgrade_to_v1(created: Created) -> Path:
    """Rebuild the vault's database and key file as version 1 would have made them (same data key)."""
    vault = created.vault
    root, key = vault.paths.root, vault.data_key
    old_id = uuid.uuid4().hex
    vault.conn.execute("UPDATE meta SET value = ? WHERE key = 'vault_id'", (old_id,))
    rows = vault.conn.execute("SELECT key, value FROM meta WHERE key != 'schema_version'").fetchall()
    users = vault.conn.execute("SELECT * FROM users").fetchall()
    vault.close()
    keyslots.write_key_file(
        root / "keys.json", legacy_key_file(key, old_id, "truongban", PASSWORD, created.recovery_code)
    )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{root / 'vault.db'}{suffix}").unlink(missing_ok=True)
    conn = connect(root / "vault.db", key)
    conn.isolation_level = None
    migrations.apply_step(conn, migrations.STEPS[0])
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", rows)
    conn.executemany("INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?)", users)
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    audit.append(conn, "truongban", "vault.create", "vault", "v1", None, None)
    conn.execute("COMMIT")
    conn.close()
    return root


def test_version_one_upgrades_with_backup_first(created: Created) -> None:
    root = downgrade_to_v1(created)
    assert not list((root / "backups").iterdir())
    with Vault.open(root, username="truongban", password=PASSWORD) as v:
        assert v.schema_version == migrations.LATEST
        assert check_vault(v).ok, [p.render("en") for p in check_vault(v).problems]
        # The slot got its keys; the first head to log in signed the roster (the vault's id stays random).
        assert not v.key_file.user_slot("truongban").legacy  # type: ignore[union-attr]
        assert [e.operation for e in audit.recent(v.conn, 2)] == ["roster.sign", "schema.migrate"]
        assert v.roster is not None and v.roster.accounts is not None and not v.warnings[1:]
    saved = list((root / "backups").iterdir())
    assert len(saved) == 1 and "truoc-nang-cap-v1" in saved[0].name
    # The automatic backup is a real, restorable version-1 vault.
    restored = backup.restore(saved[0], root.parent / "from-backup", username="truongban", secret=PASSWORD)
    with Vault.open(restored.root, username="truongban", password=PASSWORD) as again:
        assert again.schema_version == migrations.LATEST  # upgraded again on open


def test_newer_vault_is_refused(created: Created) -> None:
    vault = created.vault
    vault.conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    root = vault.paths.root
    vault.close()
    with pytest.raises(VaultError) as info:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert "phiên bản mới hơn" in info.value.render("vi")


def test_steps_are_numbered_without_gaps() -> None:
    assert [s.version for s in migrations.STEPS] == list(range(1, len(migrations.STEPS) + 1))
