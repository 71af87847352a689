"""``handbook report changes|structure|badges|round|cells VAULT --from … --to … [--org …] --out F``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from handbook.cli.context import Context
from handbook.dates import parse_partial
from handbook.errors import InputError
from handbook.reports.build import ONE_DAY, ReportKind, ReportRequest, build_report, output_format, render, report_doc
from handbook.reports.scope import find_org
from handbook.vault.atomic import write_atomic


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        found = parse_partial(text, field=field)
    except InputError:
        raise InputError("report.date_unreadable", field=field, value=text) from None
    if found is None or not found.is_full:
        raise InputError("report.date_unreadable", field=field, value=text)
    return found.earliest()


def request_from(kind: ReportKind, start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The period the command line names: one-day reports take --to (or --from, or today)."""
    if kind in ONE_DAY or kind is ReportKind.ROUND:
        day = end or start or today
        return day, day
    if start is None:
        raise InputError("report.date_missing", field="--from")
    return start, end or today


def cmd_report(ctx: Context) -> int:
    a = ctx.args
    kind = ReportKind(a.kind)
    out = Path(a.out)
    fmt = output_format(out)
    today = date.today()
    start, end = request_from(kind, _day(a.start, "--from"), _day(a.end, "--to"), today)
    if a.year:
        start = end = min(today, date(a.year, 12, 31))
    with ctx.open_vault() as vault:
        org = find_org(vault, a.org) if a.org else None
        report = build_report(vault, ReportRequest(kind, start, end, org), today=today)
        doc = report_doc(report)
        data = render(vault, doc, fmt)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise InputError("forms.cli_cannot_write", path=str(out), reason=exc.strerror or str(exc)) from None
    if doc.empty:
        ctx.say("report.empty")
    ctx.say("report.saved", path=str(out))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report",
        parents=[common],
        help="Báo cáo: biến động, cơ cấu, Huy hiệu Đảng, nhận xét 213, số đảng viên theo chi bộ (.xlsx hoặc .pdf)",
    )
    p.set_defaults(func=cmd_report)
    p.add_argument("kind", choices=[k.value for k in ReportKind], help="changes | structure | badges | round | cells")
    p.add_argument("vault")
    p.add_argument("--from", dest="start", help="ngày bắt đầu dd/mm/yyyy (báo cáo biến động)")
    p.add_argument(
        "--to", dest="end", help="ngày kết thúc, ngày báo cáo hoặc ngày trao Huy hiệu dd/mm/yyyy (mặc định hôm nay)"
    )
    p.add_argument("--year", type=int, help="năm của đợt nhận xét (báo cáo round)")
    p.add_argument("--org", help="tên hoặc số của chi bộ, đảng bộ (mặc định toàn Đảng bộ)")
    p.add_argument("--out", required=True, help="tệp .xlsx hoặc .pdf")
