"""Each report as plain tables (title, sections, heading row, rows): what both the .xlsx and the PDF print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handbook.reports.badges import BadgesReport
from handbook.reports.cells import CellsReport
from handbook.reports.changes import CHANGE_LABELS, ChangeKind, ChangesReport
from handbook.reports.round import ROUND_COLUMNS, RoundReport
from handbook.reports.scope import MemberRef, dmy
from handbook.reports.structure import StructureReport

Cell = str | int
EMPTY_NOTE = "Không có đảng viên nào trong phạm vi đã chọn."


@dataclass(frozen=True)
class Sheet:
    """One table; a row given as a plain string is a section heading spanning the table."""

    name: str  # the worksheet's name (≤ 31 characters)
    caption: str
    columns: tuple[str, ...]
    shares: tuple[float, ...]  # relative column widths
    rows: tuple[tuple[Cell, ...] | str, ...]
    numeric_from: int = 1  # columns from this index are right-aligned numbers


@dataclass(frozen=True)
class ReportDoc:
    kind: str
    title: str
    summary: str
    day: date  # the date the letterhead is taken for
    sheets: tuple[Sheet, ...]
    empty: bool

    @property
    def note(self) -> str:
        return EMPTY_NOTE if self.empty else ""


def _scope(org_name: str) -> str:
    return org_name or "toàn Đảng bộ"


def _member_sheet(name: str, caption: str, groups: list[tuple[str, tuple[MemberRef, ...]]], extra: str) -> Sheet:
    rows: list[tuple[Cell, ...] | str] = []
    for heading, members in groups:
        if not members:
            continue
        rows.append(f"{heading} ({len(members)})")
        rows += [(i, m.name, m.birth, m.cell_name, m.detail) for i, m in enumerate(members, 1)]
    return Sheet(
        name,
        caption,
        ("STT", "Họ và tên", "Năm sinh", "Chi bộ", extra),
        (0.05, 0.27, 0.1, 0.25, 0.33),
        tuple(rows),
        numeric_from=99,
    )


def changes_doc(r: ChangesReport) -> ReportDoc:
    kinds = list(ChangeKind)
    columns = ("Chi bộ", *(CHANGE_LABELS[k] for k in kinds))
    shares = (0.16, *([0.84 / len(kinds)] * len(kinds)))
    rows: list[tuple[Cell, ...] | str] = [(c.cell_name, *(c.count(k) for k in kinds)) for c in r.cells]
    rows.append(("Tổng cộng", *(r.total.count(k) for k in kinds)))
    counts = Sheet("Tổng hợp", "Số lượng theo chi bộ", columns, shares, tuple(rows))
    groups = [(line.label, line.members) for line in r.total.lines]
    lists = _member_sheet("Danh sách", "Danh sách đảng viên theo từng loại biến động", groups, "Ngày, ghi chú")
    period = f"Từ ngày {dmy(r.start)} đến ngày {dmy(r.end)} – {_scope(r.org_name)}"
    return ReportDoc("changes", "Báo cáo biến động đảng viên", period, r.end, (counts, lists), r.empty)


def structure_doc(r: StructureReport) -> ReportDoc:
    sheets: list[Sheet] = []
    cells = [*r.cells, r.total]
    for dim in r.total.dimensions:
        labels = [c.label for c in dim.counts]
        columns = ("Chi bộ", "Tổng số", *labels)
        n = len(labels)
        shares = (0.2, 0.07, *([0.73 / max(n, 1)] * n))
        rows: list[tuple[Cell, ...] | str] = []
        for c in cells:
            d = c.dimension(dim.key)
            name = "Tổng cộng" if c is r.total else c.cell_name
            rows.append((name, c.members, *(d.get(label) for label in labels)))
        sheets.append(Sheet(dim.label[:31], dim.label, columns, shares, tuple(rows)))
    summary = f"Đến ngày {dmy(r.day)} – {_scope(r.org_name)} – {r.total.members} đảng viên"
    return ReportDoc("structure", "Báo cáo cơ cấu đảng viên", summary, r.day, tuple(sheets), r.empty)


def badges_doc(r: BadgesReport) -> ReportDoc:
    rows: list[tuple[Cell, ...] | str] = []
    for level in r.levels:
        if not level.candidates:
            continue
        rows.append(f"Huy hiệu {level.level} năm tuổi Đảng ({len(level.candidates)})")
        for i, c in enumerate(level.candidates, 1):
            out = f"trừ {c.days_out} ngày không sinh hoạt Đảng" if c.days_out else ""
            rows.append((i, c.member.name, c.member.birth, c.member.cell_name, c.admitted, dmy(c.reached_on), out))
    sheet = Sheet(
        "Danh sách",
        "Danh sách đề nghị tặng Huy hiệu Đảng",
        ("STT", "Họ và tên", "Năm sinh", "Chi bộ", "Ngày vào Đảng", "Đủ tuổi Đảng ngày", "Ghi chú"),
        (0.05, 0.22, 0.08, 0.2, 0.11, 0.12, 0.22),
        tuple(rows),
        numeric_from=99,
    )
    counts = Sheet(
        "Tổng hợp",
        "Số lượng theo mức Huy hiệu",
        ("Mức Huy hiệu", "Số đảng viên"),
        (0.6, 0.4),
        tuple((f"{lv.level} năm", len(lv.candidates)) for lv in r.levels),
    )
    summary = f"Dịp {dmy(r.ceremony)} – {_scope(r.org_name)} – {r.count} đảng viên"
    return ReportDoc(
        "badges", "Danh sách đảng viên đề nghị tặng Huy hiệu Đảng", summary, r.ceremony, (sheet, counts), r.empty
    )


def round_doc(r: RoundReport) -> ReportDoc:
    columns = ("Chi bộ", *(label for _, label in ROUND_COLUMNS))
    shares = (0.19, *([0.81 / len(ROUND_COLUMNS)] * len(ROUND_COLUMNS)))
    rows: list[tuple[Cell, ...] | str] = [(c.cell_name, *(c.value(k) for k, _ in ROUND_COLUMNS)) for c in r.cells]
    rows.append(("Tổng cộng", *(r.total.value(k) for k, _ in ROUND_COLUMNS)))
    counts = Sheet("Tổng hợp", f"Tiến độ nhận xét năm {r.year} theo chi bộ", columns, shares, tuple(rows))
    waiting = _member_sheet(
        "Chưa nhận xét",
        "Đảng viên chưa có nhận xét của chi bộ nơi cư trú",
        [("Chờ chi bộ nhận xét", r.no_comment_yet)],
        "Ghi chú",
    )
    summary = f"Năm {r.year} – {_scope(r.org_name)} – số đăng ký tính đến ngày {dmy(r.day)}"
    title = "Báo cáo kết quả nhận xét đảng viên nơi cư trú (Quy định 213)"
    return ReportDoc("round", title, summary, r.day, (counts, waiting), r.empty)


def cells_doc(r: CellsReport) -> ReportDoc:
    rows: list[tuple[Cell, ...] | str] = [
        ("    " * row.depth + row.name, row.type_label, "Có" if row.residential else "", row.members, row.total)
        for row in r.rows
    ]
    rows.append(("Tổng cộng", "", "", r.members, r.members))
    sheet = Sheet(
        "Tổ chức",
        "Hệ thống tổ chức và số đảng viên",
        ("Tổ chức", "Loại", "Nơi cư trú", "Đảng viên trực tiếp", "Tổng số"),
        (0.42, 0.2, 0.1, 0.14, 0.14),
        tuple(rows),
        numeric_from=3,
    )
    summary = f"Đến ngày {dmy(r.day)} – {_scope(r.org_name)} – {r.cells} chi bộ, {r.members} đảng viên"
    return ReportDoc("cells", "Báo cáo số lượng đảng viên theo chi bộ", summary, r.day, (sheet,), r.empty)
