"""Building the demo commune: a fictional Party organisation of a real xã, with members and history."""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate

from handbook.dates import PartialDate
from handbook.demo import names as nm
from handbook.errors import InputError
from handbook.members.model import BADGE_YEARS, EventKind, Gender, MemberData, MemberId, Status
from handbook.members.repo import insert_event, insert_member
from handbook.orgs.model import OrgId, OrgType
from handbook.orgs.profile import Signer, add_signer, profile_for_unit, set_profile
from handbook.orgs.reorg import Handover, merge_cells
from handbook.orgs.repo import add_external_org, assign_in, insert_org
from handbook.permissions import Op, Role
from handbook.reference.admin_units import CommuneUnit, Province, load_admin_units
from handbook.text.fold import search_key
from handbook.text.ids import CCCD_PROVINCE_CODES
from handbook.vault.vault import Change, Vault

PROVINCE_NAME = "Nghệ An"
COMMUNE_NAME = "Tân An"
OLD_PROVINCE_CODE = "040"  # Nghệ An's code in CCCD numbers
LANDLINE_AREA = "0238"  # Nghệ An's landline area code
PROFILE_FROM = date(2025, 7, 1)  # the two-level local government starts
MERGE_DAY = date(2025, 7, 1)
MERGE_DECISION = "08-QĐ/ĐU"
FOUNDING_DECISION = "1250-QĐ/TU"
SECRETARY = "Phan Đình Thắng"  # fictional Bí thư Đảng ủy
DEFAULT_DEPUTY = "Trần Văn Đức"
MIN_MEMBERS = 1
MAX_MEMBERS = 200_000
EARLIEST_TODAY = MERGE_DAY + timedelta(days=1)
BADGE_DAYS = ((2, 3), (5, 19), (9, 2), (11, 7))  # 3/2, 19/5, 2/9, 7/11: when badges are handed over


@dataclass(frozen=True)
class DemoSummary:
    """What ``build_demo_commune`` made (every count read back from the vault)."""

    province_name: str
    commune_name: str
    commune_code: str
    committee_name: str
    cells: int  # cells active today
    residential_cells: int  # of those, thôn / tổ dân phố
    cells_created: int  # including the two merged away
    merged_cells: tuple[str, ...]
    merged_into: str
    members: int
    by_status: dict[Status, int]
    transfers_in: int
    transfers_out: int
    deaths: int
    exempted: int
    badges: int
    external_orgs: int
    unusual_phones: int  # old 11-digit mobile numbers: a deliberate "phone.unusual" warning each

    def count(self, status: Status) -> int:
        return self.by_status.get(status, 0)


# --- the organisation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CellPlan:
    name: str
    kind: str  # village, street, agency, front, police, military, health, school, coop
    residential: bool
    weight: float
    place: str = ""  # residential: "Thôn Tân Hùng"; institutional: the workplace
    male_share: float = 0.6


@dataclass(frozen=True)
class ExternalPlan:
    name: str
    superior: str
    address: str


def _plan_cells(rng: random.Random) -> tuple[list[CellPlan], tuple[int, int], str]:
    """The cells, the indexes of the two villages merged in 2025, and the merged village's name."""
    villages = rng.sample(nm.VILLAGE_NAMES, rng.randint(17, 24))
    streets = rng.sample(nm.STREET_GROUP_NAMES, rng.randint(2, 4))
    cells: list[CellPlan] = []
    for v in villages:
        cells.append(CellPlan(f"Chi bộ thôn {v}", "village", True, rng.uniform(2.5, 5.5), f"Thôn {v}"))
    for s in streets:
        cells.append(CellPlan(f"Chi bộ tổ dân phố {s}", "street", True, rng.uniform(2.0, 4.0), f"Tổ dân phố {s}"))
    c = COMMUNE_NAME
    cells += [
        CellPlan("Chi bộ Cơ quan Đảng ủy xã", "agency", False, 1.2, f"Cơ quan Đảng ủy xã {c}", 0.55),
        CellPlan("Chi bộ Ủy ban nhân dân xã", "agency", False, 1.6, f"Ủy ban nhân dân xã {c}", 0.6),
        CellPlan(
            "Chi bộ Mặt trận Tổ quốc và các đoàn thể xã",
            "front",
            False,
            0.9,
            f"Ủy ban Mặt trận Tổ quốc Việt Nam xã {c}",
            0.45,
        ),
        CellPlan("Chi bộ Công an xã", "police", False, 1.3, f"Công an xã {c}", 0.88),
        CellPlan("Chi bộ Quân sự xã", "military", False, 0.6, f"Ban Chỉ huy Quân sự xã {c}", 0.95),
        CellPlan("Chi bộ Trạm Y tế xã", "health", False, 0.7, f"Trạm Y tế xã {c}", 0.35),
    ]
    schools = rng.sample(nm.OLD_COMMUNE_NAMES, rng.randint(2, 4))
    for i, place in enumerate(schools):
        level = ("Trung học cơ sở", "Tiểu học", "Mầm non")[i % 3] if i < 3 else "Tiểu học"
        short = {"Trung học cơ sở": "THCS", "Tiểu học": "Tiểu học", "Mầm non": "Mầm non"}[level]
        share = 0.05 if level == "Mầm non" else 0.3
        cells.append(CellPlan(f"Chi bộ Trường {short} {place}", "school", False, 1.1, f"Trường {level} {place}", share))
    if rng.random() < 0.6:
        place = rng.choice(nm.OLD_COMMUNE_NAMES)
        cells.append(
            CellPlan(
                f"Chi bộ Hợp tác xã Nông nghiệp {place}",
                "coop",
                False,
                0.6,
                f"Hợp tác xã Dịch vụ nông nghiệp {place}",
                0.65,
            )
        )
    small = sorted(range(len(villages)), key=lambda i: cells[i].weight)[:6]
    a, b = sorted(rng.sample(small, 2))
    return cells, (a, b), rng.choice(nm.MERGED_VILLAGE_NAMES)


def _external_orgs(unit: CommuneUnit) -> list[ExternalPlan]:
    p = PROVINCE_NAME
    city = "phường Thành Vinh, tỉnh Nghệ An"
    ubnd = f"Đảng bộ Ủy ban nhân dân tỉnh {p}"
    return [
        ExternalPlan(f"Đảng ủy Công an tỉnh {p}", f"Tỉnh ủy {p}", city),
        ExternalPlan(f"Đảng ủy Bộ Chỉ huy Quân sự tỉnh {p}", "Đảng ủy Quân khu 4", city),
        ExternalPlan(f"Đảng ủy Sở Giáo dục và Đào tạo tỉnh {p}", ubnd, city),
        ExternalPlan(f"Đảng ủy Sở Y tế tỉnh {p}", ubnd, city),
        ExternalPlan(f"Đảng ủy Sở Nông nghiệp và Môi trường tỉnh {p}", ubnd, city),
        ExternalPlan(f"Đảng ủy Bệnh viện Đa khoa khu vực {unit.name}", f"Đảng ủy Sở Y tế tỉnh {p}", _here(unit)),
        ExternalPlan(
            f"Đảng ủy Trường Trung học phổ thông {unit.name}",
            f"Đảng ủy Sở Giáo dục và Đào tạo tỉnh {p}",
            _here(unit),
        ),
        ExternalPlan(f"Đảng ủy Trường Cao đẳng Kỹ thuật Công nghiệp {p}", ubnd, "phường Vinh Phú, tỉnh Nghệ An"),
        ExternalPlan(f"Đảng ủy Công ty Điện lực {p}", "Đảng ủy Tổng công ty Điện lực miền Bắc", city),
        ExternalPlan(
            f"Đảng ủy Ngân hàng Chính sách xã hội chi nhánh tỉnh {p}",
            "Đảng ủy Ngân hàng Chính sách xã hội Việt Nam",
            city,
        ),
        ExternalPlan(
            f"Đảng ủy Kho bạc Nhà nước khu vực {p}",
            "Đảng ủy Kho bạc Nhà nước",
            "phường Trường Vinh, tỉnh Nghệ An",
        ),
    ]


def _here(unit: CommuneUnit) -> str:
    return f"{unit.type} {unit.name}, tỉnh {PROVINCE_NAME}"


def _find_unit() -> tuple[CommuneUnit, Province]:
    units = load_admin_units()
    province = next(p for p in units.provinces if p.name == PROVINCE_NAME)
    communes = units.communes_of(province.code)
    unit = next((u for u in communes if u.name == COMMUNE_NAME and u.type == "xã"), None)
    if unit is None:  # the reference list changed: take the province's first xã
        unit = next(u for u in communes if u.type == "xã")
    return unit, province


# --- people ----------------------------------------------------------------------------------------------


class _Weighted:
    """A weighted choice with precomputed cumulative weights (``random.choices`` without the setup)."""

    def __init__(self, items: Sequence[tuple[str, float]]) -> None:
        self.values = [v for v, _ in items]
        self.cum = list(accumulate(w for _, w in items))

    def pick(self, rng: random.Random) -> str:
        return self.values[bisect_left(self.cum, rng.random() * self.cum[-1])]


_FAMILY = _Weighted(nm.FAMILY_NAMES)
_ETHNICITY = _Weighted(nm.ETHNICITIES)
_RELIGION = _Weighted(nm.RELIGIONS)
_MIDDLE = {
    (Gender.MALE, False): _Weighted(nm.MALE_MIDDLE_OLD),
    (Gender.MALE, True): _Weighted(nm.MALE_MIDDLE_YOUNG),
    (Gender.FEMALE, False): _Weighted(nm.FEMALE_MIDDLE_OLD),
    (Gender.FEMALE, True): _Weighted(nm.FEMALE_MIDDLE_YOUNG),
}
_BIRTH_PLACES = _Weighted(
    [(OLD_PROVINCE_CODE, 80.0), ("042", 6.0), ("038", 4.0), ("001", 2.0)]
    + [(code, 8.0 / 59) for code in CCCD_PROVINCE_CODES if code not in ("040", "042", "038", "001")]
)
_CITIES = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
_DEGREE_OFFICE = _Weighted([("Đại học", 70), ("Thạc sĩ", 10), ("Cao đẳng", 12), ("Trung cấp", 8)])
_DEGREE_FORCES = _Weighted([("Đại học", 45), ("Cao đẳng", 15), ("Trung cấp", 30), ("12/12", 10)])
_THEORY_RESIDENTIAL = _Weighted([("Sơ cấp", 55), ("", 33), ("Trung cấp", 11), ("Cao cấp", 1)])
_THEORY_WORKPLACE = _Weighted([("Sơ cấp", 48), ("Trung cấp", 36), ("Cao cấp", 6), ("", 10)])


@dataclass
class _EventPlan:
    kind: EventKind
    when: date
    decision_no: str = ""
    detail: str = ""


@dataclass
class _MemberPlan:
    data: MemberData
    cell: int
    start: date
    transfer_in: str = ""  # decision number when they came from elsewhere
    events: list[_EventPlan] = field(default_factory=list)


def _add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _between(rng: random.Random, a: date, b: date) -> date:
    """A day from ``a`` to ``b`` inclusive (``a`` when the range is empty)."""
    span = (b - a).days
    return a if span <= 0 else a + timedelta(days=rng.randint(0, span))


class _People:
    """Draws members one at a time, keeping CCCD, card numbers and name + birth date unique."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        cells: list[CellPlan],
        hometowns: list[str],
        transfer_sources: list[str],
        transfer_targets: list[str],
    ) -> None:
        self.rng = rng
        self.today = today
        self.cells = cells
        self.addresses = [c.place for c in cells if c.residential]
        self.hometowns = hometowns
        self.sources = transfer_sources
        self.targets = transfer_targets
        self.cccd: set[str] = set()
        self.cards: set[str] = set()
        self.cmnd: set[str] = set()
        self.name_birth: set[tuple[str, str]] = set()
        self.decision = 0
        self.unusual_phones = 0
        self.address_of: dict[int, str] = {}

    def next_decision(self, code: str) -> str:
        self.decision = self.decision % 900 + self.rng.randint(1, 40)
        return f"{self.decision}-{code}"

    # --- identity ---

    def name(self, gender: Gender, ethnicity: str, young: bool) -> tuple[str, str, str]:
        rng = self.rng
        if ethnicity in nm.ETHNIC_FAMILY_NAMES:
            ho = rng.choice(nm.ETHNIC_FAMILY_NAMES[ethnicity])
        elif rng.random() < nm.COMPOUND_SHARE:
            ho, who = rng.choice(nm.COMPOUND_FAMILY_NAMES)
            if who != "any" and who != gender.value:
                ho = _FAMILY.pick(rng)
        else:
            ho = _FAMILY.pick(rng)
        dem = _MIDDLE[(gender, young)].pick(rng)
        if ho == "Tôn Nữ" and dem.startswith("Thị"):
            dem = dem[4:] or "Thị"
        if rng.random() < 0.004 and gender is Gender.MALE:
            dem = ""
        ten = rng.choice(nm.MALE_GIVEN if gender is Gender.MALE else nm.FEMALE_GIVEN)
        return ho, dem, ten

    def cccd_for(self, birth_place: str, gender: Gender, year: int) -> str:
        digit = (0 if gender is Gender.MALE else 1) + (2 if year >= 2000 else 0)
        while True:
            number = f"{birth_place}{digit}{year % 100:02d}{self.rng.randrange(1_000_000):06d}"
            if number not in self.cccd:
                self.cccd.add(number)
                return number

    def unique_digits(self, seen: set[str], prefix: str, width: int) -> str:
        """A new number of ``width`` digits starting with ``prefix`` (or with 1-9 when there is none)."""
        rng = self.rng
        while True:
            head = prefix or str(rng.randint(1, 9))
            number = head + "".join(str(rng.randrange(10)) for _ in range(width - len(head)))
            if number not in seen:
                seen.add(number)
                return number

    def phone(self, age: int) -> str:
        rng = self.rng
        r = rng.random()
        if r < (0.4 if age >= 80 else 0.06):
            return ""
        r = rng.random()
        if r < 0.01:
            self.unusual_phones += 1
            return rng.choice(nm.OLD_MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"
        if r < 0.03:
            return LANDLINE_AREA + f"{rng.randrange(1_000_000, 10_000_000):07d}"
        return rng.choice(nm.MOBILE_PREFIXES) + f"{rng.randrange(10_000_000):07d}"

    def hometown(self, birth_place: str) -> str:
        if birth_place == OLD_PROVINCE_CODE:
            return self.hometowns[0] if self.rng.random() < 0.55 else self.rng.choice(self.hometowns)
        name = CCCD_PROVINCE_CODES[birth_place]
        if name.startswith("Thành phố"):
            return name
        return f"thành phố {name}" if name in _CITIES else f"tỉnh {name}"

    # --- one member ---

    def draw(self, cell_index: int, *, keep_until_merge: bool = False) -> _MemberPlan:
        rng, today, cell = self.rng, self.today, self.cells[cell_index]
        gender = Gender.MALE if rng.random() < cell.male_share else Gender.FEMALE
        if cell.residential:
            age = rng.choice((rng.randint(24, 35), rng.randint(36, 50), rng.randint(51, 65), rng.randint(66, 86)))
        elif cell.kind in ("police", "military"):
            age = rng.randint(22, 50)
        else:
            age = rng.randint(23, 59)
        year = min(max(today.year - age, 1940), 2004)
        if keep_until_merge:
            year = min(year, 1990)
        birth = date(year, rng.randint(1, 12), rng.randint(1, 28))
        age = (today - birth).days // 365

        ethnicity = _ETHNICITY.pick(rng)
        religion = "Không" if ethnicity != "Kinh" and rng.random() < 0.9 else _RELIGION.pick(rng)
        if ethnicity == "Khơ Mú":
            religion = "Không"
        young = year >= 1975
        while True:
            ho, dem, ten = self.name(gender, ethnicity, young)
            birth_value = PartialDate.from_date(birth)
            if year < 1955 and rng.random() < 0.15:
                birth_value = PartialDate(year) if rng.random() < 0.5 else PartialDate(year, birth.month)
            key = (search_key(f"{ho} {dem} {ten}"), birth_value.iso())
            if key not in self.name_birth:
                self.name_birth.add(key)
                break
            birth = date(year, rng.randint(1, 12), rng.randint(1, 28))

        # Admission at 18–60, official about a year later; a few admitted this year are probationary.
        adult = _add_years(birth, 18)
        recent = age <= 58 and rng.random() < 0.035 and not keep_until_merge
        if recent:
            admitted = _between(rng, max(adult, today - timedelta(days=330)), today - timedelta(days=20))
        else:
            admit_age = min(max(int(rng.gauss(27, 6)), 18), 59)
            admitted = _add_years(birth, admit_age) + timedelta(days=rng.randint(0, 360))
            latest = today - timedelta(days=20)
            if keep_until_merge:
                latest = MERGE_DAY - timedelta(days=400)
            if admitted > latest:
                admitted = _between(rng, adult, latest)
        official: date | None = admitted + timedelta(days=365 + rng.randint(0, 45))
        if official is not None and official > today:
            official = None
        admitted_value = PartialDate.from_date(admitted)
        official_value = PartialDate.from_date(official) if official else None
        if admitted.year < 1975 and rng.random() < 0.2:
            admitted_value = PartialDate(admitted.year, admitted.month)
            if official is not None:
                official_value = PartialDate(official.year, official.month)

        # Where they started in this commune: admitted here, or transferred in later.
        start, transfer_in = admitted, ""
        p_in = 0.12 if cell.residential else 0.55
        floor = official or admitted + timedelta(days=60)
        if not keep_until_merge and rng.random() < p_in and floor < today - timedelta(days=30):
            start = _between(rng, floor, today - timedelta(days=10))
            transfer_in = self.next_decision(rng.choice(("GT/ĐU", "GT/BTCTU")))

        birth_place = _BIRTH_PLACES.pick(rng) if ethnicity == "Kinh" else OLD_PROVINCE_CODE
        data = MemberData(
            ho=ho,
            dem=dem,
            ten=ten,
            gender=gender,
            birth_date=birth_value,
            hometown=self.hometown(birth_place),
            ethnicity=ethnicity,
            religion=religion,
            cccd=self.cccd_for(birth_place, gender, year),
            cmnd=self.unique_digits(self.cmnd, "18", 9) if year < 1990 and rng.random() < 0.4 else "",
            phone=self.phone(age),
            card_no=self.unique_digits(self.cards, "", 8) if official and rng.random() < 0.8 else "",
            admitted=admitted_value,
            official=official_value,
            education=self.education(year, cell),
            theory=self.theory(cell),
            occupation=self.occupation(cell, age, gender),
            workplace="" if cell.residential else cell.place,
            address=self.address(cell),
        )
        plan = _MemberPlan(data, cell_index, start, transfer_in)
        if transfer_in:
            plan.events.append(_EventPlan(EventKind.TRANSFER_IN, start, transfer_in, f"Từ {rng.choice(self.sources)}"))
        self.history(plan, birth, admitted, age, keep_until_merge)
        return plan

    def history(self, plan: _MemberPlan, birth: date, admitted: date, age: int, keep_until_merge: bool) -> None:
        rng, today = self.rng, self.today
        end = today + timedelta(days=1)
        earliest_end = (MERGE_DAY if keep_until_merge else plan.start) + timedelta(days=30)
        died = 0.1 if age >= 75 else 0.04 if age >= 60 else 0.003
        r = rng.random()
        if r < died and earliest_end < today:
            end = _between(rng, max(earliest_end, today - timedelta(days=6 * 365)), today - timedelta(days=1))
            plan.events.append(_EventPlan(EventKind.DIED, end, "", "Từ trần"))
        elif r < died + 0.05 and plan.start + timedelta(days=180) < today and earliest_end < today:
            end = _between(rng, max(earliest_end, plan.start + timedelta(days=180)), today - timedelta(days=1))
            plan.events.append(
                _EventPlan(
                    EventKind.TRANSFER_OUT,
                    end,
                    self.next_decision("GT/ĐU"),
                    f"Đến {rng.choice(self.targets)}",
                )
            )
        if age >= 75 and end > today and rng.random() < 0.3:
            seventy = _add_years(birth, 70)
            when = _between(rng, max(seventy, plan.start), today - timedelta(days=1))
            plan.events.append(_EventPlan(EventKind.EXEMPTED, when, "", "Tuổi cao, sức yếu"))
        for years in BADGE_YEARS:
            anniversary = _add_years(admitted, years)
            award = _award_day(anniversary)
            if award >= end or award > today:
                break
            plan.events.append(
                _EventPlan(
                    EventKind.BADGE,
                    award,
                    self.next_decision("QĐ/TU"),
                    f"Huy hiệu {years} năm tuổi Đảng",
                )
            )

    # --- the rest of the record ---

    def education(self, year: int, cell: CellPlan) -> str:
        rng = self.rng
        if not cell.residential:
            if cell.kind in ("school", "health", "agency", "front"):
                return _DEGREE_OFFICE.pick(rng)
            return _DEGREE_FORCES.pick(rng)
        if year < 1960:
            return rng.choice(("7/10", "9/10", "10/10", "10/10"))
        if year < 1980:
            return rng.choice(("9/12", "10/10", "12/12", "12/12", "Trung cấp"))
        return rng.choice(("12/12", "12/12", "12/12", "Cao đẳng", "Đại học", "Trung cấp"))

    def theory(self, cell: CellPlan) -> str:
        if cell.residential:
            return _THEORY_RESIDENTIAL.pick(self.rng)
        return _THEORY_WORKPLACE.pick(self.rng)

    def occupation(self, cell: CellPlan, age: int, gender: Gender) -> str:
        rng = self.rng
        by_kind = {
            "school": ("Giáo viên", "Giáo viên", "Giáo viên", "Nhân viên"),
            "health": ("Bác sĩ", "Y sĩ", "Điều dưỡng", "Dược sĩ", "Hộ sinh"),
            "police": ("Công an",),
            "military": ("Quân nhân",),
            "agency": ("Công chức", "Công chức", "Viên chức"),
            "front": ("Cán bộ Mặt trận, đoàn thể",),
            "coop": ("Cán bộ hợp tác xã", "Nông dân"),
        }
        if cell.kind in by_kind:
            return rng.choice(by_kind[cell.kind])
        retired = age >= (60 if gender is Gender.MALE else 57)
        if retired:
            return rng.choice(("Hưu trí", "Hưu trí", "Hưu trí", "Nông dân", "Nông dân"))
        return rng.choice(
            ("Nông dân", "Nông dân", "Nông dân", "Kinh doanh", "Lao động tự do", "Công nhân", "Cán bộ thôn")
        )

    def address(self, cell: CellPlan) -> str:
        place = cell.place if cell.residential else self.rng.choice(self.addresses)
        return f"{place}, xã {COMMUNE_NAME}, tỉnh {PROVINCE_NAME}"


def _award_day(anniversary: date) -> date:
    for month, day in BADGE_DAYS:
        candidate = date(anniversary.year, month, day)
        if candidate >= anniversary:
            return candidate
    return date(anniversary.year + 1, *BADGE_DAYS[0])


# --- building ----------------------------------------------------------------------------------------------


def _allocate(rng: random.Random, cells: list[CellPlan], total: int) -> list[int]:
    """The cell of each member, proportional to the cells' weights (shuffled, deterministic)."""
    weights = [c.weight for c in cells]
    whole = sum(weights)
    quotas = [int(total * w / whole) for w in weights]
    rest = sorted(range(len(cells)), key=lambda i: -(total * weights[i] / whole - quotas[i]))
    for i in rest[: total - sum(quotas)]:
        quotas[i] += 1
    order = [i for i, q in enumerate(quotas) for _ in range(q)]
    rng.shuffle(order)
    return order


def build_demo_commune(vault: Vault, *, members: int = 800, seed: int = 0, today: date | None = None) -> DemoSummary:
    """Fill an empty vault (opened by its head) with a fictional commune; the same seed gives the same data.

    The committee is the real xã Tân An of Nghệ An province (2025 list); cells, people and numbers are
    invented. Writes in a handful of audited transactions (each member, assignment and event audited).
    """
    vault.actor.require(Op.SETTINGS_EDIT)
    if not MIN_MEMBERS <= members <= MAX_MEMBERS:
        raise InputError("demo.members_range", min=MIN_MEMBERS, max=MAX_MEMBERS, value=members)
    today = today or date.today()
    if today < EARLIEST_TODAY:
        raise InputError("demo.today_too_early", date=EARLIEST_TODAY.strftime("%d/%m/%Y"))
    if vault.conn.execute("SELECT count(*) FROM members").fetchone()[0]:
        raise InputError("demo.not_empty", path=str(vault.paths.root))
    rng = random.Random(seed)
    unit, province = _find_unit()

    # Profile and signers.
    profile = profile_for_unit(unit, province, PROFILE_FROM)
    set_profile(vault, profile)
    deputy = vault.conn.execute(
        "SELECT full_name, username FROM users WHERE role = ? AND active = 1 ORDER BY id LIMIT 1",
        (Role.DEPUTY.value,),
    ).fetchone()
    deputy_name, deputy_user = (str(deputy[0]), str(deputy[1])) if deputy else (DEFAULT_DEPUTY, "")
    head = vault.actor
    add_signer(vault, Signer(head.full_name, "head", "Trưởng ban", PROFILE_FROM, None, head.username))
    add_signer(vault, Signer(deputy_name, "deputy", "Phó Trưởng ban", PROFILE_FROM, None, deputy_user))
    add_signer(vault, Signer(SECRETARY, "secretary", "Bí thư", PROFILE_FROM))

    # External workplace organisations (recipients of returned comments, sources and targets of transfers).
    externals = _external_orgs(unit)
    for ext in externals:
        add_external_org(vault, ext.name, superior=ext.superior, address=ext.address)

    # The tree. Since 2025 the commune's Party committee is the level directly above grassroots
    # organisations, so its village and agency cells are grassroots cells (chi bộ cơ sở).
    cells, (merge_a, merge_b), merged_village = _plan_cells(rng)
    with vault.change(Op.ORGS_EDIT) as ch:
        root = insert_org(
            vault.conn,
            ch,
            profile.committee_name,
            OrgType.DANG_UY_XA,
            None,
            residential=False,
            valid_from=PROFILE_FROM,
            decision=FOUNDING_DECISION,
        )
        org_ids = [
            insert_org(vault.conn, ch, c.name, OrgType.CHI_BO_CO_SO, root, residential=c.residential, valid_from=None)
            for c in cells
        ]
    merged_place = f"Thôn {merged_village}"

    # The people, planned first (pure computation), then written.
    units = load_admin_units()
    hometowns = [f"xã {unit.name}, tỉnh {PROVINCE_NAME}"] + [
        f"{u.type} {u.name}, tỉnh {PROVINCE_NAME}" for u in units.communes_of(province.code)
    ]
    near = [f"Đảng bộ {u.type} {u.name}" for u in units.communes_of(province.code) if u.code != unit.code]
    ext_names = [e.name for e in externals]
    people = _People(rng, today, cells, hometowns, near[:40] + ext_names, near[40:80] + ext_names)
    # Members of the two merged villages live, by now, in the merged village.
    for i in (merge_a, merge_b):
        cells[i] = CellPlan(cells[i].name, cells[i].kind, True, cells[i].weight, merged_place)
    people.cells = cells
    order = _allocate(rng, cells, members)
    forced = {merge_a: 2, merge_b: 2}
    plans: list[_MemberPlan] = []
    for cell_index in order:
        keep = forced.get(cell_index, 0) > 0
        if keep:
            forced[cell_index] -= 1
        plans.append(people.draw(cell_index, keep_until_merge=keep))

    early = [p for p in plans if p.start < MERGE_DAY]
    late = [p for p in plans if p.start >= MERGE_DAY]
    ids: dict[int, MemberId] = {}
    with vault.change(Op.MEMBERS_EDIT) as ch:
        for p in early:
            ids[id(p)] = _write_member(vault, ch, p, org_ids[p.cell])
            _write_events(vault, ch, ids[id(p)], [e for e in p.events if e.when < MERGE_DAY])

    merge = merge_cells(
        vault,
        [org_ids[merge_a], org_ids[merge_b]],
        when=MERGE_DAY,
        decision_no=MERGE_DECISION,
        decision_date=MERGE_DAY - timedelta(days=3),
        into_name=f"Chi bộ thôn {merged_village}",
    )
    target = merge.targets[0].id
    with vault.change(Op.MEMBERS_EDIT) as ch:
        for p in early:
            _write_events(vault, ch, ids[id(p)], [e for e in p.events if e.when >= MERGE_DAY])
        for p in late:
            org = target if p.cell in (merge_a, merge_b) else org_ids[p.cell]
            member_id = _write_member(vault, ch, p, org)
            _write_events(vault, ch, member_id, p.events)

    return _summary(vault, profile.committee_name, unit, today, merge, people)


def _write_member(vault: Vault, ch: Change, plan: _MemberPlan, org_id: OrgId) -> MemberId:
    member_id = insert_member(vault.conn, ch, plan.data)
    reason = "Chuyển sinh hoạt đến" if plan.transfer_in else "Kết nạp Đảng"
    assign_in(vault.conn, ch, member_id, org_id, plan.start, reason=reason, decision_no=plan.transfer_in)
    return member_id


def _write_events(vault: Vault, ch: Change, member_id: MemberId, events: list[_EventPlan]) -> None:
    for e in sorted(events, key=lambda e: e.when):
        insert_event(vault.conn, ch, member_id, e.kind, PartialDate.from_date(e.when), e.decision_no, e.detail)


def _summary(
    vault: Vault, committee: str, unit: CommuneUnit, today: date, merge: Handover, people: _People
) -> DemoSummary:
    conn = vault.conn
    cell_types = [t.value for t in OrgType if t.holds_members]
    cells = conn.execute(
        f"SELECT residential, valid_from, valid_to FROM orgs WHERE type IN ({', '.join('?' * len(cell_types))})",
        cell_types,
    ).fetchall()
    day = today.isoformat()
    active = [c for c in cells if (c[1] is None or c[1] <= day) and (c[2] is None or day < c[2])]
    by_status = {Status(s): int(n) for s, n in conn.execute("SELECT status, count(*) FROM members GROUP BY status")}
    events = dict(conn.execute("SELECT kind, count(*) FROM member_events GROUP BY kind").fetchall())
    return DemoSummary(
        province_name=PROVINCE_NAME,
        commune_name=unit.name,
        commune_code=unit.code,
        committee_name=committee,
        cells=len(active),
        residential_cells=sum(1 for c in active if c[0]),
        cells_created=len(cells),
        merged_cells=tuple(o.name for o in merge.sources),
        merged_into=merge.targets[0].name,
        members=int(conn.execute("SELECT count(*) FROM members").fetchone()[0]),
        by_status=by_status,
        transfers_in=int(events.get(EventKind.TRANSFER_IN.value, 0)),
        transfers_out=int(events.get(EventKind.TRANSFER_OUT.value, 0)),
        deaths=int(events.get(EventKind.DIED.value, 0)),
        exempted=int(events.get(EventKind.EXEMPTED.value, 0)),
        badges=int(events.get(EventKind.BADGE.value, 0)),
        external_orgs=int(conn.execute("SELECT count(*) FROM external_orgs").fetchone()[0]),
        unusual_phones=people.unusual_phones,
    )
