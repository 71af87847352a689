"""The member facts reports need, read once per report in one query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from handbook.dates import PartialDate
from handbook.reports.scope import full_name, iso_display


@dataclass(frozen=True)
class Person:
    id: int
    name: str
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
    def birth(self) -> str:
        return iso_display(self.birth_iso)

    @property
    def birth_date(self) -> PartialDate | None:
        return PartialDate.from_iso(self.birth_iso) if self.birth_iso else None

    @property
    def admitted(self) -> PartialDate | None:
        return PartialDate.from_iso(self.admitted_iso) if self.admitted_iso else None


def load_people(conn: Any, ids: set[int] | None = None) -> dict[int, Person]:
    rows = conn.execute(
        "SELECT id, ho, dem, ten, sort_key, coalesce(gender, ''), coalesce(birth_date, ''), ethnicity, religion,"
        " education, theory, occupation, coalesce(admitted, ''), coalesce(official, ''), status FROM members"
    )
    out: dict[int, Person] = {}
    for r in rows:
        if ids is not None and r[0] not in ids:
            continue
        out[int(r[0])] = Person(
            int(r[0]),
            full_name(r[1], r[2], r[3]),
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
        )
    return out
