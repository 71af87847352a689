"""The province roll-up as report tables (round, structure, badges, changes: one row per commune, totals), printed
to .xlsx or PDF the way the reports are; a commune whose latest bundle carries no reports shows "—", not 0."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from handbook.exchange.province import CommuneFigures, Rollup
from handbook.flow.cases import STATE_IDS
from handbook.flow.model import CaseState
from handbook.i18n import Message
from handbook.reports.changes import CHANGE_LABELS, ChangeKind
from handbook.reports.scope import dmy
from handbook.reports.structure import DIMENSIONS
from handbook.reports.tables import Cell, ReportDoc, Sheet

NOT_SENT = "—"  # no figure: the commune has not sent it (older bundle, or no bundle), which is not zero
_STATES = tuple(s for s in CaseState if s is not CaseState.CANCELLED)


@dataclass(frozen=True)
class Table:
    """One roll-up table: a heading row, one row per commune, the totals row last."""

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...]
    numeric_from: int  # the first column of counts


def _total(rows: Iterable[tuple[Cell, ...]], width: int, skip: int) -> tuple[Cell, ...]:
    """Per column from ``skip``: the sum of the numbers (a "—" counts nothing); "—" when no row has one."""
    sums: list[int | None] = [None] * (width - skip)
    for row in rows:
        for i, v in enumerate(row[skip:]):
            if isinstance(v, int):
                sums[i] = (sums[i] or 0) + v
    return tuple(NOT_SENT if v is None else v for v in sums)


def _table(
    caption: str,
    head: tuple[str, ...],
    communes: list[CommuneFigures],
    row: Callable[[CommuneFigures], tuple[Cell, ...]],
    skip: int = 1,
) -> Table:
    rows = tuple((c.name, *row(c)) for c in communes)
    blank = ("",) * (skip - 1)
    return Table(caption, head, rows, ("Tổng cộng", *blank, *_total(rows, len(head), skip)), skip)


def round_table(r: Rollup) -> Table:
    labels = tuple(Message(STATE_IDS[s]).render("vi") for s in _STATES)
    head = ("Xã, phường, đặc khu", "Mã", "Ngày gửi", "Đảng viên", "Đăng ký 213", *labels)

    def row(c: CommuneFigures) -> tuple[Cell, ...]:
        return (c.code, dmy(c.sent_at.date()), c.members, c.registered, *(c.cases.get(s.value, 0) for s in _STATES))

    return _table(f"Tiến độ nhận xét năm {r.year}", head, r.communes, row, skip=3)


def _ordered(labels: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(labels))


def structure_tables(r: Rollup) -> list[Table]:
    tables = []
    for key, label in DIMENSIONS:
        names = _ordered(n for c in r.communes if c.reports for n, _ in c.reports.structure.get(key, ()))

        def row(c: CommuneFigures, key: str = key, names: tuple[str, ...] = names) -> tuple[Cell, ...]:
            if c.reports is None:
                return (NOT_SENT,) * (len(names) + 1)
            counts = dict(c.reports.structure.get(key, ()))
            return (sum(counts.values()), *(counts.get(n, 0) for n in names))

        tables.append(_table(label, ("Xã, phường, đặc khu", "Tổng số", *names), r.communes, row))
    return tables


def badges_table(r: Rollup) -> Table:
    levels = sorted({lv for c in r.communes if c.reports for lv in c.reports.badges}, reverse=True)

    def row(c: CommuneFigures) -> tuple[Cell, ...]:
        if c.reports is None:
            return (NOT_SENT,) * (len(levels) + 2)
        b = c.reports.badges
        return (dmy(c.reports.badges_ceremony), sum(b.values()), *(b.get(lv, 0) for lv in levels))

    head = ("Xã, phường, đặc khu", "Dịp trao", "Tổng số", *(f"{lv} năm" for lv in levels))
    return _table("Đảng viên đến hạn Huy hiệu Đảng", head, r.communes, row, skip=2)


def changes_table(r: Rollup) -> Table:
    kinds = list(ChangeKind)

    def row(c: CommuneFigures) -> tuple[Cell, ...]:
        if c.reports is None:
            return (NOT_SENT,) * (len(kinds) + 1)
        rep = c.reports
        period = f"{dmy(rep.changes_start)} – {dmy(rep.changes_end)}"
        return (period, *(rep.changes.get(k.value, 0) for k in kinds))

    head = ("Xã, phường, đặc khu", "Thời gian", *(CHANGE_LABELS[k] for k in kinds))
    return _table("Biến động đảng viên trong quý", head, r.communes, row, skip=2)


def rollup_tables(r: Rollup) -> list[Table]:
    """Every table of the roll-up, in the order the screen and the printed report show them."""
    return [round_table(r), *structure_tables(r), badges_table(r), changes_table(r)]


def _sheet(t: Table) -> Sheet:
    first = 0.22
    n = len(t.columns) - 1
    shares = (first, *([(1 - first) / max(n, 1)] * n))
    return Sheet(t.caption[:31], t.caption, t.columns, shares, (*t.rows, t.total), numeric_from=t.numeric_from)


def rollup_doc(r: Rollup, *, today: date | None = None) -> ReportDoc:
    sheets = [_sheet(t) for t in rollup_tables(r)]
    if r.missing:
        rows: tuple[tuple[Cell, ...] | str, ...] = (
            f"Chưa gửi số liệu ({len(r.missing)})",
            *((i, m.name, m.code) for i, m in enumerate(r.missing, 1)),
        )
        sheets.append(
            Sheet("Chưa gửi", "Xã, phường chưa gửi số liệu", ("STT", "Xã, phường", "Mã"), (0.1, 0.6, 0.3), rows, 99)
        )
    without = sum(1 for c in r.communes if c.reports is None)
    summary = f"Năm {r.year} – {r.province} – {len(r.communes)} xã, phường đã gửi, {len(r.missing)} chưa gửi"
    if without:
        summary += f"; {without} xã, phường gửi bản cũ không kèm báo cáo (ghi “{NOT_SENT}”)"
    day = max((c.sent_at.date() for c in r.communes), default=today or date.today())
    title = "Tổng hợp số liệu các xã, phường"
    return ReportDoc("province", title, summary, day, tuple(sheets), not r.communes)
