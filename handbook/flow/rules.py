"""Rule sets as dated data: criteria, labels, signature blocks, document codes, deadline, meetings.

Shipped versions live in ``resources/rules/*.json``. A vault copies each shipped version the
first time it is used and keeps every version the head saves, so a case always prints with the
rule set it was made under.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any, NewType

from handbook.errors import InputError
from handbook.flow.wording import complete, parse_wording
from handbook.permissions import Op
from handbook.text.normalize import normalize_text
from handbook.vault.audit import now_iso
from handbook.vault.vault import Change, Vault

RuleSetId = NewType("RuleSetId", int)
LABELS_PER_CRITERION = 3


@dataclass(frozen=True)
class Criterion:
    text: str
    labels: tuple[str, str, str]


@dataclass(frozen=True)
class SignatureBlock:
    lines: tuple[str, ...]
    signer_position: str


@dataclass(frozen=True)
class DocCode:
    type: str
    issuer: str
    issuer_special_zone: str = ""

    def number_text(self, number: int, *, special_zone: bool = False) -> str:
        """ "12-XN/BXDĐ": the number, the document type and the issuer (no "Số", no colon)."""
        issuer = self.issuer_special_zone if special_zone and self.issuer_special_zone else self.issuer
        return f"{number}-{self.type}/{issuer}"


@dataclass(frozen=True)
class RuleSet:
    key: str
    effective_from: date
    source: str
    sheet_title: str
    criteria_normal: tuple[Criterion, ...]
    criteria_exempt: tuple[Criterion, ...]
    other_comment_label: str
    confirmer: str  # "committee" (before Conclusion 202) or "advisory_head"
    signature: dict[str, SignatureBlock]
    cell_signature_choices: tuple[tuple[str, ...], ...]
    document_codes: dict[str, DocCode]
    deadline_month: int
    deadline_day: int
    meetings_per_year: int
    # The regulation letters cite as their basis; data, because the Politburo has asked for 213 to be replaced.
    legal_basis: str = "Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị"
    id: RuleSetId | None = None
    wording: Mapping[str, str] = field(default_factory=dict)  # the rule set's own sentences (see words())
    title: str = ""  # the document's name and date, shown instead of the key ("Kết luận 202-KL/TW ngày …")

    def words(self) -> dict[str, str]:
        """Every sentence of the forms: this rule set's own, the rest from the shipped version of its key."""
        return complete(self.wording, _shipped_wording(self.key))

    def criteria(self, exempt: bool) -> tuple[Criterion, ...]:
        return self.criteria_exempt if exempt else self.criteria_normal

    def deadline(self, year: int) -> date:
        return date(year, self.deadline_month, self.deadline_day)

    def confirm_block(self, *, acting_for_head: bool) -> SignatureBlock:
        """The signature block of whoever confirms: the head, or a deputy signing K/T."""
        if self.confirmer == "committee":
            return self.signature["committee_deputy" if acting_for_head else "committee"]
        return self.signature["deputy" if acting_for_head else "head"]


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _fail(where: str, what: str) -> InputError:
    return InputError("rules.invalid", where=where, what=what)


def parse_rule_set(doc: Any, where: str = "") -> RuleSet:
    """Check and read one rule-set document; any mistake is an InputError naming the field."""
    if not isinstance(doc, dict) or doc.get("format") != 1:
        raise _fail(where, "format")

    def text(name: str) -> str:
        value = doc.get(name)
        if not isinstance(value, str) or not normalize_text(value):
            raise _fail(where, name)
        return normalize_text(value)

    def criteria(name: str, count: int | None) -> tuple[Criterion, ...]:
        items = doc.get(name)
        if not isinstance(items, list) or not items or (count is not None and len(items) != count):
            raise _fail(where, name)
        out = []
        for i, item in enumerate(items, 1):
            labels = item.get("labels") if isinstance(item, dict) else None
            if (
                not isinstance(labels, list)
                or len(labels) != LABELS_PER_CRITERION
                or not all(isinstance(x, str) and x.strip() for x in labels)
                or len({normalize_text(x) for x in labels}) != LABELS_PER_CRITERION
            ):
                raise _fail(where, f"{name}[{i}].labels")
            body = item.get("text")
            if not isinstance(body, str) or not body.strip():
                raise _fail(where, f"{name}[{i}].text")
            a, b, c = (normalize_text(x) for x in labels)
            out.append(Criterion(normalize_text(body), (a, b, c)))
        return tuple(out)

    try:
        effective = date.fromisoformat(text("effective_from"))
    except ValueError:
        raise _fail(where, "effective_from") from None
    confirmer = text("confirmer")
    if confirmer not in ("committee", "advisory_head"):
        raise _fail(where, "confirmer")
    signature: dict[str, SignatureBlock] = {}
    raw_sig = doc.get("signature")
    needed = ("committee", "committee_deputy") if confirmer == "committee" else ("head", "deputy")
    if not isinstance(raw_sig, dict) or any(k not in raw_sig for k in needed):
        raise _fail(where, "signature")
    for k, v in raw_sig.items():
        lines = v.get("lines") if isinstance(v, dict) else None
        if not isinstance(lines, list) or not lines or not all(isinstance(x, str) and x.strip() for x in lines):
            raise _fail(where, f"signature.{k}.lines")
        position = v.get("signer_position", k)
        if not _is_text(position):
            raise _fail(where, f"signature.{k}.signer_position")
        signature[k] = SignatureBlock(tuple(normalize_text(x) for x in lines), str(position))
    codes: dict[str, DocCode] = {}
    raw_codes = doc.get("document_codes")
    if not isinstance(raw_codes, dict) or not {"confirmation", "dispatch", "introduction"} <= raw_codes.keys():
        raise _fail(where, "document_codes")
    for k, v in raw_codes.items():
        if not isinstance(v, dict) or not _is_text(v.get("type")) or not _is_text(v.get("issuer")):
            raise _fail(where, f"document_codes.{k}")
        zone = v.get("issuer_special_zone", "")
        if not isinstance(zone, str):
            raise _fail(where, f"document_codes.{k}.issuer_special_zone")
        codes[k] = DocCode(normalize_text(v["type"]), normalize_text(v["issuer"]), normalize_text(zone))
    deadline = doc.get("deadline")
    if not isinstance(deadline, dict) or not all(
        isinstance(deadline.get(k), int) and not isinstance(deadline.get(k), bool) for k in ("month", "day")
    ):
        raise _fail(where, "deadline")
    month, day = deadline["month"], deadline["day"]
    try:
        date(2024, month, day)
    except ValueError:
        raise _fail(where, "deadline") from None
    meetings = doc.get("meetings_per_year")
    if not isinstance(meetings, int) or isinstance(meetings, bool) or not 0 <= meetings <= 24:
        raise _fail(where, "meetings_per_year")
    choices = doc.get("cell_signature_choices")
    if (
        not isinstance(choices, list)
        or not choices
        or not all(isinstance(c, list) and c and all(_is_text(x) for x in c) for c in choices)
    ):
        raise _fail(where, "cell_signature_choices")
    basis = doc.get("legal_basis", RuleSet.legal_basis)
    if not _is_text(basis):
        raise _fail(where, "legal_basis")
    return RuleSet(
        wording=parse_wording(doc.get("wording"), where),
        legal_basis=normalize_text(str(basis)),
        key=text("key"),
        effective_from=effective,
        source=text("source"),
        sheet_title=text("sheet_title"),
        criteria_normal=criteria("criteria_normal", 6),
        criteria_exempt=criteria("criteria_exempt", 3),
        other_comment_label=text("other_comment_label"),
        confirmer=confirmer,
        signature=signature,
        cell_signature_choices=tuple(tuple(normalize_text(x) for x in c) for c in choices),
        document_codes=codes,
        deadline_month=month,
        deadline_day=day,
        meetings_per_year=meetings,
        title=_title_of(doc),
    )


@cache
def shipped_documents() -> tuple[tuple[str, str], ...]:
    """(file name, JSON text) of every shipped rule set, oldest first."""
    folder = resources.files("resources") / "rules"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".json")), key=lambda p: p.name)
    return tuple((p.name, p.read_text(encoding="utf-8")) for p in files)


@cache
def shipped_rule_sets() -> tuple[RuleSet, ...]:
    """The shipped versions, parsed once per process (they only change with the program)."""
    return tuple(parse_rule_set(json.loads(body), name) for name, body in shipped_documents())


def _shipped_wording(key: str) -> dict[str, str]:
    with_words = [r for r in shipped_rule_sets() if r.wording]
    chosen = [r for r in with_words if r.key == key] or with_words
    return dict(chosen[-1].wording) if chosen else {}


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def ensure_shipped(conn: Any, ch: Change) -> None:
    """Copy into the vault every shipped version it does not hold yet (inside a transaction)."""
    for name, body in shipped_documents():
        canonical = _canonical(body)
        digest = _digest(canonical)
        if conn.execute("SELECT 1 FROM rule_sets WHERE digest = ?", (digest,)).fetchone():
            continue
        rs = parse_rule_set(json.loads(body), name)
        cur = conn.execute(
            "INSERT INTO rule_sets (key, effective_from, body, digest, origin, created_at, created_by)"
            " VALUES (?, ?, ?, ?, 'shipped', ?, ?)",
            (rs.key, rs.effective_from.isoformat(), canonical, digest, now_iso(), ch.actor),
        )
        ch.record("rules.import_shipped", "rule_set", cur.lastrowid, None, {"key": rs.key, "file": name})


def _from_row(row: Any) -> RuleSet:
    rs = parse_rule_set(json.loads(row[1]), f"#{row[0]}")
    return RuleSet(**{**rs.__dict__, "id": RuleSetId(int(row[0]))})


def rule_set_by_id(conn: Any, rule_set_id: int) -> RuleSet:
    row = conn.execute("SELECT id, body FROM rule_sets WHERE id = ?", (rule_set_id,)).fetchone()
    if row is None:
        raise InputError("rules.not_found", id=rule_set_id)
    return _from_row(row)


def rules_on_conn(conn: Any, day: date) -> RuleSet:
    """The rule set in force on ``day``: latest effective date, then the head's latest edit, then the latest copy
    of the shipped version (a program update that revises a shipped file never overrides the head's edit)."""
    row = conn.execute(
        "SELECT id, body FROM rule_sets WHERE effective_from <= ?"
        " ORDER BY effective_from DESC, origin = 'edited' DESC, id DESC LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    if row is not None:
        return _from_row(row)
    shipped = [r for r in shipped_rule_sets() if r.effective_from <= day]
    if not shipped:
        raise InputError("rules.none_in_force", date=day.strftime("%d/%m/%Y"))
    return shipped[-1]


def rules_in_force(vault: Vault, day: date | None = None) -> RuleSet:
    """Read-only view (shipped versions count even before the vault has copied them)."""
    vault.actor.require(Op.READ)
    day = day or date.today()
    stored = rules_on_conn(vault.conn, day)
    program = [r for r in shipped_rule_sets() if r.effective_from <= day]
    if not program or program[-1].effective_from < stored.effective_from:
        return stored
    latest = program[-1]
    if latest.effective_from > stored.effective_from:
        return latest
    # Same date: the program's own revision of a shipped file counts before the vault has copied it,
    # unless the head saved an edit for that date.
    if latest.key == stored.key and not _edited(vault.conn, stored) and not _same_body(vault.conn, stored, latest):
        return latest
    return stored


def _edited(conn: Any, rs: RuleSet) -> bool:
    row = conn.execute("SELECT origin FROM rule_sets WHERE id = ?", (rs.id,)).fetchone()
    return row is not None and row[0] == "edited"


def _same_body(conn: Any, stored: RuleSet, shipped: RuleSet) -> bool:
    row = conn.execute("SELECT digest FROM rule_sets WHERE id = ?", (stored.id,)).fetchone()
    return row is not None and row[0] == _shipped_digests().get((shipped.key, shipped.effective_from))


@cache
def _shipped_digests() -> dict[tuple[str, date], str]:
    out = {}
    for name, body in shipped_documents():
        rs = parse_rule_set(json.loads(body), name)
        out[(rs.key, rs.effective_from)] = _digest(_canonical(body))
    return out


def _canonical(body: str) -> str:
    return json.dumps(json.loads(body), ensure_ascii=False, sort_keys=True)


def stamp(conn: Any, ch: Change, day: date) -> RuleSet:
    """The rule set in force on ``day``, guaranteed stored in the vault (has an id)."""
    ensure_shipped(conn, ch)
    return rules_on_conn(conn, day)


def save_version(vault: Vault, doc: dict[str, Any]) -> RuleSet:
    """The head saves an edited rule set as a new version; earlier versions stay untouched."""
    vault.actor.require(Op.RULES_EDIT)
    rs = parse_rule_set(doc, "")
    canonical = json.dumps(doc, ensure_ascii=False, sort_keys=True)
    with vault.change(Op.RULES_EDIT) as ch:
        ensure_shipped(vault.conn, ch)
        before = rules_on_conn(vault.conn, rs.effective_from)
        cur = vault.conn.execute(
            "INSERT INTO rule_sets (key, effective_from, body, digest, origin, created_at, created_by)"
            " VALUES (?, ?, ?, ?, 'edited', ?, ?)",
            (
                rs.key,
                rs.effective_from.isoformat(),
                canonical,
                _digest(canonical),
                now_iso(),
                vault.actor.username,
            ),
        )
        ch.record(
            "rules.save",
            "rule_set",
            cur.lastrowid,
            {"key": before.key, "id": before.id},
            {"key": rs.key, "effective_from": rs.effective_from.isoformat()},
        )
    return rule_set_by_id(vault.conn, int(cur.lastrowid))


def rule_set_document(rs: RuleSet) -> dict[str, Any]:
    """A rule set as the JSON document a head edits (round-trips through ``parse_rule_set``)."""
    return {
        "format": 1,
        "key": rs.key,
        "effective_from": rs.effective_from.isoformat(),
        "source": rs.source,
        "sheet_title": rs.sheet_title,
        "criteria_normal": [{"text": c.text, "labels": list(c.labels)} for c in rs.criteria_normal],
        "criteria_exempt": [{"text": c.text, "labels": list(c.labels)} for c in rs.criteria_exempt],
        "other_comment_label": rs.other_comment_label,
        "confirmer": rs.confirmer,
        "signature": {
            k: {"lines": list(v.lines), "signer_position": v.signer_position} for k, v in rs.signature.items()
        },
        "cell_signature_choices": [list(c) for c in rs.cell_signature_choices],
        "document_codes": {
            k: {"type": v.type, "issuer": v.issuer, "issuer_special_zone": v.issuer_special_zone}
            for k, v in rs.document_codes.items()
        },
        "deadline": {"month": rs.deadline_month, "day": rs.deadline_day},
        "meetings_per_year": rs.meetings_per_year,
        "legal_basis": rs.legal_basis,
        "wording": rs.words(),
    }


@dataclass(frozen=True)
class RuleVersion:
    id: RuleSetId
    key: str
    effective_from: date
    edited: bool  # saved by the head (else shipped with the app)
    created_at: str
    created_by: str
    title: str = ""  # the document's name and date ("Kết luận 202-KL/TW ngày 31/10/2025"), if the set names it

    @property
    def name(self) -> str:
        """What to call the version on screen: the document it follows, else the key it was saved under."""
        return self.title or self.key


def _title_of(doc: object) -> str:
    title = doc.get("title") if isinstance(doc, dict) else None
    return normalize_text(title) if isinstance(title, str) else ""


def _title(body: str) -> str:
    try:
        return _title_of(json.loads(body))
    except ValueError:
        return ""


def list_versions(vault: Vault) -> list[RuleVersion]:
    """Every rule-set version the vault holds, newest effective date first."""
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT id, key, effective_from, origin, created_at, created_by, body FROM rule_sets"
        " ORDER BY effective_from DESC, id DESC"
    ).fetchall()
    # A program update that revised a shipped file leaves the older copy for the cases stamped with it;
    # the list shows the newest copy only.
    seen: set[tuple[str, str]] = set()
    shown = []
    for r in rows:
        if r[3] != "edited":
            if (r[1], r[2]) in seen:
                continue
            seen.add((r[1], r[2]))
        shown.append(r)
    rows = shown
    return [
        RuleVersion(RuleSetId(int(r[0])), r[1], date.fromisoformat(r[2]), r[3] == "edited", r[4], r[5], _title(r[6]))
        for r in rows
    ]
