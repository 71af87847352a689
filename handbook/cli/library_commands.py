"""``handbook library add|list|search|show|set|export``: the office's documents kept inside the vault."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path

from handbook.cli.context import Context
from handbook.errors import InputError
from handbook.i18n import Message
from handbook.library.model import DocMeta, DocStatus, Document, Filters, Passage
from handbook.library.search import search
from handbook.library.store import (
    add_path,
    export_file,
    files_in,
    get_document,
    list_documents,
    page_text,
    update_meta,
)


def _date(text: str) -> date:
    try:
        day, month, year = (int(x) for x in text.replace(".", "/").replace("-", "/").split("/"))
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(Message("library.bad_date", {"value": text}).render()) from None


def _status(text: str) -> DocStatus:
    try:
        return DocStatus(text.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(Message("library.bad_status", {"value": text}).render()) from None


def _meta_from_args(args: argparse.Namespace, base: DocMeta) -> DocMeta:
    changes: dict[str, object] = {}
    for arg, name in (("title", "title"), ("number", "number"), ("issuer", "issuer"), ("type", "kind")):
        if getattr(args, arg) is not None:
            changes[name] = getattr(args, arg)
    for arg in ("date", "replaced_on"):
        if getattr(args, arg) is not None:
            changes["issued_on" if arg == "date" else arg] = getattr(args, arg)
    if args.status is not None:
        changes["status"] = args.status
        if args.status is DocStatus.IN_FORCE:
            changes.update(replaced_by="", replaced_on=None)
    if args.replaced_by is not None:
        changes["replaced_by"] = args.replaced_by
    if args.tags is not None:
        changes["tags"] = tuple(t for t in args.tags.split(",") if t.strip())
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(kind=args.type, year=args.year, status=args.status)


def _status_text(ctx: Context, doc: Document) -> str:
    meta = doc.meta
    if meta.status is DocStatus.REPLACED and (meta.replaced_by or meta.replaced_on):
        on = meta.replaced_on.strftime("%d/%m/%Y") if meta.replaced_on else "?"
        return ctx.text("library.replaced_detail", by=meta.replaced_by or "?", on=on)
    return ctx.text(f"library.status.{meta.status.value}")


def _line(ctx: Context, doc: Document) -> str:
    meta = doc.meta
    when = meta.issued_on.strftime("%d/%m/%Y") if meta.issued_on else "—"
    head = " · ".join(x for x in (meta.kind, meta.number, when, meta.issuer) if x)
    return f"[{doc.id}] {meta.title}\n     {head} · {_status_text(ctx, doc)}"


def _marked(p: Passage) -> str:
    out, last = [], 0
    for start, end in p.spans:
        out += [p.text[last:start], "[", p.text[start:end], "]"]
        last = end
    out.append(p.text[last:])
    return "".join(out)


def cmd_add(ctx: Context) -> int:
    paths: list[Path] = []
    for raw in ctx.args.paths:
        path = Path(raw)
        paths += files_in(path) if path.is_dir() else [path]
    one = len(paths) == 1
    added = skipped = 0
    with ctx.open_vault() as vault:
        for path in paths:
            meta = _meta_from_args(ctx.args, DocMeta(title=path.stem)) if one else None
            try:
                result = add_path(vault, path, meta)
            except InputError as exc:
                if one:
                    raise
                ctx.say("library.skipped", reason=exc.render(ctx.lang))
                skipped += 1
                continue
            doc = result.document
            ctx.say("library.added", title=doc.meta.title, id=doc.id, pages=doc.pages)
            for note in result.notes:
                ctx.say(note)
            added += 1
    if not one:
        ctx.say("library.summary", added=added, skipped=skipped)
    return 0 if skipped == 0 else 1


def cmd_list(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        docs = list_documents(vault, _filters(ctx.args))
    if not docs:
        ctx.say("library.empty")
    for doc in docs:
        ctx.out(_line(ctx, doc))
    return 0


def cmd_search(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        hits = search(vault, ctx.args.query, _filters(ctx.args), limit=ctx.args.limit)
    if not hits:
        ctx.say("library.no_hits", query=ctx.args.query)
        return 1
    for hit in hits:
        where = ctx.text("library.page_title") if hit.page == 0 else ctx.text("library.page_n", page=hit.page)
        ctx.out(f"[{hit.doc.id}] {hit.doc.meta.title} — {where}")
        ctx.out(f"     {_marked(hit.passage)}")
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        doc = get_document(vault, ctx.args.id)
        text = page_text(vault, doc.id, ctx.args.page) if ctx.args.page else None
    ctx.out(_line(ctx, doc))
    if doc.meta.tags:
        ctx.out(f"     # {', '.join(doc.meta.tags)}")
    ctx.out(f"     {doc.filename} · {doc.pages} · {doc.size:,} B · sha256 {doc.sha256[:16]}…")
    if not doc.has_text:
        ctx.say("library.no_text")
    if text is not None:
        ctx.out()
        ctx.out(text)
    return 0


def cmd_set(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        doc = get_document(vault, ctx.args.id)
        doc = update_meta(vault, doc.id, _meta_from_args(ctx.args, doc.meta))
    ctx.say("library.updated", title=doc.meta.title)
    return 0


def cmd_export(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        out = export_file(vault, ctx.args.id, Path(ctx.args.out))
    ctx.say("library.exported", path=str(out))
    return 0


def _meta_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title", help="trích yếu (mặc định: tên tệp)")
    p.add_argument("--number", help="số, ký hiệu, ví dụ 213-QĐ/TW")
    p.add_argument("--date", type=_date, help="ngày ban hành dd/mm/yyyy")
    p.add_argument("--issuer", help="cơ quan ban hành, ví dụ Bộ Chính trị")
    p.add_argument("--type", help="loại: Quy định, Hướng dẫn, Kết luận, Công văn…")
    p.add_argument("--status", type=_status, help="in_force (còn hiệu lực) | replaced (đã được thay thế)")
    p.add_argument("--replaced-by", help="số văn bản thay thế")
    p.add_argument("--replaced-on", type=_date, help="ngày bị thay thế dd/mm/yyyy")
    p.add_argument("--tags", help="từ khóa, cách nhau bằng dấu phẩy")


def _filter_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--type", help="chỉ loại này (Quy định, Hướng dẫn…)")
    p.add_argument("--year", type=int, help="chỉ năm ban hành này")
    p.add_argument("--status", type=_status, help="in_force | replaced")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    lib = sub.add_parser("library", help="Thư viện văn bản trong kho: thêm, tìm, xem, lưu ra tệp")
    lsub = lib.add_subparsers(dest="library_cmd", metavar="LỆNH")
    lsub.required = True
    p = lsub.add_parser("add", parents=[common], help="Thêm tệp PDF, .docx, .txt (hoặc cả thư mục)")
    p.set_defaults(func=cmd_add)
    p.add_argument("vault")
    p.add_argument("paths", nargs="+", metavar="TỆP_HOẶC_THƯ_MỤC")
    _meta_arguments(p)
    p = lsub.add_parser("list", parents=[common], help="Danh sách văn bản")
    p.set_defaults(func=cmd_list)
    p.add_argument("vault")
    _filter_arguments(p)
    p = lsub.add_parser("search", parents=[common], help="Tìm trong tên và toàn văn (không cần dấu)")
    p.set_defaults(func=cmd_search)
    p.add_argument("vault")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    _filter_arguments(p)
    p = lsub.add_parser("show", parents=[common], help="Thông tin một văn bản (và chữ của một trang)")
    p.set_defaults(func=cmd_show)
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.add_argument("--page", type=int, help="in chữ của trang này")
    p = lsub.add_parser("set", parents=[common], help="Sửa thông tin một văn bản (ví dụ: đã được thay thế)")
    p.set_defaults(func=cmd_set)
    p.add_argument("vault")
    p.add_argument("id", type=int)
    _meta_arguments(p)
    p = lsub.add_parser("export", parents=[common], help="Lưu tệp gốc của một văn bản ra ngoài")
    p.set_defaults(func=cmd_export)
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.add_argument("out")
