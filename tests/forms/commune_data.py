"""A commune with cases in every printable state, for the forms tests (made-up people only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handbook.dates import PartialDate
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import CommentEntry
from handbook.flow.model import CaseId, DispatchId
from handbook.members import repo
from handbook.members.model import EventKind, Gender, MemberData, MemberId
from handbook.orgs import repo as orgs
from handbook.orgs.model import OrgId, OrgType
from handbook.orgs.profile import CommitteeProfile, CommuneType, Signer, add_signer, set_profile
from handbook.orgs.reorg import merge_cells
from handbook.vault.vault import Vault
from tests.conftest import PASSWORD
from tests.flow.conftest import Commune, build_commune

YEAR = 2025
SIX = (0, 1, 0, 1, 1, 0)
HEAD = "Nguyễn Thị Hoà"
DEPUTY = "Trần Văn Phó"
SECRETARY = "Hoàng Văn Bí"


@dataclass
class Printed:
    """The commune and the cases by what happened to them."""

    commune: Commune
    old_rule: CaseId  # An: confirmed 30/10/2025 by the committee (T/M ĐẢNG ỦY / BÍ THƯ), dispatched
    head: CaseId  # Bình: confirmed by the head (TRƯỞNG BAN)
    deputy: CaseId  # Cường: confirmed by the deputy (K/T TRƯỞNG BAN), dispatched with An
    blank: CaseId  # Dung: requested, nothing yet
    exempt: CaseId  # Em: exempt, commented (3 criteria), not confirmed
    dispatch: DispatchId  # to the college's committee: An and Cường
    merged: OrgId  # Chi bộ thôn Bắc, made on 01/07/2025 from thôn Bắc 1 and thôn Bắc 2 (4 own members)

    @property
    def vault(self) -> Vault:
        return self.commune.vault

    @property
    def root(self) -> str:
        return str(self.commune.vault.paths.root)


def entry(case_id: CaseId, ratings: tuple[int, ...], when: date, other: str = "") -> CommentEntry:
    return CommentEntry(case_id, ratings, other, when, 0, "Lê Văn Thôn")


def build_printed(vault: Vault) -> Printed:
    c = build_commune(vault)
    set_profile(
        vault,
        CommitteeProfile(
            date(2020, 1, 1),
            CommuneType.XA,
            "Tân An",
            "Đảng ủy xã Tân An",
            "Ban Xây dựng Đảng",
            "Tân An",
            "40",
            "Nghệ An",
        ),
    )
    add_signer(vault, Signer(HEAD, "head", "Trưởng ban", date(2025, 7, 1), None, "truongban"))
    add_signer(vault, Signer(DEPUTY, "deputy", "Phó Trưởng ban", date(2025, 7, 1), None, "photruongban"))
    first = repo.list_members(vault, search="Nguyễn Văn An")[0]
    member = repo.get_member(vault, first.id)
    repo.update_member(
        vault,
        first.id,
        member.data.with_changes(
            birth_date=PartialDate(1980, 5, 12),
            gender=Gender.MALE,
            occupation="Giảng viên",
            workplace="Trường Cao đẳng Sư phạm tỉnh",
            card_no="12345678",
            hometown="xã Tân An, tỉnh Nghệ An",
            ethnicity="Kinh",
            religion="Không",
            education="12/12, Thạc sĩ",
            theory="Trung cấp",
            admitted=PartialDate(2005, 3, 3),
            official=PartialDate(2006, 3, 3),
        ),
        accept=True,
    )
    fc.open_year(vault, YEAR)
    exempt = fc.request_case(vault, c.exempt_reg, YEAR, doc_no="55-CV/ĐU")
    by_name = {x.member_name: x.id for x in fc.list_cases(vault, YEAR)}
    an, binh, cuong, dung = (by_name[n] for n in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"))
    fc.record_comments(
        vault, [entry(an, SIX, date(2025, 10, 20), "Gia đình gương mẫu, tích cực ủng hộ quỹ khuyến học của thôn.")]
    )
    fc.confirm(vault, [an], on=date(2025, 10, 30))
    fc.record_comments(
        vault,
        [
            entry(binh, (0, 0, 0, 0, 0, 0), date(2025, 11, 20)),
            entry(cuong, (1, 1, 1, 1, 1, 1), date(2025, 11, 20)),
            entry(exempt, (0, 1, 1), date(2025, 11, 21)),
        ],
    )
    fc.confirm(vault, [binh], on=date(2025, 11, 25))
    deputy = Vault.open(vault.paths.root, username="photruongban", password=PASSWORD)
    fc.confirm(deputy, [cuong], on=date(2025, 11, 26))
    deputy.close()
    (dispatch,) = fd.dispatch(vault, YEAR, org_ids=[c.school], on=date(2025, 12, 1))
    return Printed(c, an, binh, cuong, dung, exempt, dispatch, own_members(c))


def own_members(c: Commune) -> OrgId:
    """The commune's own members (not 213 registrations) in two villages merged in 2025, with events."""
    vault = c.vault
    root = orgs.get_org(vault, c.east).parent_id
    north = [
        orgs.add_org(vault, f"Chi bộ thôn Bắc {i}", OrgType.CHI_BO, root, residential=True, valid_from=date(2015, 1, 1))
        for i in (1, 2)
    ]
    people = [
        ("Đinh", "Công", "Tráng", Gender.MALE, PartialDate(1950, 2, 3), "Cán bộ hưu trí", north[0]),
        ("Mai", "Thị", "Hạnh", Gender.FEMALE, PartialDate(1972), "Nông dân", north[0]),
        ("Lý", "Văn", "Ước", Gender.MALE, PartialDate(1985, 9), "Công an xã", north[1]),
        ("Tạ", "Thị", "Yến", Gender.FEMALE, PartialDate(1990, 12, 24), "Giáo viên", north[1]),
    ]
    ids: list[MemberId] = []
    for ho, dem, ten, gender, birth, job, cell in people:
        data = MemberData(
            ho=ho,
            dem=dem,
            ten=ten,
            gender=gender,
            birth_date=birth,
            occupation=job,
            ethnicity="Kinh",
            admitted=PartialDate(2000, 5, 19),
            official=PartialDate(2001, 5, 19),
            card_no=f"{len(ids) + 1:08d}",
        )
        ids.append(repo.add_member(vault, data, cell_id=cell, cell_from=date(2015, 1, 1), accept=True))
    repo.add_event(vault, ids[0], EventKind.BADGE, PartialDate(2020, 5, 19), detail="Huy hiệu 30 năm tuổi Đảng")
    handover = merge_cells(
        vault,
        north,
        when=date(2025, 7, 1),
        decision_no="08-QĐ/ĐU",
        decision_date=date(2025, 6, 20),
        into_name="Chi bộ thôn Bắc",
    )
    repo.add_event(vault, ids[1], EventKind.TRANSFER_OUT, PartialDate(2025, 9, 2), detail="Đảng bộ phường Hưng Dũng")
    return handover.targets[0].id
