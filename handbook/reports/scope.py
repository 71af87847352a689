"""What every report shares: the period and its checks, the organisation chosen, and where a member was."""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.orgs.model import Org, OrgId
from handbook.orgs.repo import get_org_conn, list_orgs
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.vault.vault import Vault

NO_CELL_NAME = "Chưa xếp chi bộ"
_CHUNK = 500  # ids per IN (…) list


def dmy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class MemberRef:
    """A member behind a number: enough to list them and to open their record."""

    id: int
    name: str
    birth: str  # as recorded: 1975, 03/1975 or 12/03/1975
    cell_name: str
    detail: str = ""


@dataclass(frozen=True)
class OrgChoice:
    """The organisation a report covers (None: the whole commune) and the cells under it."""

    org_id: int | None
    name: str
    cell_ids: frozenset[int] | None  # None: every cell

    def covers(self, cell_id: int | None) -> bool:
        return self.cell_ids is None or (cell_id is not None and cell_id in self.cell_ids)


def check_period(start: date, end: date, today: date) -> None:
    if end < start:
        raise InputError("report.end_before_start", start=dmy(start), end=dmy(end))
    check_past(end, today)


def check_past(day: date, today: date) -> None:
    if day > today:
        raise InputError("report.future", day=dmy(day), today=dmy(today))


def _valid_text(org: Org) -> str:
    start = dmy(org.valid_from) if org.valid_from else "…"
    end = dmy(org.valid_to) if org.valid_to else "nay"
    return f"{start} – {end}"


def find_org(vault: Vault, name_or_id: str) -> Org:
    """The organisation named (folded, exact first, then a unique partial match) or given by number."""
    vault.actor.require(Op.READ)
    text = name_or_id.strip()
    if text.isdigit():
        return get_org_conn(vault.conn, OrgId(int(text)))
    key = search_key(text)
    orgs = list_orgs(vault)
    exact = [o for o in orgs if search_key(o.name) == key]
    partial = [o for o in orgs if key and key in search_key(o.name)]
    for found in (exact, partial):
        if len(found) >= 1:
            # Several with the same name (a cell re-founded): the newest.
            return max(found, key=lambda o: (o.valid_from or date.min, o.id))
    raise InputError("report.org_unknown", name=text)


def choose_org(vault: Vault, org: Org | int | None, start: date, end: date | None = None) -> OrgChoice:
    """The organisation and its cells (every descendant, closed ones too); it must exist in the period."""
    if org is None:
        return OrgChoice(None, "", None)
    chosen = org if isinstance(org, Org) else get_org_conn(vault.conn, OrgId(int(org)))
    end = end or start
    existed = (chosen.valid_from is None or chosen.valid_from <= end) and (
        chosen.valid_to is None or chosen.valid_to > start
    )
    if not existed:
        raise InputError("report.org_missing_on", name=chosen.name, day=dmy(end), valid=_valid_text(chosen))
    children: dict[int, list[int]] = defaultdict(list)
    for oid, parent in vault.conn.execute("SELECT id, parent_id FROM orgs"):
        if parent is not None:
            children[int(parent)].append(int(oid))
    found = {int(chosen.id)}
    todo = [int(chosen.id)]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return OrgChoice(int(chosen.id), chosen.name, frozenset(found))


class Placement:
    """Where each member was assigned on a given day, from the dated assignments (loaded once)."""

    def __init__(self, conn: Any, members: set[int] | None = None) -> None:
        """Every member's assignments, or only those of ``members`` (read through the member index)."""
        self._spans: dict[int, list[tuple[str, str, int]]] = {}
        spans = self._spans
        for member, start, end, org in self._rows(conn, members):
            found = spans.get(member)
            if found is None:
                spans[member] = [(start, end, org)]
            else:
                found.append((start, end, org))
        self._starts = {m: [s[0] for s in spans] for m, spans in self._spans.items()}

    @staticmethod
    def _rows(conn: Any, members: set[int] | None) -> list[tuple[int, str, str, int]]:
        select = "SELECT member_id, valid_from, coalesce(valid_to, '9999-12-31'), org_id FROM assignments"
        if members is None:
            return list(conn.execute(select + " ORDER BY member_id, valid_from, id"))
        ordered = sorted(members)
        rows: list[tuple[int, str, str, int]] = []
        for i in range(0, len(ordered), _CHUNK):
            part = ordered[i : i + _CHUNK]
            marks = ", ".join("?" * len(part))
            rows += conn.execute(f"{select} WHERE member_id IN ({marks}) ORDER BY member_id, valid_from, id", part)
        return rows

    def cell_on(self, member_id: int, day: date, *, ending: bool = False) -> int | None:
        """The cell on ``day``; with ``ending``, also the assignment that an event of that day closed."""
        spans = self._spans.get(member_id)
        if not spans:
            return None
        iso = day.isoformat()
        i = bisect.bisect_right(self._starts[member_id], iso) - 1
        if i < 0:
            return None
        _start, end, org = spans[i]
        if iso < end or (ending and iso == end):
            return org
        if ending:
            for _start, end, org in reversed(spans[: i + 1]):
                if end == iso:
                    return org
        return None


def cell_names(conn: Any) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM orgs")}


def iso_display(iso: str | None) -> str:
    if not iso:
        return ""
    if len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
    if len(iso) == 7:
        return f"{iso[5:7]}/{iso[:4]}"
    return iso


def full_name(ho: str, dem: str, ten: str) -> str:
    return " ".join(p for p in (ho, dem, ten) if p)
