"""Returning confirmed comments: one numbered dispatch per workplace committee, then its acknowledgement."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.flow import numbers
from handbook.flow.cases import _get, _move, signer_name
from handbook.flow.model import Action, CaseId, CaseState, Channel, Dispatch, DispatchId
from handbook.flow.rules import stamp
from handbook.orgs.model import ExternalOrgId
from handbook.orgs.profile import CommuneType, profile_on_conn
from handbook.permissions import Op, Role
from handbook.vault.vault import Vault


def _confirmed_by_org(conn: Any, year: int) -> dict[int, list[CaseId]]:
    rows = conn.execute(
        "SELECT c.id, coalesce(c.requested_by_org_id, r.workplace_org_id) FROM cases c"
        " JOIN registrations r ON r.id = c.registration_id WHERE c.year = ? AND c.state = 'confirmed'"
        " ORDER BY c.id",
        (year,),
    ).fetchall()
    groups: dict[int, list[CaseId]] = defaultdict(list)
    for case_id, org in rows:
        groups[org if org is not None else -1].append(CaseId(case_id))
    return groups


def dispatch(
    vault: Vault,
    year: int,
    *,
    org_ids: list[ExternalOrgId] | None = None,
    on: date | None = None,
    channel: Channel = Channel.PAPER,
) -> list[DispatchId]:
    """Group the year's confirmed cases by workplace committee (all, or the given ones) into dispatches."""
    vault.actor.require(Op.DISPATCH)
    on = on or date.today()
    if on > date.today():
        raise InputError("flow.date_in_future", date=on.strftime("%d/%m/%Y"))
    conn = vault.conn
    groups = _confirmed_by_org(conn, year)
    if -1 in groups:
        raise InputError("flow.dispatch_no_workplace", count=len(groups[-1]))
    if org_ids is not None:
        missing = [o for o in org_ids if o not in groups]
        if missing:
            name = conn.execute("SELECT name FROM external_orgs WHERE id = ?", (missing[0],)).fetchone()
            raise InputError("flow.dispatch_nothing_for", name=name[0] if name else str(missing[0]), year=year)
        groups = {o: groups[o] for o in org_ids}
    if not groups:
        raise InputError("flow.dispatch_nothing", year=year)
    made: list[DispatchId] = []
    with vault.change(Op.DISPATCH) as ch:
        rules = stamp(conn, ch, on)
        block = rules.confirm_block(acting_for_head=vault.actor.role is Role.DEPUTY)
        profile = profile_on_conn(conn, on)
        special = bool(profile and profile.commune_type is CommuneType.DAC_KHU)
        code = rules.document_codes["dispatch"]
        signer = signer_name(vault, block.signer_position, on)
        for org_id, case_ids in sorted(groups.items()):
            cur = conn.execute(
                "INSERT INTO dispatches (year, workplace_org_id, number, number_text, date, channel, rule_set_id,"
                " signer_lines, signer_name, created_by) VALUES (?, ?, 0, '', ?, ?, ?, ?, ?, ?)",
                (
                    year,
                    org_id,
                    on.isoformat(),
                    channel.value,
                    rules.id,
                    json.dumps(list(block.lines), ensure_ascii=False),
                    signer,
                    vault.actor.username,
                ),
            )
            dispatch_id = DispatchId(int(cur.lastrowid))
            number, text = numbers.issue(conn, code, "dispatch", on, "dispatch", dispatch_id, special_zone=special)
            conn.execute("UPDATE dispatches SET number = ?, number_text = ? WHERE id = ?", (number, text, dispatch_id))
            for case_id in case_ids:
                case = _get(conn, case_id)
                _move(conn, ch, case, Action.DISPATCH)
                conn.execute("UPDATE cases SET dispatch_id = ? WHERE id = ?", (dispatch_id, case_id))
            ch.record(
                "dispatch.create",
                "dispatch",
                dispatch_id,
                None,
                {"org_id": org_id, "number": text, "cases": case_ids, "channel": channel.value},
            )
            made.append(dispatch_id)
    return made


def acknowledge(vault: Vault, dispatch_id: DispatchId, on: date) -> None:
    """The workplace committee confirmed receipt."""
    vault.actor.require(Op.DISPATCH)
    d = get_dispatch(vault, dispatch_id)
    if d.acknowledged_on is not None:
        raise InputError("flow.already_acknowledged", number=d.number_text)
    if on < d.date:
        raise InputError("flow.ack_before_dispatch", date=on.strftime("%d/%m/%Y"))
    with vault.change(Op.DISPATCH) as ch:
        vault.conn.execute("UPDATE dispatches SET acknowledged_on = ? WHERE id = ?", (on.isoformat(), dispatch_id))
        for case_id in d.case_ids:
            case = _get(vault.conn, case_id)
            if case.state is CaseState.DISPATCHED:
                _move(vault.conn, ch, case, Action.ACKNOWLEDGE)
        ch.record("dispatch.acknowledge", "dispatch", dispatch_id, None, {"on": on.isoformat()})


def get_dispatch(vault: Vault, dispatch_id: DispatchId) -> Dispatch:
    vault.actor.require(Op.READ)
    found = list_dispatches(vault, dispatch_ids=[dispatch_id])
    if not found:
        raise InputError("flow.dispatch_not_found", id=dispatch_id)
    return found[0]


def list_dispatches(
    vault: Vault, year: int | None = None, *, dispatch_ids: list[DispatchId] | None = None
) -> list[Dispatch]:
    vault.actor.require(Op.READ)
    clauses, params = [], []
    if year is not None:
        clauses.append("d.year = ?")
        params.append(year)
    if dispatch_ids is not None:
        clauses.append(f"d.id IN ({', '.join('?' * len(dispatch_ids))})")
        params.extend(dispatch_ids)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = vault.conn.execute(
        "SELECT d.id, d.year, d.workplace_org_id, e.name, d.number_text, d.date, d.channel, d.rule_set_id,"
        " d.signer_lines, d.signer_name, d.acknowledged_on FROM dispatches d"
        " JOIN external_orgs e ON e.id = d.workplace_org_id" + where + " ORDER BY d.id",
        params,
    ).fetchall()
    out = []
    for r in rows:
        case_ids = tuple(
            CaseId(x[0]) for x in vault.conn.execute("SELECT id FROM cases WHERE dispatch_id = ? ORDER BY id", (r[0],))
        )
        out.append(
            Dispatch(
                DispatchId(r[0]),
                r[1],
                ExternalOrgId(r[2]),
                r[3],
                r[4],
                date.fromisoformat(r[5]),
                Channel(r[6]),
                r[7],
                tuple(json.loads(r[8])),
                r[9],
                date.fromisoformat(r[10]) if r[10] else None,
                case_ids,
            )
        )
    return out
