"""Member validation: errors block saving, warnings may be accepted; every message names its field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Protocol

from handbook.i18n import Message
from handbook.members.model import MemberData, MemberId
from handbook.text import ids
from handbook.text.fold import search_key
from handbook.text.normalize import normalize_multiline, normalize_text
from handbook.text.problems import Problem, error, warning

_TEXT_NAMES = (
    "ho",
    "dem",
    "ten",
    "hometown",
    "ethnicity",
    "religion",
    "education",
    "theory",
    "occupation",
    "workplace",
    "address",
)


def _normalized(values: Mapping[str, Any], text: Callable[[str], str]) -> dict[str, object]:
    """The normalised text and ids of ``values`` (a record's fields by name; a missing one is empty)."""
    changes: dict[str, object] = {name: text(values.get(name, "")) for name in _TEXT_NAMES}
    changes["note"] = normalize_multiline(values.get("note", ""))
    changes["cccd"] = ids.normalize_cccd(values.get("cccd", ""))
    changes["cmnd"] = ids.normalize_cccd(values.get("cmnd", ""))
    phone = values.get("phone", "")
    changes["phone"] = ids.normalize_phone(phone) if phone.strip() else ""
    changes["card_no"] = ids.normalize_party_card(values.get("card_no", ""))
    return changes


def normalize_member(data: MemberData, *, text: Callable[[str], str] = normalize_text) -> MemberData:
    """One normalisation for every way in: NFC, Đ, spaces; ids and phones in their canonical form.
    ``text``: ``normalize_text`` itself or a cache of it (an import meets the same words on every row)."""
    return data.with_changes(**_normalized(vars(data), text))


def normalized_member(values: Mapping[str, object], *, text: Callable[[str], str] = normalize_text) -> MemberData:
    """``normalize_member(MemberData(**values))`` built in one go (an import builds thousands)."""
    return MemberData(**{**values, **_normalized(values, text)})  # type: ignore[arg-type]


# The longest a field may be (characters). Far above any real value, low enough that a pasted page or a
# shifted column in an import is caught instead of stored.
MAX_LENGTH: dict[str, int] = {
    "ho": 50,
    "dem": 80,
    "ten": 50,
    "hometown": 300,
    "ethnicity": 50,
    "religion": 80,
    "cccd": 20,
    "cmnd": 20,
    "phone": 30,
    "card_no": 40,
    "education": 100,
    "theory": 100,
    "occupation": 200,
    "workplace": 300,
    "address": 300,
    "note": 5000,
}


class Duplicates(Protocol):
    """Who in the vault already holds a CCCD, or a name and birth date (other than ``member_id``)."""

    def cccd_holder(self, cccd: str, member_id: MemberId | None) -> str | None:
        """The full name of another member with ``cccd``, None when there is none."""
        ...

    def same_name_birth(self, name_key: str, birth: str, member_id: MemberId | None) -> bool:
        """True when another member has the folded name ``name_key`` and the ISO birth date ``birth``."""
        ...


class VaultDuplicates:
    """``Duplicates`` asked of the database, a query each."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def cccd_holder(self, cccd: str, member_id: MemberId | None) -> str | None:
        row = self.conn.execute(
            "SELECT id, ho, dem, ten FROM members WHERE cccd = ? AND id IS NOT ?", (cccd, member_id)
        ).fetchone()
        return " ".join(p for p in row[1:] if p) if row else None

    def same_name_birth(self, name_key: str, birth: str, member_id: MemberId | None) -> bool:
        row = self.conn.execute(
            "SELECT id FROM members WHERE name_key = ? AND birth_date = ? AND id IS NOT ?", (name_key, birth, member_id)
        ).fetchone()
        return row is not None


def validate_member(
    conn: Any,
    data: MemberData,
    member_id: MemberId | None = None,
    today: date | None = None,
    *,
    duplicates: Duplicates | None = None,
    name_key: str | None = None,
) -> list[Problem]:
    """All problems with ``data`` (already normalised), including duplicates in the vault (asked of
    ``duplicates`` when given: an import looks them up in bulk; ``name_key``: the folded full name, if known)."""
    today = today or date.today()
    problems: list[Problem] = []
    for name, limit in MAX_LENGTH.items():
        length = len(getattr(data, name))
        if length > limit:
            problems.append(error(name, "member.too_long", field=Message(f"field.{name}"), length=length, max=limit))
    if not data.ten:
        problems.append(error("ten", "member.name_missing"))
    birth_year = data.birth_date.year if data.birth_date else None
    gender = data.gender.value if data.gender else None
    problems.extend(ids.check_cccd(data.cccd, gender=gender, birth_year=birth_year, field="cccd"))
    if data.phone:
        problems.extend(ids.check_phone(data.phone, field="phone"))
    if data.birth_date and data.birth_date.earliest() > today:
        problems.append(error("birth_date", "member.birth_in_future", value=data.birth_date.display()))
    for name in ("admitted", "official"):
        value = getattr(data, name)
        if value and value.earliest() > today:
            problems.append(error(name, "member.date_in_future", value=value.display()))
    if data.admitted and data.official and data.official.surely_before(data.admitted):
        problems.append(
            error(
                "official",
                "member.official_before_admitted",
                official=data.official.display(),
                admitted=data.admitted.display(),
            )
        )
    if data.birth_date and data.admitted:
        age = data.admitted.year - data.birth_date.year
        if age < 18:
            problems.append(warning("admitted", "member.admitted_young", age=age))
    lookup = duplicates or VaultDuplicates(conn)
    if data.cccd:
        holder = lookup.cccd_holder(data.cccd, member_id)
        if holder is not None:
            problems.append(error("cccd", "member.cccd_taken", cccd=data.cccd, name=holder))
    if data.ten and data.birth_date:
        key = name_key if name_key is not None else search_key(data.full_name)
        if lookup.same_name_birth(key, data.birth_date.iso(), member_id):
            problems.append(
                warning("ten", "member.same_name_birth", name=data.full_name, birth=data.birth_date.display())
            )
    return problems


def warning_keys(problems: list[Problem]) -> set[str]:
    """Stable keys by which a person accepts specific warnings (field and message id)."""
    return {f"{p.field}:{p.message.id}" for p in problems if not p.is_error}
