"""Reading and writing members, their events and their current cell — every write audited."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any

from handbook.dates import PartialDate
from handbook.errors import InputError
from handbook.members.index import LiveIndex, search_index
from handbook.members.model import (
    Event,
    EventId,
    EventKind,
    Gender,
    Member,
    MemberData,
    MemberId,
    Status,
    derive_status,
)
from handbook.members.validate import normalize_member, validate_member
from handbook.permissions import Op
from handbook.text.fold import search_key, search_tokens, tone_score, tone_words
from handbook.text.sortkey import name_sort_key
from handbook.validation import decide
from handbook.vault.audit import AuditEntry, now_iso
from handbook.vault.audit import for_entity as audit_for_entity
from handbook.vault.vault import Change, Vault

COLUMNS = (
    "ho",
    "dem",
    "ten",
    "gender",
    "birth_date",
    "hometown",
    "ethnicity",
    "religion",
    "cccd",
    "cmnd",
    "phone",
    "card_no",
    "admitted",
    "official",
    "education",
    "theory",
    "occupation",
    "workplace",
    "address",
    "note",
    "photo",
)


def to_row(data: MemberData) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(data, name) for name in COLUMNS}
    row["gender"] = data.gender.value if data.gender else None
    for name in ("birth_date", "admitted", "official"):
        value = getattr(data, name)
        row[name] = value.iso() if value else None
    row["cccd"] = data.cccd or None
    row["name_key"] = key = search_key(data.full_name)
    row["sort_key"] = name_sort_key(data.ho, data.dem, data.ten)
    row["search_text"] = " ".join([key] + [v for v in (data.cccd, data.card_no, data.cmnd) if v])
    return row


def from_row(row: Any) -> MemberData:
    """``row`` has the COLUMNS in order."""
    values = dict(zip(COLUMNS, row, strict=True))
    values["gender"] = Gender(values["gender"]) if values["gender"] else None
    for name in ("birth_date", "admitted", "official"):
        values[name] = PartialDate.from_iso(values[name])
    values["cccd"] = values["cccd"] or ""
    return MemberData(**values)


_AUDITED = tuple(f.name for f in fields(MemberData) if f.name != "photo")


def audit_view(data: MemberData) -> dict[str, object]:
    """What the audit log keeps of a record (the photo as a size, not the picture)."""
    view: dict[str, object] = {name: getattr(data, name) for name in _AUDITED}
    for name in ("birth_date", "admitted", "official"):
        value = getattr(data, name)
        view[name] = value.iso() if value else None
    view["gender"] = data.gender.value if data.gender else None
    view["photo_bytes"] = len(data.photo) if data.photo else 0
    return view


# --- writing --------------------------------------------------------------------------------


def insert_member(conn: Any, ch: Change, data: MemberData) -> MemberId:
    """Insert an already validated, normalised record inside the caller's transaction."""
    row = to_row(data)
    row.update(status=derive_status(data, []).value, created_at=now_iso(), updated_at=now_iso())
    names = list(row)
    cur = conn.execute(
        f"INSERT INTO members ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [row[n] for n in names],
    )
    member_id = MemberId(int(cur.lastrowid))
    ch.record("members.add", "member", member_id, None, audit_view(data))
    return member_id


def insert_members(
    conn: Any, ch: Change, records: Sequence[MemberData], notes: Sequence[Mapping[str, object]] | None = None
) -> list[MemberId]:
    """Insert many validated, normalised records at once inside the caller's transaction (an import): one
    statement for all rows, each audited as ``insert_member`` does it, with ``notes[i]`` (when given) added
    to record i's entry. The ids are given in order."""
    if not records:
        return []
    # Inside the caller's write transaction nobody else inserts, so the ids SQLite would give are known.
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0]) + 1
    ids = [MemberId(first + n) for n in range(len(records))]
    stamp = now_iso()
    rows = []
    for member_id, data in zip(ids, records, strict=True):
        row = to_row(data)
        row.update(id=member_id, status=derive_status(data, []).value, created_at=stamp, updated_at=stamp)
        rows.append(row)
    names = list(rows[0])
    conn.executemany(
        f"INSERT INTO members ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        [[row[n] for n in names] for row in rows],
    )
    for n, (member_id, data) in enumerate(zip(ids, records, strict=True)):
        view = audit_view(data)
        if notes is not None:
            view.update(notes[n])
        ch.record("members.add", "member", member_id, None, view)
    return ids


def update_row(conn: Any, ch: Change, member_id: MemberId, before: MemberData, data: MemberData) -> None:
    row = to_row(data)
    row["updated_at"] = now_iso()
    conn.execute(f"UPDATE members SET {', '.join(f'{n} = ?' for n in row)} WHERE id = ?", [*row.values(), member_id])
    refresh_status(conn, member_id)
    old, new = audit_view(before), audit_view(data)
    changed = {k for k in new if old.get(k) != new.get(k)}
    ch.record("members.update", "member", member_id, {k: old[k] for k in changed}, {k: new[k] for k in changed})


def add_member(
    vault: Vault,
    data: MemberData,
    *,
    cell_id: int | None = None,
    cell_from: date | None = None,
    accept: bool | set[str] = False,
) -> MemberId:
    """Save a new member (and put them in a cell); errors refuse, unaccepted warnings refuse."""
    vault.actor.require(Op.MEMBERS_EDIT)
    data = normalize_member(data)
    decide(validate_member(vault.conn, data), accept)
    with vault.change(Op.MEMBERS_EDIT) as ch:
        member_id = insert_member(vault.conn, ch, data)
        if cell_id is not None:
            from handbook.orgs.repo import assign_in

            assign_in(vault.conn, ch, member_id, cell_id, cell_from or date.today(), reason="Thêm mới")
    return member_id


def update_member(
    vault: Vault,
    member_id: MemberId,
    data: MemberData,
    *,
    accept: bool | set[str] = False,
    cell_id: int | None = None,
    cell_from: date | None = None,
) -> None:
    """Save an edited record, and (when ``cell_id`` is given) its move to that cell, in one transaction."""
    vault.actor.require(Op.MEMBERS_EDIT)
    before = get_member(vault, member_id).data
    data = normalize_member(data)
    decide(validate_member(vault.conn, data, member_id), accept)
    with vault.change(Op.MEMBERS_EDIT) as ch:
        update_row(vault.conn, ch, member_id, before, data)
        if cell_id is not None:
            from handbook.orgs.repo import assign_in

            assign_in(vault.conn, ch, member_id, cell_id, cell_from or date.today(), reason="Sửa hồ sơ")


def add_event(
    vault: Vault,
    member_id: MemberId,
    kind: EventKind,
    when: PartialDate,
    *,
    decision_no: str = "",
    detail: str = "",
) -> EventId:
    """Record a dated lifecycle event; the status is derived again in the same transaction."""
    vault.actor.require(Op.MEMBERS_EDIT)
    member = get_member(vault, member_id)
    if member.data.birth_date and when.surely_before(member.data.birth_date):
        raise InputError("member.event_before_birth", date=when.display())
    with vault.change(Op.MEMBERS_EDIT) as ch:
        event_id = insert_event(vault.conn, ch, member_id, kind, when, decision_no, detail)
    return event_id


def insert_event(
    conn: Any,
    ch: Change,
    member_id: MemberId,
    kind: EventKind,
    when: PartialDate,
    decision_no: str = "",
    detail: str = "",
) -> EventId:
    cur = conn.execute(
        "INSERT INTO member_events (member_id, kind, date, decision_no, detail) VALUES (?, ?, ?, ?, ?)",
        (member_id, kind.value, when.iso(), decision_no, detail),
    )
    event_id = EventId(int(cur.lastrowid))
    status = refresh_status(conn, member_id)
    ch.record(
        "members.event",
        "member",
        member_id,
        None,
        {
            "event": kind.value,
            "date": when.iso(),
            "decision_no": decision_no,
            "detail": detail,
            "status": status.value,
        },
    )
    if kind in (
        EventKind.TRANSFER_OUT,
        EventKind.LEFT,
        EventKind.STRUCK_OFF,
        EventKind.EXPELLED,
        EventKind.DIED,
    ):
        conn.execute(
            "UPDATE assignments SET valid_to = ? WHERE member_id = ? AND valid_to IS NULL",
            (when.earliest().isoformat(), member_id),
        )
    return event_id


def refresh_status(conn: Any, member_id: MemberId) -> Status:
    data = _load_data(conn, member_id)
    status = derive_status(data, list_events_conn(conn, member_id))
    conn.execute("UPDATE members SET status = ? WHERE id = ?", (status.value, member_id))
    return status


# --- reading --------------------------------------------------------------------------------


def _load_data(conn: Any, member_id: MemberId) -> MemberData:
    row = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM members WHERE id = ?", (member_id,)).fetchone()
    if row is None:
        raise InputError("member.not_found", id=member_id)
    return from_row(row)


def get_member(vault: Vault, member_id: MemberId) -> Member:
    vault.actor.require(Op.READ)
    data = _load_data(vault.conn, member_id)
    row = vault.conn.execute(
        "SELECT m.status, a.org_id, o.name FROM members m"
        " LEFT JOIN assignments a ON a.member_id = m.id AND a.valid_to IS NULL"
        " LEFT JOIN orgs o ON o.id = a.org_id WHERE m.id = ?",
        (member_id,),
    ).fetchone()
    return Member(member_id, data, Status(row[0]), row[1], row[2] or "")


def list_events_conn(conn: Any, member_id: MemberId) -> list[Event]:
    rows = conn.execute(
        "SELECT id, member_id, kind, date, decision_no, detail FROM member_events WHERE member_id = ?"
        " ORDER BY date, id",
        (member_id,),
    ).fetchall()
    return [
        Event(
            EventId(r[0]),
            MemberId(r[1]),
            EventKind(r[2]),
            PartialDate.from_iso(r[3]) or PartialDate(1900),
            r[4],
            r[5],
        )
        for r in rows
    ]


def list_events(vault: Vault, member_id: MemberId) -> list[Event]:
    vault.actor.require(Op.READ)
    return list_events_conn(vault.conn, member_id)


# A row's place in name order: (sort key, id). A page asked "after" a position starts right behind that row.
Position = tuple[str, int]

# A search's pages and counts come from the index held in memory (handbook/members/index.py), so that their cost
# follows the page and not the vault; searches with tones (exact spellings first) and lists without a search
# run in SQL. Counts stop at COUNT_CAP ("more than N"); the members table pages by PAGE_SIZE, which divides it.
COUNT_CAP = 1_000
SEARCH_COUNT_CAP = 400  # a search counts at most two pages of the members table, then says "more than"


@dataclass(frozen=True)
class MemberRow:
    """One line of the members list (what the table and the CLI show)."""

    id: MemberId
    ho: str
    dem: str
    ten: str
    gender: str
    birth_date: str
    cccd: str
    card_no: str
    phone: str
    status: Status
    cell_id: int | None
    cell_name: str
    workplace: str
    address: str
    sort_key: str = ""  # where the row stands in name order (a later page starts after it)

    @property
    def position(self) -> Position:
        return (self.sort_key, int(self.id))

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.ho, self.dem, self.ten) if p)


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a person typed: each folded word as a prefix, all required, any order."""
    tokens = search_tokens(text)
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


class Scope(StrEnum):
    """Whose records: everyone, the commune's own members (all but registered-only ones), or working members
    registered at their residence under Regulation 213 (all of them, or those exempt from residence activity)."""

    ALL = "all"
    COMMUNE = "commune"
    REGISTERED = "registered"
    EXEMPT = "exempt"


_SCOPE_SQL = {
    # Everyone but working members known only through a 213 registration (they never held a cell here).
    Scope.COMMUNE: "(EXISTS (SELECT 1 FROM assignments x WHERE x.member_id = m.id)"
    " OR NOT EXISTS (SELECT 1 FROM registrations r WHERE r.member_id = m.id))",
    Scope.REGISTERED: "EXISTS (SELECT 1 FROM registrations r WHERE r.member_id = m.id AND r.ended_on IS NULL)",
    Scope.EXEMPT: "EXISTS (SELECT 1 FROM registrations r WHERE r.member_id = m.id AND r.ended_on IS NULL"
    " AND r.category != 'normal')",
}


@dataclass(frozen=True)
class SearchPlan:
    """A search run in SQL: its full-text query and its folded words."""

    fts: str
    tokens: tuple[str, ...]


def _where(
    plan: SearchPlan | None,
    cell_id: int | None,
    statuses: tuple[Status, ...] | None,
    scope: Scope = Scope.ALL,
) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if plan is not None:
        clauses.append("m.id IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?)")
        params.append(plan.fts)
    if cell_id is not None:
        clauses.append("a.org_id = ?")
        params.append(cell_id)
    if statuses:
        clauses.append(f"m.status IN ({', '.join('?' * len(statuses))})")
        params.extend(s.value for s in statuses)
    if scope is not Scope.ALL:  # last: its lookups cost more than the tests above
        clauses.append(_SCOPE_SQL[scope])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _cell_join(cell_id: int | None) -> str:
    """The member's current assignment, joined only where ``_where`` filters on the cell (a count needs
    nothing else of it, and the join is a lookup per member)."""
    return " LEFT JOIN assignments a ON a.member_id = m.id AND a.valid_to IS NULL" if cell_id is not None else ""


def _full_text(search: str | None) -> SearchPlan | None:
    q = fts_query(search) if search else None
    return SearchPlan(q, tuple(search_tokens(search or ""))) if q is not None else None


_SELECT = (
    "SELECT m.id, m.ho, m.dem, m.ten, m.gender, m.birth_date, m.cccd, m.card_no, m.phone, m.status,"
    " a.org_id, o.name, m.workplace, m.address, m.sort_key FROM members m {hint}"
    " LEFT JOIN assignments a ON a.member_id = m.id AND a.valid_to IS NULL"
    " LEFT JOIN orgs o ON o.id = a.org_id"
)


def list_members(
    vault: Vault,
    *,
    search: str | None = None,
    cell_id: int | None = None,
    statuses: tuple[Status, ...] | None = None,
    scope: Scope = Scope.ALL,
    limit: int | None = None,
    offset: int = 0,
    after: Position | None = None,
) -> list[MemberRow]:
    """Members in Vietnamese name order (tên, đệm, họ), filtered by search text, cell, status and scope.

    Search folds tones away; when the search text carries tones, names spelt exactly so come first.
    ``after`` (the position of the row before the page, when the caller knows it) replaces ``offset``
    in name order, so a page deep in a long list costs no more than the first."""
    vault.actor.require(Op.READ)
    if limit is not None and _indexed(search):
        index = search_index(vault)
        start = index.key_after(after[1]) if after is not None else None
        # A position the index does not know (a member since deleted) is found by the SQL below instead.
        if after is None or start is not None:
            skip = offset if start is None else 0
            tokens = search_tokens(search or "")
            ids = index.matches(vault, tokens, statuses, scope.value, cell_id, start, skip + limit)
            return _rows_at(vault, index, ids[skip:])
    return _list(vault, _full_text(search), search, cell_id, statuses, scope, limit, offset, after)


def _indexed(search: str | None) -> bool:
    """Whether a search runs on the index in memory: it has words, and no tones (those sort exact spellings
    first, which needs the names themselves)."""
    return bool(search and search_tokens(search) and not tone_words(search))


def _rows_at(vault: Vault, index: LiveIndex, ids: list[int]) -> list[MemberRow]:
    """These members' rows, in that order: one look-up by id for all of them, their cells from the index
    (no join with the assignments)."""
    sql = _SELECT_ONLY + " WHERE m.id IN (SELECT value FROM json_each(?))"
    found = {r[0]: r for r in vault.conn.execute(sql, (json.dumps(ids),))}
    rows = []
    for member_id in ids:
        r = found.get(member_id)
        if r is not None:
            cell = index.cell_of(member_id)
            rows.append(_member_row((*r[:10], cell, index.org_names.get(cell or 0, ""), *r[10:])))
    return rows


_SELECT_ONLY = (
    "SELECT m.id, m.ho, m.dem, m.ten, m.gender, m.birth_date, m.cccd, m.card_no, m.phone, m.status,"
    " m.workplace, m.address, m.sort_key FROM members m"
)


def _list(
    vault: Vault,
    plan: SearchPlan | None,
    search: str | None,
    cell_id: int | None,
    statuses: tuple[Status, ...] | None,
    scope: Scope,
    limit: int | None,
    offset: int = 0,
    after: Position | None = None,
) -> list[MemberRow]:
    where, params = _where(plan, cell_id, statuses, scope)
    # A page of the list walks the sort index and stops at the limit; the whole list is faster as one scan
    # and an in-memory sort (index order re-decrypts pages); a search starts from its full-text matches.
    hint = ""
    if plan is None and limit is not None:
        hint = "INDEXED BY members_search"
    elif plan is None and cell_id is None:
        hint = "NOT INDEXED"
    order = " ORDER BY m.sort_key, m.id"
    marked = tone_words(search) if search else []
    if marked:
        # A query with tones ("Đặng") lists the exact spellings first, then the folded matches ("Đăng").
        vault.conn.create_function("tone_score", 1, lambda name: tone_score(marked, name or ""))
        order = " ORDER BY tone_score(m.ho || ' ' || m.dem || ' ' || m.ten) DESC, m.sort_key, m.id"
    elif after is not None:
        where += " AND " if where else " WHERE "
        where += "(m.sort_key, m.id) > (?, ?)"
        params += [after[0], after[1]]
        offset = 0
    sql = _SELECT.format(hint=hint) + where + order
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_member_row(r) for r in vault.conn.execute(sql, params)]


def _member_row(r: Any) -> MemberRow:
    return MemberRow(
        MemberId(r[0]),
        r[1],
        r[2],
        r[3],
        r[4] or "",
        iso_display(r[5]),
        r[6] or "",
        r[7],
        r[8],
        _STATUS[r[9]],
        r[10],
        r[11] or "",
        r[12],
        r[13],
        r[14],
    )


_STATUS = {s.value: s for s in Status}


def iso_display(iso: str | None) -> str:
    """ "1975-03-12" -> "12/03/1975", "1975-03" -> "03/1975", "1975" -> "1975" (fast path for long lists)."""
    if not iso:
        return ""
    if len(iso) == 10:
        return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"
    if len(iso) == 7:
        return f"{iso[5:7]}/{iso[:4]}"
    return iso


def count_members(
    vault: Vault,
    *,
    search: str | None = None,
    cell_id: int | None = None,
    statuses: tuple[Status, ...] | None = None,
    scope: Scope = Scope.ALL,
    cap: int | None = None,
) -> int:
    """How many members match; with ``cap``, counting stops past it (``cap + 1`` means "more than cap")."""
    vault.actor.require(Op.READ)
    if cap is None:
        where, params = _where(_full_text(search), cell_id, statuses, scope)
        return int(
            vault.conn.execute(f"SELECT count(*) FROM members m{_cell_join(cell_id)}{where}", params).fetchone()[0]
        )
    return _count_capped(vault, search, cell_id, statuses, scope, cap)


def count_by_status(vault: Vault, statuses: tuple[Status, ...], *, scope: Scope = Scope.ALL) -> dict[Status, int]:
    """How many members have each of ``statuses``, in one pass (``count_members`` once per status reads twice)."""
    vault.actor.require(Op.READ)
    where, params = _where(None, None, statuses, scope)
    found = dict(vault.conn.execute(f"SELECT m.status, count(*) FROM members m{where} GROUP BY m.status", params))
    return {s: int(found.get(s.value, 0)) for s in statuses}


def _count_capped(
    vault: Vault,
    search: str | None,
    cell_id: int | None,
    statuses: tuple[Status, ...] | None,
    scope: Scope,
    cap: int,
) -> int:
    """At most ``cap + 1``: from the index in memory, or reading rows in id order (the disk's order)."""
    if _indexed(search):
        tokens = search_tokens(search or "")
        return len(search_index(vault).matches(vault, tokens, statuses, scope.value, cell_id, None, cap + 1))
    join = _cell_join(cell_id)
    plan = _full_text(search)
    if plan is not None:  # a search with tones: the full-text index leads, one match after another
        where, params = _where(None, cell_id, statuses, scope)
        where = (where + " AND" if where else " WHERE") + " member_fts MATCH ?"
        inner = f"FROM member_fts JOIN members m ON m.id = member_fts.rowid{join}{where}"
        params.append(plan.fts)
    else:
        where, params = _where(None, cell_id, statuses, scope)
        inner = f"FROM members m NOT INDEXED{join}{where}"
    sql = f"SELECT count(*) FROM (SELECT 1 {inner} LIMIT ?)"
    return int(vault.conn.execute(sql, [*params, cap + 1]).fetchone()[0])


@dataclass(frozen=True)
class FoundPage:
    """A search's first page and how many match: ``total`` exactly, or ``more`` when past the cap."""

    rows: list[MemberRow]
    total: int
    more: bool


def find_members(
    vault: Vault,
    *,
    search: str | None = None,
    cell_id: int | None = None,
    statuses: tuple[Status, ...] | None = None,
    scope: Scope = Scope.ALL,
    limit: int,
) -> FoundPage:
    """The first ``limit`` rows and the count, stopping early: the cost follows the page, not the vault."""
    vault.actor.require(Op.READ)
    cap = SEARCH_COUNT_CAP if search and search_tokens(search) else COUNT_CAP
    if _indexed(search):  # the page and the count from one walk of the index
        index = search_index(vault)
        tokens = search_tokens(search or "")
        ids = index.matches(vault, tokens, statuses, scope.value, cell_id, None, max(limit, cap + 1))
        rows = _rows_at(vault, index, ids[:limit])
        counted = len(ids)
    else:
        rows = _list(vault, _full_text(search), search, cell_id, statuses, scope, limit)
        counted = _count_capped(vault, search, cell_id, statuses, scope, cap) if len(rows) == limit else 0
    if len(rows) < limit:  # the page holds them all
        return FoundPage(rows, len(rows), False)
    more = counted > cap
    return FoundPage(rows, cap if more else counted, more)


def member_history(vault: Vault, member_id: MemberId, limit: int = 200) -> list[AuditEntry]:
    """What was changed in a member's record, by whom and when, newest first (needs the audit right)."""
    vault.actor.require(Op.AUDIT_VIEW)
    return audit_for_entity(vault.conn, "member", int(member_id), limit)
