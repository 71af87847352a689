"""Reorganising cells (merge, split, move members in bulk): one dated transaction each, with handover data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from typing import Literal

from handbook.errors import InputError
from handbook.members.model import MemberId
from handbook.orgs.model import Org, OrgId
from handbook.orgs.repo import assign_in, get_org_conn, insert_org
from handbook.permissions import Op
from handbook.text.normalize import normalize_text
from handbook.vault.vault import Change, Vault


@dataclass(frozen=True)
class HandoverLine:
    member_id: MemberId
    full_name: str
    birth_date: str
    card_no: str
    from_cell: str
    to_cell: str


@dataclass(frozen=True)
class Handover:
    """What the handover record (biên bản bàn giao) prints: who went from which cell to which."""

    kind: Literal["merge", "split", "move"]
    date: dt.date
    decision_no: str
    decision_date: dt.date | None
    sources: tuple[Org, ...]
    targets: tuple[Org, ...]
    lines: tuple[HandoverLine, ...]

    def count_from(self, org_id: OrgId) -> int:
        source = next(o.name for o in self.sources if o.id == org_id)
        return sum(1 for ln in self.lines if ln.from_cell == source)


def _check_decision(decision_no: str) -> str:
    decision_no = normalize_text(decision_no)
    if not decision_no:
        raise InputError("reorg.decision_missing")
    return decision_no


def _active_cell(vault: Vault, org_id: OrgId, when: date) -> Org:
    org = get_org_conn(vault.conn, org_id)
    if not org.type.holds_members:
        raise InputError("org.not_a_cell", name=org.name)
    if not org.active_on(when):
        raise InputError("org.inactive", name=org.name, date=when.strftime("%d/%m/%Y"))
    return org


def _current_members(vault: Vault, org_id: OrgId) -> list[tuple[MemberId, str, str, str]]:
    rows = vault.conn.execute(
        "SELECT m.id, trim(m.ho || ' ' || m.dem || ' ' || m.ten), coalesce(m.birth_date, ''), m.card_no"
        " FROM assignments a JOIN members m ON m.id = a.member_id"
        " WHERE a.org_id = ? AND a.valid_to IS NULL ORDER BY m.sort_key",
        (org_id,),
    ).fetchall()
    return [(MemberId(r[0]), " ".join(r[1].split()), r[2], r[3]) for r in rows]


def _end_org(
    vault: Vault,
    ch: Change,
    org: Org,
    when: date,
    successors: list[OrgId],
    kind: str,
    decision_no: str,
    decision_date: date | None,
) -> None:
    vault.conn.execute("UPDATE orgs SET valid_to = ? WHERE id = ?", (when.isoformat(), org.id))
    for successor in successors:
        vault.conn.execute(
            "INSERT INTO org_successions (from_org, to_org, kind, date, decision_no, decision_date)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                org.id,
                successor,
                kind,
                when.isoformat(),
                decision_no,
                decision_date.isoformat() if decision_date else None,
            ),
        )
    ch.record(
        f"orgs.{kind}",
        "org",
        org.id,
        {"valid_to": None},
        {"valid_to": when.isoformat(), "successors": successors, "decision_no": decision_no},
    )


def _move_registrations(vault: Vault, ch: Change, source: OrgId, target: OrgId, when: date) -> None:
    """Working members registered at a merged cell (213) continue at the new cell, their history kept."""
    rows = vault.conn.execute(
        "SELECT registration_id FROM registration_cells WHERE cell_id = ? AND valid_to IS NULL", (source,)
    ).fetchall()
    for (reg_id,) in rows:
        vault.conn.execute(
            "UPDATE registration_cells SET valid_to = ? WHERE registration_id = ? AND valid_to IS NULL",
            (when.isoformat(), reg_id),
        )
        vault.conn.execute(
            "INSERT INTO registration_cells (registration_id, cell_id, valid_from) VALUES (?, ?, ?)",
            (reg_id, target, when.isoformat()),
        )
        ch.record(
            "registrations.cell",
            "registration",
            reg_id,
            {"cell_id": source},
            {"cell_id": target, "from": when.isoformat(), "reason": "merge"},
        )


def merge_cells(
    vault: Vault,
    sources: list[OrgId],
    *,
    when: date,
    decision_no: str,
    decision_date: date | None = None,
    into: OrgId | None = None,
    into_name: str = "",
) -> Handover:
    """Merge ``sources`` into an existing cell ``into`` or a new cell named ``into_name``."""
    decision_no = _check_decision(decision_no)
    if (into is None) == (not into_name.strip()):
        raise InputError("reorg.merge_target")
    source_orgs = [_active_cell(vault, s, when) for s in dict.fromkeys(sources)]
    if into is not None and into in sources:
        raise InputError("reorg.merge_into_source")
    if len(source_orgs) < (1 if into is not None else 2):
        raise InputError("reorg.merge_too_few")
    lines: list[HandoverLine] = []
    with vault.change(Op.ORGS_EDIT) as ch:
        if into is None:
            first = source_orgs[0]
            target_id = insert_org(
                vault.conn,
                ch,
                into_name,
                first.type,
                first.parent_id,
                residential=all(o.residential for o in source_orgs),
                valid_from=when,
                decision=decision_no,
            )
        else:
            target_id = _active_cell(vault, into, when).id
        target = get_org_conn(vault.conn, target_id)
        for org in source_orgs:
            for member_id, name, birth, card in _current_members(vault, org.id):
                assign_in(
                    vault.conn,
                    ch,
                    member_id,
                    target.id,
                    when,
                    reason="Sáp nhập chi bộ",
                    decision_no=decision_no,
                )
                lines.append(HandoverLine(member_id, name, birth, card, org.name, target.name))
            _move_registrations(vault, ch, org.id, target.id, when)
            _end_org(vault, ch, org, when, [target.id], "merge", decision_no, decision_date)
    return Handover("merge", when, decision_no, decision_date, tuple(source_orgs), (target,), tuple(lines))


def split_cell(
    vault: Vault,
    source: OrgId,
    parts: list[tuple[str, list[MemberId]]],
    *,
    when: date,
    decision_no: str,
    decision_date: date | None = None,
) -> Handover:
    """Split ``source`` into new cells; every current member must go to exactly one part."""
    decision_no = _check_decision(decision_no)
    org = _active_cell(vault, source, when)
    if len(parts) < 2:
        raise InputError("reorg.split_too_few")
    current = {m[0]: m for m in _current_members(vault, org.id)}
    placed: dict[MemberId, int] = {}
    for index, (_, members) in enumerate(parts):
        for m in members:
            if m not in current:
                raise InputError("reorg.split_not_member", id=m, cell=org.name)
            if m in placed:
                raise InputError("reorg.split_twice", id=m)
            placed[m] = index
    missing = [current[m][1] for m in current if m not in placed]
    if missing:
        raise InputError("reorg.split_unplaced", count=len(missing), names=", ".join(missing[:5]))
    lines: list[HandoverLine] = []
    targets: list[Org] = []
    with vault.change(Op.ORGS_EDIT) as ch:
        for name, members in parts:
            new_id = insert_org(
                vault.conn,
                ch,
                name,
                org.type,
                org.parent_id,
                residential=org.residential,
                valid_from=when,
                decision=decision_no,
            )
            new = get_org_conn(vault.conn, new_id)
            targets.append(new)
            for m in members:
                assign_in(vault.conn, ch, m, new.id, when, reason="Chia tách chi bộ", decision_no=decision_no)
                _, full, birth, card = current[m]
                lines.append(HandoverLine(m, full, birth, card, org.name, new.name))
        _end_org(vault, ch, org, when, [t.id for t in targets], "split", decision_no, decision_date)
    return Handover("split", when, decision_no, decision_date, (org,), tuple(targets), tuple(lines))


def move_members(
    vault: Vault,
    members: list[MemberId],
    to: OrgId,
    *,
    when: date,
    decision_no: str,
    reason: str = "Chuyển sinh hoạt trong xã",
) -> Handover:
    """Move several members to another cell in one transaction."""
    decision_no = _check_decision(decision_no)
    target = _active_cell(vault, to, when)
    if not members:
        raise InputError("reorg.move_none")
    lines: list[HandoverLine] = []
    sources: dict[OrgId, Org] = {}
    with vault.change(Op.ORGS_EDIT) as ch:
        for m in dict.fromkeys(members):
            row = vault.conn.execute(
                "SELECT trim(m.ho || ' ' || m.dem || ' ' || m.ten),"
                " coalesce(m.birth_date, ''), m.card_no,"
                " a.org_id FROM members m"
                " LEFT JOIN assignments a ON a.member_id = m.id AND a.valid_to IS NULL"
                " WHERE m.id = ?",
                (m,),
            ).fetchone()
            if row is None:
                raise InputError("member.not_found", id=m)
            from_name = ""
            if row[3] is not None:
                src = sources.setdefault(OrgId(row[3]), get_org_conn(vault.conn, OrgId(row[3])))
                from_name = src.name
            assign_in(vault.conn, ch, m, target.id, when, reason=reason, decision_no=decision_no)
            lines.append(HandoverLine(m, " ".join(row[0].split()), row[1], row[2], from_name, target.name))
    return Handover("move", when, decision_no, None, tuple(sources.values()), (target,), tuple(lines))
