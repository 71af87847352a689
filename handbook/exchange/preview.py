"""What applying a bundle would do, worked out before anything is written (the preview shows exactly this)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handbook.exchange.model import (
    AckPayload,
    DispatchPayload,
    FiguresPayload,
    Opened,
    Person,
    Request,
    RequestsPayload,
    Sheet,
)
from handbook.flow.model import CaseId, Category, RegistrationId
from handbook.flow.todo import WAITING as OPEN_STATES
from handbook.i18n import Message
from handbook.members.model import MemberId
from handbook.text.fold import search_key

WAITING = tuple(s.value for s in OPEN_STATES)  # a case a received bundle may still update


@dataclass(frozen=True)
class Match:
    member_id: MemberId | None
    name: str = ""  # the name as this vault has it
    problem: Message | None = None  # a conflict the person must look at (the line is not applied)
    by: str = ""  # how it was matched: "cccd" or "name_birth"


def match_person(conn: Any, person: Person) -> Match:
    """The one member this person is: by CCCD, else by name and birth date; disagreements are conflicts."""
    key = search_key(person.full_name)
    birth = person.birth_date.iso() if person.birth_date else None
    if person.cccd:
        row = conn.execute(
            "SELECT id, name_key, birth_date, trim(ho || ' ' || dem || ' ' || ten) FROM members WHERE cccd = ?",
            (person.cccd,),
        ).fetchone()
        if row is not None:
            if row[1] != key:
                return Match(
                    None, row[3], Message("exchange.conflict.cccd_name", {"cccd": person.cccd, "here": row[3]})
                )
            if birth and row[2] and row[2] != birth:
                return Match(None, row[3], Message("exchange.conflict.cccd_birth", {"cccd": person.cccd}))
            return Match(MemberId(row[0]), row[3], by="cccd")
    if not birth:
        return Match(None, problem=None)
    rows = conn.execute(
        "SELECT id, cccd, trim(ho || ' ' || dem || ' ' || ten) FROM members WHERE name_key = ? AND birth_date = ?",
        (key, birth),
    ).fetchall()
    if len(rows) > 1:
        return Match(None, rows[0][2], Message("exchange.conflict.several", {"count": len(rows)}))
    if len(rows) == 1:
        if person.cccd and rows[0][1] and rows[0][1] != person.cccd:
            return Match(None, rows[0][2], Message("exchange.conflict.other_cccd", {"cccd": rows[0][1]}))
        return Match(MemberId(rows[0][0]), rows[0][2], by="name_birth")
    return Match(None)


# --- requests (commune side) -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestLine:
    request: Request
    member_id: MemberId | None = None
    name: str = ""
    registration_id: RegistrationId | None = None
    exempt: bool = False
    case_id: CaseId | None = None
    state: str = ""
    reason: Message | None = None
    by: str = ""


@dataclass
class RequestsPlan:
    year: int
    workplace_name: str
    workplace_id: int | None  # None: a new workplace organisation will be added
    new: list[RequestLine] = field(default_factory=list)  # a case is opened
    update: list[RequestLine] = field(default_factory=list)  # the waiting case records the request
    already: list[RequestLine] = field(default_factory=list)  # the case is past waiting: left as it is
    unmatched: list[RequestLine] = field(default_factory=list)  # nobody here, or not registered here
    conflicts: list[RequestLine] = field(default_factory=list)

    @property
    def blocked(self) -> int:
        return len(self.unmatched) + len(self.conflicts)


def plan_requests(conn: Any, opened: Opened, payload: RequestsPayload) -> RequestsPlan:
    sender = opened.header.sender.name
    row = (
        conn.execute(
            "SELECT e.id, e.name FROM exchange_cards c JOIN external_orgs e ON e.id = c.external_org_id"
            " WHERE c.fingerprint = ?",
            (opened.header.sender.fingerprint,),
        ).fetchone()
        or conn.execute(
            "SELECT id, name FROM external_orgs WHERE name_key = ? ORDER BY id LIMIT 1", (search_key(sender),)
        ).fetchone()
    )
    plan = RequestsPlan(payload.year, row[1] if row else sender, row[0] if row else None)
    for req in payload.requests:
        m = match_person(conn, req.person)
        if m.problem is not None:
            plan.conflicts.append(RequestLine(req, name=m.name, reason=m.problem))
            continue
        if m.member_id is None:
            why = (
                "exchange.unmatched.nobody" if req.person.birth_date or req.person.cccd else "exchange.unmatched.no_id"
            )
            plan.unmatched.append(RequestLine(req, reason=Message(why)))
            continue
        reg = conn.execute(
            "SELECT id, category FROM registrations WHERE member_id = ? AND ended_on IS NULL ORDER BY id DESC LIMIT 1",
            (m.member_id,),
        ).fetchone()
        if reg is None:
            plan.unmatched.append(RequestLine(req, m.member_id, m.name, reason=Message("exchange.unmatched.no_reg")))
            continue
        if reg[1] == Category.EXEMPT_INTRODUCTION.value:
            plan.unmatched.append(
                RequestLine(req, m.member_id, m.name, reason=Message("exchange.unmatched.not_introduced"))
            )
            continue
        exempt = reg[1] == Category.EXEMPT_ACTIVITY.value
        case = conn.execute(
            "SELECT id, state FROM cases WHERE registration_id = ? AND year = ?", (reg[0], payload.year)
        ).fetchone()
        reg_id = RegistrationId(reg[0])
        if case is None:
            plan.new.append(RequestLine(req, m.member_id, m.name, reg_id, exempt, by=m.by))
        else:
            line = RequestLine(req, m.member_id, m.name, reg_id, exempt, case[0], case[1], by=m.by)
            (plan.update if case[1] in WAITING else plan.already).append(line)
    return plan


# --- a dispatch (workplace side) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetLine:
    sheet: Sheet
    member_id: MemberId | None
    name: str
    problem: Message | None


@dataclass
class DispatchPlan:
    number: str
    date: date
    sheets: list[SheetLine]
    has_pdf: bool
    replaces: int | None = None  # the copy of this dispatch received before (a resend, e.g. now signed)
    replaces_on: str = ""

    @property
    def unmatched(self) -> list[SheetLine]:
        return [s for s in self.sheets if s.member_id is None]


def plan_dispatch(conn: Any, opened: Opened, payload: DispatchPayload) -> DispatchPlan:
    lines = []
    for sheet in payload.sheets:
        m = match_person(conn, sheet.person)
        lines.append(SheetLine(sheet, m.member_id, m.name, m.problem))
    before = conn.execute(
        "SELECT r.id, a.applied_at FROM received_dispatches r JOIN exchange_applied a ON a.id = r.applied_id"
        " WHERE a.sender_fingerprint = ? AND r.remote_dispatch_id = ? ORDER BY r.id DESC LIMIT 1",
        (opened.header.sender.fingerprint, payload.dispatch_id),
    ).fetchone()
    plan = DispatchPlan(payload.number, payload.date, lines, payload.pdf is not None)
    if before is not None:
        plan.replaces, plan.replaces_on = before[0], before[1][:10]
    return plan


# --- an acknowledgement (commune side) ---------------------------------------------------------------------


@dataclass(frozen=True)
class AckPlan:
    dispatch_id: int | None
    number: str
    workplace: str
    received_on: date
    problem: Message | None  # why it cannot be applied


def plan_ack(conn: Any, opened: Opened, payload: AckPayload) -> AckPlan:
    sent = conn.execute(
        "SELECT entity_id, recipient_fingerprint FROM exchange_sent WHERE bundle_id = ? AND kind = 'dispatch'",
        (payload.dispatch_bundle_id,),
    ).fetchone()
    if sent is None or sent[0] != payload.dispatch_id:
        return AckPlan(None, payload.number, "", payload.received_on, Message("exchange.ack.unknown_dispatch"))
    d = conn.execute(
        "SELECT d.number_text, d.date, d.acknowledged_on, e.name FROM dispatches d"
        " JOIN external_orgs e ON e.id = d.workplace_org_id WHERE d.id = ?",
        (sent[0],),
    ).fetchone()
    problem = None
    if sent[1] is not None and sent[1] != opened.header.sender.fingerprint:
        problem = Message("exchange.ack.other_sender", {"number": d[0]})
    elif d[2] is not None:
        problem = Message("exchange.ack.already", {"number": d[0], "on": date.fromisoformat(d[2]).strftime("%d/%m/%Y")})
    elif payload.received_on < date.fromisoformat(d[1]) or payload.received_on > date.today():
        problem = Message("exchange.ack.bad_date", {"date": payload.received_on.strftime("%d/%m/%Y")})
    return AckPlan(sent[0], d[0], d[3], payload.received_on, problem)


# --- round figures (province side) -------------------------------------------------------------------------


@dataclass(frozen=True)
class FiguresPlan:
    commune: str
    year: int
    members: int
    previous_sent_at: str | None  # the figures of this commune and year the province holds now
    newer: bool  # False: an older bundle than the one held (kept in history, the held one still wins)
    reports: bool = False  # it carries the commune's report counts (format version 2)


def plan_figures(conn: Any, opened: Opened, payload: FiguresPayload) -> FiguresPlan:
    row = conn.execute(
        "SELECT max(sent_at) FROM province_figures WHERE commune_code = ? AND year = ?",
        (payload.commune_code, payload.year),
    ).fetchone()
    sent = opened.header.created.strftime("%Y-%m-%dT%H:%M:%SZ")
    previous = row[0] if row else None
    return FiguresPlan(
        payload.commune_name,
        payload.year,
        payload.members,
        previous,
        previous is None or sent > previous,
        payload.reports is not None,
    )


Plan = RequestsPlan | DispatchPlan | AckPlan | FiguresPlan


def plan_for(conn: Any, opened: Opened) -> Plan:
    p = opened.payload
    if isinstance(p, RequestsPayload):
        return plan_requests(conn, opened, p)
    if isinstance(p, DispatchPayload):
        return plan_dispatch(conn, opened, p)
    if isinstance(p, AckPayload):
        return plan_ack(conn, opened, p)
    return plan_figures(conn, opened, p)
