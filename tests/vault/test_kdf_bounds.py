"""The key derivation's cost is bounded before it is obeyed; weak (test-only) vaults say so on every open."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from handbook.errors import VaultError
from handbook.vault import kdf, users
from handbook.vault.vault import Created, Vault
from tests.conftest import PASSWORD, CliResult, create_vault


def _edit_first_slot_cost(root: Path, **cost: int) -> None:
    keys = root / "keys.json"
    doc = json.loads(keys.read_text())
    doc["slots"][0]["header"]["kdf"].update(cost)
    keys.write_text(json.dumps(doc))


@pytest.mark.parametrize(
    "cost",
    [
        {"memory_kib": 1024 * 1024, "iterations": 1000},  # the denial of service from the issue
        {"memory_kib": 8 * 1024 * 1024},
        {"iterations": 21},
        {"lanes": 64},
        {"lanes": 0},
    ],
)
def test_an_edited_cost_is_refused_before_any_derivation(created: Created, cost: dict[str, int]) -> None:
    root = created.vault.paths.root
    created.vault.close()
    _edit_first_slot_cost(root, **cost)
    with pytest.raises(VaultError) as info:
        Vault.open(root, username="truongban", password=PASSWORD)
    assert info.value.message.id == "vault.keyfile_damaged"


def test_the_bounds_themselves_are_accepted() -> None:
    top = kdf.KdfParams.from_json(
        {"name": "argon2id", "memory_kib": kdf.MAX_MEMORY_KIB, "iterations": kdf.MAX_ITERATIONS, "lanes": 16}
    )
    assert top.iterations == 20 and top.memory_kib == 4 * 1024 * 1024


def test_calibration_stays_inside_the_bounds() -> None:
    params = kdf.calibrate(target_seconds=1000.0)  # a "very fast machine": wants far more than 20 passes
    assert params.iterations <= kdf.MAX_ITERATIONS
    assert params.memory_kib <= kdf.MAX_MEMORY_KIB
    assert not params.below_baseline
    kdf.KdfParams.from_json(dict(params.to_json()))


def test_test_only_vault_warns_on_every_open(vault: Vault) -> None:
    assert [w.id for w in vault.warnings] == ["vault.test_only_kdf"]
    assert "truongban" in vault.warnings[0].render("vi")
    assert "truongban và mã khôi phục" in vault.warnings[0].render("vi")  # the recovery slot, by what it is
    assert "truongban and the recovery code" in vault.warnings[0].render("en")
    assert "recovery," not in vault.warnings[0].render("vi")


def test_passwd_rederives_with_the_calibrated_cost(tmp_path: Path) -> None:
    created = create_vault(tmp_path / "kho")
    with created.vault as vault:
        users.change_own_password(vault, new_password="mat-khau-moi-dai")
    with Vault.open(tmp_path / "kho", username="truongban", password="mat-khau-moi-dai") as vault:
        slot = vault.key_file.user_slot("truongban")
        assert slot is not None and slot.params == kdf.calibrated() and not slot.params.below_baseline
        # The recovery slot is still the test one, so the warning stays (naming only it).
        assert "recovery" in vault.warnings[0].render("en") and "truongban" not in vault.warnings[0].render("en")


def test_cli_prints_the_test_only_warning(tmp_path: Path, cli: Callable[..., CliResult]) -> None:
    root = tmp_path / "kho"
    create_vault(root).vault.close()
    r = cli("status", str(root), password=PASSWORD)
    assert r.code == 0
    assert "Cảnh báo:" in r.err and "chỉ dành cho thử nghiệm" in r.err
