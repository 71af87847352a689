"""The handover record (biên bản bàn giao) when cells merge or split, or members move in bulk."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from handbook.errors import InputError
from handbook.flow.wording import say
from handbook.forms.dates import date_words, place_date_line
from handbook.forms.fonts import FontChoice, FontFamily
from handbook.forms.layout import body_paragraphs, borderless, header_table, signature_column, title_block
from handbook.forms.model import PageSetup
from handbook.forms.pages import PageWriter, new_canvas
from handbook.forms.sources import Letterhead, RuleSets, font_family, letterhead
from handbook.forms.styles import FormStyles, TypeScale
from handbook.forms.typeset import caps, markup, one_line
from handbook.members.model import MemberId
from handbook.orgs.model import OrgId
from handbook.orgs.reorg import Handover, HandoverLine
from handbook.orgs.repo import get_org_conn
from handbook.permissions import Op
from handbook.vault.vault import Vault

TITLE = "Biên bản bàn giao"
DOTS = "……………………………"
TABLE_SIZE = 12.0
# STT, họ và tên, ngày sinh, số thẻ, từ chi bộ, đến chi bộ, hồ sơ (ghi chú)
TABLE_SHARES = (0.07, 0.23, 0.14, 0.13, 0.16, 0.16, 0.11)
TABLE_HEADINGS = ("STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Từ chi bộ", "Đến chi bộ", "Hồ sơ, ghi chú")
# Several signatures share the page: a little less room to sign than a letter's.
HANDOVER_SCALE = TypeScale(sign_space_mm=20.0)
_WHAT = {"merge": "sáp nhập chi bộ", "split": "chia tách chi bộ", "move": "chuyển sinh hoạt đảng viên"}


def _dmy(text: str) -> str:
    """An ISO (partial) date as dd/mm/yyyy, mm/yyyy or yyyy."""
    parts = text.split("-")
    return "/".join(reversed(parts)) if text else ""


def handover_into(vault: Vault, target_id: OrgId) -> Handover:
    """The latest merge or split that made (or fed) ``target_id``, rebuilt from the recorded successions."""
    vault.actor.require(Op.FORMS_PRINT)
    conn = vault.conn
    target = get_org_conn(conn, target_id)
    latest = conn.execute(
        "SELECT date, kind, decision_no, decision_date FROM org_successions WHERE to_org = ?"
        " ORDER BY date DESC, id DESC LIMIT 1",
        (target_id,),
    ).fetchone()
    if latest is None:
        raise InputError("forms.no_handover", name=target.name)
    day, kind, decision_no, decision_date = latest
    sources = [
        int(r[0])
        for r in conn.execute(
            "SELECT DISTINCT from_org FROM org_successions WHERE to_org = ? AND date = ? AND kind = ?"
            " ORDER BY from_org",
            (target_id, day, kind),
        )
    ]
    targets = [
        int(r[0])
        for r in conn.execute(
            f"SELECT DISTINCT to_org FROM org_successions WHERE date = ? AND kind = ?"
            f" AND from_org IN ({', '.join('?' * len(sources))}) ORDER BY to_org",
            (day, kind, *sources),
        )
    ]
    lines: list[HandoverLine] = []
    rows = conn.execute(
        "SELECT m.id, trim(m.ho || ' ' || m.dem || ' ' || m.ten), coalesce(m.birth_date, ''), m.card_no,"
        " src.name, dst.name FROM assignments a JOIN members m ON m.id = a.member_id"
        " JOIN orgs dst ON dst.id = a.org_id"
        " JOIN assignments b ON b.member_id = a.member_id AND b.valid_to = a.valid_from"
        " JOIN orgs src ON src.id = b.org_id"
        f" WHERE a.valid_from = ? AND a.org_id IN ({', '.join('?' * len(targets))})"
        f" AND b.org_id IN ({', '.join('?' * len(sources))})"
        " ORDER BY src.id, m.sort_key, m.id",
        (day, *targets, *sources),
    ).fetchall()
    for r in rows:
        lines.append(HandoverLine(MemberId(r[0]), " ".join(r[1].split()), r[2], r[3], r[4], r[5]))
    return Handover(
        "merge" if kind == "merge" else "split",
        date.fromisoformat(day),
        decision_no or "",
        date.fromisoformat(decision_date) if decision_date else None,
        tuple(get_org_conn(conn, OrgId(s)) for s in sources),
        tuple(get_org_conn(conn, OrgId(t)) for t in targets),
        tuple(lines),
    )


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def handover_flowables(
    handover: Handover, head: Letterhead, styles: FormStyles, width: float, words: Mapping[str, str]
) -> list[Flowable]:
    """The record's flowables; ``words`` are the sentences of the rule set in force on its date."""
    superior, issuing = head.issuer(True)
    sources = [one_line(o.name) for o in handover.sources]
    targets = [one_line(o.name) for o in handover.targets]
    out: list[Flowable] = [
        header_table(
            styles,
            width,
            superior=superior,
            issuing=issuing,
            number="",
            date_line=place_date_line(head.place, handover.date),
        ),
        Spacer(1, 8 * mm),
        *title_block(TITLE, say(words, "handover.summary", what=_WHAT[handover.kind]), styles, width, dashes=True),
        Spacer(1, 6 * mm),
    ]
    decided = f"Quyết định số {one_line(handover.decision_no)}"
    if handover.decision_date:
        decided += f" ngày {handover.decision_date.strftime('%d/%m/%Y')}"
    if handover.kind == "merge":
        about = f"sáp nhập {_names(sources)} thành {_names(targets)}"
    elif handover.kind == "split":
        about = f"chia tách {_names(sources)} thành {_names(targets)}"
    else:
        about = f"chuyển sinh hoạt đảng viên về {_names(targets)}"
    out += body_paragraphs(
        [
            say(words, "handover.basis", decision=decided, committee=head.committee_name, about=about),
            say(words, "handover.today", date=date_words(handover.date), place=DOTS),
        ],
        styles,
    )
    indent = styles.scale.first_indent_mm * mm
    people = ParagraphStyle(
        "hb-ho-people", parent=styles.body, alignment=TA_LEFT, firstLineIndent=0, leftIndent=indent, spaceAfter=2
    )
    lines = [f"- Bên giao: Chi ủy {s}, đại diện là đồng chí {DOTS}, Bí thư chi bộ;" for s in sources]
    lines += [f"- Bên nhận: Chi ủy {t}, đại diện là đồng chí {DOTS}, Bí thư chi bộ;" for t in targets]
    lines.append(f"- Đại diện {head.committee_name}: đồng chí {DOTS}, chức vụ {DOTS}.")
    out += [Paragraph(markup(line), people) for line in lines]
    out.append(Spacer(1, styles.scale.paragraph_gap))
    out += body_paragraphs([say(words, "handover.count", count=len(handover.lines))], styles)
    out.append(_table(handover, styles, width))
    out.append(Spacer(1, 4 * mm))
    copies = len(sources) + len(targets) + 1
    closing = body_paragraphs(
        [
            say(words, "handover.copies", copies=f"{copies:02d}", committee=head.committee_name),
        ],
        styles,
    )
    closing.append(Spacer(1, 2 * mm))
    signatures = _signatures(sources, targets, head, styles, width)
    # The closing sentence never stays behind alone: it goes with the first row of signatures.
    out.append(
        borderless(
            [[[*closing, signatures[0]]]], (width,), styles.fonts.regular, extra=[("ALIGN", (0, 0), (-1, -1), "LEFT")]
        )
    )
    out += signatures[1:]
    return out


def _table(handover: Handover, styles: FormStyles, width: float) -> Table:
    fonts = styles.fonts
    cell = ParagraphStyle(
        "hb-ho", fontName=fonts.regular, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, alignment=TA_LEFT, shaping=0
    )
    centre = ParagraphStyle("hb-ho-c", parent=cell, alignment=TA_CENTER)
    bold = ParagraphStyle("hb-ho-h", parent=centre, fontName=fonts.bold)
    rows: list[list[object]] = [[Paragraph(markup(h), bold) for h in TABLE_HEADINGS]]
    for index, line in enumerate(handover.lines, 1):
        rows.append(
            [
                Paragraph(str(index), centre),
                Paragraph(markup(line.full_name), cell),
                Paragraph(_dmy(line.birth_date), centre),
                Paragraph(markup(line.card_no), centre),
                Paragraph(markup(line.from_cell), cell),
                Paragraph(markup(line.to_cell), cell),
                "",
            ]
        )
    if not handover.lines:
        rows.append([Paragraph(markup("Không có đảng viên."), cell)] + [""] * 6)
    table = Table(rows, colWidths=[width * s for s in TABLE_SHARES], repeatRows=1, hAlign="LEFT")
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if not handover.lines:
        style.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(style))
    return table


def _signatures(
    sources: list[str], targets: list[str], head: Letterhead, styles: FormStyles, width: float
) -> list[Flowable]:
    """Outgoing and receiving cells two by two, the commune's representative last (a row each, so a page
    break can fall between rows)."""
    blocks = [("Đại diện bên giao", f"Chi ủy {s}") for s in sources]
    blocks += [("Đại diện bên nhận", f"Chi ủy {t}") for t in targets]
    columns = [signature_column(lines, "", styles) for lines in blocks]
    commune = signature_column(("Đại diện", head.committee_name), "", styles)
    rows: list[list[object]] = []
    for i in range(0, len(columns), 2):
        pair = columns[i : i + 2]
        rows.append([pair[0], pair[1] if len(pair) > 1 else ""])
    last_alone = len(columns) % 2 == 0
    if last_alone:
        rows.append([commune, ""])
    else:
        rows[-1][1] = commune
    gap: list[tuple[object, ...]] = [("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm)]
    out: list[Flowable] = []
    for index, row in enumerate(rows):
        span: list[tuple[object, ...]] = [("SPAN", (0, 0), (1, 0))] if last_alone and index == len(rows) - 1 else []
        out.append(borderless([row], (width / 2, width / 2), styles.fonts.regular, extra=gap + span))
    return out


def render_handover(
    vault: Vault, handover: Handover, *, fonts: FontChoice | FontFamily | None = None, page: PageSetup | None = None
) -> bytes:
    """The handover record of ``handover`` (from ``merge_cells``/``split_cell`` or ``handover_into``)."""
    vault.actor.require(Op.FORMS_PRINT)
    family = font_family(vault, fonts)
    page = page or PageSetup()
    styles = FormStyles(family, HANDOVER_SCALE)
    head = letterhead(vault, handover.date)
    buffer = io.BytesIO()
    canv = new_canvas(buffer, family, page, caps(TITLE), caps(head.committee_name))
    words = RuleSets(vault).on(handover.date).words()
    flowables = handover_flowables(handover, head, styles, page.frame_width, words)
    PageWriter(canv, family, page).flow(flowables, title=TITLE)
    canv.save()
    return buffer.getvalue()


def render_handover_into(
    vault: Vault, target_id: OrgId, *, fonts: FontChoice | FontFamily | None = None, page: PageSetup | None = None
) -> bytes:
    """The handover record of the latest merge or split into ``target_id``."""
    return render_handover(vault, handover_into(vault, target_id), fonts=fonts, page=page)
