"""One signature per write transaction: what it covers, what a person with the data key cannot slip
past it, and that vaults whose entries were signed one by one still verify (issue 10)."""

from __future__ import annotations

import json
import shutil
from hashlib import sha256
from pathlib import Path
from typing import Any

import pytest

from handbook.permissions import Op
from handbook.vault import audit, checkpoints
from handbook.vault.check import check_vault
from handbook.vault.identity import Identity
from handbook.vault.sqlcipher import connect
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.flow.conftest import Commune, build_commune

COLUMNS = ("seq", "at", "actor", "operation", "entity", "entity_id", "before", "after", "prev_hash", "hash",
           "signer", "signature")  # fmt: skip
ALARMS = {"audit.chain_broken", "audit.entry_altered", "audit.tail_missing", "audit.signature_bad"}


@pytest.fixture
def commune(vault: Vault) -> Commune:
    return build_commune(vault)


def raw_db(vault: Vault) -> Any:
    """The database as someone holding the data key opens it with the library, triggers dropped."""
    conn = connect(vault.paths.db, vault.data_key)
    conn.isolation_level = None
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    return conn


def write_three(vault: Vault) -> list[int]:
    """One change that records three entries; their numbers."""
    with vault.change(Op.SETTINGS_EDIT) as ch:
        for n in range(3):
            ch.record("settings.set", "setting", f"k{n}", None, {"value": n})
    top = int(vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0])
    return [top - 2, top - 1, top]


def ids(problems: list[Any]) -> set[str]:
    return {p.id for p in problems}


def test_a_change_is_signed_once_at_its_end(vault: Vault) -> None:
    seqs = write_three(vault)
    rows = vault.conn.execute(
        "SELECT seq, signer, signature FROM audit WHERE seq >= ? ORDER BY seq", (seqs[0],)
    ).fetchall()
    assert [r[1] for r in rows] == ["truongban"] * 3
    assert [r[2] is None for r in rows] == [True, True, False]
    report = check_vault(vault)
    assert report.ok, [p.render("en") for p in report.problems]


def test_a_flipped_byte_in_any_field_of_any_entry_is_named(vault: Vault, tmp_path: Path) -> None:
    seqs = write_three(vault)
    key = vault.data_key
    vault.close()
    for seq in seqs:
        for column in COLUMNS:
            copy = tmp_path / f"copy-{seq}-{column}"
            shutil.copytree(vault.paths.root, copy)
            conn = connect(copy / "vault.db", key)
            conn.isolation_level = None
            conn.execute("DROP TRIGGER audit_no_update")
            value = conn.execute(f"SELECT {column} FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
            if value is None:  # the unsigned entries of the transaction: a signature slipped in
                changed: object = audit.b64(b"\0" * 64)
            elif isinstance(value, int):
                changed = value + 1000
            else:
                changed = value[:-1] + chr(ord(value[-1]) ^ 1)
            conn.execute(f"UPDATE audit SET {column} = ? WHERE seq = ?", (changed, seq))
            conn.close()
            with Vault.open(copy, username="truongban", password=PASSWORD) as v:
                report = check_vault(v)
            assert ids(report.problems) & ALARMS, (seq, column)
            text = " ".join(p.render("vi") for p in report.problems)
            assert "nhật ký" in text.lower(), (seq, column)
            shutil.rmtree(copy)


def test_staff_cannot_fold_an_entry_in_the_heads_name_into_their_own_transaction(commune: Commune) -> None:
    with commune.as_user("chuyenvien") as staff:
        conn = raw_db(staff)
        writer = audit.Writer(conn, ("chuyenvien", staff.keys))
        writer.append("truongban", "members.delete", "member", 1)  # in the head's name …
        writer.append("chuyenvien", "members.update", "member", 2)  # … closed by staff's own valid signature
        writer.finish()
        conn.close()
    bad = [p for p in check_vault(commune.vault).problems if p.id == "audit.signature_bad"]
    assert [p.values["actor"] for p in bad] == ["truongban"]
    assert '"truongban"' in bad[0].render("vi")


def test_a_removed_signature_moves_the_entry_under_the_next_signer_and_is_named(commune: Commune) -> None:
    vault = commune.vault
    with vault.change(Op.SETTINGS_EDIT) as ch:
        ch.record("settings.set", "setting", "a", None, 1)
    head_entry = int(vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0])
    with commune.as_user("chuyenvien") as staff:
        with staff.change(Op.MEMBERS_EDIT) as ch:
            ch.record("members.update", "member", 1, None, None)
        conn = raw_db(staff)
        conn.execute("UPDATE audit SET signature = NULL, signer = 'chuyenvien' WHERE seq = ?", (head_entry,))
        conn.close()
    bad = [p for p in check_vault(vault).problems if p.id == "audit.signature_bad"]
    assert [(p.values["seq"], p.values["actor"]) for p in bad] == [(head_entry, "truongban")]


def test_an_unsigned_tail_is_named(vault: Vault) -> None:
    conn = raw_db(vault)
    writer = audit.Writer(conn, ("truongban", Identity.new()))
    writer.append("truongban", "members.delete", "member", 1)
    writer.append("truongban", "members.delete", "member", 2)
    writer._write_pending(signed=False)  # the signed end never written: the transaction's tail is bare
    conn.execute("UPDATE meta SET value = (SELECT seq || ':' || hash FROM audit ORDER BY seq DESC LIMIT 1)"
                 " WHERE key = 'audit_head'")  # fmt: skip
    conn.close()
    report = check_vault(vault)
    assert [p.id for p in report.problems].count("audit.signature_bad") == 2


def test_entries_signed_one_by_one_still_verify(vault: Vault) -> None:
    """How vaults before per-transaction signing hold their log: every entry carries its own signature."""
    vault.conn.execute("BEGIN IMMEDIATE")
    for n in range(5):
        audit.append(vault.conn, "truongban", "settings.set", "setting", f"old{n}", None, n, vault.signer)
    vault.conn.execute("COMMIT")
    write_three(vault)
    signed = vault.conn.execute("SELECT count(signature) FROM audit").fetchone()[0]
    total = vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    assert signed < total
    report = check_vault(vault)
    assert report.ok, [p.render("en") for p in report.problems]


def test_an_unlock_starts_from_the_accounts_own_checkpoint_and_still_catches_later_forgeries(
    commune: Commune,
) -> None:
    with commune.as_user("chuyenvien") as staff:
        assert not ids(staff.warnings) & ALARMS
    mine = commune.vault.conn.execute("SELECT count(*) FROM audit_checkpoints WHERE signer = 'chuyenvien'").fetchone()[
        0
    ]
    assert mine == 1  # staff's unlock verified everything since the head's last checkpoint
    with commune.as_user("phokhac") as other:
        conn = raw_db(other)
        audit.append(conn, "truongban", "members.delete", "member", 1, None, None, ("truongban", other.keys))
        # A checkpoint made in staff's name with another key spares nobody.
        checkpoints.sign_head(conn, other.vault_id, ("chuyenvien", other.keys), head=False)
        conn.close()
    with commune.as_user("chuyenvien") as staff:
        assert "audit.signature_bad" in ids(staff.warnings)


@pytest.mark.parametrize(
    "fields",
    [
        ["0" * 64, 1, "2025-01-01T00:00:00.000000+00:00", "truongban", "vault.create", "vault", "r1", None, None],
        ["a" * 64, 2**40, 'q"u\\o\nte', "ngô\u2028viên", "x\x00\x1f", "😀/</script>", "", '{"ten": "Hoà"}', "null"],
    ],
)
def test_the_chain_material_is_what_entries_were_always_hashed_over(fields: list[Any]) -> None:
    """Entries written before the faster hashing were hashed over ``json.dumps`` of their fields."""
    assert audit.material(*fields) == json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    assert audit.entry_hash(*fields) == sha256(audit.material(*fields).encode()).hexdigest()


def test_an_unlock_checks_a_long_transaction_whole_and_starts_after_it_next_time(vault: Vault, tmp_path: Path) -> None:
    with vault.change(Op.SETTINGS_EDIT) as ch:  # longer than the 1,000 signatures an unlock checks, in entries
        for n in range(1_500):
            ch.record("settings.set", "setting", f"k{n}", None, n)
    top = int(vault.conn.execute("SELECT max(seq) FROM audit").fetchone()[0])
    root, key = vault.paths.root, vault.data_key
    vault.close()
    shutil.copytree(root, tmp_path / "copy")
    with Vault.open(root, username="truongban", password=PASSWORD) as again:
        assert not ids(again.warnings) & ALARMS
        mark = again.conn.execute("SELECT max(seq) FROM audit_checkpoints WHERE signer = 'truongban'").fetchone()[0]
        assert mark == top
    conn = connect(tmp_path / "copy" / "vault.db", key)
    conn.isolation_level = None
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit SET actor = 'chuyenvien' WHERE seq = ?", (top - 1_200,))  # deep inside it
    conn.close()
    with Vault.open(tmp_path / "copy", username="truongban", password=PASSWORD) as copy:
        bad = [w for w in copy.warnings if w.id == "audit.signature_bad"]
        assert [(w.values["seq"], w.values["actor"]) for w in bad] == [(top - 1_200, "chuyenvien")]


@pytest.mark.parametrize(
    ("column", "value"),
    [("entity_id", 7), ("actor", 2.5), ("before", b"\x00\x01"), ("at", 20251201), ("after", '{"value": 1} ')],
)
def test_a_value_of_another_type_in_an_entry_is_named_as_altered(vault: Vault, column: str, value: object) -> None:
    """Someone with the data key stores a number, a blob or nothing where the entry had text (or the reverse)."""
    seqs = write_three(vault)
    conn = raw_db(vault)
    conn.execute(f"UPDATE audit SET {column} = ? WHERE seq = ?", (value, seqs[0]))
    conn.close()
    report = check_vault(vault)
    assert ids(report.problems) & {"audit.entry_altered", "audit.chain_broken"}, [p.id for p in report.problems]


def test_an_entry_with_characters_sqlite_and_python_might_write_differently_verifies(vault: Vault) -> None:
    with vault.change(Op.SETTINGS_EDIT) as ch:
        ch.record("settings.set", "setting", "k\x00\x7f\u2028\ud7ff", {"a": '\x1f\b"\\/ễ😀'}, {"b": "\ufeff\u200b"})
    report = check_vault(vault)
    assert report.ok, [p.render("en") for p in report.problems]


def test_a_checkpoint_whose_signature_is_not_base64_is_passed_over_not_a_traceback(commune: Commune) -> None:
    with commune.as_user("chuyenvien") as staff:  # signs its own checkpoint
        conn = raw_db(staff)
        conn.execute("UPDATE audit_checkpoints SET signature = 'không phải base64!' WHERE signer = 'chuyenvien'")
        conn.close()
    with commune.as_user("chuyenvien") as staff:  # opens, checking from the head's checkpoint instead
        assert not ids(staff.warnings) & ALARMS
    assert check_vault(commune.vault).ok
