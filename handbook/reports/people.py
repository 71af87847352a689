"""The member facts reports need, read once per report in one query."""

from __future__ import annotations

import json
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


def _person(r: Any) -> Person:
    return Person(*r)


def load_people(conn: Any, ids: set[int]) -> dict[int, Person]:
    """The members ``ids``, in one query: SQLite reads the id list (JSON) and looks each one up by rowid."""
    rows = conn.execute(f"{_COLUMNS} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
    return {int(r[0]): _person(r) for r in rows}
