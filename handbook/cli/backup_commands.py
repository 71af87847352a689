"""``handbook backups list|take`` and ``handbook restore``: list both places, verify, compare, restore."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from handbook.backups import automatic, listing
from handbook.backups import restore as restoring
from handbook.cli import secrets_input
from handbook.cli.context import Context
from handbook.errors import InputError


def _place_word(ctx: Context, place: listing.Place) -> str:
    return ctx.text(f"backups.place_{place.value}")


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    second = Path(a.second_place) if a.second_place else None
    found = listing.list_backups(Path(a.vault), second, [Path(f) for f in a.file or ()])
    if a.json:
        rows = [
            {
                "path": str(item.path),
                "place": item.place.value,
                "size": item.size,
                "good": item.good,
                "problem": item.problem.render(ctx.lang) if item.problem else None,
                **(item.summary.__dict__ if item.summary else {}),
            }
            for item in found
        ]
        ctx.out(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not found:
        ctx.say("backups.none_found")
        return 0
    ctx.say("backups.list_heading")
    for item in found:
        if item.summary is None:
            reason = item.problem.render(ctx.lang) if item.problem else ""
            ctx.say("backups.damaged_line", path=str(item.path), reason=reason)
            continue
        s = item.summary
        ctx.out(
            " | ".join(
                (
                    listing.shown_time(s.created_at),
                    _place_word(ctx, item.place),
                    s.created_by or "-",
                    listing.shown_size(item.size),
                    str(s.members),
                    str(s.cases),
                    str(item.path),
                )
            )
        )
    return 0


def cmd_take(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        outcome = automatic.back_up(vault, force=True)
    if outcome.written is not None:
        ctx.say("cli.backup_done", path=str(outcome.written))
    for problem in outcome.problems:
        ctx.out(problem.render(ctx.lang))
    return 0 if outcome.written is not None else 5


def _resolve(ctx: Context, name: str, target: Path) -> Path:
    if name != "latest":
        return Path(name)
    best = listing.latest_good(listing.list_backups(target))
    if best is None:
        raise InputError("backups.none_found")
    return best.path


def _compare(ctx: Context, verified: restoring.Verified, target: Path, username: str | None, secret: str) -> None:
    now = restoring.now_of_vault_at(target, username, secret)
    if now is None:
        return
    s = verified.summary
    ctx.say(
        "backups.compare",
        members_now=now.members,
        members=s.members,
        cases_now=now.cases,
        cases=s.cases,
        newest_now=listing.shown_time(now.newest_change),
        newest=listing.shown_time(s.newest_change),
    )


def cmd_restore(ctx: Context) -> int:
    a = ctx.args
    target = Path(a.vault)
    moved_back = restoring.finish_interrupted(target)
    if moved_back is not None:
        ctx.say("backups.interrupted_restore", path=str(target))
    source = _resolve(ctx, a.backup, target)
    if a.recovery_code_file:
        secret, recovery = secrets_input.recovery_code(a.recovery_code_file, ctx.lang), True
    else:
        secret, recovery = ctx.password(), False
    verified = restoring.verify(source, username=ctx.user, secret=secret, recovery=recovery)
    s = verified.summary
    ctx.say(
        "backups.verified",
        path=str(source),
        members=s.members,
        cases=s.cases,
        newest=listing.shown_time(s.newest_change),
    )
    if not recovery:
        _compare(ctx, verified, target, ctx.user, secret)
    if a.verify_only:
        return 0
    done = restoring.restore(source, target, username=ctx.user, secret=secret, recovery=recovery, replace=a.replace)
    ctx.say("cli.restore_done", path=str(done.root), created=listing.shown_time(done.created_at))
    if done.previous_moved_to:
        ctx.say("cli.restore_moved", path=str(done.previous_moved_to))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    backups = sub.add_parser("backups", help="Các bản sao lưu tự động (trong kho và nơi thứ hai)")
    bsub = backups.add_subparsers(dest="backups_cmd", metavar="LỆNH")
    bsub.required = True
    p = bsub.add_parser("list", parents=[common], help="Liệt kê bản sao lưu: ngày, người, dung lượng, số liệu")
    p.set_defaults(func=cmd_list)
    p.add_argument("vault")
    p.add_argument("--second-place", help="thư mục nơi sao lưu thứ hai (mặc định: nơi đã chép gần nhất)")
    p.add_argument("--file", action="append", help="thêm một tệp sao lưu bất kỳ vào danh sách")
    p.add_argument("--json", action="store_true")
    p = bsub.add_parser("take", parents=[common], help="Sao lưu ngay vào thư mục của kho và nơi thứ hai")
    p.set_defaults(func=cmd_take)
    p.add_argument("vault")

    help_text = "Khôi phục kho dữ liệu từ tệp sao lưu (kiểm tra trước, so sánh với kho hiện tại)"
    p = sub.add_parser("restore", parents=[common], help=help_text, description=help_text)
    p.set_defaults(func=cmd_restore)
    p.add_argument("backup", help='tệp sao lưu, hoặc "latest" cho bản tốt mới nhất của kho')
    p.add_argument("vault")
    p.add_argument("--recovery-code-file", help="mở bản sao lưu bằng mã khôi phục")
    p.add_argument("--replace", action="store_true", help="thay kho hiện có (kho cũ được giữ bên cạnh)")
    p.add_argument("--verify-only", action="store_true", help="chỉ kiểm tra và so sánh, không khôi phục")
