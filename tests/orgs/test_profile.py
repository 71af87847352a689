"""The committee profile and signers are dated versions; old documents keep the old ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from handbook.errors import InputError, PermissionDenied
from handbook.orgs.profile import (
    CommuneType,
    Signer,
    add_signer,
    profile_for_unit,
    profile_on,
    set_profile,
    signers_on,
)
from handbook.permissions import Role
from handbook.reference.admin_units import load_admin_units
from handbook.vault import users
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD


def test_profile_versions_by_date(vault: Vault) -> None:
    units = load_admin_units()
    zone = next(u for u in units.units if u.type == "đặc khu")
    province = units.province(zone.province_code)
    assert province is not None
    p = profile_for_unit(zone, province, date(2025, 7, 1))
    assert p.commune_type is CommuneType.DAC_KHU and p.advisory_body == "Ban Tổ chức"
    assert p.committee_name.startswith("Đảng ủy đặc khu ")
    set_profile(vault, p)
    set_profile(vault, replace(p, valid_from=date(2026, 1, 1), place_name="Tên mới"))
    assert profile_on(vault, date(2025, 12, 31)).place_name == zone.name  # type: ignore[union-attr]
    assert profile_on(vault, date(2026, 3, 1)).place_name == "Tên mới"  # type: ignore[union-attr]
    assert profile_on(vault, date(2025, 1, 1)) is None


def test_signers_have_periods(vault: Vault) -> None:
    add_signer(vault, Signer("Nguyễn Văn An", "head", "Trưởng ban", date(2025, 7, 1), date(2026, 1, 1)))
    add_signer(vault, Signer("Lê Thị Bình", "head", "Trưởng ban", date(2026, 1, 1)))
    assert [s.full_name for s in signers_on(vault, date(2025, 9, 1))] == ["Nguyễn Văn An"]
    assert [s.full_name for s in signers_on(vault, date(2026, 2, 1))] == ["Lê Thị Bình"]


def test_only_head_sets_profile(vault: Vault) -> None:
    users.add_user(vault, username="cv", full_name="C V", role=Role.STAFF, password=PASSWORD)
    units = load_admin_units()
    unit = units.units[0]
    province = units.province(unit.province_code)
    assert province is not None
    with (
        Vault.open(vault.paths.root, username="cv", password=PASSWORD) as staff,
        pytest.raises(PermissionDenied),
    ):
        set_profile(staff, profile_for_unit(unit, province, date(2025, 7, 1)))


def test_list_and_end_signers(vault: Vault) -> None:
    from handbook.orgs.profile import end_signer, list_signers

    add_signer(vault, Signer("Nguyễn Văn An", "head", "Trưởng ban", date(2025, 7, 1)))
    record = list_signers(vault)[0]
    with pytest.raises(InputError):
        end_signer(vault, record.id, date(2025, 6, 1))  # before the term began
    end_signer(vault, record.id, date(2025, 12, 31))
    assert list_signers(vault)[0].signer.valid_to == date(2026, 1, 1)
    assert signers_on(vault, date(2025, 12, 31)) and not signers_on(vault, date(2026, 1, 1))
