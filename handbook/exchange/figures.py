"""A commune's round figures for the province: members and 213 cases per cell, and its reports' counts.

The round comes from ``flow.cases.year_status`` (cases by cell and state), the dated cell assignments and the
registrations; the reports (structure on the day, badges due by the next ceremony, the quarter's changes) from
the public functions of ``handbook.reports`` — counts only, no member's name leaves the commune this way.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from handbook.exchange.cards import own_card
from handbook.exchange.model import CellFigures, FiguresPayload, ReportFigures
from handbook.flow.cases import year_status
from handbook.orgs.profile import profile_on_conn
from handbook.orgs.repo import list_orgs, member_counts_on
from handbook.permissions import Op
from handbook.reports.badges import badges_report
from handbook.reports.changes import changes_report
from handbook.reports.dashboard import quarter_start
from handbook.reports.rules import next_ceremony, rules_on
from handbook.reports.structure import structure_report
from handbook.vault.vault import Vault


def report_figures(vault: Vault, as_of: date) -> ReportFigures:
    """The counts the province asks for, on ``as_of``: structure, badges due, the quarter's changes."""
    structure = structure_report(vault, as_of, today=as_of)
    ceremony = next_ceremony(rules_on(as_of).badges, as_of)
    badges = badges_report(vault, ceremony, today=as_of)
    start = quarter_start(as_of)
    changes = changes_report(vault, start, as_of, today=as_of)
    return ReportFigures(
        as_of,
        {d.key: tuple((c.label, c.count) for c in d.counts) for d in structure.total.dimensions},
        ceremony,
        {lv.level: len(lv.candidates) for lv in badges.levels},
        start,
        as_of,
        {line.kind.value: line.count for line in changes.total.lines},
    )


def round_figures(vault: Vault, year: int, *, as_of: date | None = None) -> FiguresPayload:
    vault.actor.require(Op.READ)
    as_of = as_of or date.today()
    status = year_status(vault, year)
    names = {o.id: o.name for o in list_orgs(vault)}
    members = member_counts_on(vault, as_of)
    registered = Counter(
        r[0]
        for r in vault.conn.execute(
            "SELECT rc.cell_id FROM registrations r JOIN registration_cells rc ON rc.registration_id = r.id"
            " AND rc.valid_to IS NULL WHERE r.ended_on IS NULL"
        )
    )
    by_name_members: Counter[str] = Counter()
    by_name_registered: Counter[str] = Counter()
    for org_id, n in members.items():
        by_name_members[names.get(org_id, "")] += n
    for org_id, n in registered.items():
        by_name_registered[names.get(org_id, "")] += n
    cell_names = sorted(set(by_name_members) | set(by_name_registered) | set(status.by_cell))
    cells = tuple(
        CellFigures(
            name,
            by_name_members[name],
            by_name_registered[name],
            {k: v for k, v in sorted(status.by_cell.get(name, {}).items()) if v},
        )
        for name in cell_names
    )
    card = own_card(vault.conn)
    profile = profile_on_conn(vault.conn, as_of)
    return FiguresPayload(
        year,
        as_of,
        card.code,
        card.name,
        profile.province_code if profile else "",
        sum(members.values()),
        sum(registered.values()),
        {k: v for k, v in status.by_state.items() if v},
        cells,
        report_figures(vault, as_of),
    )
