"""One entry for every report: build it from its kind, period and organisation; render it as .xlsx or PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from handbook.errors import InputError
from handbook.orgs.model import Org
from handbook.reports.badges import BadgesReport, badges_report
from handbook.reports.cells import CellsReport, cells_report
from handbook.reports.changes import ChangesReport, changes_report
from handbook.reports.round import RoundReport, round_report
from handbook.reports.structure import StructureReport, structure_report
from handbook.reports.tables import ReportDoc, badges_doc, cells_doc, changes_doc, round_doc, structure_doc
from handbook.vault.vault import Vault

AnyReport = ChangesReport | StructureReport | BadgesReport | RoundReport | CellsReport


class ReportKind(StrEnum):
    CHANGES = "changes"
    STRUCTURE = "structure"
    BADGES = "badges"
    ROUND = "round"
    CELLS = "cells"


REPORT_TITLES: dict[ReportKind, str] = {
    ReportKind.CHANGES: "Biến động đảng viên trong kỳ",
    ReportKind.STRUCTURE: "Cơ cấu đảng viên",
    ReportKind.BADGES: "Đảng viên đến hạn Huy hiệu Đảng",
    ReportKind.ROUND: "Nhận xét nơi cư trú (Quy định 213) theo chi bộ",
    ReportKind.CELLS: "Số đảng viên theo chi bộ",
}
# Reports of one day: the day is the period's end (structure, cells) or the ceremony (badges).
ONE_DAY = (ReportKind.STRUCTURE, ReportKind.CELLS, ReportKind.BADGES)


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    start: date
    end: date  # the day of one-day reports; the round's year is the end's year
    org: Org | int | None = None


def parse_kind(text: str) -> ReportKind:
    try:
        return ReportKind(text)
    except ValueError:
        raise InputError("report.kind_unknown", kind=text, known=", ".join(k.value for k in ReportKind)) from None


def build_report(vault: Vault, req: ReportRequest, *, today: date | None = None) -> AnyReport:
    if req.kind is ReportKind.CHANGES:
        return changes_report(vault, req.start, req.end, req.org, today=today)
    if req.kind is ReportKind.STRUCTURE:
        return structure_report(vault, req.end, req.org, today=today)
    if req.kind is ReportKind.BADGES:
        return badges_report(vault, req.end, req.org, today=today)
    if req.kind is ReportKind.ROUND:
        return round_report(vault, req.end.year, req.org, today=today)
    return cells_report(vault, req.end, req.org, today=today)


def report_doc(report: AnyReport) -> ReportDoc:
    if isinstance(report, ChangesReport):
        return changes_doc(report)
    if isinstance(report, StructureReport):
        return structure_doc(report)
    if isinstance(report, BadgesReport):
        return badges_doc(report)
    if isinstance(report, RoundReport):
        return round_doc(report)
    return cells_doc(report)


def output_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise InputError("report.format_unknown", path=str(path))
    return suffix[1:]


def render(vault: Vault, doc: ReportDoc, fmt: str) -> bytes:
    """The file's bytes, built in memory; ``fmt`` is "xlsx" or "pdf"."""
    if fmt == "pdf":
        from handbook.forms.reports_pdf import render_report_pdf

        return render_report_pdf(vault, doc)
    from handbook.forms.sources import letterhead
    from handbook.reports.xlsx import report_xlsx

    return report_xlsx(doc, letterhead(vault, doc.day).committee_name)
