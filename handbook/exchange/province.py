"""The province roll-up: the latest figures bundle of each commune (with its date), and who has not sent."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from handbook.exchange.cards import list_cards, own_card
from handbook.exchange.fields import Bad, Obj
from handbook.exchange.model import Mode, ReportFigures
from handbook.exchange.payloads import read_reports
from handbook.permissions import Op
from handbook.reference.admin_units import load_admin_units
from handbook.text.sortkey import vietnamese_sort_key
from handbook.vault.vault import Vault


@dataclass(frozen=True)
class CommuneFigures:
    code: str
    name: str
    sent_at: datetime  # when the commune made the bundle that wins (its latest)
    as_of: date
    members: int
    registered: int
    cases: dict[str, int]
    cells: int
    bundles: int  # how many figure bundles of this year came from it (older ones are kept, not counted)
    reports: ReportFigures | None = None  # None: its latest bundle is of format version 1 (no reports)


@dataclass(frozen=True)
class Expected:
    code: str
    name: str


@dataclass(frozen=True)
class Rollup:
    year: int
    province: str
    communes: list[CommuneFigures]
    missing: list[Expected]  # expected communes with no figures for the year
    totals: dict[str, int] = field(default_factory=dict)  # case state -> count over the communes that sent
    members: int = 0
    registered: int = 0


def _expected(vault: Vault) -> tuple[str, dict[str, str]]:
    """The communes a province office waits for: its units in the reference list, plus the trusted commune cards."""
    me = own_card(vault.conn)
    units = load_admin_units()
    province = units.province(me.code) if me.kind is Mode.PROVINCE else None
    expected = {u.code: u.full_name for u in units.communes_of(province.code)} if province else {}
    for c in list_cards(vault):
        if c.trusted and c.card.kind is Mode.COMMUNE:
            expected.setdefault(c.card.code, c.card.name)
    return (province.full_name if province else me.name), expected


def _reports(value: object) -> ReportFigures | None:
    """The stored reports of a bundle (checked when it was applied); None for a version 1 bundle."""
    if value is None:
        return None
    try:
        return read_reports(Obj(value, "reports"))
    except Bad:  # pragma: no cover - stored only after the same check passed
        return None


def rollup(vault: Vault, year: int) -> Rollup:
    vault.actor.require(Op.READ)
    rows = vault.conn.execute(
        "SELECT commune_code, commune_name, sent_at, as_of, members, figures FROM province_figures WHERE year = ?"
        " ORDER BY commune_code, sent_at DESC, id DESC",
        (year,),
    ).fetchall()
    counts = Counter(r[0] for r in rows)
    latest: dict[str, CommuneFigures] = {}
    for code, name, sent_at, as_of, members, figures in rows:
        if code in latest:
            continue
        body = json.loads(figures)
        latest[code] = CommuneFigures(
            code,
            name,
            datetime.fromisoformat(sent_at),
            date.fromisoformat(as_of),
            members,
            int(body.get("registered", 0)),
            {k: int(v) for k, v in body.get("cases", {}).items()},
            len(body.get("cells", [])),
            counts[code],
            _reports(body.get("reports")),
        )
    province, expected = _expected(vault)
    totals: Counter[str] = Counter()
    for c in latest.values():
        totals.update(c.cases)
    communes = sorted(latest.values(), key=lambda c: (vietnamese_sort_key(c.name), c.code))
    missing = [
        Expected(code, name)
        for code, name in sorted(expected.items(), key=lambda kv: vietnamese_sort_key(kv[1]))
        if code not in latest
    ]
    return Rollup(
        year,
        province,
        communes,
        missing,
        dict(totals),
        sum(c.members for c in communes),
        sum(c.registered for c in communes),
    )
