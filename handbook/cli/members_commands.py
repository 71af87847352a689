"""``handbook members …``: list members, import an office's Excel/CSV list, export lists and the register."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from handbook.cli.context import Context, err
from handbook.errors import InputError
from handbook.i18n import Message
from handbook.members.model import Status
from handbook.members.repo import MemberRow, list_members
from handbook.orgs.repo import find_cell
from handbook.permissions import Op
from handbook.spreadsheet.cells import NewCells, parse_cell_map
from handbook.spreadsheet.columns import ColumnMapping, Target, parse_target
from handbook.spreadsheet.encoding import ENCODING_CHOICES, parse_choice
from handbook.spreadsheet.export import CURRENT, export_members
from handbook.spreadsheet.importer import (
    DuplicatePolicy,
    DuplicateRules,
    ImportOptions,
    ImportResult,
    commit_import,
    open_source,
    plan_import,
    remap,
    result_of,
)
from handbook.spreadsheet.mappings import load_mapping, save_mapping
from handbook.spreadsheet.register import export_register
from handbook.spreadsheet.report import write_report
from handbook.vault.vault import Vault

MAX_PRINTED_PROBLEMS = 30
_RULES = {"cccd": "same_cccd", "name": "same_name_birth", "name_birth": "same_name_birth"}


# --- list ----------------------------------------------------------------------------------------


def _statuses(ctx: Context) -> tuple[Status, ...] | None:
    return None if getattr(ctx.args, "all", False) else CURRENT


def _cell_id(ctx: Context, vault: Vault) -> int | None:
    name = getattr(ctx.args, "cell", None)
    return int(find_cell(vault, name).id) if name else None


def _as_dict(ctx: Context, r: MemberRow) -> dict[str, object]:
    return {
        "id": int(r.id),
        "ho": r.ho,
        "dem": r.dem,
        "ten": r.ten,
        "full_name": r.full_name,
        "gender": r.gender,
        "birth_date": r.birth_date,
        "cccd": r.cccd,
        "card_no": r.card_no,
        "phone": r.phone,
        "status": r.status.value,
        "cell": r.cell_name,
        "workplace": r.workplace,
        "address": r.address,
    }


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as vault:
        rows = list_members(vault, search=a.search, cell_id=_cell_id(ctx, vault), statuses=_statuses(ctx))
    if a.format == "json":
        ctx.out(json.dumps([_as_dict(ctx, r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    if a.format == "csv":
        dicts = [_as_dict(ctx, r) for r in rows]
        keys = list(_as_dict(ctx, rows[0])) if rows else ["id", "full_name"]
        writer = csv.DictWriter(sys.stdout, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        writer.writerows(dicts)
        return 0
    if not rows:
        ctx.say("sheet.cli.list_empty")
        return 0
    headers = [ctx.text(f"sheet.cli.col_{k}") for k in ("no", "name", "birth", "cccd", "cell", "status")]
    table = [
        [
            str(n),
            r.full_name,
            r.birth_date,
            r.cccd,
            r.cell_name,
            Message(f"status.{r.status.value}").render(ctx.lang),
        ]
        for n, r in enumerate(rows, 1)
    ]
    widths = [max(len(line[i]) for line in [headers, *table]) for i in range(len(headers))]
    ctx.out("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    ctx.out("  ".join("-" * w for w in widths))
    for line in table:
        ctx.out("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    ctx.say("sheet.cli.list_count", count=len(rows))
    return 0


# --- import --------------------------------------------------------------------------------------


def _day(text: str) -> date:
    try:
        day, month, year = (int(x) for x in text.replace(".", "/").replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: dd/mm/yyyy") from None


def _duplicates(values: list[str] | None) -> DuplicateRules:
    rules = DuplicateRules()
    for raw in values or []:
        rule, sep, policy = raw.partition("=")
        try:
            if not sep:  # a bare policy applies to both rules
                p = DuplicatePolicy(rule.strip().lower())
                rules = DuplicateRules(p, p)
                continue
            field = _RULES[rule.strip().lower()]
            value = DuplicatePolicy(policy.strip().lower())
        except (KeyError, ValueError):
            raise InputError("sheet.cli.bad_duplicate", value=raw) from None
        rules = DuplicateRules(
            value if field == "same_cccd" else rules.same_cccd,
            value if field == "same_name_birth" else rules.same_name_birth,
        )
    return rules


def _apply_columns(mapping: ColumnMapping, values: list[str] | None) -> ColumnMapping:
    for raw in values or []:
        column, sep, target = raw.partition("=")
        if not sep or not column.strip() or not target.strip():
            raise InputError("sheet.cli.bad_column_option", value=raw)
        mapping = mapping.with_target(column.strip(), parse_target(target))
    return mapping


def _print_result(ctx: Context, result: ImportResult) -> None:
    for cell in result.missing_cells:
        rows = ", ".join(str(r) for r in cell.rows[:8]) + (" …" if len(cell.rows) > 8 else "")
        if cell.created:
            ctx.say("sheet.cli.cell_created", name=cell.name, count=len(cell.rows), rows=rows)
        else:
            like = ctx.text("sheet.cli.cell_like", like=cell.suggestion) if cell.suggestion else ""
            ctx.say("sheet.cli.cell_missing", name=cell.name, count=len(cell.rows), rows=rows, like=like)
    problems = sorted(result.problems, key=lambda p: (not p.is_error, p.row))
    for p in problems[:MAX_PRINTED_PROBLEMS]:
        label = ctx.text(f"sheet.severity.{p.severity}")
        ctx.out(f"- [{label}] {p.render(ctx.lang)}")
    if len(problems) > MAX_PRINTED_PROBLEMS:
        ctx.say("sheet.cli.more_problems", count=len(problems) - MAX_PRINTED_PROBLEMS)
    ctx.say(
        "sheet.cli.counts",
        rows=result.rows_read,
        created=result.created,
        updated=result.updated,
        unchanged=result.unchanged,
        skipped=result.skipped,
        errors=len(result.errors),
        warnings=len(result.warnings),
    )


def cmd_import(ctx: Context) -> int:
    a = ctx.args
    encoding = parse_choice(a.encoding)
    duplicates = _duplicates(a.on_duplicate)
    with ctx.open_vault() as vault:
        vault.actor.require(Op.MEMBERS_IMPORT)
        mapping = load_mapping(vault, a.mapping) if a.mapping else None
        new_cells = (
            NewCells(a.create_missing_cells, residential=a.cell_kind == "residence") if a.create_missing_cells else None
        )
        options = ImportOptions(
            encoding=encoding,
            mapping=mapping,
            sheet=a.sheet,
            duplicates=duplicates,
            cell_map=parse_cell_map(a.map_cell or []),
            new_cells=new_cells,
        )
        source = open_source(Path(a.file), options)
        if a.column:
            source = remap(source, _apply_columns(source.mapping, a.column))
        m = source.mapping
        sheet = f" ({source.table.sheet})" if source.table.sheet else ""
        ctx.say(
            "sheet.cli.sheet_info", file=source.table.source, sheet=sheet, header=m.header_row, first=m.first_data_row
        )
        for rule in m.mapped:
            ctx.say("sheet.cli.column_info", letter=rule.letter, header=rule.header, target=rule.target.label)
        proposal = source.proposal
        if proposal.source == "font" and encoding == "auto" and proposal.encoding:
            ctx.say("sheet.cli.encoding_font", fonts=", ".join(proposal.fonts), encoding=proposal.encoding.upper())
        plan = plan_import(vault, source, options)
        if a.dry_run or plan.has_errors:
            result = result_of(plan, committed=False, dry_run=a.dry_run)
        else:
            result = commit_import(vault, plan)
        if a.save_mapping and not a.dry_run and result.ok:
            save_mapping(vault, a.save_mapping, m)
            ctx.say("sheet.cli.mapping_saved", name=a.save_mapping)
    _print_result(ctx, result)
    if a.report:
        path = write_report(Path(a.report), result.problems, ctx.lang, source=result.source)
        ctx.say("sheet.cli.report_written", path=str(path))
    if not result.ok:
        err(ctx.text("sheet.cli.rejected", rows=result.rejected_rows))
        if not a.report:
            ctx.say("sheet.cli.report_hint")
        return InputError.exit_code
    ctx.say("sheet.cli.dry_run" if a.dry_run else "sheet.cli.imported")
    return 0


# --- export --------------------------------------------------------------------------------------


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.out)
    with ctx.open_vault() as vault:
        if a.register:
            count = export_register(vault, out, overwrite=a.overwrite, everyone=a.all)
            ctx.say("sheet.cli.register_exported", count=count, path=str(out))
            return 0
        count = export_members(
            vault,
            out,
            lang=ctx.lang,
            statuses=_statuses(ctx),
            cell_id=_cell_id(ctx, vault),
            overwrite=a.overwrite,
        )
    ctx.say("sheet.cli.exported", count=count, path=str(out))
    return 0


# --- parser --------------------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    members = sub.add_parser("members", help="Đảng viên: danh sách, nhập từ Excel, xuất danh sách")
    msub = members.add_subparsers(dest="members_cmd", metavar="LỆNH")
    msub.required = True

    def add(name: str, func: object, help_text: str) -> argparse.ArgumentParser:
        p = msub.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        p.add_argument("vault")
        return p

    p = add("list", cmd_list, "Danh sách đảng viên theo thứ tự tên tiếng Việt")
    p.add_argument("--search", help="tìm theo tên (có dấu hoặc không), số CCCD, số thẻ")
    p.add_argument("--cell", help="chỉ đảng viên của chi bộ này")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--all", action="store_true", help="cả người đã chuyển đi, từ trần, ra khỏi Đảng")

    p = add("import", cmd_import, "Nhập danh sách đảng viên từ tệp Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không lưu gì")
    p.add_argument("--report", metavar="LOI.xlsx", help="ghi danh sách lỗi và lưu ý ra tệp Excel")
    p.add_argument(
        "--encoding",
        default="auto",
        choices=list(ENCODING_CHOICES),
        help="bảng mã chữ trong tệp (mặc định: tự nhận theo phông chữ .Vn…/VNI…)",
    )
    p.add_argument("--sheet", help="tên trang tính (mặc định: trang đang mở, rồi trang đầu có tiêu đề)")
    p.add_argument(
        "--create-missing-cells",
        metavar="NGÀY",
        type=_day,
        help="tạo các chi bộ có trong tệp mà kho chưa có (trực thuộc đảng ủy xã), hoạt động từ ngày dd/mm/yyyy",
    )
    p.add_argument(
        "--cell-kind",
        choices=["residence", "workplace"],
        default="residence",
        help="chi bộ tạo mới là chi bộ nơi cư trú (thôn, tổ dân phố; mặc định) hay chi bộ cơ quan",
    )
    p.add_argument(
        "--map-cell",
        action="append",
        metavar="TÊN_TRONG_TỆP=CHI_BỘ",
        help="ghép một tên chi bộ trong tệp với chi bộ đã có trong kho",
    )
    p.add_argument("--mapping", metavar="TÊN", help="dùng cách ghép cột đã lưu")
    p.add_argument("--save-mapping", metavar="TÊN", help="lưu cách ghép cột để dùng lần sau")
    p.add_argument(
        "--column",
        action="append",
        metavar="CỘT=THÔNG_TIN",
        help=f"sửa cách ghép một cột, ví dụ C=cccd hoặc D=ignore ({', '.join(t.value for t in Target)})",
    )
    p.add_argument(
        "--on-duplicate",
        action="append",
        metavar="QUY_TẮC=CÁCH",
        help="trùng số CCCD (cccd=update mặc định) hoặc trùng họ tên và ngày sinh (name=skip mặc định);"
        " cách: skip | update | create",
    )

    p = add("export", cmd_export, "Xuất danh sách đảng viên ra .xlsx hoặc .csv, hoặc sổ Mẫu 7-HSĐV")
    p.add_argument("out", metavar="OUT.xlsx|OUT.csv")
    p.add_argument("--register", action="store_true", help="sổ danh sách đảng viên (Mẫu 7-HSĐV, .xlsx)")
    p.add_argument("--all", action="store_true", help="cả người đã chuyển đi, từ trần, ra khỏi Đảng")
    p.add_argument("--cell", help="chỉ đảng viên của chi bộ này")
    p.add_argument("--overwrite", action="store_true", help="ghi đè tệp đã có")
