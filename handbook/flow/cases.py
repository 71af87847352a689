"""The annual cases: opening a year, requests, the cell's comment, confirmation, return and cancel."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.flow import numbers
from handbook.flow.model import (
    TRANSITIONS,
    Action,
    Case,
    CaseId,
    CaseState,
    Category,
    Channel,
    DispatchId,
    RegistrationId,
)
from handbook.flow.rules import RuleSet, rule_set_by_id, stamp
from handbook.i18n import Message
from handbook.members.model import MemberId
from handbook.orgs.model import ExternalOrgId, OrgId
from handbook.orgs.profile import CommuneType, profile_on_conn, signers_on
from handbook.permissions import Op, Role
from handbook.text.normalize import normalize_multiline, normalize_text
from handbook.text.sortkey import vietnamese_sort_key
from handbook.vault import confirmations
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


_SELECT = (
    "SELECT c.id, c.registration_id, r.member_id, trim(m.ho || ' ' || m.dem || ' ' || m.ten), c.year, c.state,"
    " c.exempt, c.requested_by_org_id, coalesce(e.name, ''), c.request_doc_no, c.channel, c.external_dossier_no,"
    " c.received_date, c.deadline, coalesce(c.cell_id, rc.cell_id), coalesce(o.name, o2.name, ''),"
    " c.comment_rule_set_id, c.ratings, c.other_comment, c.cell_meeting_date, c.cell_signer_lines,"
    " c.cell_signer_name, c.confirm_rule_set_id, coalesce(c.confirm_number_text, ''), c.confirm_date,"
    " c.confirm_signer_lines, coalesce(c.confirm_signer_name, ''), c.return_reason, c.cancel_reason, c.dispatch_id"
    " FROM cases c JOIN registrations r ON r.id = c.registration_id JOIN members m ON m.id = r.member_id"
    " LEFT JOIN external_orgs e ON e.id = c.requested_by_org_id"
    " LEFT JOIN registration_cells rc ON rc.registration_id = r.id AND rc.valid_to IS NULL"
    " LEFT JOIN orgs o ON o.id = c.cell_id LEFT JOIN orgs o2 ON o2.id = rc.cell_id"
)


def _case(r: Any) -> Case:
    return Case(
        CaseId(r[0]),
        RegistrationId(r[1]),
        MemberId(r[2]),
        " ".join(r[3].split()),
        r[4],
        CaseState(r[5]),
        bool(r[6]),
        ExternalOrgId(r[7]) if r[7] is not None else None,
        r[8],
        r[9],
        Channel(r[10]),
        r[11],
        _d(r[12]),
        date.fromisoformat(r[13]),
        OrgId(r[14]) if r[14] is not None else None,
        r[15],
        r[16],
        tuple(json.loads(r[17])) if r[17] else None,
        r[18],
        _d(r[19]),
        _lines(r[20]),
        r[21],
        r[22],
        r[23],
        _d(r[24]),
        _lines(r[25]),
        r[26],
        r[27],
        r[28],
        DispatchId(r[29]) if r[29] is not None else None,
    )


STATE_IDS = {s: f"case_state.{s.value}" for s in CaseState}
ROUND_START = date(2000, 10, 1)  # the workplace committees ask in October–November


def get_case(vault: Vault, case_id: CaseId) -> Case:
    vault.actor.require(Op.READ)
    return _get(vault.conn, case_id)


def _get(conn: Any, case_id: CaseId) -> Case:
    row = conn.execute(_SELECT + " WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        raise InputError("flow.case_not_found", id=case_id)
    return _case(row)


def list_cases(
    vault: Vault,
    year: int,
    *,
    states: tuple[CaseState, ...] | None = None,
    cell_id: OrgId | None = None,
    case_ids: list[CaseId] | None = None,
) -> list[Case]:
    vault.actor.require(Op.READ)
    clauses, params = ["c.year = ?"], [year]
    if states:
        clauses.append(f"c.state IN ({', '.join('?' * len(states))})")
        params.extend(s.value for s in states)  # type: ignore[misc]
    if cell_id is not None:
        clauses.append("coalesce(c.cell_id, rc.cell_id) = ?")
        params.append(cell_id)
    if case_ids is not None:
        clauses.append(f"c.id IN ({', '.join('?' * len(case_ids))})")
        params.extend(case_ids)
    rows = vault.conn.execute(_SELECT + " WHERE " + " AND ".join(clauses) + " ORDER BY m.sort_key, c.id", params)
    return [_case(r) for r in rows]


def _target(case: Case, action: Action) -> CaseState:
    """Where ``action`` takes the case, or the sentence saying why it cannot."""
    target = TRANSITIONS.get((case.state, action))
    if target is None:
        raise InputError(
            "flow.illegal_move",
            name=case.member_name,
            year=case.year,
            state=Message(STATE_IDS[case.state]),
            action=Message(f"case_action.{action.value}"),
        )
    return target


def _move(conn: Any, ch: Change, case: Case, action: Action, reason: str = "") -> CaseState:
    target = _target(case, action)
    conn.execute("UPDATE cases SET state = ?, updated_at = ? WHERE id = ?", (target.value, now_iso(), case.id))
    conn.execute(
        "INSERT INTO case_transitions (case_id, from_state, to_state, at, by, reason) VALUES (?, ?, ?, ?, ?, ?)",
        (case.id, case.state.value, target.value, now_iso(), ch.actor, reason),
    )
    return target


def _insert_case(
    conn: Any,
    ch: Change,
    reg_id: int,
    year: int,
    exempt: bool,
    requested_by: int | None,
    deadline: date,
    **request: object,
) -> CaseId:
    cur = conn.execute(
        "INSERT INTO cases (registration_id, year, state, exempt, requested_by_org_id, deadline, request_doc_no,"
        " channel, external_dossier_no, received_date, updated_at) VALUES (?, ?, 'requested', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            reg_id,
            year,
            int(exempt),
            requested_by,
            deadline.isoformat(),
            request.get("doc_no", ""),
            str(request.get("channel", Channel.PAPER.value)),
            request.get("dossier_no", ""),
            request.get("received_date"),
            now_iso(),
        ),
    )
    case_id = CaseId(int(cur.lastrowid))
    conn.execute(
        "INSERT INTO case_transitions (case_id, from_state, to_state, at, by) VALUES (?, NULL, 'requested', ?, ?)",
        (case_id, now_iso(), ch.actor),
    )
    return case_id


@dataclass(frozen=True)
class OpenYearResult:
    year: int
    created: int
    already: int
    skipped_exempt: int


def open_year(vault: Vault, year: int) -> OpenYearResult:
    """One case per ``normal`` registration active at the start of the round (1 October of ``year``).

    Registrations ended before the round have no case; exempt members get one only on request.
    """
    vault.actor.require(Op.CASES_OPEN_YEAR)
    if not 2000 <= year <= date.today().year + 1:
        raise InputError("flow.bad_year", year=year)
    conn = vault.conn
    year_end = date(year, 12, 31).isoformat()
    rows = conn.execute(
        "SELECT r.id, r.category, r.workplace_org_id, (SELECT 1 FROM cases c WHERE c.registration_id = r.id"
        " AND c.year = ?) FROM registrations r WHERE r.received_date <= ? AND (r.ended_on IS NULL OR r.ended_on > ?)",
        (year, year_end, ROUND_START.replace(year=year).isoformat()),
    ).fetchall()
    created = already = skipped = 0
    with vault.change(Op.CASES_OPEN_YEAR) as ch:
        rules = stamp(conn, ch, date(year, 10, 1))
        deadline = rules.deadline(year)
        for reg_id, category, workplace, exists in rows:
            if exists:
                already += 1
            elif category != Category.NORMAL.value:
                skipped += 1
            else:
                _insert_case(conn, ch, reg_id, year, False, workplace, deadline)
                created += 1
        ch.record(
            "cases.open_year",
            "year",
            year,
            None,
            {"created": created, "already": already, "skipped_exempt": skipped, "rule_set": rules.key},
        )
    return OpenYearResult(year, created, already, skipped)


def request_case(
    vault: Vault,
    reg_id: RegistrationId,
    year: int,
    *,
    requested_by: ExternalOrgId | None = None,
    doc_no: str = "",
    channel: Channel = Channel.PAPER,
    dossier_no: str = "",
    received_date: date | None = None,
) -> CaseId:
    """A case on request (e.g. for an exempt member, or a letter that arrived before the year was opened)."""
    vault.actor.require(Op.CASES_OPEN_YEAR)
    conn = vault.conn
    reg = conn.execute(
        "SELECT category, workplace_org_id, ended_on FROM registrations WHERE id = ?", (reg_id,)
    ).fetchone()
    if reg is None:
        raise InputError("flow.registration_not_found", id=reg_id)
    if reg[0] == Category.EXEMPT_INTRODUCTION.value:
        raise InputError("flow.never_introduced")
    if conn.execute("SELECT 1 FROM cases WHERE registration_id = ? AND year = ?", (reg_id, year)).fetchone():
        raise InputError("flow.case_exists", year=year)
    with vault.change(Op.CASES_OPEN_YEAR) as ch:
        rules = stamp(conn, ch, date(year, 10, 1))
        case_id = _insert_case(
            conn,
            ch,
            reg_id,
            year,
            reg[0] == Category.EXEMPT_ACTIVITY.value,
            requested_by or reg[1],
            rules.deadline(year),
            doc_no=normalize_text(doc_no),
            channel=channel.value,
            dossier_no=normalize_text(dossier_no),
            received_date=received_date.isoformat() if received_date else None,
        )
        ch.record("cases.request", "case", case_id, None, {"registration_id": reg_id, "year": year})
    return case_id


def record_request(
    vault: Vault,
    case_id: CaseId,
    *,
    requested_by: ExternalOrgId | None,
    doc_no: str,
    channel: Channel,
    dossier_no: str = "",
    received_date: date | None = None,
) -> None:
    """The workplace committee's request (Phiếu xin ý kiến) arrived: who, their number, how, when."""
    vault.actor.require(Op.CASES_COMMENT)
    case = get_case(vault, case_id)
    if case.state not in (CaseState.REQUESTED, CaseState.COMMENTED, CaseState.RETURNED):
        raise InputError("flow.request_locked", name=case.member_name, state=Message(STATE_IDS[case.state]))
    if received_date and received_date > date.today():
        raise InputError("flow.date_in_future", date=received_date.strftime("%d/%m/%Y"))
    with vault.change(Op.CASES_COMMENT) as ch:
        vault.conn.execute(
            "UPDATE cases SET requested_by_org_id = ?, request_doc_no = ?, channel = ?, external_dossier_no = ?,"
            " received_date = ?, updated_at = ? WHERE id = ?",
            (
                requested_by,
                normalize_text(doc_no),
                channel.value,
                normalize_text(dossier_no),
                received_date.isoformat() if received_date else None,
                now_iso(),
                case_id,
            ),
        )
        ch.record(
            "cases.request_received",
            "case",
            case_id,
            None,
            {
                "requested_by": requested_by,
                "doc_no": doc_no,
                "channel": channel.value,
                "received_date": received_date.isoformat() if received_date else None,
            },
        )


@dataclass(frozen=True)
class CommentEntry:
    """One paper comment sheet as staff type it in."""

    case_id: CaseId
    ratings: tuple[int, ...]  # index 0..2 of the label chosen for each criterion
    other_comment: str = ""
    meeting_date: date | None = None
    cell_signer: int = 0  # index into the rule set's cell_signature_choices
    cell_signer_name: str = ""


def _check_comment(rules: RuleSet, case: Case, entry: CommentEntry, where: str) -> None:
    criteria = rules.criteria(case.exempt)
    if len(entry.ratings) != len(criteria):
        raise InputError(
            "flow.ratings_count",
            where=where,
            name=case.member_name,
            expected=len(criteria),
            got=len(entry.ratings),
        )
    for i, r in enumerate(entry.ratings, 1):
        if r not in (0, 1, 2):
            raise InputError("flow.rating_invalid", where=where, name=case.member_name, number=i)
    if not 0 <= entry.cell_signer < len(rules.cell_signature_choices):
        raise InputError("flow.cell_signer_invalid", where=where)
    if not normalize_text(entry.cell_signer_name):
        raise InputError("flow.cell_signer_missing", where=where, name=case.member_name)
    if entry.meeting_date and entry.meeting_date > date.today():
        raise InputError("flow.date_in_future", date=entry.meeting_date.strftime("%d/%m/%Y"))
    if entry.meeting_date and entry.meeting_date.year not in (case.year, case.year + 1):
        raise InputError("flow.meeting_wrong_year", where=where, name=case.member_name, year=case.year)


def record_comments(vault: Vault, entries: list[CommentEntry]) -> int:
    """Type in a batch of paper sheets: all are checked first, then saved together, or none."""
    vault.actor.require(Op.CASES_COMMENT)
    conn = vault.conn
    rules_by_day: dict[date, RuleSet] = {}
    with vault.change(Op.CASES_COMMENT) as ch:
        for n, entry in enumerate(entries, 1):
            where = f" (phiếu {n})" if len(entries) > 1 else ""
            case = _get(conn, entry.case_id)
            day = entry.meeting_date or date.today()
            if day not in rules_by_day:
                rules_by_day[day] = stamp(conn, ch, day)
            rules = rules_by_day[day]
            _check_comment(rules, case, entry, where)
            _target(case, Action.COMMENT)
            conn.execute(
                "UPDATE cases SET comment_rule_set_id = ?, ratings = ?, other_comment = ?, cell_id = ?,"
                " cell_meeting_date = ?, cell_signer_lines = ?, cell_signer_name = ?, commented_at = ?,"
                " commented_by = ?, return_reason = CASE WHEN state = 'returned' THEN return_reason ELSE '' END"
                " WHERE id = ?",
                (
                    rules.id,
                    json.dumps(list(entry.ratings)),
                    normalize_multiline(entry.other_comment),
                    case.cell_id,
                    entry.meeting_date.isoformat() if entry.meeting_date else None,
                    json.dumps(list(rules.cell_signature_choices[entry.cell_signer]), ensure_ascii=False),
                    normalize_text(entry.cell_signer_name),
                    now_iso(),
                    vault.actor.username,
                    case.id,
                ),
            )
            _move(conn, ch, case, Action.COMMENT)
            labels = [c.labels[r] for c, r in zip(rules.criteria(case.exempt), entry.ratings, strict=True)]
            ch.record(
                "cases.comment",
                "case",
                case.id,
                {"state": case.state.value},
                {"ratings": labels, "other": entry.other_comment, "cell_signer": entry.cell_signer_name},
            )
    return len(entries)


def record_comment(vault: Vault, entry: CommentEntry) -> None:
    record_comments(vault, [entry])


@dataclass(frozen=True)
class ConfirmResult:
    confirmed: list[tuple[CaseId, str]] = field(default_factory=list)  # (case, number text)


def confirm(vault: Vault, case_ids: list[CaseId], *, on: date | None = None) -> ConfirmResult:
    """The head (or a deputy the head allowed) confirms; each gets a number and the signature block in force."""
    vault.actor.require(Op.CASES_CONFIRM)
    on = on or date.today()
    if on > date.today():
        raise InputError("flow.date_in_future", date=on.strftime("%d/%m/%Y"))
    conn = vault.conn
    if not case_ids:
        raise InputError("flow.nothing_to_confirm")
    cases = [_get(conn, c) for c in dict.fromkeys(case_ids)]
    wrong = [c for c in cases if c.state is not CaseState.COMMENTED]
    if wrong:
        first = wrong[0]
        raise InputError(
            "flow.confirm_not_ready",
            count=len(wrong),
            name=first.member_name,
            state=Message(STATE_IDS[first.state]),
        )
    result = ConfirmResult()
    with vault.change(Op.CASES_CONFIRM) as ch:
        rules = stamp(conn, ch, on)
        acting_for_head = vault.actor.role is Role.DEPUTY
        block = rules.confirm_block(acting_for_head=acting_for_head)
        signer = signer_name(vault, block.signer_position, on)
        profile = profile_on_conn(conn, on)
        special = bool(profile and profile.commune_type is CommuneType.DAC_KHU)
        code = rules.document_codes["confirmation"]
        for case in cases:
            number, text = numbers.issue(conn, code, "confirmation", on, "case", case.id, special_zone=special)
            conn.execute(
                "UPDATE cases SET confirm_rule_set_id = ?, confirm_number = ?, confirm_number_text = ?,"
                " confirm_date = ?, confirm_signer_lines = ?, confirm_signer_name = ?, confirmed_by = ?"
                " WHERE id = ?",
                (
                    rules.id,
                    number,
                    text,
                    on.isoformat(),
                    json.dumps(list(block.lines), ensure_ascii=False),
                    signer,
                    vault.actor.username,
                    case.id,
                ),
            )
            _move(conn, ch, case, Action.CONFIRM)
            confirmations.sign_case(vault, case.id)  # the confirmer's signature over what was confirmed
            ch.record(
                "cases.confirm",
                "case",
                case.id,
                {"state": "commented"},
                {"state": "confirmed", "number": text, "signature": list(block.lines), "signer": signer},
            )
            result.confirmed.append((case.id, text))
    return result


def signer_name(vault: Vault, position: str, on: date) -> str:
    """Who signs for ``position`` on ``on``: the acting person when they hold it, else the recorded signer
    holding it that day, else the active head (or deputy) account. Confirmations and dispatches both ask here."""
    holders = [s for s in signers_on(vault, on) if s.position == position]
    mine = [s for s in holders if s.username == vault.actor.username]
    if mine:
        return mine[0].full_name
    role = {"head": Role.HEAD, "deputy": Role.DEPUTY}.get(position)
    if role is not None and vault.actor.role is role:
        return vault.actor.full_name
    if holders:
        return holders[-1].full_name
    if role is not None:
        row = vault.conn.execute(
            "SELECT full_name FROM users WHERE role = ? AND active = 1 ORDER BY id LIMIT 1", (role.value,)
        ).fetchone()
        if row:
            return str(row[0])
    raise InputError("flow.no_signer", position=Message(f"position.{position}"), date=on.strftime("%d/%m/%Y"))


def return_case(vault: Vault, case_id: CaseId, reason: str) -> None:
    """Send a comment back to the cell for correction, with the reason."""
    vault.actor.require(Op.CASES_RETURN)
    reason = normalize_text(reason)
    if not reason:
        raise InputError("flow.reason_missing")
    with vault.change(Op.CASES_RETURN) as ch:
        case = _get(vault.conn, case_id)
        _move(vault.conn, ch, case, Action.RETURN, reason)
        vault.conn.execute("UPDATE cases SET return_reason = ? WHERE id = ?", (reason, case_id))
        ch.record(
            "cases.return",
            "case",
            case_id,
            {"state": case.state.value},
            {"state": "returned", "reason": reason},
        )


def cancel_case(vault: Vault, case_id: CaseId, reason: str) -> None:
    vault.actor.require(Op.CASES_CANCEL)
    reason = normalize_text(reason)
    if not reason:
        raise InputError("flow.reason_missing")
    with vault.change(Op.CASES_CANCEL) as ch:
        case = _get(vault.conn, case_id)
        _move(vault.conn, ch, case, Action.CANCEL, reason)
        vault.conn.execute("UPDATE cases SET cancel_reason = ? WHERE id = ?", (reason, case_id))
        ch.record(
            "cases.cancel",
            "case",
            case_id,
            {"state": case.state.value},
            {"state": "cancelled", "reason": reason},
        )


@dataclass(frozen=True)
class YearStatus:
    year: int
    total: int
    by_state: dict[str, int]
    by_cell: dict[str, dict[str, int]]


def year_status(vault: Vault, year: int) -> YearStatus:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT coalesce(o.name, o2.name, ''), c.state, count(*) FROM cases c"
        " LEFT JOIN registration_cells rc ON rc.registration_id = c.registration_id AND rc.valid_to IS NULL"
        " LEFT JOIN orgs o ON o.id = c.cell_id LEFT JOIN orgs o2 ON o2.id = rc.cell_id WHERE c.year = ?"
        " GROUP BY 1, 2",
        (year,),
    ).fetchall()
    by_state: Counter[str] = Counter()
    by_cell: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for cell, state, n in rows:
        by_state[state] += n
        by_cell[cell][state] += n
    return YearStatus(
        year,
        by_state.total(),
        {s.value: by_state.get(s.value, 0) for s in CaseState},
        {
            cell: dict(c)
            for cell, c in sorted(by_cell.items(), key=lambda item: (not item[0], vietnamese_sort_key(item[0])))
        },
    )


def comment_rules(vault: Vault, case: Case) -> RuleSet | None:
    """The rule set a case's comment was made under (for printing it as it was)."""
    return rule_set_by_id(vault.conn, case.comment_rule_set_id) if case.comment_rule_set_id else None


def case_years(vault: Vault) -> list[int]:
    """The years that have cases, newest first."""
    vault.actor.require(Op.READ)
    return [int(r[0]) for r in vault.conn.execute("SELECT DISTINCT year FROM cases ORDER BY year DESC")]
