"""A staff member with the data key, using the database library directly, can no longer become head,
forge another person's audit entries or a confirmation unnoticed (issue 10's attacks)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from handbook.flow import cases as fc
from handbook.permissions import Actor, Role
from handbook.vault import audit, roster
from handbook.vault.check import check_vault
from handbook.vault.identity import Identity
from handbook.vault.sqlcipher import connect
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.flow.conftest import Commune, build_commune
from tests.flow.test_flow import YEAR, comment


@pytest.fixture
def commune(vault: Vault) -> Commune:
    return build_commune(vault)


def staff_raw_db(c: Commune) -> Any:
    """What the attacker has: their own password, hence the data key, and the SQLCipher library."""
    with c.as_user("chuyenvien") as staff:
        key = staff.data_key
    conn = connect(c.vault.paths.db, key)
    conn.isolation_level = None
    return conn


def ids(problems: list[Any]) -> list[str]:
    return [p.id for p in problems]


def test_a_fresh_vault_verifies(commune: Commune) -> None:
    report = check_vault(commune.vault)
    assert report.ok, [p.render("en") for p in report.problems]
    with commune.as_user("chuyenvien") as staff:
        assert staff.actor.role is Role.STAFF and not [w for w in staff.warnings if w.id != "vault.test_only_kdf"]
    assert commune.vault.vault_id.startswith(roster.ANCHORED)


def test_staff_who_sets_role_head_in_the_database_stays_staff(commune: Commune) -> None:
    conn = staff_raw_db(commune)
    conn.execute("UPDATE users SET role = 'head' WHERE username = 'chuyenvien'")
    # … and appends an audit entry that looks right (a valid hash chain link), signed with a new key.
    audit.append(conn, "chuyenvien", "users.update", "user", 4, {"role": "staff"}, {"role": "head"},
                 ("chuyenvien", Identity.new()))  # fmt: skip
    conn.close()
    with commune.as_user("chuyenvien") as staff:
        assert staff.actor.role is Role.STAFF  # the signed role, not the table's
        assert "roster.role_mismatch" in ids(staff.warnings)
        assert "audit.signature_bad" in ids(staff.warnings)
    report = check_vault(commune.vault)
    assert not report.ok and {"roster.role_mismatch", "audit.signature_bad"} <= set(ids(report.problems))
    text = " ".join(p.render("vi") for p in report.problems)
    assert '"chuyenvien"' in text and "Trưởng ban" in text


def test_staff_cannot_sign_a_roster_that_makes_them_head(commune: Commune) -> None:
    with commune.as_user("chuyenvien") as staff:
        conn = staff_raw_db(commune)
        conn.execute("UPDATE users SET role = 'head' WHERE username = 'chuyenvien'")
        # Their own key is in the roster, but they are not a head of the version before.
        roster.sign_new_version(conn, staff.key_file, "chuyenvien", staff.keys)
        conn.close()
    with commune.as_user("chuyenvien") as staff:
        assert staff.actor.role is Role.STAFF
        assert "roster.bad_signature" in ids(staff.warnings)
    assert "roster.bad_signature" in ids(check_vault(commune.vault).problems)


def test_staff_cannot_forge_the_heads_audit_entry(commune: Commune) -> None:
    with commune.as_user("chuyenvien") as staff:
        conn = staff_raw_db(commune)
        audit.append(conn, "truongban", "members.delete", "member", 1, None, None, ("truongban", staff.keys))
        audit.append(conn, "truongban", "members.delete", "member", 2)  # unsigned
        conn.close()
    report = check_vault(commune.vault)
    bad = [p for p in report.problems if p.id == "audit.signature_bad"]
    assert len(bad) == 2 and all('"truongban"' in p.render("vi") for p in bad)


def test_a_confirmation_staff_writes_is_named(commune: Commune) -> None:
    vault = commune.vault
    fc.open_year(vault, YEAR)
    case_ids = [x.id for x in fc.list_cases(vault, YEAR)]
    fc.record_comments(vault, [comment(i) for i in case_ids])
    fc.confirm(vault, case_ids[:1], on=date(2025, 11, 25))
    assert check_vault(vault).ok
    conn = staff_raw_db(commune)
    # A confirmation the head never made …
    conn.execute(
        "UPDATE cases SET state = 'confirmed', confirmed_by = 'truongban', confirm_date = '2025-11-25' WHERE id = ?",
        (case_ids[1],),
    )
    # … and a change to what the head did confirm.
    conn.execute("UPDATE cases SET ratings = ? WHERE id = ?", (json.dumps([2, 2, 2, 2, 2, 2]), case_ids[0]))
    conn.close()
    problems = [p for p in check_vault(vault).problems if p.id == "confirm.signature_bad"]
    assert sorted(int(str(p.values["case_id"])) for p in problems) == sorted(case_ids[:2])
    with commune.as_user("truongban") as again:
        assert ids(again.warnings).count("confirm.signature_bad") == 2


def test_confirmation_signed_by_a_delegated_deputy_verifies(commune: Commune) -> None:
    vault = commune.vault
    fc.open_year(vault, YEAR)
    case_ids = [x.id for x in fc.list_cases(vault, YEAR)]
    fc.record_comments(vault, [comment(i) for i in case_ids])
    with commune.as_user("photruongban") as deputy:
        fc.confirm(deputy, case_ids[:1], on=date(2025, 11, 26))
    assert check_vault(vault).ok


def test_a_role_changed_by_the_head_is_signed(commune: Commune) -> None:
    from handbook.vault import users

    users.update_user(commune.vault, "chuyenvien", role=Role.DEPUTY)
    assert check_vault(commune.vault).ok
    with commune.as_user("chuyenvien") as now_deputy:
        assert now_deputy.actor == Actor("chuyenvien", "Ngô Thị Viên", Role.DEPUTY, False)


def test_recovery_signs_the_new_key_of_the_account(commune: Commune, created: Any) -> None:
    from handbook.vault import users

    root = commune.vault.paths.root
    users.recover(root, username="chuyenvien", recovery_code=created.recovery_code, new_password="mat-khau-moi-9")
    with Vault.open(root, username="chuyenvien", password="mat-khau-moi-9") as staff:
        assert not [w for w in staff.warnings if w.id != "vault.test_only_kdf"]
    assert check_vault(commune.vault).ok, [p.render("en") for p in check_vault(commune.vault).problems]
    with Vault.open(root, username="truongban", password=PASSWORD):
        pass


def test_entries_forged_after_a_heads_checkpoint_are_still_caught(commune: Commune) -> None:
    assert check_vault(commune.vault).ok  # the head's check signs a checkpoint at the chain's head
    assert commune.vault.conn.execute("SELECT count(*) FROM audit_checkpoints").fetchone()[0] >= 1
    with commune.as_user("chuyenvien") as staff:
        conn = staff_raw_db(commune)
        audit.append(conn, "truongban", "members.delete", "member", 1, None, None, ("truongban", staff.keys))
        # A checkpoint signed by staff is not believed either.
        from handbook.vault import checkpoints

        checkpoints.sign_head(conn, staff.vault_id, ("chuyenvien", staff.keys))
        conn.close()
    assert "audit.signature_bad" in ids(check_vault(commune.vault).problems)
    with commune.as_user("truongban") as head:
        assert "audit.signature_bad" in ids(head.warnings)
