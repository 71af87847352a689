"""The committee's profile and signers, as dated versions (a change adds a version; old ones stay)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from handbook.errors import InputError
from handbook.permissions import Op
from handbook.reference.admin_units import CommuneUnit, Province
from handbook.text.normalize import normalize_text
from handbook.vault.audit import now_iso
from handbook.vault.vault import Vault


class CommuneType(StrEnum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"

    @property
    def word(self) -> str:
        return {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}[self.value]


@dataclass(frozen=True)
class CommitteeProfile:
    valid_from: date
    commune_type: CommuneType
    commune_name: str  # "Tân An"
    committee_name: str  # "Đảng ủy xã Tân An"
    advisory_body: str  # "Ban Xây dựng Đảng" (or "Ban Tổ chức" in a special zone)
    place_name: str  # used in "Tân An, ngày … tháng … năm …"
    province_code: str = ""
    province_name: str = ""
    commune_code: str = ""

    @property
    def superior_body(self) -> str:
        return self.committee_name.upper()

    @property
    def issuing_body(self) -> str:
        return self.advisory_body.upper()


def profile_for_unit(unit: CommuneUnit, province: Province, valid_from: date) -> CommitteeProfile:
    """The usual profile of a commune-level unit from the reference list."""
    kind = {"xã": CommuneType.XA, "phường": CommuneType.PHUONG, "đặc khu": CommuneType.DAC_KHU}[unit.type]
    return CommitteeProfile(
        valid_from=valid_from,
        commune_type=kind,
        commune_name=unit.name,
        committee_name=f"Đảng ủy {kind.word} {unit.name}",
        advisory_body="Ban Tổ chức" if kind is CommuneType.DAC_KHU else "Ban Xây dựng Đảng",
        place_name=unit.name,
        province_code=province.code,
        province_name=province.name,
        commune_code=unit.code,
    )


_COLS = (
    "valid_from, commune_type, commune_name, committee_name, advisory_body, place_name, province_code,"
    " province_name, commune_code"
)


def _profile(r: Any) -> CommitteeProfile:
    return CommitteeProfile(
        date.fromisoformat(r[0]),
        CommuneType(r[1]),
        r[2],
        r[3],
        r[4],
        r[5],
        r[6] or "",
        r[7] or "",
        r[8] or "",
    )


def set_profile(vault: Vault, profile: CommitteeProfile) -> None:
    """Add a dated version of the profile (head only)."""
    clean = CommitteeProfile(
        profile.valid_from,
        profile.commune_type,
        normalize_text(profile.commune_name),
        normalize_text(profile.committee_name),
        normalize_text(profile.advisory_body),
        normalize_text(profile.place_name),
        profile.province_code,
        normalize_text(profile.province_name),
        profile.commune_code,
    )
    for name in ("commune_name", "committee_name", "advisory_body", "place_name"):
        if not getattr(clean, name):
            raise InputError("profile.field_missing", field=name)
    with vault.change(Op.SETTINGS_EDIT) as ch:
        before = profile_on_conn(vault.conn, clean.valid_from)
        vault.conn.execute(
            f"INSERT INTO committee_profile ({_COLS}, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                clean.valid_from.isoformat(),
                clean.commune_type.value,
                clean.commune_name,
                clean.committee_name,
                clean.advisory_body,
                clean.place_name,
                clean.province_code,
                clean.province_name,
                clean.commune_code,
                now_iso(),
            ),
        )
        ch.record(
            "profile.set",
            "profile",
            clean.valid_from.isoformat(),
            before.committee_name if before else None,
            clean.committee_name,
        )


def profile_on_conn(conn: Any, day: date) -> CommitteeProfile | None:
    r = conn.execute(
        f"SELECT {_COLS} FROM committee_profile WHERE valid_from <= ? ORDER BY valid_from DESC, id DESC LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    return _profile(r) if r else None


def profile_on(vault: Vault, day: date | None = None) -> CommitteeProfile | None:
    vault.actor.require(Op.READ)
    return profile_on_conn(vault.conn, day or date.today())


@dataclass(frozen=True)
class Signer:
    full_name: str
    position: str  # "head", "deputy", "secretary" … (who they are in the rule sets)
    title: str  # printed title, e.g. "Trưởng ban"
    valid_from: date
    valid_to: date | None = None
    username: str = ""


def add_signer(vault: Vault, signer: Signer) -> None:
    name, title = normalize_text(signer.full_name), normalize_text(signer.title)
    if not name or not title:
        raise InputError("profile.signer_incomplete")
    if signer.valid_to and signer.valid_to <= signer.valid_from:
        raise InputError("profile.signer_period")
    with vault.change(Op.SETTINGS_EDIT) as ch:
        cur = vault.conn.execute(
            "INSERT INTO signers (full_name, position, title, valid_from, valid_to, username)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                name,
                signer.position,
                title,
                signer.valid_from.isoformat(),
                signer.valid_to.isoformat() if signer.valid_to else None,
                signer.username,
            ),
        )
        ch.record(
            "signers.add",
            "signer",
            cur.lastrowid,
            None,
            {
                "full_name": name,
                "position": signer.position,
                "title": title,
                "valid_from": signer.valid_from.isoformat(),
            },
        )


def signers_on(vault: Vault, day: date | None = None) -> list[Signer]:
    vault.actor.require(Op.READ)
    d = (day or date.today()).isoformat()
    rows = vault.conn.execute(
        "SELECT full_name, position, title, valid_from, valid_to, username FROM signers"
        " WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) ORDER BY id",
        (d, d),
    ).fetchall()
    return [
        Signer(r[0], r[1], r[2], date.fromisoformat(r[3]), date.fromisoformat(r[4]) if r[4] else None, r[5] or "")
        for r in rows
    ]


@dataclass(frozen=True)
class SignerRecord:
    """A signer with the id of its record (to end a term)."""

    id: int
    signer: Signer


def list_signers(vault: Vault) -> list[SignerRecord]:
    """Every signer ever recorded, newest period first."""
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT id, full_name, position, title, valid_from, valid_to, username FROM signers"
        " ORDER BY valid_from DESC, id DESC"
    ).fetchall()
    return [
        SignerRecord(
            int(r[0]),
            Signer(r[1], r[2], r[3], date.fromisoformat(r[4]), date.fromisoformat(r[5]) if r[5] else None, r[6] or ""),
        )
        for r in rows
    ]


def end_signer(vault: Vault, signer_id: int, last_day: date) -> None:
    """End a signer's term: ``last_day`` is the last day in office (head only, audited)."""
    with vault.change(Op.SETTINGS_EDIT) as ch:
        row = vault.conn.execute("SELECT valid_from, valid_to FROM signers WHERE id = ?", (signer_id,)).fetchone()
        if row is None:
            raise InputError("profile.signer_not_found", id=signer_id)
        end = last_day + timedelta(days=1)  # valid_to is the first day no longer in office
        if end <= date.fromisoformat(row[0]):
            raise InputError("profile.signer_period")
        vault.conn.execute("UPDATE signers SET valid_to = ? WHERE id = ?", (end.isoformat(), signer_id))
        ch.record("signers.end", "signer", signer_id, {"valid_to": row[1]}, {"valid_to": end.isoformat()})
