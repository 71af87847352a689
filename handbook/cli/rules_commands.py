"""``handbook rules show|save``: the head reads the rule set in force as JSON and saves an edited version."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from handbook.cli.context import Context
from handbook.errors import InputError
from handbook.flow.rules import rule_set_document, rules_in_force, save_version


def _date(text: str) -> date:
    try:
        day, month, year = (int(x) for x in text.replace(".", "/").replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: dd/mm/yyyy") from None


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        rs = rules_in_force(vault, ctx.args.date)
    ctx.out(json.dumps(rule_set_document(rs), ensure_ascii=False, indent=2))
    return 0


def cmd_save(ctx: Context) -> int:
    path = Path(ctx.args.file)
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError("cli.secret_file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except json.JSONDecodeError as exc:
        raise InputError("rulescli.bad_json", path=str(path), line=exc.lineno, column=exc.colno) from None
    with ctx.open_vault() as vault:
        rs = save_version(vault, doc)
    ctx.say("rulescli.saved", key=rs.key, date=rs.effective_from.strftime("%d/%m/%Y"))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    rules = sub.add_parser("rules", help="Quy định áp dụng: tiêu chí, chữ ký, mã văn bản, hạn gửi")
    rsub = rules.add_subparsers(dest="rules_cmd", metavar="LỆNH")
    rsub.required = True
    p = rsub.add_parser("show", parents=[common], help="In quy định đang áp dụng (JSON) để xem hoặc sửa")
    p.set_defaults(func=cmd_show)
    p.add_argument("vault")
    p.add_argument("--date", type=_date, help="ngày dd/mm/yyyy (mặc định hôm nay)")
    p = rsub.add_parser("save", parents=[common], help="Lưu một phiên bản mới (chỉ Trưởng ban); bản cũ vẫn giữ")
    p.set_defaults(func=cmd_save)
    p.add_argument("vault")
    p.add_argument("file", help="tệp JSON đã sửa; nhớ đổi effective_from sang ngày bắt đầu áp dụng")
