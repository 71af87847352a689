"""Cơ cấu đảng viên on a date: gender, age, ethnicity, religion, education, theory, occupation, party years."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from handbook.dates import PartialDate
from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.people import Person, load_people
from handbook.reports.rules import ReportRules, rules_on
from handbook.reports.scope import NO_CELL_NAME, Placement, cell_names, check_past, choose_org
from handbook.text.fold import search_key
from handbook.vault.vault import Vault

DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("gender", "Giới tính"),
    ("age", "Độ tuổi"),
    ("ethnicity", "Dân tộc"),
    ("religion", "Tôn giáo"),
    ("education", "Trình độ học vấn"),
    ("theory", "Lý luận chính trị"),
    ("occupation", "Nghề nghiệp"),
    ("membership", "Tuổi Đảng"),
)
GENDERS = {"nam": "Nam", "nu": "Nữ"}


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class Dimension:
    key: str
    label: str
    counts: tuple[Count, ...]

    def get(self, label: str) -> int:
        return next((c.count for c in self.counts if c.label == label), 0)


@dataclass(frozen=True)
class CellStructure:
    cell_id: int | None
    cell_name: str
    members: int
    dimensions: tuple[Dimension, ...]

    def dimension(self, key: str) -> Dimension:
        return next(d for d in self.dimensions if d.key == key)


@dataclass(frozen=True)
class StructureReport:
    day: date
    org_id: int | None
    org_name: str
    cells: tuple[CellStructure, ...]
    total: CellStructure

    @property
    def empty(self) -> bool:
        return self.total.members == 0


def years_between(start: PartialDate | None, day: date) -> int | None:
    """Full years from ``start`` to ``day`` (a partial date counts from its first possible day)."""
    if start is None:
        return None
    first = start.earliest()
    if first > day:
        return None
    return day.year - first.year - ((day.month, day.day) < (first.month, first.day))


def iso_years(iso: str, day: date) -> int | None:
    """``years_between`` straight from the stored ISO text (1975, 1975-03, 1975-03-12): no parsing per row."""
    if not iso:
        return None
    year = int(iso[:4])
    month = int(iso[5:7]) if len(iso) >= 7 else 1
    dom = int(iso[8:10]) if len(iso) == 10 else 1
    years = day.year - year - ((day.month, day.day) < (month, dom))
    return years if years >= 0 else None


def _values(row: tuple[str, ...], day: date, rules: ReportRules) -> tuple[str, ...]:
    """(gender, birth, ethnicity, religion, education, theory, occupation, admitted) -> one label per dimension."""
    gender, birth, ethnicity, religion, education, theory, occupation, admitted = row
    empty = rules.empty_label
    age = iso_years(birth, day)
    party = iso_years(admitted, day)
    return (
        GENDERS.get(gender, empty),
        rules.band_of(rules.age_bands, age) if age is not None else empty,
        ethnicity.strip() or empty,
        religion.strip() or empty,
        education.strip() or empty,
        theory.strip() or empty,
        occupation.strip() or empty,
        rules.band_of(rules.membership_bands, party) if party is not None else empty,
    )


def _order(key: str, counter: Counter[str], rules: ReportRules) -> tuple[Count, ...]:
    if key == "gender":
        known: tuple[str, ...] = tuple(GENDERS.values())
    elif key == "age":
        known = tuple(b.label for b in rules.age_bands)
    elif key == "membership":
        known = tuple(b.label for b in rules.membership_bands)
    else:
        known = rules.categories.get(key, ())
    out = [Count(label, counter.get(label, 0)) for label in known]
    rest = sorted((k for k in counter if k not in known and k != rules.empty_label), key=search_key)
    out += [Count(label, counter[label]) for label in rest]
    if counter.get(rules.empty_label):
        out.append(Count(rules.empty_label, counter[rules.empty_label]))
    return tuple(out)


def _structure(
    cell_id: int | None, name: str, counters: list[Counter[str]], n: int, rules: ReportRules
) -> CellStructure:
    dims = tuple(Dimension(key, label, _order(key, counters[i], rules)) for i, (key, label) in enumerate(DIMENSIONS))
    return CellStructure(cell_id, name, n, dims)


def structure_report(
    vault: Vault, day: date, org: Org | int | None = None, *, today: date | None = None
) -> StructureReport:
    """The members assigned to a cell on ``day`` (from the dated assignments), by each dimension."""
    vault.actor.require(Op.READ)
    check_past(day, today or date.today())
    choice = choose_org(vault, org, day)
    rules = rules_on(day)
    iso = day.isoformat()
    # The assignments covering the day (they never overlap: a move closes the old one on the new one's day).
    rows = vault.conn.execute(
        "SELECT a.org_id, coalesce(m.gender, ''), coalesce(m.birth_date, ''), m.ethnicity, m.religion, m.education,"
        " m.theory, m.occupation, coalesce(m.admitted, '') FROM assignments a JOIN members m ON m.id = a.member_id"
        " WHERE a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to > ?)",
        (iso, iso),
    ).fetchall()
    names = cell_names(vault.conn)
    per_cell: dict[int, list[Counter[str]]] = defaultdict(lambda: [Counter() for _ in DIMENSIONS])
    sizes: Counter[int] = Counter()
    members = 0
    for row in rows:
        cell = row[0]
        if not choice.covers(cell):
            continue
        members += 1
        counters = per_cell[cell]
        sizes[cell] += 1
        for i, value in enumerate(_values(row[1:], day, rules)):
            counters[i][value] += 1
    cells = [_structure(c, names.get(c, NO_CELL_NAME), per_cell[c], sizes[c], rules) for c in per_cell]
    cells.sort(key=lambda c: search_key(c.cell_name))
    totals: list[Counter[str]] = [Counter() for _ in DIMENSIONS]
    for counters in per_cell.values():
        for i, counter in enumerate(counters):
            totals[i].update(counter)
    total = _structure(choice.org_id, choice.name or "Toàn đảng bộ", totals, members, rules)
    return StructureReport(day, choice.org_id, choice.name, tuple(cells), total)


def age_pyramid(
    vault: Vault, day: date, *, people: dict[int, Person] | None = None
) -> tuple[tuple[str, int, int], ...]:
    """(band, men, women) on ``day`` for the dashboard's age pyramid; bands are the dated pyramid bands.

    ``people``: the members on ``day`` when the caller has them already."""
    vault.actor.require(Op.READ)
    rules = rules_on(day)
    if people is None:
        people = load_people(vault.conn, set(Placement(vault.conn).members_on(day)))
    men: Counter[str] = Counter()
    women: Counter[str] = Counter()
    for person in people.values():
        age = iso_years(person.birth_iso, day)
        if age is None:
            continue
        band = rules.band_of(rules.pyramid_bands, age)
        (women if person.gender == "nu" else men)[band] += 1
    return tuple((b.label, men.get(b.label, 0), women.get(b.label, 0)) for b in rules.pyramid_bands)
