"""The demo commune carries this year's 213 work in every state, all of it consistent."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from handbook.demo.create import create_demo_vault
from handbook.flow import cases as fc
from handbook.flow.model import CaseState
from handbook.members import repo
from handbook.members.validate import validate_member
from handbook.vault import kdf
from handbook.vault.check import check_vault
from handbook.vault.vault import Vault


def test_every_state_is_present(tmp_path: Path) -> None:
    today = date(2026, 11, 24)
    # kdf.TEST_ONLY: a deliberately cheap key derivation for tests.
    built = create_demo_vault(
        tmp_path / "kho", "mat-khau-demo", kdf_params=kdf.TEST_ONLY, members=200, seed=3, today=today
    )
    assert built.flow.registrations >= 20 and built.flow.year == 2026
    assert set(built.flow.by_category) == {"normal", "exempt_activity", "exempt_introduction"}
    with Vault.open(tmp_path / "kho", username="truongban", password="mat-khau-demo") as v:
        status = fc.year_status(v, 2026)
        assert all(status.by_state[s.value] > 0 for s in CaseState), status.by_state
        confirmed = fc.list_cases(v, 2026, states=(CaseState.CONFIRMED,))
        assert confirmed[0].confirm_signer_lines == ("TRƯỞNG BAN",)
        assert confirmed[0].confirm_number_text.endswith("-XN/BXDĐ")
        assert check_vault(v).ok
        working = [r[0] for r in v.conn.execute("SELECT member_id FROM registrations")]
        for member_id in working:
            data = repo.get_member(v, member_id).data
            assert validate_member(v.conn, data, member_id, today=today) == [], data.full_name
