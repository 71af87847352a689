"""Cơ cấu đảng viên on a date: gender, age, ethnicity, religion, education, theory, occupation, party years."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
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


def _value(person: Person, key: str, day: date, rules: ReportRules) -> str:
    if key == "gender":
        return GENDERS.get(person.gender, rules.empty_label)
    if key == "age":
        age = years_between(person.birth_date, day)
        return rules.band_of(rules.age_bands, age) if age is not None else rules.empty_label
    if key == "membership":
        years = years_between(person.admitted, day)
        return rules.band_of(rules.membership_bands, years) if years is not None else rules.empty_label
    text: str = getattr(person, key)
    return text.strip() or rules.empty_label


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
    cell_id: int | None, name: str, people: Iterable[Person], day: date, rules: ReportRules
) -> CellStructure:
    counters: dict[str, Counter[str]] = {key: Counter() for key, _ in DIMENSIONS}
    n = 0
    for person in people:
        n += 1
        for key, _ in DIMENSIONS:
            counters[key][_value(person, key, day, rules)] += 1
    dims = tuple(Dimension(key, label, _order(key, counters[key], rules)) for key, label in DIMENSIONS)
    return CellStructure(cell_id, name, n, dims)


def structure_report(
    vault: Vault, day: date, org: Org | int | None = None, *, today: date | None = None
) -> StructureReport:
    """The members assigned to a cell on ``day`` (from the dated assignments), by each dimension."""
    vault.actor.require(Op.READ)
    check_past(day, today or date.today())
    choice = choose_org(vault, org, day)
    rules = rules_on(day)
    on_day = {m: c for m, c in Placement(vault.conn).members_on(day).items() if choice.covers(c)}
    people = load_people(vault.conn, set(on_day))
    names = cell_names(vault.conn)
    groups: dict[int, list[Person]] = defaultdict(list)
    for mid, cell in on_day.items():
        groups[cell].append(people[mid])
    cells = [_structure(c, names.get(c, NO_CELL_NAME), g, day, rules) for c, g in groups.items()]
    cells.sort(key=lambda c: search_key(c.cell_name))
    total = _structure(choice.org_id, choice.name or "Toàn đảng bộ", people.values(), day, rules)
    return StructureReport(day, choice.org_id, choice.name, tuple(cells), total)


def age_pyramid(vault: Vault, day: date) -> tuple[tuple[str, int, int], ...]:
    """(band, men, women) on ``day`` for the dashboard's age pyramid; bands are the dated pyramid bands."""
    vault.actor.require(Op.READ)
    rules = rules_on(day)
    on_day = Placement(vault.conn).members_on(day)
    people = load_people(vault.conn, set(on_day))
    men: Counter[str] = Counter()
    women: Counter[str] = Counter()
    for person in people.values():
        age = years_between(person.birth_date, day)
        if age is None:
            continue
        band = rules.band_of(rules.pyramid_bands, age)
        (women if person.gender == "nu" else men)[band] += 1
    return tuple((b.label, men.get(b.label, 0), women.get(b.label, 0)) for b in rules.pyramid_bands)
