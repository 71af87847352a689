"""Argument parsing and the single place where errors become one plain sentence and an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from handbook import __version__
from handbook.cli import sign_commands
from handbook.cli.context import Context, err
from handbook.errors import HandbookError
from handbook.i18n import Message
from handbook.vault.paths import VaultPaths

Command = Callable[[Context], int]
if TYPE_CHECKING:
    _Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def _common() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ thông báo / message language")
    p.add_argument("--user", help="tên đăng nhập người thực hiện / acting username (HANDBOOK_USER)")
    p.add_argument("--password-file", help="tệp chứa mật khẩu (dòng đầu) / file holding the password")
    return p


def _root() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser, _Subcommands]:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="handbook",
        parents=[common],
        description="Sổ tay Đảng viên — công cụ của Ban Xây dựng Đảng xã, phường, đặc khu.",
    )
    parser.add_argument("--version", action="version", version=f"Sổ tay Đảng viên {__version__}")
    return parser, common, parser.add_subparsers(dest="command", metavar="LỆNH")


def build_signing_parser() -> argparse.ArgumentParser:
    """Only ``sign`` and ``verify``: they need no vault, so a signature does not wait for the other commands'
    modules (spreadsheets, forms, the demo) to load."""
    parser, common, sub = _root()
    sign_commands.register(sub, common)
    return parser


def _signing_only(argv: Sequence[str]) -> bool:
    words = [a for a in argv if not a.startswith("-")]
    return bool(words) and words[0] in sign_commands.COMMANDS and "-h" not in argv and "--help" not in argv


def build_parser() -> argparse.ArgumentParser:
    from handbook.cli import (
        backup_commands,
        exchange_commands,
        flow_commands,
        gui_command,
        library_commands,
        members_commands,
        print_commands,
        report_commands,
        rules_commands,
    )
    from handbook.cli import demo_commands as demo
    from handbook.cli import vault_commands as vc

    parser, common, sub = _root()

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        return p

    def test_kdf(p: argparse.ArgumentParser) -> None:
        p.add_argument("--insecure-test-kdf", action="store_true", help=argparse.SUPPRESS)

    p = add("init", vc.cmd_init, "Tạo kho dữ liệu mới (người tạo là Trưởng ban)")
    p.add_argument("vault")
    p.add_argument("--committee-name", required=True, help="ví dụ: Đảng ủy xã Tân An")
    p.add_argument("--full-name", required=True, help="họ và tên Trưởng ban")
    p.add_argument("--new-password-file", help=argparse.SUPPRESS)
    test_kdf(p)

    p = add("start", demo.cmd_start, "Mở kho dữ liệu (hoặc kho mẫu khi chưa có)")
    p.add_argument("vault", nargs="?")
    test_kdf(p)

    p = add("demo", demo.cmd_demo, "Tạo kho dữ liệu mẫu của một xã hư cấu")
    p.add_argument("vault")
    demo.add_demo_arguments(p)
    test_kdf(p)

    p = add("status", vc.cmd_status, "Thông tin chung về kho dữ liệu")
    p.add_argument("vault")

    users = sub.add_parser("users", help="Tài khoản người dùng").add_subparsers(dest="users_cmd", metavar="LỆNH")
    users.required = True
    p = users.add_parser("list", parents=[common], help="Danh sách tài khoản")
    p.set_defaults(func=vc.cmd_users_list)
    p.add_argument("vault")
    p = users.add_parser("add", parents=[common], help="Thêm tài khoản (chỉ Trưởng ban)")
    p.set_defaults(func=vc.cmd_users_add)
    p.add_argument("vault")
    p.add_argument("--username", required=True)
    p.add_argument("--full-name", required=True)
    p.add_argument("--role", required=True, help="head | deputy | staff | viewer")
    p.add_argument(
        "--may-sign-for-head",
        action="store_true",
        help="Phó trưởng ban được ký thay (K/T) / deputy may sign for the head",
    )
    p.add_argument("--new-password-file")
    p = users.add_parser("set", parents=[common], help="Đổi vai trò, quyền ký thay, khóa/mở tài khoản (chỉ Trưởng ban)")
    p.set_defaults(func=vc.cmd_users_set)
    p.add_argument("vault")
    p.add_argument("--username", required=True)
    p.add_argument("--role", help="head | deputy | staff | viewer")
    p.add_argument("--may-sign-for-head", choices=["yes", "no"], help="Phó trưởng ban được ký thay (K/T)")
    p.add_argument("--active", choices=["yes", "no"], help="no = khóa tài khoản")

    p = add("passwd", vc.cmd_passwd, "Đổi mật khẩu của mình")
    p.add_argument("vault")
    p.add_argument("--new-password-file")

    p = add("recover", vc.cmd_recover, "Đặt mật khẩu mới bằng mã khôi phục")
    p.add_argument("vault")
    p.add_argument("--username", required=True)
    p.add_argument("--recovery-code-file")
    p.add_argument("--new-password-file")

    p = add("check", vc.cmd_check, "Kiểm tra tính toàn vẹn của kho dữ liệu")
    p.add_argument("vault")
    p.add_argument(
        "--accept-current",
        action="store_true",
        help="ghi nhận dữ liệu hiện tại là đúng sau khi bị báo cũ hơn (chỉ Trưởng ban)",
    )

    p = add("backup", vc.cmd_backup, "Sao lưu kho dữ liệu vào một tệp mã hóa")
    p.add_argument("vault")
    p.add_argument("out")

    p = add("audit", vc.cmd_audit, "Xem nhật ký thay đổi")
    p.add_argument("vault")
    p.add_argument("--limit", type=int, default=50)

    gui_command.register(sub, common)
    flow_commands.register(sub, common)
    print_commands.register(sub, common)
    members_commands.register(sub, common)
    sign_commands.register(sub, common)
    rules_commands.register(sub, common)
    exchange_commands.register(sub, common)
    backup_commands.register(sub, common)
    library_commands.register(sub, common)
    report_commands.register(sub, common)

    st = sub.add_parser("settings", help="Cài đặt").add_subparsers(dest="settings_cmd", metavar="LỆNH")
    st.required = True
    p = st.add_parser("list", parents=[common], help="Xem cài đặt")
    p.set_defaults(func=vc.cmd_settings_list)
    p.add_argument("vault")
    p = st.add_parser("set", parents=[common], help="Đặt một cài đặt (chỉ Trưởng ban)")
    p.set_defaults(func=vc.cmd_settings_set)
    p.add_argument("vault")
    p.add_argument("key")
    p.add_argument("value")
    return parser


def _utf8_when_redirected() -> None:
    """Vietnamese output into a pipe or file must not fail on a Windows code page (the console is fine)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and not stream.isatty():
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_when_redirected()
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_signing_parser() if _signing_only(words) else build_parser()
    args = parser.parse_args(words)
    ctx = Context.from_args(args)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    prefix = Message("cli.error_prefix").render(ctx.lang)
    try:
        code: int = args.func(ctx)
        return code
    except HandbookError as exc:
        err(f"{prefix}: {exc.render(ctx.lang)}")
        return exc.exit_code
    except BrokenPipeError:
        # The reader went away (e.g. "| head"): stop quietly, as command-line tools do.
        sys.stderr.close()
        return 0
    except Exception as exc:
        # The database's errors, imported only now: ``sign`` and ``verify`` never load the database driver.
        from handbook.vault.db_errors import DatabaseError, IntegrityError

        if isinstance(exc, IntegrityError):
            # A rule of the database refused the write (e.g. another window saved the same CCCD a moment ago).
            err(f"{prefix}: {Message('vault.conflict').render(ctx.lang)}")
            return 2
        if isinstance(exc, DatabaseError):
            # Damage found while reading (a page whose HMAC fails): a sentence, never a traceback.
            paths = VaultPaths(Path(getattr(args, "vault", None) or "."))
            damaged = Message("vault.db_damaged", {"path": str(paths.db), "backup": paths.latest_backup_hint()})
            err(f"{prefix}: {damaged.render(ctx.lang)}")
            return 5
        raise
    except KeyboardInterrupt:
        err(Message("cli.interrupted").render(ctx.lang))
        return 130


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
