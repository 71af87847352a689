"""What the forms read from the vault: the dated letterhead, signers, rule sets, fonts, members' facts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from handbook import settings
from handbook.dates import PartialDate
from handbook.flow.rules import RuleSet, rule_set_by_id, rules_on_conn, shipped_rule_sets
from handbook.forms.fonts import FontChoice, FontFamily, parse_font_choice, register_fonts
from handbook.forms.typeset import one_line
from handbook.orgs.profile import CommitteeProfile, CommuneType, profile_on_conn
from handbook.vault.vault import Vault

_COMMITTEE_PREFIX = re.compile(r"^\s*đảng\s+ủy\s+", re.IGNORECASE)
_TYPE_WORDS = ("đặc khu", "phường", "xã")
BLANK_NUMBER = "......"  # room to write a number by hand


@dataclass(frozen=True)
class Letterhead:
    """Who issues the commune's documents on a given date, as the header and text need them."""

    committee_name: str  # "Đảng ủy xã Tân An"
    advisory_body: str  # "Ban Xây dựng Đảng" / "Ban Tổ chức"
    place: str  # "Tân An"
    province_party: str  # "Đảng bộ tỉnh Nghệ An" ("" when the profile does not say)
    special_zone: bool

    @property
    def party_organisation(self) -> str:
        """The commune's Party organisation ("Đảng bộ xã Tân An"): the superior line of a cell's papers."""
        return _COMMITTEE_PREFIX.sub("Đảng bộ ", self.committee_name, count=1)

    @property
    def commune(self) -> str:
        """ "xã Tân An": the commune as a sentence names it."""
        return _COMMITTEE_PREFIX.sub("", self.committee_name, count=1)

    @property
    def advisory_full(self) -> str:
        """ "Ban Xây dựng Đảng Đảng ủy xã Tân An", as a sentence names the body."""
        return f"{self.advisory_body} {self.committee_name}"

    @property
    def advisory_short(self) -> str:
        """ "Ban XDĐ" for the "Lưu …" line."""
        words = self.advisory_body.split()
        if len(words) > 1 and words[0].lower() == "ban" and self.advisory_body.lower() != "ban tổ chức":
            return "Ban " + "".join(w[0].upper() for w in words[1:])
        return self.advisory_body

    def issuer(self, committee: bool) -> tuple[str, str]:
        """(superior, issuing body) of the header: the committee itself, or its advisory body."""
        if committee:
            return (self.province_party, self.committee_name)
        return (self.committee_name, self.advisory_body)

    def issuer_name(self, committee: bool) -> str:
        return self.committee_name if committee else self.advisory_full

    def archive(self, committee: bool) -> str:
        return "Lưu Văn phòng Đảng ủy." if committee else f"Lưu {self.advisory_short}."


def place_from_committee(name: str) -> str:
    """ "Đảng ủy xã Tân An" -> "Tân An" (when no profile says the place name)."""
    rest = _COMMITTEE_PREFIX.sub("", one_line(name), count=1)
    for word in _TYPE_WORDS:
        if rest.lower().startswith(word + " "):
            return rest[len(word) + 1 :].strip()
    return rest


@lru_cache(maxsize=64)
def _province_party(code: str, name: str) -> str:
    if not name:
        return ""
    kind = "tỉnh"
    if code:
        try:
            from handbook.reference.admin_units import load_admin_units

            province = load_admin_units().province(code)
        except Exception:  # the reference list cannot be read: keep "tỉnh"
            province = None
        if province is not None and province.full_name.lower().startswith("thành phố"):
            kind = "thành phố"
    return f"Đảng bộ {kind} {name}"


def letterhead(vault: Vault, day: date) -> Letterhead:
    """The letterhead in force on ``day`` (the dated profile; the vault's committee name without one)."""
    profile: CommitteeProfile | None = profile_on_conn(vault.conn, day)
    if profile is None:
        # Before the first dated profile: the vault's committee name; the province from the profile
        # that came later (the committee above the commune is not recorded for earlier years).
        committee = one_line(vault.meta("committee_name") or "")
        special = committee.lower().startswith("đảng ủy đặc khu")
        later = profile_on_conn(vault.conn, date.max)
        province = _province_party(later.province_code, one_line(later.province_name)) if later else ""
        return Letterhead(
            committee,
            "Ban Tổ chức" if special else "Ban Xây dựng Đảng",
            place_from_committee(committee),
            province,
            special,
        )
    return Letterhead(
        one_line(profile.committee_name),
        one_line(profile.advisory_body),
        one_line(profile.place_name),
        _province_party(profile.province_code, one_line(profile.province_name)),
        profile.commune_type is CommuneType.DAC_KHU,
    )


class RuleSets:
    """Rule sets by id (each read once), and the one in force on a date."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.by_id: dict[int, RuleSet] = {}
        self.by_day: dict[date, RuleSet] = {}

    def get(self, rule_set_id: int | None, fallback_day: date) -> RuleSet:
        if rule_set_id is None:
            return self.on(fallback_day)
        found = self.by_id.get(rule_set_id)
        if found is None:
            found = self.by_id[rule_set_id] = rule_set_by_id(self.vault.conn, rule_set_id)
        return found

    def on(self, day: date) -> RuleSet:
        found = self.by_day.get(day)
        if found is None:
            stored = rules_on_conn(self.vault.conn, day)
            newer = [r for r in shipped_rule_sets() if stored.effective_from < r.effective_from <= day]
            found = self.by_day[day] = newer[-1] if newer else stored
        return found


def is_committee_block(lines: tuple[str, ...]) -> bool:
    """A block signed on behalf of the committee ("T/M ĐẢNG ỦY …")."""
    return bool(lines) and "ĐẢNG ỦY" in one_line(lines[0]).upper()


def position_of(rules: RuleSet, lines: tuple[str, ...]) -> str:
    """The signer position (head, deputy, secretary …) whose block in ``rules`` has these lines."""
    wanted = tuple(one_line(x).upper() for x in lines)
    for block in rules.signature.values():
        if tuple(one_line(x).upper() for x in block.lines) == wanted:
            return block.signer_position
    return ""


def signer_name(vault: Vault, position: str, day: date) -> str:
    """Who held ``position`` on ``day`` (the signers table), or "" to leave room for a name."""
    if not position:
        return ""
    row = vault.conn.execute(
        "SELECT full_name FROM signers WHERE position = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)"
        " ORDER BY id DESC LIMIT 1",
        (position, day.isoformat(), day.isoformat()),
    ).fetchone()
    return one_line(row[0]) if row else ""


def font_family(vault: Vault, fonts: FontChoice | FontFamily | None = None) -> FontFamily:
    """The explicit choice, else the vault's ``forms.font`` setting."""
    if isinstance(fonts, FontFamily):
        return fonts
    choice = fonts or parse_font_choice(settings.get(vault, settings.FORM_FONT))
    return register_fonts(choice)


@dataclass(frozen=True)
class MemberFacts:
    """A member's details the forms print (read straight from the members table)."""

    birth: PartialDate | None
    gender: str
    occupation: str
    workplace: str
    card_no: str

    @property
    def birth_year(self) -> int | None:
        return self.birth.year if self.birth else None

    @property
    def job(self) -> str:
        """ "Chức vụ, đơn vị công tác": occupation and workplace as one phrase."""
        return ", ".join(p for p in (one_line(self.occupation), one_line(self.workplace)) if p)


def member_facts(conn: Any, member_ids: list[int]) -> dict[int, MemberFacts]:
    out: dict[int, MemberFacts] = {}
    ids = list(dict.fromkeys(member_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = conn.execute(
            "SELECT id, birth_date, coalesce(gender, ''), occupation, workplace, card_no FROM members"
            f" WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        for r in rows:
            out[int(r[0])] = MemberFacts(PartialDate.from_iso(r[1]), r[2], r[3], r[4], r[5])
    return out


def json_lines(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""
