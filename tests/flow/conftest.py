"""A small commune with registered working members, and accounts for every role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from handbook.flow.model import Category, RegistrationId, ResidenceKind
from handbook.flow.registrations import register
from handbook.members import repo
from handbook.members.model import MemberData
from handbook.orgs import repo as orgs
from handbook.orgs.model import ExternalOrgId, OrgId, OrgType
from handbook.orgs.profile import Signer, add_signer
from handbook.permissions import Role
from handbook.vault import users
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD


@dataclass
class Commune:
    vault: Vault
    east: OrgId
    west: OrgId
    school_cell: OrgId
    school: ExternalOrgId
    hospital: ExternalOrgId
    regs: list[RegistrationId]
    exempt_reg: RegistrationId

    def as_user(self, username: str) -> Vault:
        return Vault.open(self.vault.paths.root, username=username, password=PASSWORD)


@pytest.fixture
def commune(vault: Vault) -> Commune:
    return build_commune(vault)


def build_commune(vault: Vault) -> Commune:
    root = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA)
    east = orgs.add_org(vault, "Chi bộ thôn Đông", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
    west = orgs.add_org(vault, "Chi bộ thôn Tây", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
    school_cell = orgs.add_org(vault, "Chi bộ Trường THCS Tân An", OrgType.CHI_BO, root, valid_from=date(2015, 1, 1))
    school = orgs.add_external_org(vault, "Đảng ủy Trường Cao đẳng Sư phạm tỉnh", address="TP Cao Lãnh")
    hospital = orgs.add_external_org(vault, "Đảng ủy Bệnh viện Đa khoa tỉnh")
    regs = []
    for i, (name, cell, work) in enumerate(
        [
            ("Nguyễn Văn An", east, school),
            ("Trần Thị Bình", east, hospital),
            ("Lê Văn Cường", west, school),
            ("Phạm Thị Dung", west, hospital),
        ]
    ):
        ho, dem, ten = name.split()
        mid = repo.add_member(vault, MemberData(ho=ho, dem=dem, ten=ten), accept=True)
        regs.append(
            register(
                vault,
                mid,
                workplace_org_id=work,
                letter_no=f"{10 + i}-GT/ĐU",
                letter_date=date(2024, 3, 1),
                received_date=date(2024, 3, 5),
                residence_kind=ResidenceKind.PERMANENT,
                residence_address=f"Thôn {'Đông' if cell == east else 'Tây'}",
                cell_id=cell,
            )
        )
    mid = repo.add_member(vault, MemberData(ho="Võ", dem="Minh", ten="Em"), accept=True)
    exempt = register(
        vault,
        mid,
        workplace_org_id=hospital,
        letter_no="9-GT",
        letter_date=None,
        received_date=date(2024, 4, 1),
        residence_kind=ResidenceKind.TEMPORARY,
        residence_address="Thôn Tây",
        cell_id=west,
        category=Category.EXEMPT_ACTIVITY,
    )
    users.add_user(
        vault,
        username="photruongban",
        full_name="Trần Văn Phó",
        role=Role.DEPUTY,
        password=PASSWORD,
        delegated=True,
    )
    users.add_user(vault, username="phokhac", full_name="Lê Văn Khác", role=Role.DEPUTY, password=PASSWORD)
    users.add_user(vault, username="chuyenvien", full_name="Ngô Thị Viên", role=Role.STAFF, password=PASSWORD)
    users.add_user(vault, username="thanhtra", full_name="Đỗ Văn Tra", role=Role.VIEWER, password=PASSWORD)
    add_signer(vault, Signer("Hoàng Văn Bí", "secretary", "Bí thư Đảng ủy", date(2020, 1, 1)))
    return Commune(vault, east, west, school_cell, school, hospital, regs, exempt)
