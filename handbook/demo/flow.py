"""The demo's 213 work: working members registered at their residence, and their cases in every state."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from handbook.dates import PartialDate
from handbook.demo import names as nm
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.cases import CommentEntry
from handbook.flow.model import CaseId, Category, Channel, ResidenceKind
from handbook.flow.registrations import Letter, insert_registration
from handbook.members.model import Gender, MemberData, MemberId
from handbook.members.repo import insert_member
from handbook.orgs.model import ExternalOrgId, OrgId
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.vault.vault import Vault

NGHE_AN = "040"  # the old province code CCCD numbers born in Nghệ An carry
SECRETARIES = ("Nguyễn Văn Thắng", "Trần Thị Lý", "Hồ Văn Lâm", "Phan Thị Quế", "Lê Đình Toàn")


@dataclass(frozen=True)
class FlowSummary:
    registrations: int
    by_category: dict[str, int]
    year: int
    cases_by_state: dict[str, int]
    dispatches: int


def _pick(rng: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    total = sum(w for _, w in weighted)
    x = rng.uniform(0, total)
    for value, w in weighted:
        x -= w
        if x <= 0:
            return value
    return weighted[-1][0]


def _working_member(rng: random.Random, taken: set[str], taken_names: set[tuple[str, str]]) -> MemberData:
    while True:
        gender = Gender.MALE if rng.random() < 0.55 else Gender.FEMALE
        year = rng.randint(1966, 1998)
        birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
        ho = _pick(rng, nm.FAMILY_NAMES)
        young = year >= 1985
        middle = {
            (Gender.MALE, False): nm.MALE_MIDDLE_OLD,
            (Gender.MALE, True): nm.MALE_MIDDLE_YOUNG,
            (Gender.FEMALE, False): nm.FEMALE_MIDDLE_OLD,
            (Gender.FEMALE, True): nm.FEMALE_MIDDLE_YOUNG,
        }
        dem = _pick(rng, middle[(gender, young)])
        ten = rng.choice(nm.MALE_GIVEN if gender is Gender.MALE else nm.FEMALE_GIVEN)
        key = (search_key(f"{ho} {dem} {ten}"), birth.isoformat())
        digit = (0 if gender is Gender.MALE else 1) + (2 if year >= 2000 else 0)
        cccd = f"{NGHE_AN}{digit}{year % 100:02d}{rng.randint(0, 999_999):06d}"
        if cccd in taken or key in taken_names:
            continue
        taken.add(cccd)
        taken_names.add(key)
        admitted = date(year + rng.randint(22, 35), rng.randint(1, 12), rng.randint(1, 28))
        admitted = min(admitted, date(2023, 6, 1))
        return MemberData(
            ho=ho,
            dem=dem,
            ten=ten,
            gender=gender,
            birth_date=PartialDate.from_date(birth),
            hometown="xã Tân An, tỉnh Nghệ An",
            ethnicity="Kinh",
            religion="Không",
            cccd=cccd,
            phone=f"09{rng.randint(0, 99_999_999):08d}",
            admitted=PartialDate.from_date(admitted),
            official=PartialDate.from_date(admitted + timedelta(days=365)),
            education="12/12",
            theory=rng.choice(["Trung cấp", "Cao cấp", "Sơ cấp"]),
            occupation=rng.choice(["Giáo viên", "Bác sĩ", "Công chức", "Viên chức", "Kỹ sư", "Sĩ quan"]),
        )


def build_demo_flow(vault: Vault, *, seed: int = 0, today: date | None = None, share: float = 0.1) -> FlowSummary:
    """Working members (about ``share`` of the commune's members) registered at residence cells,
    with the current year's cases spread over every state."""
    today = today or date.today()
    rng = random.Random(seed * 7919 + 213)
    conn = vault.conn
    cells = [
        OrgId(r[0])
        for r in conn.execute(
            "SELECT id FROM orgs WHERE residential = 1 AND valid_to IS NULL AND type IN ('chi_bo', 'chi_bo_co_so',"
            " 'chi_bo_truc_thuoc') ORDER BY id"
        )
    ]
    workplaces = [ExternalOrgId(r[0]) for r in conn.execute("SELECT id FROM external_orgs ORDER BY id")]
    if not cells or not workplaces:
        return FlowSummary(0, {}, today.year, {}, 0)
    commune_members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    count = max(40, int(commune_members * share))
    taken = {r[0] for r in conn.execute("SELECT cccd FROM members WHERE cccd IS NOT NULL")}
    taken_names = {(r[0], r[1]) for r in conn.execute("SELECT name_key, birth_date FROM members")}
    categories: Counter[str] = Counter()
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        for i in range(count):
            data = _working_member(rng, taken, taken_names)
            member_id: MemberId = insert_member(conn, ch, data)
            cell = rng.choice(cells)
            category = (
                Category.EXEMPT_INTRODUCTION
                if i % 29 == 7
                else Category.EXEMPT_ACTIVITY
                if i % 11 == 3
                else Category.NORMAL
            )
            received = date(rng.randint(2021, max(2021, today.year - 1)), rng.randint(1, 12), rng.randint(1, 28))
            letter = received - timedelta(days=rng.randint(3, 20))
            kind = ResidenceKind.PERMANENT if rng.random() < 0.85 else ResidenceKind.TEMPORARY
            letter_of = Letter(
                workplace_org_id=rng.choice(workplaces),
                letter_no=f"{rng.randint(5, 480)}-GT/ĐU",
                letter_date=letter,
                received_date=received,
                residence_kind=kind,
                residence_address=f"Xóm {rng.randint(1, 12)}, xã Tân An",
                cell_id=cell,
                category=category,
            )
            insert_registration(conn, ch, member_id, letter_of)
            categories[category.value] += 1

    year = today.year
    fc.open_year(vault, year)
    exempt = conn.execute("SELECT id FROM registrations WHERE category = 'exempt_activity' ORDER BY id").fetchone()
    if exempt:
        fc.request_case(
            vault,
            exempt[0],
            year,
            doc_no="112-CV/ĐU",
            channel=Channel.PORTAL,
            dossier_no="G22.99-261120-0042",
            received_date=today - timedelta(days=12),
        )
    ids = [c.id for c in fc.list_cases(vault, year)]
    rng.shuffle(ids)
    n = len(ids)
    # Shares of the year's cases by the state they reach (the rest stay "requested").
    cut = [int(n * x) for x in (0.25, 0.30, 0.35, 0.55, 0.70, 0.80, 0.85)]
    commented = ids[: cut[6]]
    start = max(date(year, 1, 2), today - timedelta(days=45))
    meeting = [start + timedelta(days=rng.randint(0, max(0, (today - start).days))) for _ in commented]
    entries = [
        CommentEntry(
            CaseId(c),
            tuple(rng.choices((0, 1, 2), weights=(6, 3, 1), k=_criteria(vault, c))),
            rng.choice(["", "", "Gia đình đồng chí gương mẫu, tích cực ủng hộ các phong trào của thôn."]),
            m,
            rng.randint(0, 1),
            rng.choice(SECRETARIES),
        )
        for c, m in zip(commented, meeting, strict=True)
    ]
    fc.record_comments(vault, entries)
    for c in ids[cut[0] : cut[1]]:
        fc.return_case(vault, CaseId(c), "Phiếu chưa ghi ngày họp chi bộ; đề nghị chi bộ bổ sung.")
    to_confirm = [CaseId(c) for c in ids[cut[1] : cut[5]]]
    if to_confirm:
        fc.confirm(vault, to_confirm, on=today)
    dispatched = 0
    for_dispatch = {CaseId(c) for c in ids[cut[2] : cut[4]]}
    if for_dispatch:
        orgs = sorted({o for c in for_dispatch if (o := fc.get_case(vault, c).requested_by_org_id) is not None})
        made = fd.dispatch(vault, year, org_ids=orgs[: max(2, len(orgs) // 2)], on=today)
        dispatched = len(made)
        for d in made[: len(made) // 2]:
            fd.acknowledge(vault, d, today)
    for c in ids[cut[5] : cut[6]]:
        fc.cancel_case(vault, CaseId(c), "Đảng viên đã chuyển nơi cư trú khỏi xã.")
    status = fc.year_status(vault, year)
    return FlowSummary(count, dict(categories), year, status.by_state, dispatched)


def _criteria(vault: Vault, case_id: int) -> int:
    exempt = vault.conn.execute("SELECT exempt FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    return 3 if exempt else 6
