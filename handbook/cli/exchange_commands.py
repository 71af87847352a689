"""``handbook exchange …``: this committee's card, trusting others', making, opening and applying bundle files,
and the province roll-up."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from handbook.cli.context import Context, err
from handbook.cli.flow_commands import _date
from handbook.errors import InputError
from handbook.exchange import cards as ex_cards
from handbook.exchange.apply import apply_bundle, preview_bundle
from handbook.exchange.build import Built, build_ack, build_dispatch, build_figures, build_requests, write_bundle
from handbook.exchange.describe import Level, describe
from handbook.exchange.model import Mode
from handbook.exchange.province import CommuneFigures, rollup
from handbook.exchange.reader import KIND_IDS
from handbook.exchange.records import list_received
from handbook.exchange.rollup_doc import Table, rollup_doc, rollup_tables
from handbook.flow.cases import STATE_IDS
from handbook.flow.model import CaseState, DispatchId
from handbook.forms.dispatch_letter import render_dispatch
from handbook.i18n import Message
from handbook.members.model import MemberId
from handbook.reports.build import output_format, render
from handbook.vault.atomic import write_atomic

_MARK = {Level.INFO: "", Level.WRITE: "+ ", Level.SKIP: "= ", Level.PROBLEM: "! "}


def _mode(ctx: Context, mode: Mode) -> str:
    return ctx.text(f"exchange.mode.{mode.value}")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError("cli.secret_file_unreadable", path=path, reason=exc.strerror or str(exc)) from None


def _check_out(ctx: Context, out: Path) -> bool:
    if out.exists():
        ctx.say("excli.out_exists", path=str(out))
        return False
    return True


def cmd_card(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        card, data = ex_cards.export_card(vault)
    if ctx.args.out:
        out = Path(ctx.args.out)
        if not _check_out(ctx, out):
            return 2
        write_bundle(out, data)
        ctx.say(
            "excli.card",
            name=card.name,
            code=card.code,
            mode=_mode(ctx, card.kind),
            fingerprint=card.fingerprint,
            path=out,
        )
    else:
        ctx.say(
            "excli.card_show", name=card.name, code=card.code, mode=_mode(ctx, card.kind), fingerprint=card.fingerprint
        )
    return 0


def cmd_trust(ctx: Context) -> int:
    data = _read(ctx.args.card)
    with ctx.open_vault() as vault:
        if not ctx.args.fingerprint:
            from handbook.exchange.envelope import read_card

            card = read_card(data)
            ctx.say("excli.trust_ask", name=card.name, code=card.code, fingerprint=card.fingerprint)
            return 2
        card = ex_cards.trust_card(vault, data, confirmed_fingerprint=ctx.args.fingerprint)
    ctx.say("excli.trusted", name=card.name, code=card.code)
    return 0


def cmd_untrust(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        card = ex_cards.untrust_card(vault, ctx.args.card)
    ctx.say("excli.untrusted", name=card.name)
    return 0


def cmd_cards(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        found = ex_cards.list_cards(vault)
    if not found:
        ctx.say("excli.cards_empty")
    for c in found:
        state = "" if c.trusted else ctx.text("excli.not_trusted_mark")
        ctx.say(
            "excli.card_line",
            name=c.card.name,
            code=c.card.code,
            mode=_mode(ctx, c.card.kind),
            fingerprint=c.card.fingerprint,
            state=state,
        )
    return 0


def cmd_mode(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        card = ex_cards.set_mode(vault, Mode(ctx.args.mode), code=ctx.args.code, name=ctx.args.name)
    ctx.say("excli.mode_set", mode=_mode(ctx, card.kind), code=card.code)
    return 0


def _sent(ctx: Context, built: Built, out: Path) -> int:
    write_bundle(out, built.data)
    ctx.say(
        "excli.sent",
        path=str(out),
        kind=ctx.text(KIND_IDS[built.kind]),
        count=built.count,
        to=built.recipient.name or "—",
    )
    if built.encrypted:
        ctx.say("excli.sent_encrypted")
    else:
        err(ctx.text("exchange.unencrypted_warning"))
    return 0


_NEEDS = {
    "requests": ("year", "deadline"),
    "dispatch": ("dispatch",),
    "ack": ("received", "date"),
    "figures": ("year",),
}


def cmd_send(ctx: Context) -> int:
    a = ctx.args
    missing = [name for name in _NEEDS[a.kind] if getattr(a, name) is None]
    if missing:
        ctx.say("excli.missing_option", kind=a.kind, options=", ".join("--" + m for m in missing))
        return 2
    out = Path(a.out)
    if not _check_out(ctx, out):
        return 2
    with ctx.open_vault() as vault:
        if a.kind == "requests":
            ids = [MemberId(i) for i in a.member or []]
            if a.all_members:
                ids = [MemberId(r[0]) for r in vault.conn.execute("SELECT id FROM members ORDER BY sort_key")]
            if not ids:
                ctx.say("excli.no_members")
                return 2
            built = build_requests(
                vault,
                a.year,
                ids,
                doc_no=a.doc_no,
                deadline=a.deadline,
                doc_date=a.doc_date,
                to=a.to,
                recipient_name=a.recipient_name or "",
            )
        elif a.kind == "dispatch":
            pdf = _read(a.pdf) if a.pdf else None
            if pdf is None and not a.no_pdf:
                pdf = render_dispatch(vault, DispatchId(a.dispatch))  # the printed dispatch, built in memory
            built = build_dispatch(vault, DispatchId(a.dispatch), pdf=pdf, to=a.to)
        elif a.kind == "ack":
            built = build_ack(vault, a.received, a.date)
        else:
            built = build_figures(vault, a.year, to=a.to)
    return _sent(ctx, built, out)


def cmd_open(ctx: Context) -> int:
    data = _read(ctx.args.file)
    with ctx.open_vault() as vault:
        opened, plan = preview_bundle(vault, data)
        lines = describe(opened, plan)
    for line in lines:
        ctx.out(("    " if line.indent else "") + _MARK[line.level] + line.message.render(ctx.lang))
    problems = any(line.level is Level.PROBLEM and not line.indent for line in lines)
    return 7 if problems else 0


def cmd_apply(ctx: Context) -> int:
    data = _read(ctx.args.file)
    with ctx.open_vault() as vault:
        done = apply_bundle(vault, data, skip_unmatched=ctx.args.skip_unmatched)
    ctx.say("excli.applied", sender=done.sender, summary=", ".join(f"{k} {v}" for k, v in done.summary.items()))
    return 0


def cmd_received(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        rows = list_received(vault)
    if not rows:
        ctx.say("excli.received_empty")
    for r in rows:
        ack = ctx.text("excli.received_ack", on=r.acknowledged_on.strftime("%d/%m/%Y")) if r.acknowledged_on else ""
        ctx.say(
            "excli.received_line",
            id=r.id,
            number=r.number,
            date=r.date.strftime("%d/%m/%Y"),
            sender=r.sender,
            count=r.sheets,
            ack=ack,
        )
    return 0


def _reports_json(c: CommuneFigures) -> dict[str, object] | None:
    if c.reports is None:
        return None
    rep = c.reports
    return {
        "structure_day": rep.structure_day.isoformat(),
        "structure": {key: dict(counts) for key, counts in rep.structure.items()},
        "badges_ceremony": rep.badges_ceremony.isoformat(),
        "badges": {str(level): n for level, n in rep.badges.items()},
        "changes_start": rep.changes_start.isoformat(),
        "changes_end": rep.changes_end.isoformat(),
        "changes": rep.changes,
    }


def _text_table(t: Table) -> list[str]:
    """A roll-up table as aligned text: names left, counts right."""
    rows = [t.columns, *t.rows, t.total]
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(t.columns))]

    def line(row: tuple[object, ...]) -> str:
        cells = [
            str(v).ljust(w) if i < t.numeric_from else str(v).rjust(w)
            for i, (v, w) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    return ["", t.caption, *(line(r) for r in rows)]


def cmd_province(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.out) if a.out else None
    fmt = output_format(out) if out else ""
    with ctx.open_vault() as vault:
        r = rollup(vault, a.year)
        data = render(vault, rollup_doc(r), fmt) if out else b""
    if out is not None:
        try:
            write_atomic(out, data)
        except OSError as exc:
            raise InputError("forms.cli_cannot_write", path=str(out), reason=exc.strerror or str(exc)) from None
        ctx.say("report.saved", path=str(out))
        return 0
    if a.json:
        body = {
            "year": r.year,
            "province": r.province,
            "communes": [
                {
                    "code": c.code,
                    "name": c.name,
                    "sent_at": c.sent_at.isoformat(),
                    "as_of": c.as_of.isoformat(),
                    "members": c.members,
                    "registered": c.registered,
                    "cases": c.cases,
                    "reports": _reports_json(c),
                }
                for c in r.communes
            ],
            "missing": [{"code": m.code, "name": m.name} for m in r.missing],
            "totals": r.totals,
        }
        ctx.out(json.dumps(body, ensure_ascii=False, indent=1))
        return 0
    ctx.say("excli.rollup_title", year=r.year, province=r.province, sent=len(r.communes), missing=len(r.missing))
    for c in r.communes:
        ctx.say(
            "excli.rollup_line",
            name=c.name,
            code=c.code,
            members=c.members,
            registered=c.registered,
            cases=sum(c.cases.values()),
            sent=c.sent_at.strftime("%d/%m/%Y"),
        )
    states = ", ".join(
        f"{Message(STATE_IDS[s]).render(ctx.lang)} {r.totals[s.value]}" for s in CaseState if r.totals.get(s.value)
    )
    ctx.say("excli.rollup_totals", members=r.members, registered=r.registered, states=states or "—")
    if r.communes:
        for t in rollup_tables(r):
            for text in _text_table(t):
                ctx.out(text)
        old = sum(1 for c in r.communes if c.reports is None)
        if old:
            ctx.say("excli.rollup_old_bundles", count=old)
    if r.missing:
        ctx.say("excli.rollup_missing")
        for m in r.missing:
            ctx.out(f"  - {m.name} ({m.code})")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    ex = sub.add_parser("exchange", help="Trao đổi tệp với cấp ủy khác (ký số, mã hóa)")
    esub = ex.add_subparsers(dest="exchange_cmd", metavar="LỆNH")
    esub.required = True

    def add(name: str, func: object, help_text: str) -> argparse.ArgumentParser:
        p = esub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("vault")
        return p

    p = add("card", cmd_card, "Xem thẻ của cấp ủy mình (dấu vân tay); --out để lưu tệp thẻ")
    p.add_argument("--out")
    p = add("trust", cmd_trust, "Nhận thẻ của cấp ủy khác sau khi đối chiếu dấu vân tay")
    p.add_argument("card")
    p.add_argument("--fingerprint", help="dấu vân tay nơi đó đọc qua điện thoại")
    p = add("untrust", cmd_untrust, "Thôi tin cậy một thẻ")
    p.add_argument("card", help="mã hoặc dấu vân tay")
    add("cards", cmd_cards, "Danh sách thẻ đã nhận")
    p = add("mode", cmd_mode, "Kho phục vụ xã/phường, cấp ủy nơi công tác hay cơ quan cấp tỉnh (chỉ Trưởng ban)")
    p.add_argument("mode", choices=[m.value for m in Mode])
    p.add_argument("--code", help="mã ghi trên thẻ (mặc định: mã đơn vị hành chính)")
    p.add_argument("--name", help="tên ghi trên thẻ")

    p = add("send", cmd_send, "Tạo tệp gửi: requests | dispatch | ack | figures")
    p.add_argument("kind", choices=["requests", "dispatch", "ack", "figures"])
    p.add_argument("out")
    p.add_argument("--to", help="mã hoặc dấu vân tay của nơi nhận (thẻ đã tin cậy)")
    p.add_argument("--recipient-name", help="tên nơi nhận khi chưa có thẻ")
    p.add_argument("--year", type=int)
    p.add_argument("--member", type=int, action="append", help="requests: mã đảng viên (nhiều lần)")
    p.add_argument("--all-members", action="store_true")
    p.add_argument("--doc-no", default="", help="requests: số văn bản đề nghị")
    p.add_argument("--doc-date", type=_date)
    p.add_argument("--deadline", type=_date, help="requests: hạn trả lời dd/mm/yyyy")
    p.add_argument("--dispatch", type=int, help="dispatch: mã công văn")
    p.add_argument("--pdf", help="dispatch: bản PDF đã ký số (mặc định: bản in của công văn)")
    p.add_argument("--no-pdf", action="store_true", help="dispatch: không kèm bản PDF")
    p.add_argument("--received", type=int, help="ack: mã công văn đã nhận")
    p.add_argument("--date", type=_date, help="ack: ngày nhận dd/mm/yyyy")

    p = add("open", cmd_open, "Xem trước nội dung một tệp nhận được (không ghi gì)")
    p.add_argument("file")
    p = add("apply", cmd_apply, "Nhập một tệp nhận được (tất cả hoặc không gì)")
    p.add_argument("file")
    p.add_argument("--skip-unmatched", action="store_true", help="bỏ qua các dòng không tìm thấy hoặc không khớp")
    add("received", cmd_received, "Công văn đã nhận qua tệp (phía cấp ủy nơi công tác)")
    p = add("province", cmd_province, "Tổng hợp số liệu các xã, phường gửi lên (kho cấp tỉnh)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", help="lưu bảng tổng hợp ra tệp .xlsx hoặc .pdf")
