"""Registering working members at their residence, moving them between cells, ending registrations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.flow import numbers
from handbook.flow.model import Category, EndReason, Registration, RegistrationId, ResidenceKind
from handbook.flow.rules import stamp
from handbook.members.model import MemberData, MemberId
from handbook.members.repo import insert_member
from handbook.members.validate import normalize_member, validate_member
from handbook.orgs.model import ExternalOrgId, Org, OrgId
from handbook.orgs.profile import CommitteeProfile, CommuneType, profile_on_conn
from handbook.orgs.repo import get_org_conn
from handbook.permissions import Op
from handbook.text.normalize import normalize_multiline, normalize_text
from handbook.validation import decide
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_SELECT = (
    "SELECT r.id, r.member_id, trim(m.ho || ' ' || m.dem || ' ' || m.ten), r.workplace_org_id,"
    " coalesce(e.name, ''), r.letter_no, r.letter_date, r.received_date, r.residence_kind, r.residence_address,"
    " r.category, r.notes, rc.cell_id, coalesce(o.name, ''), r.ended_on, r.end_reason"
    " FROM registrations r JOIN members m ON m.id = r.member_id"
    " LEFT JOIN external_orgs e ON e.id = r.workplace_org_id"
    " LEFT JOIN registration_cells rc ON rc.registration_id = r.id AND rc.valid_to IS NULL"
    " LEFT JOIN orgs o ON o.id = rc.cell_id"
)


def _registration(r: Any) -> Registration:
    return Registration(
        RegistrationId(r[0]),
        MemberId(r[1]),
        " ".join(r[2].split()),
        r[3],
        r[4],
        r[5],
        _d(r[6]),
        date.fromisoformat(r[7]),
        ResidenceKind(r[8]),
        r[9],
        Category(r[10]),
        r[11],
        OrgId(r[12]) if r[12] is not None else None,
        r[13],
        _d(r[14]),
        EndReason(r[15]) if r[15] else None,
    )


def residence_cell(conn: Any, cell_id: OrgId, on: date) -> Org:
    cell = get_org_conn(conn, cell_id)
    if not cell.type.holds_members:
        raise InputError("org.not_a_cell", name=cell.name)
    if not cell.residential:
        raise InputError("flow.cell_not_residential", name=cell.name)
    if not cell.active_on(on):
        raise InputError("org.inactive", name=cell.name, date=on.strftime("%d/%m/%Y"))
    return cell


@dataclass(frozen=True)
class Letter:
    """A workplace committee's introduction letter as the office records it."""

    workplace_org_id: ExternalOrgId | None
    letter_no: str
    letter_date: date | None
    received_date: date
    residence_kind: ResidenceKind
    residence_address: str
    cell_id: OrgId | None
    category: Category = Category.NORMAL
    notes: str = ""


def register(
    vault: Vault,
    member_id: MemberId,
    *,
    workplace_org_id: ExternalOrgId | None,
    letter_no: str,
    letter_date: date | None,
    received_date: date,
    residence_kind: ResidenceKind,
    residence_address: str,
    cell_id: OrgId | None,
    category: Category = Category.NORMAL,
    notes: str = "",
) -> RegistrationId:
    """Record an introduction letter from a workplace committee and assign the residence cell."""
    letter = Letter(
        workplace_org_id,
        letter_no,
        letter_date,
        received_date,
        residence_kind,
        residence_address,
        cell_id,
        category,
        notes,
    )
    vault.actor.require(Op.REGISTRATIONS_EDIT)
    conn = vault.conn
    if conn.execute("SELECT 1 FROM members WHERE id = ?", (member_id,)).fetchone() is None:
        raise InputError("member.not_found", id=member_id)
    active = conn.execute(
        "SELECT id FROM registrations WHERE member_id = ? AND ended_on IS NULL", (member_id,)
    ).fetchone()
    if active:
        raise InputError("flow.already_registered", id=active[0])
    check_letter(conn, letter)
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        return insert_registration(conn, ch, member_id, letter)


def register_new_member(
    vault: Vault, data: MemberData, letter: Letter, *, accept: bool | set[str] = False
) -> tuple[MemberId, RegistrationId]:
    """A working member not yet in the vault, and their registration: one transaction, both or neither."""
    vault.actor.require(Op.MEMBERS_EDIT)
    vault.actor.require(Op.REGISTRATIONS_EDIT)
    data = normalize_member(data)
    decide(validate_member(vault.conn, data), accept)
    check_letter(vault.conn, letter)
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        member_id = insert_member(vault.conn, ch, data)
        return member_id, insert_registration(vault.conn, ch, member_id, letter)


def check_letter(conn: Any, letter: Letter) -> None:
    """The letter's own rules (dates, workplace, residence cell), checked before anything is written."""
    if (
        letter.workplace_org_id is not None
        and conn.execute("SELECT 1 FROM external_orgs WHERE id = ?", (letter.workplace_org_id,)).fetchone() is None
    ):
        raise InputError("flow.workplace_not_found", id=letter.workplace_org_id)
    if letter.letter_date and letter.letter_date > letter.received_date:
        raise InputError(
            "flow.received_before_letter",
            letter=letter.letter_date.strftime("%d/%m/%Y"),
            received=letter.received_date.strftime("%d/%m/%Y"),
        )
    if letter.received_date > date.today():
        raise InputError("flow.date_in_future", date=letter.received_date.strftime("%d/%m/%Y"))
    if letter.cell_id is not None:
        residence_cell(conn, letter.cell_id, letter.received_date)


def insert_registration(conn: Any, ch: Change, member_id: MemberId, letter: Letter) -> RegistrationId:
    """Write a checked registration (and its first cell) inside the caller's transaction."""
    cur = conn.execute(
        "INSERT INTO registrations (member_id, workplace_org_id, letter_no, letter_date, received_date,"
        " residence_kind, residence_address, category, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            member_id,
            letter.workplace_org_id,
            normalize_text(letter.letter_no),
            letter.letter_date.isoformat() if letter.letter_date else None,
            letter.received_date.isoformat(),
            letter.residence_kind.value,
            normalize_text(letter.residence_address),
            letter.category.value,
            normalize_multiline(letter.notes),
            now_iso(),
        ),
    )
    reg_id = RegistrationId(int(cur.lastrowid))
    ch.record(
        "registrations.add",
        "registration",
        reg_id,
        None,
        {
            "member_id": member_id,
            "workplace_org_id": letter.workplace_org_id,
            "letter_no": letter.letter_no,
            "received_date": letter.received_date.isoformat(),
            "cell_id": letter.cell_id,
            "category": letter.category.value,
        },
    )
    if letter.cell_id is not None:
        _set_cell(conn, ch, reg_id, letter.cell_id, letter.received_date)
    return reg_id


def _issue_introductions_up_to(conn: Any, ch: Change, reg_id: RegistrationId, on: date) -> str:
    """Number the letter of ``reg_id`` and, first, every letter of the same year dated before it that has no
    number yet (in date order): the numbers of a register follow the dates its letters were issued, whatever
    order they are printed in. Returns the number of ``reg_id``'s letter."""
    pending = conn.execute(
        "SELECT r.id, r.received_date FROM registrations r"
        " WHERE r.received_date >= ? AND (r.received_date < ? OR (r.received_date = ? AND r.id <= ?))"
        " AND r.category != ? AND EXISTS (SELECT 1 FROM registration_cells rc WHERE rc.registration_id = r.id)"
        " AND NOT EXISTS (SELECT 1 FROM doc_numbers n WHERE n.doc_type = 'introduction'"
        "  AND n.entity = 'registration' AND n.entity_id = r.id)"
        " ORDER BY r.received_date, r.id",
        (date(on.year, 1, 1).isoformat(), on.isoformat(), on.isoformat(), reg_id, Category.EXEMPT_INTRODUCTION.value),
    ).fetchall()
    text = ""
    for other_id, received in pending:
        number = _issue_introduction(conn, ch, RegistrationId(int(other_id)), date.fromisoformat(received))
        if int(other_id) == int(reg_id):
            text = number
    return text or _issue_introduction(conn, ch, reg_id, on)


def _issue_introduction(conn: Any, ch: Change, reg_id: RegistrationId, on: date) -> str:
    """The commune's introduction letter, dated the day the workplace's letter was received, takes its number."""
    rules = stamp(conn, ch, on)
    profile = profile_on_conn(conn, on)
    special = bool(profile and profile.commune_type is CommuneType.DAC_KHU)
    code = rules.document_codes["introduction"]
    _, text = numbers.issue(conn, code, "introduction", on, "registration", reg_id, special_zone=special)
    ch.record("registrations.introduction_number", "registration", reg_id, None, {"number": text})
    return text


def _set_cell(conn: Any, ch: Change, reg_id: RegistrationId, cell_id: OrgId, on: date) -> None:
    before = conn.execute(
        "SELECT cell_id FROM registration_cells WHERE registration_id = ? AND valid_to IS NULL", (reg_id,)
    ).fetchone()
    if before and before[0] == cell_id:
        return
    conn.execute(
        "UPDATE registration_cells SET valid_to = ? WHERE registration_id = ? AND valid_to IS NULL",
        (on.isoformat(), reg_id),
    )
    conn.execute(
        "INSERT INTO registration_cells (registration_id, cell_id, valid_from) VALUES (?, ?, ?)",
        (reg_id, cell_id, on.isoformat()),
    )
    ch.record(
        "registrations.cell",
        "registration",
        reg_id,
        {"cell_id": before[0] if before else None},
        {"cell_id": cell_id, "from": on.isoformat()},
    )


def move_to_cell(vault: Vault, reg_id: RegistrationId, cell_id: OrgId, on: date) -> None:
    """The member moved inside the commune: same registration, one history, a new residence cell."""
    vault.actor.require(Op.REGISTRATIONS_EDIT)
    reg = get_registration(vault, reg_id)
    if not reg.active:
        raise InputError("flow.registration_ended", name=reg.member_name)
    residence_cell(vault.conn, cell_id, on)
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        _set_cell(vault.conn, ch, reg_id, cell_id, on)


def end_registration(vault: Vault, reg_id: RegistrationId, on: date, reason: EndReason, note: str = "") -> None:
    vault.actor.require(Op.REGISTRATIONS_EDIT)
    reg = get_registration(vault, reg_id)
    if not reg.active:
        raise InputError("flow.registration_ended", name=reg.member_name)
    if on < reg.received_date:
        raise InputError(
            "flow.end_before_start",
            date=on.strftime("%d/%m/%Y"),
            received=reg.received_date.strftime("%d/%m/%Y"),
        )
    with vault.change(Op.REGISTRATIONS_EDIT) as ch:
        vault.conn.execute(
            "UPDATE registrations SET ended_on = ?, end_reason = ?, end_note = ? WHERE id = ?",
            (on.isoformat(), reason.value, normalize_text(note), reg_id),
        )
        vault.conn.execute(
            "UPDATE registration_cells SET valid_to = ? WHERE registration_id = ? AND valid_to IS NULL",
            (on.isoformat(), reg_id),
        )
        ch.record(
            "registrations.end",
            "registration",
            reg_id,
            {"ended_on": None},
            {"ended_on": on.isoformat(), "reason": reason.value, "note": note},
        )


def get_registration(vault: Vault, reg_id: RegistrationId) -> Registration:
    vault.actor.require(Op.READ)
    row = vault.conn.execute(_SELECT + " WHERE r.id = ?", (reg_id,)).fetchone()
    if row is None:
        raise InputError("flow.registration_not_found", id=reg_id)
    return _registration(row)


def list_registrations(vault: Vault, *, active_only: bool = True, cell_id: OrgId | None = None) -> list[Registration]:
    vault.actor.require(Op.READ)
    clauses, params = [], []
    if active_only:
        clauses.append("r.ended_on IS NULL")
    if cell_id is not None:
        clauses.append("rc.cell_id = ?")
        params.append(cell_id)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = vault.conn.execute(_SELECT + where + " ORDER BY m.sort_key, r.id", params).fetchall()
    return [_registration(r) for r in rows]


@dataclass(frozen=True)
class Endorsement:
    """What the commune writes on (or attaches to) the introduction letter, and its letter to the cell."""

    registration: Registration
    profile: CommitteeProfile | None
    received_text: str  # "Tiếp nhận ngày 05 tháng 02 năm 2026"
    introduced_text: str  # "Đã giới thiệu về sinh hoạt tại Chi bộ thôn Đông"
    letter_number_text: str  # the commune's own letter's number, e.g. "7-GT/BXDĐ"


def vn_date_words(d: date) -> str:
    """ "ngày 05 tháng 02 năm 2026": days 1–9 and months 1–2 zero-padded, as the Party's format writes."""
    day = f"{d.day:02d}" if d.day < 10 else str(d.day)
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    return f"ngày {day} tháng {month} năm {d.year}"


def endorsement(vault: Vault, reg_id: RegistrationId) -> Endorsement:
    """The endorsement data; the commune's letter number is taken from the register once and kept."""
    reg = get_registration(vault, reg_id)
    if reg.cell_id is None:
        raise InputError("flow.no_cell_yet", name=reg.member_name)
    conn = vault.conn
    number_text = numbers.number_of(conn, "introduction", "registration", reg_id)
    if number_text is None:
        with vault.change(Op.REGISTRATIONS_EDIT) as ch:
            number_text = _issue_introductions_up_to(conn, ch, reg_id, reg.received_date)
    return Endorsement(
        reg,
        profile_on_conn(conn, reg.received_date),
        f"Tiếp nhận {vn_date_words(reg.received_date)}",
        f"Đã giới thiệu về sinh hoạt tại {reg.cell_name}",
        number_text,
    )
