"""Cơ cấu đảng viên on a date: gender, age, ethnicity, religion, education, theory, occupation, party years."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.rules import ReportRules, rules_on
from handbook.reports.scope import NO_CELL_NAME, cell_names, check_past, choose_org
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


def iso_years(iso: str, day: date) -> int | None:
    """Full years from the stored ISO text (1975, 1975-03, 1975-03-12; a partial date counts from its first
    possible day) to ``day``; None before it. The reference for the same arithmetic in SQL (``years_sql``)."""
    if not iso:
        return None
    year = int(iso[:4])
    month = int(iso[5:7]) if len(iso) >= 7 else 1
    dom = int(iso[8:10]) if len(iso) == 10 else 1
    years = day.year - year - ((day.month, day.day) < (month, dom))
    return years if years >= 0 else None


def years_sql(column: str) -> str:
    """``iso_years`` of the ISO text in ``column`` to the day bound as :year and :md (MM-DD), in SQL."""
    return (
        f"CASE WHEN {column} = '' THEN NULL ELSE :year - CAST(substr({column}, 1, 4) AS INTEGER)"
        f" - (substr({column} || '-01-01', 6, 5) > :md) END"
    )


_AGE_SQL = years_sql("coalesce(m.birth_date, '')")
# One value per member and dimension: the stored text, or whole years of age and of membership (the bands are
# applied to the few distinct year values afterwards).
_DIMENSION_SQL = (
    "m.gender",
    _AGE_SQL,
    "m.ethnicity",
    "m.religion",
    "m.education",
    "m.theory",
    "m.occupation",
    years_sql("coalesce(m.admitted, '')"),
)
_BANDED = {1: "age_bands", 7: "membership_bands"}  # dimensions counted in years (age, membership)
# The members' table is read in its own order and each member's assignment found through the member index
# (CROSS JOIN keeps that order): walking the cells' index instead jumps between member pages, and each jump
# decrypts a page again once the vault outgrows the page cache (4× slower at 200,000 members).
MEMBERS_JOIN = "FROM members m CROSS JOIN assignments a ON a.member_id = m.id"
# Per cell, each dimension's values as one JSON array: a few long strings cross into Python instead of one row
# per member, and counting the decoded list runs in C (measured about a third cheaper at 50,000 members).
_CELLS_SQL = (
    "SELECT a.org_id, " + ", ".join(f"json_group_array({e})" for e in _DIMENSION_SQL) + f" {MEMBERS_JOIN}"
    " WHERE a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to > :day) GROUP BY a.org_id"
)


def _label(rules: ReportRules, dimension: int, value: object) -> str:
    """The label of one stored value of a dimension: a band for the year counts, the trimmed text otherwise."""
    empty = rules.empty_label
    if dimension == 0:
        return GENDERS.get(value, empty) if isinstance(value, str) else empty
    band = _BANDED.get(dimension)
    if band is not None:
        return rules.band_of(getattr(rules, band), value) if isinstance(value, int) and value >= 0 else empty
    return str(value or "").strip() or empty


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
    params = {"day": iso, "year": day.year, "md": iso[5:]}
    names = cell_names(vault.conn)
    per_cell: dict[int, list[Counter[str]]] = defaultdict(lambda: [Counter() for _ in DIMENSIONS])
    sizes: Counter[int] = Counter()
    for cell, *arrays in vault.conn.execute(_CELLS_SQL, params):
        if not choice.covers(cell):
            continue
        for dimension, array in enumerate(arrays):
            values = Counter(json.loads(array))
            counter = per_cell[cell][dimension]
            for value, n in values.items():
                counter[_label(rules, dimension, value)] += n
            sizes[cell] = sum(values.values())
    members = sum(sizes.values())
    cells = [_structure(c, names.get(c, NO_CELL_NAME), per_cell[c], sizes[c], rules) for c in per_cell]
    cells.sort(key=lambda c: search_key(c.cell_name))
    totals: list[Counter[str]] = [Counter() for _ in DIMENSIONS]
    for counters in per_cell.values():
        for i, counter in enumerate(counters):
            totals[i].update(counter)
    total = _structure(choice.org_id, choice.name or "Toàn đảng bộ", totals, members, rules)
    return StructureReport(day, choice.org_id, choice.name, tuple(cells), total)


# Members placed on the day, one number each: cell << 10 | woman << 9 | (whole years of age + 1, 0 if unknown),
# in one string counted in Python. One pass gives Tổng quan both the members per cell and the age pyramid;
# SQLite's GROUP BY would sort every row first (measured twice as slow at 50,000 members).
_HEADCOUNT_SQL = (
    f"SELECT group_concat(a.org_id * 1024 + (m.gender IS 'nu') * 512 + max(min(coalesce({_AGE_SQL}, -1), 510), -1) + 1)"
    f" {MEMBERS_JOIN} WHERE a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to > :day)"
)


@dataclass(frozen=True)
class Headcount:
    """The members placed on a day: how many in each cell, and the age pyramid as (band, men, women)."""

    per_cell: dict[int, int]
    pyramid: tuple[tuple[str, int, int], ...]


def headcount(vault: Vault, day: date) -> Headcount:
    """Members per cell and the pyramid on ``day``; the bands are the dated pyramid bands.

    The pyramid leaves out a member with no birth date and draws one whose gender is not recorded with the men;
    the cells count everyone assigned (the assignments covering a day never overlap)."""
    vault.actor.require(Op.READ)
    rules = rules_on(day)
    iso = day.isoformat()
    (text,) = vault.conn.execute(_HEADCOUNT_SQL, {"day": iso, "year": day.year, "md": iso[5:]}).fetchone()
    per_cell: Counter[int] = Counter()
    men: Counter[str] = Counter()
    women: Counter[str] = Counter()
    for key, n in Counter(map(int, text.split(",")) if text else ()).items():
        cell, rest = divmod(key, 1024)
        per_cell[cell] += n
        if rest & 511:  # the age is known
            band = rules.band_of(rules.pyramid_bands, (rest & 511) - 1)
            (women if rest & 512 else men)[band] += n
    pyramid = tuple((b.label, men.get(b.label, 0), women.get(b.label, 0)) for b in rules.pyramid_bands)
    return Headcount(dict(per_cell), pyramid)
