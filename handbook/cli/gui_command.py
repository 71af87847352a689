"""``handbook gui [VAULT] [--demo]``: start the desktop app (Qt is imported only here, on demand)."""

from __future__ import annotations

import argparse
import importlib

from handbook.cli.context import Context
from handbook.cli.demo_commands import DEMO_PASSWORD, build_demo
from handbook.locations import demo_vault_path


def cmd_gui(ctx: Context) -> int:
    a = ctx.args
    argv: list[str] = []
    if a.demo:
        path = demo_vault_path()
        if not (path / "keys.json").exists():
            build_demo(path, DEMO_PASSWORD, None)
            ctx.say("cli.demo_created", path=str(path))
        ctx.say("cli.demo_password", password=DEMO_PASSWORD)
        argv.append(str(path))
    elif a.vault:
        argv.append(a.vault)
    if a.lang:
        argv += ["--lang", a.lang]
    if a.self_check_tour:
        argv.append("--self-check-tour")
    app = importlib.import_module("ui.app")
    code: int = app.main(argv)
    return code


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[common], help="Mở phần mềm (cửa sổ)", description="Mở phần mềm (cửa sổ)")
    p.set_defaults(func=cmd_gui)
    p.add_argument("vault", nargs="?", help="thư mục kho dữ liệu (mặc định: kho dùng lần trước)")
    p.add_argument("--demo", action="store_true", help="mở kho dữ liệu mẫu (tạo mới nếu chưa có)")
    p.add_argument(
        "--self-check-tour",
        action="store_true",
        help="kiểm tra: mở khóa (HANDBOOK_USER, HANDBOOK_PASSWORD), mở mọi màn hình rồi thoát",
    )
