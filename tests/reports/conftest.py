"""A small commune with dated histories: admissions, moves between cells, transfers, deaths, badges."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from handbook.dates import PartialDate
from handbook.members import repo
from handbook.members.model import EventKind, Gender, MemberData, MemberId
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId, OrgType
from handbook.vault.vault import Vault

TODAY = date(2026, 6, 30)


@dataclass
class Town:
    vault: Vault
    root: OrgId
    east: OrgId
    west: OrgId
    old: OrgId  # a cell dissolved on 1/1/2020
    mover: MemberId  # admitted in Q1 2026 in Đông, moved to Tây in May 2026
    veteran: MemberId  # admitted 1976: 50 years at 2/9/2026 less time out of the Party
    gone: MemberId  # died in Q1 2026 in Tây


def P(text: str) -> PartialDate:
    found = PartialDate.from_iso(text)
    assert found is not None
    return found


def person(vault: Vault, name: str, cell: OrgId, since: date, **fields: object) -> MemberId:
    ho, dem, ten = name.split()
    data = MemberData(ho=ho, dem=dem, ten=ten, **fields)  # type: ignore[arg-type]
    return repo.add_member(vault, data, cell_id=cell, cell_from=since, accept=True)


@pytest.fixture
def town(vault: Vault) -> Town:
    root = orgs.add_org(vault, "Đảng ủy xã Tân An", OrgType.DANG_UY_XA, valid_from=date(2000, 1, 1))
    east = orgs.add_org(vault, "Chi bộ thôn Đông", OrgType.CHI_BO, root, residential=True, valid_from=date(2000, 1, 1))
    west = orgs.add_org(vault, "Chi bộ thôn Tây", OrgType.CHI_BO, root, residential=True, valid_from=date(2000, 1, 1))
    old = orgs.add_org(vault, "Chi bộ thôn Cũ", OrgType.CHI_BO, root, residential=True, valid_from=date(2000, 1, 1))
    vault.conn.execute("UPDATE orgs SET valid_to = '2020-01-01' WHERE id = ?", (old,))
    mover = person(
        vault,
        "Nguyễn Văn An",
        east,
        date(2026, 2, 10),
        gender=Gender.MALE,
        birth_date=P("1995-04-02"),
        admitted=P("2026-02-10"),
        ethnicity="Kinh",
    )
    orgs.assign(vault, mover, west, date(2026, 5, 3), reason="Chuyển nơi ở")
    veteran = person(
        vault,
        "Trần Thị Bình",
        east,
        date(2000, 1, 1),
        gender=Gender.FEMALE,
        birth_date=P("1950"),
        admitted=P("1976-08-01"),
        official=P("1977-08-01"),
        ethnicity="Tày",
        theory="Trung cấp",
    )
    repo.add_event(vault, veteran, EventKind.BADGE, P("2016-09-02"), detail="40 năm")
    gone = person(
        vault,
        "Lê Văn Cường",
        west,
        date(2000, 1, 1),
        gender=Gender.MALE,
        birth_date=P("1940-01-01"),
        admitted=P("1970-01-01"),
        official=P("1971-01-01"),
    )
    repo.add_event(vault, gone, EventKind.DIED, P("2026-03-15"))
    came = person(vault, "Phạm Văn Dũng", west, date(2026, 1, 20), admitted=P("2010-05-05"), official=P("2011-05-05"))
    repo.add_event(vault, came, EventKind.TRANSFER_IN, P("2026-01-20"), detail="Từ Đảng bộ xã Bình Minh, tỉnh khác")
    return Town(vault, root, east, west, old, mover, veteran, gone)
