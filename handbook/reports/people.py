"""The member facts reports need, read once per report in one query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handbook.dates import PartialDate
from handbook.reports.scope import full_name, iso_display


@dataclass(frozen=True)
class Person:
    id: int
    ho: str
    dem: str
    ten: str
    sort_key: str
    gender: str
    birth_iso: str
    ethnicity: str
    religion: str
    education: str
    theory: str
    occupation: str
    admitted_iso: str
    official_iso: str
    status: str

    @property
    def name(self) -> str:
        return full_name(self.ho, self.dem, self.ten)

    @property
    def birth(self) -> str:
        return iso_display(self.birth_iso)

    @property
    def birth_date(self) -> PartialDate | None:
        return PartialDate.from_iso(self.birth_iso) if self.birth_iso else None

    @property
    def admitted(self) -> PartialDate | None:
        return PartialDate.from_iso(self.admitted_iso) if self.admitted_iso else None


_COLUMNS = (
    "SELECT id, ho, dem, ten, sort_key, coalesce(gender, ''), coalesce(birth_date, ''), ethnicity, religion,"
    " education, theory, occupation, coalesce(admitted, ''), coalesce(official, ''), status FROM members"
)
_CHUNK = 500


def _person(r: Any) -> Person:
    return Person(*r)


def load_people(conn: Any, ids: set[int] | None = None, *, admitted_by: str | None = None) -> dict[int, Person]:
    """The members ``ids`` (all when None); ``admitted_by`` keeps those admitted on or before that ISO text.

    A few ids are looked up by rowid; many are read in one scan (reading every page once is then cheaper)."""
    out: dict[int, Person] = {}
    if ids is not None and len(ids) <= 5_000 and admitted_by is None:
        ordered = sorted(ids)
        for i in range(0, len(ordered), _CHUNK):
            part = ordered[i : i + _CHUNK]
            for r in conn.execute(f"{_COLUMNS} WHERE id IN ({', '.join('?' * len(part))})", part):
                out[int(r[0])] = _person(r)
        return out
    sql, params = (_COLUMNS + " WHERE admitted <= ?", [admitted_by]) if admitted_by else (_COLUMNS, [])
    for r in conn.execute(sql, params):
        if ids is None or r[0] in ids:
            out[int(r[0])] = _person(r)
    return out
