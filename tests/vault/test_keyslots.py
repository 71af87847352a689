"""The key file: wrapping, recovery codes, and that any changed byte is noticed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handbook.errors import AuthError, HandbookError, VaultError
from handbook.vault import kdf, keyslots
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD


@given(
    st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=24, max_size=24),
    st.sampled_from([" ", "-", "", "  "]),
    st.booleans(),
)
@settings(max_examples=60)
def test_recovery_code_survives_retyping(chars: str, sep: str, lower: bool) -> None:
    canonical = "-".join(chars[i : i + 4] for i in range(0, 24, 4))
    typed = sep.join(chars[i : i + 4] for i in range(0, 24, 4))
    typed = typed.lower() if lower else typed
    assert keyslots.normalize_recovery_code(typed) == keyslots.normalize_recovery_code(canonical)


def test_new_recovery_codes_are_distinct_and_well_formed() -> None:
    codes = {keyslots.new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == 29 and code.count("-") == 5


def test_wrap_unwrap_and_header_is_bound() -> None:
    key = bytes(range(32))
    slot = keyslots.wrap(key, "vid", "password", "an", "mat-khau-1", kdf.TEST_ONLY)
    assert keyslots.unwrap(slot, "vid", "mat-khau-1") == key
    assert keyslots.unwrap(slot, "vid", "mat-khau-2") is None
    assert keyslots.unwrap(slot, "other-vault", "mat-khau-1") is None  # header is associated data


def test_calibrated_cost_never_below_baseline() -> None:
    params = kdf.calibrate(target_seconds=0.01)
    assert params.memory_kib >= kdf.BASELINE.memory_kib
    assert params.iterations >= kdf.BASELINE.iterations
    assert params.lanes == kdf.BASELINE.lanes


def test_every_changed_byte_of_the_key_file_is_noticed(created: Created) -> None:
    root = created.vault.paths.root
    created.vault.close()
    keys = root / "keys.json"
    original = keys.read_bytes()
    # Flip bytes spread over the whole file (every 7th, and all of the MAC region at the end).
    positions = sorted(set(range(0, len(original), 7)) | set(range(len(original) - 60, len(original))))
    for pos in positions:
        changed = bytearray(original)
        changed[pos] = original[pos] ^ 0x01
        keys.write_bytes(bytes(changed))
        try:
            Vault.open(root, username="truongban", password=PASSWORD).close()
        except (AuthError, VaultError):
            continue
        except HandbookError as exc:  # any other refusal with a sentence is acceptable too
            assert exc.render("vi")
            continue
        # Still opening is only acceptable if the change was a no-op for JSON (e.g. whitespace).
        assert keyslots.KeyFile.parse(bytes(changed)).to_bytes() == keyslots.KeyFile.parse(original).to_bytes(), pos
    keys.write_bytes(original)
    Vault.open(root, username="truongban", password=PASSWORD).close()


def test_removing_a_slot_is_noticed(created: Created) -> None:
    import json

    root = created.vault.paths.root
    created.vault.close()
    keys = root / "keys.json"
    doc = json.loads(keys.read_text())
    doc["slots"] = [s for s in doc["slots"] if s["header"]["kind"] != "recovery"]
    keys.write_text(json.dumps(doc))
    with pytest.raises(VaultError) as info:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert "đã bị thay đổi" in info.value.render("vi")


def test_damaged_key_file_points_to_latest_backup(created: Created, tmp_path: Path) -> None:
    vault = created.vault
    backup_file = vault.backup_to(vault.paths.backups / "manual.sotaybak")
    root = vault.paths.root
    vault.close()
    (root / "keys.json").write_text("{ not json")
    with pytest.raises(VaultError) as info:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert str(backup_file) in info.value.render("vi")
