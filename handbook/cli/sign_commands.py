"""``handbook sign`` and ``handbook verify``: sign any PDF (PAdES), and say who signed it and whether to trust it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from handbook.cli import secrets_input
from handbook.cli.context import Context
from handbook.errors import InputError
from handbook.i18n import Lang, Message
from handbook.signing import (
    DEFAULT_FIELD,
    Pkcs11Signer,
    Pkcs12Signer,
    SignatureBox,
    SignerSpec,
    all_ok,
    parse_certificates,
    sign_pdf,
    verify_pdf,
)

# Bottom right of an A4 page, inside the 15 mm right and 20 mm bottom margins of Hướng dẫn 36.
DEFAULT_BOX = "330,60,552,130"
DEFAULT_REASON = "Ký số văn bản"


def add_signer_options(
    p: argparse.ArgumentParser, *, p12_flag: str = "--p12", pkcs11_flag: str = "--pkcs11", required: bool = True
) -> None:
    """The key options, shared with commands that sign what they print (``print dispatch --sign-p12 …``)."""
    g = p.add_mutually_exclusive_group(required=required)
    g.add_argument(p12_flag, dest="p12", metavar="FILE.p12", help="tệp chữ ký số PKCS#12 (.p12/.pfx)")
    g.add_argument(pkcs11_flag, dest="pkcs11", metavar="MODULE", help="thư viện PKCS#11 của USB token (.dll/.so)")
    p.add_argument("--p12-password-file", help="tệp chứa mật khẩu của tệp .p12 (hoặc HANDBOOK_P12_PASSWORD)")
    p.add_argument("--pin-file", help="tệp chứa mã PIN của token (hoặc HANDBOOK_PIN)")
    p.add_argument("--token-label", help="nhãn của token khi có nhiều token")
    p.add_argument("--slot", type=int, help="số khe (slot id) của token")
    p.add_argument("--key-label", help="nhãn khóa ký khi token có nhiều khóa")
    p.add_argument("--cert-label", help="nhãn chứng thư khi khác nhãn khóa")


def signer_from_args(ctx: Context) -> SignerSpec | None:
    """The signer the options name, with its password or PIN from a file, the environment or a prompt."""
    a = ctx.args
    if getattr(a, "p12", None):
        password = _secret(
            a.p12_password_file,
            "HANDBOOK_P12_PASSWORD",
            "sign.cli.p12_password_prompt",
            "sign.cli.no_p12_password",
            ctx.lang,
        )
        return Pkcs12Signer(Path(a.p12), password)
    if getattr(a, "pkcs11", None):
        pin = _secret(a.pin_file, "HANDBOOK_PIN", "sign.cli.pin_prompt", "sign.cli.no_pin", ctx.lang)
        return Pkcs11Signer(
            module_path=a.pkcs11,
            pin=pin,
            token_label=a.token_label,
            slot=a.slot,
            key_label=a.key_label,
            cert_label=a.cert_label,
        )
    return None


def _secret(file: str | None, env: str, prompt_id: str, missing_id: str, lang: Lang) -> str:
    if file:
        return secrets_input.read_secret_file(file)
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise InputError(missing_id)
    return getpass.getpass(Message(prompt_id).render(lang))


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError("sign.cli.file_unreadable", path=path, reason=exc.strerror or str(exc)) from None


def parse_box(text: str, page_text: str | None) -> SignatureBox:
    """``--box x1,y1,x2,y2`` (PDF points) and ``--page N`` (1 = first; none = last page)."""
    try:
        x1, y1, x2, y2 = (float(part) for part in text.replace(";", ",").split(","))
    except ValueError:
        raise InputError("sign.box_syntax", text=text) from None
    page = -1
    if page_text is not None:
        try:
            page = int(page_text) - 1
        except ValueError:
            raise InputError("sign.cli.bad_page", text=page_text) from None
        if page < 0:
            raise InputError("sign.cli.bad_page", text=page_text)
    return SignatureBox(page, x1, y1, x2, y2)


def cmd_sign(ctx: Context) -> int:
    a = ctx.args
    src, out = Path(a.file), Path(a.out)
    if out.exists() and out.resolve() == src.resolve():
        raise InputError("sign.cli.same_file", path=str(out))
    box = parse_box(a.box, a.page)
    pdf = _read(a.file)
    signer = signer_from_args(ctx)
    assert signer is not None  # argparse requires one of --p12 / --pkcs11
    signed = sign_pdf(
        pdf,
        signer,
        box=box,
        reason=a.reason,
        location=a.location,
        signer_name_for_stamp=a.name,
        field_name=a.field,
        where=str(src),
    )
    try:
        out.write_bytes(signed)
    except OSError as exc:
        raise InputError("sign.cli.out_unwritable", path=str(out), reason=exc.strerror or str(exc)) from None
    ctx.say("sign.cli.signed", src=str(src), out=str(out), name=a.name)
    return 0


def cmd_verify(ctx: Context) -> int:
    a = ctx.args
    trust: list[bytes] = []
    for path in a.trust:
        data = _read(path)
        parse_certificates(data, path)  # a bad file is named by its path, not its position
        trust.append(data)
    reports = verify_pdf(_read(a.file), trust, where=a.file)
    if not reports:
        ctx.say("sign.verify_none")
        ctx.say("sign.verify_not_ok")
        return 1
    for n, report in enumerate(reports, start=1):
        ctx.say("sign.verify_header", n=n, field=report.field_name)
        for line in report.describe(ctx.lang):
            ctx.out(line)
    ok = all_ok(reports)
    ctx.say("sign.verify_ok" if ok else "sign.verify_not_ok")
    return 0 if ok else 1


COMMANDS = ("sign", "verify")  # the top-level commands registered here


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    help_text = "Kiểm tra chữ ký số trên tệp PDF: ai ký, khi nào, có bị sửa sau khi ký, có tin cậy không"
    p = sub.add_parser("verify", parents=[common], help=help_text, description=help_text)
    p.set_defaults(func=cmd_verify)
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT.pem",
        help="chứng thư gốc tin cậy (PEM/DER); dùng nhiều lần được",
    )

    help_text = "Ký số một tệp PDF (PAdES) bằng tệp .p12 hoặc USB token, có ô chữ ký hiển thị"
    # No abbreviations: "--p12-password SECRET" must be refused, not read as "--p12-password-file SECRET".
    p = sub.add_parser("sign", parents=[common], help=help_text, description=help_text, allow_abbrev=False)
    p.set_defaults(func=cmd_sign)
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("out", metavar="OUT.pdf")
    add_signer_options(p)
    p.add_argument("--name", required=True, help="tên hiện trên ô chữ ký")
    p.add_argument("--reason", default=DEFAULT_REASON, help=f'lý do ký (mặc định "{DEFAULT_REASON}")')
    p.add_argument("--location", default="", help="nơi ký, ví dụ: Xã Tân An")
    p.add_argument("--page", help="trang đặt chữ ký (1 = trang đầu; mặc định trang cuối)")
    p.add_argument("--box", default=DEFAULT_BOX, help=f"ô chữ ký x1,y1,x2,y2 theo điểm PDF (mặc định {DEFAULT_BOX})")
    p.add_argument("--field", default=DEFAULT_FIELD, help=argparse.SUPPRESS)
