"""The 213 round per cell and year: registered, exempt, requested … acknowledged, overdue, and who is waiting."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook import settings
from handbook.errors import InputError
from handbook.flow.model import CaseState
from handbook.flow.todo import WAITING, WAITING_CELL, is_overdue
from handbook.orgs.model import Org
from handbook.permissions import Op
from handbook.reports.scope import NO_CELL_NAME, MemberRef, cell_names, choose_org, full_name, iso_display
from handbook.text.fold import search_key
from handbook.vault.vault import Vault

S = CaseState
_REACHED = {
    "commented": {S.COMMENTED, S.CONFIRMED, S.DISPATCHED, S.ACKNOWLEDGED},
    "confirmed": {S.CONFIRMED, S.DISPATCHED, S.ACKNOWLEDGED},
    "dispatched": {S.DISPATCHED, S.ACKNOWLEDGED},
    "acknowledged": {S.ACKNOWLEDGED},
}

ROUND_COLUMNS: tuple[tuple[str, str], ...] = (
    ("registered", "Đăng ký sinh hoạt"),
    ("exempt", "Trong đó miễn sinh hoạt"),
    ("requested", "Phiếu xin ý kiến"),
    ("waiting_cell", "Chờ chi bộ nhận xét (gồm trả lại)"),
    ("commented", "Đã nhận xét"),
    ("confirmed", "Đã xác nhận"),
    ("dispatched", "Đã gửi"),
    ("acknowledged", "Nơi công tác đã nhận"),
    ("overdue", "Quá hạn"),
)


@dataclass(frozen=True)
class CellRound:
    cell_id: int | None
    cell_name: str
    registered: int
    exempt: int
    requested: int  # cases of the year, cancelled ones left out
    waiting_cell: int  # requested or returned
    returned: int
    commented: int  # reached the comment (and any later step)
    confirmed: int
    dispatched: int
    acknowledged: int
    overdue: int

    def value(self, key: str) -> int:
        result: int = getattr(self, key)
        return result


@dataclass(frozen=True)
class RoundReport:
    year: int
    day: date  # registrations counted on this day (31/12, or today in the current year)
    org_id: int | None
    org_name: str
    cells: tuple[CellRound, ...]
    total: CellRound
    no_comment_yet: tuple[MemberRef, ...]  # the cases waiting for the cell

    @property
    def empty(self) -> bool:
        return self.total.registered == 0 and self.total.requested == 0


def _round(cell_id: int | None, name: str, reg: Counter[str], states: Counter[CaseState], overdue: int) -> CellRound:
    def reached(key: str) -> int:
        return sum(states[s] for s in _REACHED[key])

    return CellRound(
        cell_id,
        name,
        reg["registered"],
        reg["exempt"],
        sum(n for s, n in states.items() if s is not S.CANCELLED),
        sum(states[s] for s in WAITING_CELL),
        states[S.RETURNED],
        reached("commented"),
        reached("confirmed"),
        reached("dispatched"),
        reached("acknowledged"),
        overdue,
    )


# A case's cell: the one it was sent to, or else its registration's current one.
_CELL_JOIN = "LEFT JOIN registration_cells rc ON rc.registration_id = c.registration_id AND rc.valid_to IS NULL"


def case_states(conn: Any, year: int) -> dict[int | None, Counter[CaseState]]:
    """The year's cases by cell and state, counted in the database (None: a case with no cell)."""
    states: dict[int | None, Counter[CaseState]] = defaultdict(Counter)
    for cell, state, n in conn.execute(
        f"SELECT coalesce(c.cell_id, rc.cell_id), c.state, count(*) FROM cases c {_CELL_JOIN}"
        " WHERE c.year = ? GROUP BY 1, 2",
        (year,),
    ):
        states[cell][CaseState(state)] += int(n)
    return states


def cell_round(
    cell_id: int | None, names: dict[int, str], reg: Counter[str], states: Counter[CaseState], overdue: int
) -> CellRound:
    """One cell's line of the round (``names``: every organisation's name)."""
    name = names.get(cell_id, NO_CELL_NAME) if cell_id is not None else NO_CELL_NAME
    return _round(cell_id, name, reg, states, overdue)


def round_report(vault: Vault, year: int, org: Org | int | None = None, *, today: date | None = None) -> RoundReport:
    vault.actor.require(Op.READ)
    today = today or date.today()
    if year > today.year:
        raise InputError("report.future_year", year=year, today=today.year)
    day = min(today, date(year, 12, 31))
    choice = choose_org(vault, org, date(year, 1, 1), day)
    conn = vault.conn
    iso = day.isoformat()
    regs: dict[int | None, Counter[str]] = defaultdict(Counter)
    for cell, category in conn.execute(
        "SELECT rc.cell_id, r.category FROM registrations r"
        " LEFT JOIN registration_cells rc ON rc.registration_id = r.id AND rc.valid_from <= ?"
        " AND (rc.valid_to IS NULL OR rc.valid_to > ?)"
        " WHERE r.received_date <= ? AND (r.ended_on IS NULL OR r.ended_on > ?)",
        (iso, iso, iso, iso),
    ):
        if choice.covers(cell):
            regs[cell]["registered"] += 1
            regs[cell]["exempt"] += category != "normal"
    days = settings.get(vault, settings.RETURN_OVERDUE_DAYS)
    states = {cell: n for cell, n in case_states(conn, year).items() if choice.covers(cell)}
    overdue: Counter[int | None] = Counter()
    waiting: list[tuple[str, MemberRef]] = []
    names = cell_names(conn)
    # Only an open case can be overdue or wait for the cell: those few are read one by one, with their member.
    open_states = {f"s{i}": s.value for i, s in enumerate(WAITING)}
    for cell, state_text, deadline, received, mid, ho, dem, ten, birth, sort_key in conn.execute(
        "SELECT coalesce(c.cell_id, rc.cell_id), c.state, c.deadline, c.received_date, m.id, m.ho, m.dem, m.ten,"
        " m.birth_date, m.sort_key FROM cases c JOIN registrations r ON r.id = c.registration_id"
        " JOIN members m ON m.id = r.member_id"
        f" {_CELL_JOIN} WHERE c.year = :year AND c.state IN ({', '.join(':' + k for k in open_states)})",
        {"year": year, **open_states},
    ):
        if not choice.covers(cell):
            continue
        state = CaseState(state_text)
        got = date.fromisoformat(received) if received else None
        if is_overdue(state, date.fromisoformat(deadline), got, today, days):
            overdue[cell] += 1
        if state in WAITING_CELL:
            cell_name = names.get(cell, NO_CELL_NAME) if cell is not None else NO_CELL_NAME
            note = "Trả lại để sửa" if state is S.RETURNED else ""
            waiting.append(
                (sort_key, MemberRef(int(mid), full_name(ho, dem, ten), iso_display(birth), cell_name, note))
            )
    keys = set(regs) | set(states)
    cells = [cell_round(k, names, regs[k], states.get(k, Counter()), overdue[k]) for k in keys]
    cells.sort(key=lambda c: (c.cell_id is None, search_key(c.cell_name)))
    all_regs: Counter[str] = sum(regs.values(), Counter())
    all_states: Counter[CaseState] = sum(states.values(), Counter())
    total = _round(choice.org_id, choice.name or "Toàn đảng bộ", all_regs, all_states, sum(overdue.values()))
    refs = tuple(ref for _, ref in sorted(waiting, key=lambda x: (x[1].cell_name, x[0])))
    return RoundReport(year, day, choice.org_id, choice.name, tuple(cells), total, refs)
