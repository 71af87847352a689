"""Many signatures are checked at once, spread over the machine's cores: each bad one is still named at its
own entry, and an account whose key changed verifies under the old key and the new (issue 10)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from handbook.vault import audit, users
from handbook.vault.check import check_vault
from handbook.vault.identity import Identity
from handbook.vault.sqlcipher import connect
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.flow.conftest import Commune, build_commune

MANY = 400  # far more than one core's share before the checks are spread over threads


@pytest.fixture
def commune(vault: Vault) -> Commune:
    return build_commune(vault)


def write_many(vault: Vault, count: int) -> list[int]:
    """``count`` one-entry transactions by the vault's account, each signed; their numbers."""
    vault.conn.execute("BEGIN IMMEDIATE")
    for n in range(count):
        audit.append(vault.conn, vault.signer[0], "settings.set", "setting", f"bulk{n}", None, n, vault.signer)
    vault.conn.execute("COMMIT")
    top = int(vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0])
    return list(range(top - count + 1, top + 1))


def raw_db(db: Path, key: bytes) -> Any:
    conn = connect(db, key)
    conn.isolation_level = None
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    return conn


def payload(conn: Any, seq: int) -> bytes:
    return audit.SIG_PREFIX + str(conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()[0]).encode()


def bad_entries(report: Any) -> list[tuple[int, str]]:
    return [(p.values["seq"], p.values["actor"]) for p in report.problems if p.id == "audit.signature_bad"]


def test_each_bad_signature_among_many_is_named_at_its_entry(vault: Vault) -> None:
    seqs = write_many(vault, MANY)
    first, before_middle, after_middle, near_end = seqs[0], seqs[MANY // 2 - 1], seqs[MANY // 2], seqs[-3]
    conn = raw_db(vault.paths.db, vault.data_key)
    tampered = {
        first: audit.b64(Identity.new().sign(payload(conn, first))),  # the right entry, someone else's key
        before_middle: audit.b64(vault.signer[1].sign(payload(conn, near_end))),  # the right key, another entry
        after_middle: audit.b64(vault.signer[1].sign(payload(conn, after_middle))[:63]),  # one byte short
        near_end: "không phải base64!",
    }
    for seq, signature in tampered.items():
        conn.execute("UPDATE audit SET signature = ? WHERE seq = ?", (signature, seq))
    conn.close()
    report = check_vault(vault)
    assert bad_entries(report) == [(seq, "truongban") for seq in sorted(tampered)]
    assert str(after_middle) in " ".join(p.render("vi") for p in report.problems)


def test_an_account_whose_key_changed_verifies_under_both_and_a_forgery_among_them_is_named(
    commune: Commune, created: Any, tmp_path: Path
) -> None:
    root = commune.vault.paths.root
    with commune.as_user("chuyenvien") as staff:
        old_keys = staff.keys
        before = write_many(staff, MANY // 2)
    users.recover(root, username="chuyenvien", recovery_code=created.recovery_code, new_password="mat-khau-moi-9")
    with Vault.open(root, username="chuyenvien", password="mat-khau-moi-9") as staff:
        assert staff.keys.sign_pub != old_keys.sign_pub
        write_many(staff, MANY // 2)
    copy = tmp_path / "copy"
    shutil.copytree(root, copy)
    report = check_vault(commune.vault)
    assert report.ok, [p.render("en") for p in report.problems]

    forged = before[len(before) // 2]
    conn = raw_db(copy / "vault.db", commune.vault.data_key)
    conn.execute(
        "UPDATE audit SET signature = ? WHERE seq = ?", (audit.b64(Identity.new().sign(payload(conn, forged))), forged)
    )
    conn.close()
    with Vault.open(copy, username="truongban", password=PASSWORD) as head:
        assert bad_entries(check_vault(head)) == [(forged, "chuyenvien")]


def test_a_signature_that_is_not_base64_text_is_named_not_a_crash(vault: Vault) -> None:
    (seq,) = write_many(vault, 1)
    conn = raw_db(vault.paths.db, vault.data_key)
    conn.execute("UPDATE audit SET signature = ? WHERE seq = ?", (12345, seq))
    conn.close()
    assert bad_entries(check_vault(vault)) == [(seq, "truongban")]


def test_a_checkpoint_does_not_vouch_for_a_chain_broken_before_it(vault: Vault) -> None:
    first, second, _ = write_many(vault, 3)
    assert check_vault(vault).ok  # the head's check signs a checkpoint at the chain's head
    conn = raw_db(vault.paths.db, vault.data_key)
    prev, seq, at, actor, operation, entity, entity_id, before = conn.execute(
        "SELECT prev_hash, seq, at, actor, operation, entity, entity_id, before FROM audit WHERE seq = ?", (first,)
    ).fetchone()
    # Another value, hashed again, signed in the head's name by someone else.
    forged = audit.entry_hash(prev, seq, at, actor, operation, entity, entity_id, before, "99")
    conn.execute(
        "UPDATE audit SET after = '99', hash = ?, signature = ? WHERE seq = ?",
        (forged, audit.b64(Identity.new().sign(audit.SIG_PREFIX + forged.encode())), first),
    )
    conn.close()
    report = check_vault(vault)
    assert ("audit.chain_broken", second) in [(p.id, p.values.get("seq")) for p in report.problems]
    assert bad_entries(report) == [(first, "truongban")]
