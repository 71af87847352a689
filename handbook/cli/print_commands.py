"""``handbook print …``: comment sheets, dispatches, letters, registers, handover records; signature images."""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from handbook import settings
from handbook.cli.context import Context
from handbook.cli.sign_commands import add_signer_options, signer_from_args
from handbook.errors import InputError
from handbook.flow import cases as fc
from handbook.flow.dispatch import get_dispatch, list_dispatches
from handbook.flow.model import CaseState, Dispatch, DispatchId, RegistrationId
from handbook.orgs.profile import profile_on
from handbook.orgs.repo import find_cell
from handbook.permissions import Op
from handbook.signing.signers import SignerSpec
from handbook.text.fold import search_key
from handbook.vault.atomic import write_atomic
from handbook.vault.vault import Vault

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
PRINTED_BY_DEFAULT = tuple(s for s in CaseState if s is not CaseState.CANCELLED)


def page_count(pdf: bytes) -> int:
    """Pages of a PDF this app made (every page object says /Type /Page)."""
    return len(_PAGE.findall(pdf))


def _write(ctx: Context, path: Path, pdf: bytes) -> None:
    try:
        write_atomic(path, pdf)
    except OSError as exc:
        raise InputError("forms.cli_cannot_write", path=str(path), reason=exc.strerror or str(exc)) from None


def _mode(ctx: Context) -> str | None:
    mode: str | None = getattr(ctx.args, "confirmation", None)
    return mode


def cmd_comments(ctx: Context) -> int:
    from handbook.forms.sheets_from_cases import render_cases

    a = ctx.args
    with ctx.open_vault() as vault:
        cell_id = find_cell(vault, a.cell).id if a.cell else None
        states = tuple(CaseState(s) for s in a.state) if a.state else PRINTED_BY_DEFAULT
        cases = fc.list_cases(vault, a.year, states=states, cell_id=cell_id)
        if not cases:
            raise InputError("forms.cli_no_cases", year=a.year)
        pdf = render_cases(vault, cases, confirmation_mode=_mode(ctx))  # type: ignore[arg-type]
    _write(ctx, Path(a.out), pdf)
    ctx.say("forms.cli_written", pages=page_count(pdf), path=a.out)
    return 0


def _file_name(d: Dispatch) -> str:
    number = re.sub(r"[^a-z0-9]+", "-", search_key(d.number_text)).strip("-")
    org = re.sub(r"[^a-z0-9]+", "-", search_key(d.workplace_name)).strip("-")[:60].rstrip("-")
    return f"cong-van-{number}-{org}.pdf"


def _print_dispatch(ctx: Context, vault: Vault, d: Dispatch, out: Path, signer: SignerSpec | None = None) -> None:
    from handbook.forms.dispatch_letter import render_dispatch_document

    # A digital signature goes in the signature box, so the stored signature/seal images stay out.
    rendered = render_dispatch_document(
        vault,
        d.id,
        confirmation_mode=_mode(ctx),  # type: ignore[arg-type]
        images=signer is None,
    )
    pdf = rendered.pdf
    if signer is not None:
        from handbook.signing.sign import sign_pdf

        profile = profile_on(vault, d.date)
        pdf = sign_pdf(
            pdf,
            signer,
            box=rendered.signature_box,
            reason=f"Công văn {d.number_text} gửi nhận xét đảng viên nơi cư trú",
            location=profile.place_name if profile else "",
            signer_name_for_stamp=d.signer_name or vault.actor.full_name,
            where=str(out),
        )
    _write(ctx, out, pdf)
    ctx.say(
        "forms.cli_dispatch_written", number=d.number_text, org=d.workplace_name, pages=rendered.pages, path=str(out)
    )
    if signer is not None:
        ctx.say("forms.cli_dispatch_signed", number=d.number_text)
        return
    b = rendered.signature_box
    box = ", ".join(f"{v:g}" for v in (b.x1, b.y1, b.x2, b.y2))
    ctx.say("forms.cli_signature_box", page=rendered.signature_box.page + 1, box=box)


def cmd_dispatch(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        signing = bool(getattr(a, "p12", None) or getattr(a, "pkcs11", None))
        if signing:
            vault.actor.require(Op.FORMS_SIGN)  # refuse before asking for a password or PIN
        signer = signer_from_args(ctx) if signing else None
        if a.all:
            if not a.out_dir:
                raise InputError("forms.cli_need_out_dir")
            chosen = list_dispatches(vault, a.year)
            if not chosen:
                raise InputError("forms.cli_no_dispatches", year=a.year)
            folder = Path(a.out_dir)
            folder.mkdir(parents=True, exist_ok=True)
            for d in chosen:
                _print_dispatch(ctx, vault, d, folder / _file_name(d), signer)
            return 0
        if not a.out:
            raise InputError("forms.cli_need_out")
        if a.dispatch is not None:
            d = get_dispatch(vault, DispatchId(a.dispatch))
            if d.year != a.year:
                raise InputError("forms.cli_dispatch_other_year", number=d.number_text, actual=d.year, year=a.year)
        else:
            found = [x for x in list_dispatches(vault, a.year) if x.workplace_org_id == a.org]
            if not found:
                name = vault.conn.execute("SELECT name FROM external_orgs WHERE id = ?", (a.org,)).fetchone()
                raise InputError("forms.cli_no_dispatch", year=a.year, org=name[0] if name else f"#{a.org}")
            if len(found) > 1:
                raise InputError(
                    "forms.cli_several_dispatches",
                    year=a.year,
                    count=len(found),
                    org=found[0].workplace_name,
                    numbers=", ".join(f"{x.number_text} (ID {x.id})" for x in found),
                )
            d = found[0]
        _print_dispatch(ctx, vault, d, Path(a.out), signer)
    return 0


def cmd_letter(ctx: Context) -> int:
    from handbook.forms.letters import render_endorsement, render_introduction_letter

    a = ctx.args
    with ctx.open_vault() as vault:
        render = render_endorsement if a.endorsement else render_introduction_letter
        pdf = render(vault, RegistrationId(a.registration), blank_signer=a.blank_signer)
    _write(ctx, Path(a.out), pdf)
    ctx.say("forms.cli_written", pages=page_count(pdf), path=a.out)
    return 0


def cmd_register(ctx: Context) -> int:
    from handbook.forms.member_register import render_member_register
    from handbook.forms.registers import render_register_213

    a = ctx.args
    with ctx.open_vault() as vault:
        if a.year is not None:
            cell_id = find_cell(vault, a.cell).id if a.cell else None
            pdf = render_register_213(vault, a.year, cell_id)
        else:
            pdf = render_member_register(vault, everyone=a.all)
    _write(ctx, Path(a.out), pdf)
    ctx.say("forms.cli_written", pages=page_count(pdf), path=a.out)
    return 0


def cmd_numbers(ctx: Context) -> int:
    from handbook.forms.number_register import render_number_register

    a = ctx.args
    with ctx.open_vault() as vault:
        pdf = render_number_register(vault, a.year, issuer=a.issuer, doc_type=a.type)
    _write(ctx, Path(a.out), pdf)
    ctx.say("forms.cli_written", pages=page_count(pdf), path=a.out)
    return 0


def cmd_handover(ctx: Context) -> int:
    from handbook.forms.handover import render_handover_into

    a = ctx.args
    with ctx.open_vault() as vault:
        pdf = render_handover_into(vault, find_cell(vault, a.cell, on=date.today()).id)
    _write(ctx, Path(a.out), pdf)
    ctx.say("forms.cli_written", pages=page_count(pdf), path=a.out)
    return 0


def _read(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError("forms.cli_cannot_read", path=path, reason=exc.strerror or str(exc)) from None


def cmd_images(ctx: Context) -> int:
    from handbook.forms.images import set_signature_images

    a = ctx.args
    signature, seal = _read(a.signature), _read(a.seal)
    if not a.clear and signature is None and seal is None:
        raise InputError("forms.cli_images_nothing")
    with ctx.open_vault() as vault:
        saved = set_signature_images(
            vault, a.position, None if a.clear else signature, None if a.clear else seal, signer_name=a.signer_name
        )
    if a.clear:
        ctx.say("forms.cli_images_cleared", position=saved.position)
    else:
        ctx.say("forms.cli_images_set", position=saved.position, name=saved.signer_name or "?")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    printing = sub.add_parser("print", help="In biểu mẫu ra tệp PDF / print forms to PDF")
    psub = printing.add_subparsers(dest="print_cmd", metavar="LỆNH")
    psub.required = True

    def add(name: str, func: object, help_text: str) -> argparse.ArgumentParser:
        p = psub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("vault")
        return p

    def confirmation(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--confirmation",
            choices=settings.FORM_CONFIRMATION_MODE.choices,
            help="on_sheet: khối xác nhận cuối phiếu; certificate: giấy xác nhận riêng "
            "(mặc định theo cài đặt forms.confirmation_mode)",
        )

    p = add("comments", cmd_comments, "Phiếu nhận xét đảng viên nơi cư trú của một năm (một tệp PDF)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, help="tệp PDF ra")
    p.add_argument("--cell", help="tên chi bộ nơi cư trú")
    p.add_argument(
        "--state",
        action="append",
        choices=[s.value for s in CaseState],
        help="chỉ in phiếu ở trạng thái này (có thể lặp lại; mặc định mọi phiếu trừ phiếu đã hủy)",
    )
    confirmation(p)

    p = add("dispatch", cmd_dispatch, "Công văn gửi trả nhận xét kèm các phiếu (mỗi công văn một tệp PDF)")
    p.add_argument("--year", type=int, required=True)
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--org", type=int, metavar="ID", help="cấp ủy nơi công tác nhận công văn")
    g.add_argument("--dispatch", type=int, metavar="ID", help="một công văn theo số ID")
    g.add_argument("--all", action="store_true", help="mọi công văn của năm, vào --out-dir")
    p.add_argument("--out", help="tệp PDF ra (với --org hoặc --dispatch)")
    p.add_argument("--out-dir", help="thư mục ra (với --all)")
    confirmation(p)
    add_signer_options(p, p12_flag="--sign-p12", pkcs11_flag="--sign-pkcs11", required=False)

    p = add("letter", cmd_letter, "Giấy giới thiệu về chi bộ nơi cư trú (hoặc khối tiếp nhận trên giấy giới thiệu)")
    p.add_argument("--registration", type=int, required=True, metavar="ID")
    p.add_argument("--out", required=True)
    p.add_argument(
        "--endorsement",
        action="store_true",
        help="in khối “Tiếp nhận ngày …” để dán/ghi trên giấy giới thiệu của nơi công tác",
    )
    p.add_argument(
        "--blank-signer",
        action="store_true",
        help="chưa ghi người ký của ngày đó: vẫn in, để trống tên để ký tay",
    )

    p = add(
        "register",
        cmd_register,
        "Sổ theo dõi đảng viên 213 (với --year) hoặc sổ danh sách đảng viên Mẫu 7-HSĐV (không có --year)",
    )
    p.add_argument("--out", required=True)
    p.add_argument("--year", type=int)
    p.add_argument("--cell", help="chỉ một chi bộ (sổ theo dõi 213)")
    p.add_argument("--all", action="store_true", help="sổ Mẫu 7-HSĐV: cả người đã chuyển đi, từ trần, ra khỏi Đảng")

    p = add("numbers", cmd_numbers, "Sổ đăng ký văn bản đi: số đã cấp theo cơ quan, loại văn bản và năm")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--issuer", help="chỉ một cơ quan ban hành, theo ký hiệu (ví dụ BXDĐ, ĐU)")
    p.add_argument("--type", choices=("confirmation", "dispatch", "introduction"), help="chỉ một loại văn bản")

    p = add("handover", cmd_handover, "Biên bản bàn giao khi sáp nhập, chia tách chi bộ (lần gần nhất)")
    p.add_argument("--cell", required=True, help="chi bộ được lập ra (hoặc nhận đảng viên)")
    p.add_argument("--out", required=True)

    p = add("images", cmd_images, "Ảnh chữ ký và con dấu để in (chỉ Trưởng ban)")
    p.add_argument("--position", required=True, help="head | deputy | secretary | deputy_secretary")
    p.add_argument("--signature", metavar="PNG")
    p.add_argument("--seal", metavar="PNG")
    p.add_argument("--signer-name", help="chữ ký của ai (mặc định: người giữ chức danh hôm nay)")
    p.add_argument("--clear", action="store_true")
