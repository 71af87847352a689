"""Applying a bundle: opened and checked again, planned inside the transaction, written all together or not at all."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.exchange.model import (
    AckPayload,
    DispatchPayload,
    FiguresPayload,
    Kind,
    Opened,
    RequestsPayload,
)
from handbook.exchange.payloads import to_json
from handbook.exchange.preview import (
    AckPlan,
    DispatchPlan,
    FiguresPlan,
    Plan,
    RequestsPlan,
    plan_for,
)
from handbook.exchange.reader import open_bundle
from handbook.flow.cases import _get, _insert_case, _move
from handbook.flow.model import Action, CaseId, CaseState, Channel
from handbook.permissions import Op
from handbook.text.fold import search_key
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault

# Besides the right to apply bundles, each kind needs the right to do what it does.
KIND_OPS = {Kind.REQUESTS: Op.CASES_OPEN_YEAR, Kind.DISPATCH: Op.CASES_COMMENT, Kind.ACK: Op.DISPATCH}


@dataclass(frozen=True)
class Applied:
    """What one applied bundle changed (the CLI prints it, the GUI reacts to it)."""

    bundle_id: str
    kind: Kind
    sender: str
    summary: dict[str, int]


def preview_bundle(vault: Vault, data: bytes) -> tuple[Opened, Plan]:
    """Open and plan; nothing is written (the same checks apply will make)."""
    opened = open_bundle(vault, data)
    return opened, plan_for(vault.conn, opened)


def _link(conn: Any, applied_id: int, entity: str, entity_id: int) -> None:
    conn.execute(
        "INSERT INTO exchange_links (applied_id, entity, entity_id) VALUES (?, ?, ?)", (applied_id, entity, entity_id)
    )


def _workplace(conn: Any, ch: Change, opened: Opened, plan: RequestsPlan) -> int:
    org_id = plan.workplace_id
    if org_id is None:
        name = opened.header.sender.name
        cur = conn.execute(
            "INSERT INTO external_orgs (name, name_key, superior, address, note) VALUES (?, ?, '', '', ?)",
            (name, search_key(name), f"Thêm khi nhận tệp {opened.header.id[:8]}"),
        )
        org_id = int(cur.lastrowid)
        ch.record("external_orgs.add", "external_org", org_id, None, {"name": name, "from_bundle": opened.header.id})
    conn.execute(
        "UPDATE exchange_cards SET external_org_id = ? WHERE fingerprint = ?",
        (org_id, opened.header.sender.fingerprint),
    )
    return org_id


def _apply_requests(
    conn: Any, ch: Change, opened: Opened, p: RequestsPayload, plan: RequestsPlan, applied_id: int
) -> dict[str, int]:
    org_id = _workplace(conn, ch, opened, plan)
    received = opened.header.created.date().isoformat()
    for line in plan.new:
        assert line.registration_id is not None
        case_id = _insert_case(
            conn,
            ch,
            line.registration_id,
            p.year,
            line.exempt,
            org_id,
            p.deadline,
            doc_no=p.doc_no,
            channel=Channel.BUNDLE.value,
            received_date=received,
        )
        _link(conn, applied_id, "case", case_id)
        ch.record(
            "cases.request", "case", case_id, None, {"year": p.year, "doc_no": p.doc_no, "bundle": opened.header.id}
        )
    for line in plan.update:
        conn.execute(
            "UPDATE cases SET requested_by_org_id = ?, request_doc_no = ?, channel = ?, received_date = ?,"
            " deadline = ?, updated_at = ? WHERE id = ?",
            (org_id, p.doc_no, Channel.BUNDLE.value, received, p.deadline.isoformat(), now_iso(), line.case_id),
        )
        assert line.case_id is not None
        _link(conn, applied_id, "case", line.case_id)
        ch.record(
            "cases.request_received", "case", line.case_id, None, {"doc_no": p.doc_no, "bundle": opened.header.id}
        )
    return {
        "new": len(plan.new),
        "updated": len(plan.update),
        "already": len(plan.already),
        "skipped": plan.blocked,
    }


def _apply_dispatch(
    conn: Any, ch: Change, opened: Opened, p: DispatchPayload, plan: DispatchPlan, applied_id: int
) -> dict[str, int]:
    if plan.replaces is not None:  # a resend of the same dispatch: the new copy takes the old one's place
        conn.execute("DELETE FROM received_sheets WHERE received_dispatch_id = ?", (plan.replaces,))
        conn.execute("DELETE FROM received_dispatches WHERE id = ?", (plan.replaces,))
        ch.record("exchange.dispatch_replaced", "received_dispatch", plan.replaces, {"number": p.number}, None)
    cur = conn.execute(
        "INSERT INTO received_dispatches (applied_id, sender_name, year, number_text, date, signer_name,"
        " remote_dispatch_id, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            applied_id,
            opened.header.sender.name,
            p.year,
            p.number,
            p.date.isoformat(),
            p.signer_name,
            p.dispatch_id,
            p.pdf,
        ),
    )
    received_id = int(cur.lastrowid)
    rows = [
        (
            received_id,
            line.member_id,
            s.person.full_name,
            s.person.birth_date.iso() if s.person.birth_date else None,
            s.person.cccd or None,
            s.cell,
            json.dumps([[r.criterion, r.choice] for r in s.ratings], ensure_ascii=False),
            s.other_comment,
            s.confirm_number,
            s.confirm_date.isoformat() if s.confirm_date else None,
            s.confirm_signer,
        )
        for line, s in ((line, line.sheet) for line in plan.sheets)
    ]
    conn.executemany(
        "INSERT INTO received_sheets (received_dispatch_id, member_id, full_name, birth_date, cccd, cell_name,"
        " criteria, other_comment, confirm_number_text, confirm_date, confirm_signer_name)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    _link(conn, applied_id, "received_dispatch", received_id)
    ch.record(
        "exchange.dispatch_received",
        "received_dispatch",
        received_id,
        None,
        {"number": p.number, "sheets": len(rows), "from": opened.header.sender.name},
    )
    return {"sheets": len(rows), "matched": len(rows) - len(plan.unmatched), "unmatched": len(plan.unmatched)}


def _apply_ack(conn: Any, ch: Change, p: AckPayload, plan: AckPlan, applied_id: int) -> dict[str, int]:
    assert plan.dispatch_id is not None
    conn.execute(
        "UPDATE dispatches SET acknowledged_on = ? WHERE id = ?", (p.received_on.isoformat(), plan.dispatch_id)
    )
    moved = 0
    for (case_id,) in conn.execute("SELECT id FROM cases WHERE dispatch_id = ?", (plan.dispatch_id,)).fetchall():
        case = _get(conn, CaseId(case_id))
        if case.state is CaseState.DISPATCHED:
            _move(conn, ch, case, Action.ACKNOWLEDGE, "Nhận qua tệp trao đổi")
            moved += 1
    _link(conn, applied_id, "dispatch", plan.dispatch_id)
    ch.record("dispatch.acknowledge", "dispatch", plan.dispatch_id, None, {"on": p.received_on.isoformat()})
    return {"cases": moved}


def _apply_figures(conn: Any, ch: Change, opened: Opened, p: FiguresPayload, applied_id: int) -> dict[str, int]:
    sender = opened.header.sender
    cur = conn.execute(
        "INSERT INTO province_figures (applied_id, commune_code, commune_name, year, as_of, sent_at, members, cases,"
        " figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            applied_id,
            sender.code,
            p.commune_name or sender.name,
            p.year,
            p.as_of.isoformat(),
            opened.header.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
            p.members,
            sum(p.cases.values()),
            json.dumps(to_json(p), ensure_ascii=False),
        ),
    )
    _link(conn, applied_id, "province_figures", int(cur.lastrowid))
    ch.record(
        "exchange.figures", "province_figures", int(cur.lastrowid), None, {"commune": sender.code, "year": p.year}
    )
    return {"cells": len(p.cells), "members": p.members}


def _refusal(plan: Plan, skip_unmatched: bool) -> InputError | None:
    if isinstance(plan, RequestsPlan) and plan.blocked and not skip_unmatched:
        return InputError("exchange.requests_blocked", unmatched=len(plan.unmatched), conflicts=len(plan.conflicts))
    if isinstance(plan, AckPlan) and plan.problem is not None:
        return InputError("exchange.ack_refused", problem=plan.problem)
    return None


def apply_bundle(vault: Vault, data: bytes, *, skip_unmatched: bool = False) -> Applied:
    """Write the bundle into the vault in one transaction; refused bundles and plans change nothing.

    Requests that match nobody, or match with a conflict, refuse the whole bundle unless ``skip_unmatched``
    (then they are left out and counted as skipped; the bundle still counts as applied)."""
    vault.actor.require(Op.EXCHANGE_APPLY)
    opened = open_bundle(vault, data)
    kind_op = KIND_OPS.get(opened.header.kind)
    if kind_op is not None:
        vault.actor.require(kind_op)
    conn, h = vault.conn, opened.header
    with vault.change(Op.EXCHANGE_APPLY) as ch:
        plan = plan_for(conn, opened)
        refusal = _refusal(plan, skip_unmatched)
        if refusal is not None:
            raise refusal
        cur = conn.execute(
            "INSERT INTO exchange_applied (bundle_id, kind, sender_fingerprint, sender_name, created, applied_at,"
            " applied_by, summary) VALUES (?, ?, ?, ?, ?, ?, ?, '{}')",
            (
                h.id,
                h.kind.value,
                h.sender.fingerprint,
                h.sender.name,
                h.created.strftime("%Y-%m-%dT%H:%M:%SZ"),
                now_iso(),
                vault.actor.username,
            ),
        )
        applied_id = int(cur.lastrowid)
        p = opened.payload
        if isinstance(p, RequestsPayload) and isinstance(plan, RequestsPlan):
            summary = _apply_requests(conn, ch, opened, p, plan, applied_id)
        elif isinstance(p, DispatchPayload) and isinstance(plan, DispatchPlan):
            summary = _apply_dispatch(conn, ch, opened, p, plan, applied_id)
        elif isinstance(p, AckPayload) and isinstance(plan, AckPlan):
            summary = _apply_ack(conn, ch, p, plan, applied_id)
        elif isinstance(p, FiguresPayload) and isinstance(plan, FiguresPlan):
            summary = _apply_figures(conn, ch, opened, p, applied_id)
        else:  # pragma: no cover - plan_for pairs them
            raise TypeError(p)
        conn.execute("UPDATE exchange_applied SET summary = ? WHERE id = ?", (json.dumps(summary), applied_id))
        ch.record("exchange.apply", "bundle", h.id, None, {"kind": h.kind.value, "from": h.sender.name, **summary})
    return Applied(h.id, h.kind, h.sender.name, summary)


def applied_on(vault: Vault, bundle_id: str) -> date | None:
    row = vault.conn.execute("SELECT applied_at FROM exchange_applied WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return date.fromisoformat(row[0][:10]) if row else None
