"""``handbook flow …``: open a year, see its progress, confirm comments, dispatch them, list what to do."""

from __future__ import annotations

import argparse
import json
from datetime import date

from handbook.cli.context import Context
from handbook.flow import cases as fc
from handbook.flow import dispatch as fd
from handbook.flow.model import MANUAL_CHANNELS, CaseId, CaseState, Channel
from handbook.flow.todo import todo
from handbook.i18n import Message
from handbook.orgs.model import ExternalOrgId


def _date(text: str) -> date:
    try:
        day, month, year = (int(x) for x in text.replace(".", "/").replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: dd/mm/yyyy") from None


def cmd_open_year(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        r = fc.open_year(vault, ctx.args.year)
    ctx.say("flowcli.opened", year=r.year, created=r.created, already=r.already, exempt=r.skipped_exempt)
    return 0


def cmd_status(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        st = fc.year_status(vault, ctx.args.year)
    if ctx.args.json:
        ctx.out(
            json.dumps(
                {"year": st.year, "total": st.total, "by_state": st.by_state, "by_cell": st.by_cell},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    ctx.say("flowcli.status_title", year=st.year, total=st.total)
    for state in CaseState:
        ctx.out(f"  {Message(fc.STATE_IDS[state]).render(ctx.lang)}: {st.by_state[state.value]}")
    if st.by_cell:
        ctx.say("flowcli.per_cell")
        for cell, counts in st.by_cell.items():
            parts = ", ".join(f"{Message(fc.STATE_IDS[CaseState(k)]).render(ctx.lang)} {v}" for k, v in counts.items())
            ctx.out(f"  {cell or ctx.text('flowcli.no_cell')}: {parts}")
    return 0


def cmd_confirm(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        if a.all_commented:
            ids = [c.id for c in fc.list_cases(vault, a.year, states=(CaseState.COMMENTED,))]
        else:
            ids = [CaseId(i) for i in a.case]
            years = {c.year for c in fc.list_cases(vault, a.year, case_ids=ids)}
            if len(fc.list_cases(vault, a.year, case_ids=ids)) != len(set(ids)) or years - {a.year}:
                ctx.say("flowcli.case_not_in_year", year=a.year)
                return 2
        result = fc.confirm(vault, ids, on=a.date)
    ctx.say(
        "flowcli.confirmed",
        count=len(result.confirmed),
        first=result.confirmed[0][1] if result.confirmed else "",
        last=result.confirmed[-1][1] if result.confirmed else "",
    )
    return 0


def cmd_dispatch(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        made = fd.dispatch(
            vault, a.year, org_ids=None if a.all else [ExternalOrgId(a.org)], on=a.date, channel=Channel(a.channel)
        )
        for d in fd.list_dispatches(vault, dispatch_ids=made):
            ctx.say("flowcli.dispatched", number=d.number_text, org=d.workplace_name, count=len(d.case_ids))
    return 0


def cmd_todo(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        t = todo(vault, ctx.args.year)
    for msg_id, items in (
        ("flowcli.todo_overdue", [c.member_name for c in t.overdue]),
        ("flowcli.todo_confirm", [c.member_name for c in t.waiting_confirmation]),
        ("flowcli.todo_dispatch", [c.member_name for c in t.confirmed_not_dispatched]),
        ("flowcli.todo_no_cell", [r.member_name for r in t.registrations_without_cell]),
        ("flowcli.todo_end", [r.member_name for r, _ in t.registrations_to_end]),
    ):
        ctx.say(msg_id, count=len(items))
        for name in items[:20]:
            ctx.out(f"  - {name}")
        if len(items) > 20:
            ctx.say("flowcli.more", count=len(items) - 20)
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    flow = sub.add_parser("flow", help="Nhận xét đảng viên nơi cư trú (Quy định 213)")
    fsub = flow.add_subparsers(dest="flow_cmd", metavar="LỆNH")
    fsub.required = True

    def add(name: str, func: object, help_text: str) -> argparse.ArgumentParser:
        p = fsub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("vault")
        p.add_argument("--year", type=int, required=True)
        return p

    add("open-year", cmd_open_year, "Mở đợt nhận xét của năm (một phiếu cho mỗi đảng viên đăng ký)")
    p = add("status", cmd_status, "Tiến độ của năm: số phiếu theo trạng thái và theo chi bộ")
    p.add_argument("--json", action="store_true")
    p = add("confirm", cmd_confirm, "Xác nhận nhận xét (Trưởng ban, hoặc Phó trưởng ban được ký thay)")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--case", type=int, nargs="+", metavar="ID")
    g.add_argument("--all-commented", action="store_true")
    p.add_argument("--date", type=_date, help="ngày xác nhận dd/mm/yyyy (mặc định hôm nay)")
    p = add("dispatch", cmd_dispatch, "Gửi nhận xét đã xác nhận về cấp ủy nơi công tác")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--org", type=int, metavar="ID")
    g.add_argument("--all", action="store_true")
    p.add_argument("--date", type=_date)
    p.add_argument("--channel", choices=[c.value for c in MANUAL_CHANNELS], default="paper")
    add("todo", cmd_todo, "Việc cần làm: quá hạn, chờ xác nhận, chờ gửi, đăng ký cần xử lý")
