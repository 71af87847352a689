"""Import and export actions: read an office's list, find its header, decode legacy text, map columns,
check every row against the vault (writing nothing), commit all or nothing; export lists and the register.

No Qt here. Reading, checking and committing can take seconds on a long list: the wizard runs them through
the operations layer, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from handbook.errors import InputError
from handbook.i18n import Lang, Message
from handbook.members.model import Status
from handbook.orgs.model import OrgId
from handbook.orgs.repo import list_orgs
from handbook.permissions import Op
from handbook.spreadsheet.cells import MissingCell, NewCells, scan_cells
from handbook.spreadsheet.columns import ColumnMapping, ColumnRule, Target, cell_text, detect_mapping, match_header
from handbook.spreadsheet.encoding import Decoder, EncodingChoice, EncodingProposal, PreviewRow, preview
from handbook.spreadsheet.export import CURRENT, export_members
from handbook.spreadsheet.importer import (
    DuplicateRules,
    ImportOptions,
    ImportPlan,
    ImportResult,
    ProgressReport,
    Source,
    commit_import,
    plan_import,
    source_from_table,
)
from handbook.spreadsheet.mappings import list_mappings, load_mapping, save_mapping
from handbook.spreadsheet.reader import Table, iter_tables
from handbook.spreadsheet.register import export_register
from handbook.spreadsheet.report import write_report
from handbook.spreadsheet.rows import RowProblem
from handbook.spreadsheet.template import write_template
from handbook.vault.vault import Vault
from ui.actions.changes import MembersChanged

SAMPLE_ROWS = 200  # data rows looked at for the columns' sample values


# --- the file ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Detected:
    """Where the header seems to be (``mapping``), or why it was not found (``problem``)."""

    mapping: ColumnMapping | None
    problem: Message | None = None


@dataclass(frozen=True)
class OpenedFile:
    path: Path
    tables: tuple[Table, ...]  # every sheet, the one Excel had open first
    first: Detected  # the first sheet's header, found with the automatic encoding


def read_file(path: Path) -> OpenedFile:
    """Every sheet of ``path`` (an .xlsx, or one .csv) read into memory."""
    tables = tuple(iter_tables(Path(path)))
    if not tables:
        raise InputError("sheet.empty", path=str(path))
    return OpenedFile(Path(path), tables, detect(tables[0], "auto"))


def detect(table: Table, encoding: EncodingChoice) -> Detected:
    try:
        return Detected(detect_mapping(table, Decoder(table, encoding)))
    except InputError as exc:
        return Detected(None, exc.message)


def proposal(table: Table) -> EncodingProposal:
    return Decoder(table, "auto").proposal


def mapping_at(table: Table, encoding: EncodingChoice, header_row: int, first_data_row: int) -> ColumnMapping:
    """The columns of ``header_row`` mapped from their headers (the rows the person set by hand)."""
    if header_row < 1 or first_data_row <= header_row:
        raise InputError("sheet.bad_rows", header=header_row, first=first_data_row)
    decoder = Decoder(table, encoding)
    last = min(table.n_rows, first_data_row + SAMPLE_ROWS)
    rules: list[ColumnRule] = []
    used: set[Target] = set()
    for column in range(1, table.width + 1):
        text = cell_text(table, decoder, header_row, column)
        has_data = any(table.value(r, column) not in (None, "") for r in range(first_data_row, last + 1))
        if not text and not has_data:
            continue
        target = match_header(text) if text else None
        if target is None or (target is not Target.IGNORE and target in used):
            target = Target.IGNORE
        used.add(target)
        rules.append(ColumnRule(column, text, target))
    return ColumnMapping(header_row, first_data_row, tuple(rules))


def make_source(table: Table, encoding: EncodingChoice, mapping: ColumnMapping) -> Source:
    """A sheet ready to check: raises when no column holds the names."""
    return source_from_table(table, ImportOptions(encoding=encoding, mapping=mapping))


def encoding_preview(
    table: Table, mapping: ColumnMapping | None, first_data_row: int, choice: EncodingChoice, limit: int = 8
) -> list[PreviewRow]:
    """The first rows' text cells as stored and as they will be read under ``choice``."""
    if mapping is not None and mapping.mapped:
        columns = [(r.column, r.header) for r in mapping.mapped]
    else:
        columns = [(c, "") for c in range(1, table.width + 1)]
    return preview(table, columns, first_data_row, choice, limit)


def samples(table: Table, encoding: EncodingChoice, mapping: ColumnMapping) -> dict[int, str]:
    """For each column of ``mapping``, the first value in the data rows (decoded), to recognise the column."""
    decoder = Decoder(table, encoding)
    out: dict[int, str] = {}
    last = min(table.n_rows, mapping.first_data_row + SAMPLE_ROWS)
    for rule in mapping.rules:
        for r in range(mapping.first_data_row, last + 1):
            value = table.value(r, rule.column)
            if value in (None, ""):
                continue
            text = decoder.text(value, table.font(r, rule.column))[0] if isinstance(value, str) else str(value)
            out[rule.column] = " ".join(text.split())
            break
    return out


# --- saved mappings --------------------------------------------------------------------------------


def saved_mappings(vault: Vault) -> list[str]:
    return list_mappings(vault)


def load_saved_mapping(vault: Vault, name: str) -> ColumnMapping:
    return load_mapping(vault, name)


def save_named_mapping(vault: Vault, name: str, mapping: ColumnMapping) -> list[str]:
    """Keep ``mapping`` under ``name``; returns the saved names."""
    save_mapping(vault, name, mapping)
    return list_mappings(vault)


# --- checking and committing ----------------------------------------------------------------------


@dataclass(frozen=True)
class CellChoices:
    """What the person chose for the cells the file names that the vault lacks: ``cell_map`` (the file's name
    -> an existing cell) and ``new_cells`` (create the others, from one date, residence or workplace)."""

    cell_map: Mapping[str, str] = field(default_factory=dict)
    new_cells: NewCells | None = None


def plan(
    vault: Vault,
    source: Source,
    duplicates: DuplicateRules,
    cells: CellChoices | None = None,
    progress: ProgressReport | None = None,
) -> ImportPlan:
    """Check every row against the vault and the rest of the file (``progress``: rows checked); writes nothing."""
    cells = cells or CellChoices()
    options = ImportOptions(
        encoding=source.decoder.choice,
        duplicates=duplicates,
        cell_map=dict(cells.cell_map),
        new_cells=cells.new_cells,
        cell_from=cells.new_cells.valid_from if cells.new_cells else None,
    )
    return plan_import(vault, source, options, progress)


def missing_cells(
    vault: Vault, table: Table, encoding: EncodingChoice, mapping: ColumnMapping
) -> tuple[MissingCell, ...]:
    """The cells the file's cell column names that the vault lacks (read from that column alone)."""
    return scan_cells(vault, table, mapping, Decoder(table, encoding), date.today())


def existing_cells(vault: Vault) -> list[str]:
    """The names of the cells members can be placed in today, for mapping a missing cell to one."""
    return sorted({o.name for o in list_orgs(vault, active_on=date.today()) if o.type.holds_members})


def may_create_cells(vault: Vault) -> bool:
    return vault.actor.may(Op.ORGS_EDIT)


@dataclass(frozen=True, kw_only=True)
class MembersImported(MembersChanged):
    """Members were created or updated from a file (the members list and counts are stale)."""

    result: ImportResult


def commit(vault: Vault, checked: ImportPlan, progress: ProgressReport | None = None) -> MembersImported | ImportResult:
    """Save a checked plan in one transaction (``progress``: rows written). An ``ImportResult`` that was not
    committed comes back when the vault changed meanwhile and checking again found errors (nothing saved)."""
    result = commit_import(vault, checked, progress)
    if not result.committed:
        return result
    return MembersImported(ids=(), added=result.created > 0, result=result)


def save_template(path: Path) -> Path:
    """Write the import template ("Tải mẫu Excel"): no member data in it."""
    return write_template(Path(path))


def save_report(path: Path, problems: tuple[RowProblem, ...], lang: Lang, source: str) -> Path:
    return write_report(Path(path), problems, lang, source=source)


# --- export --------------------------------------------------------------------------------------


ExportKind = Literal["xlsx", "csv", "register"]
Scope = Literal["current", "all", "cell"]


@dataclass(frozen=True)
class ExportRequest:
    out: Path
    kind: ExportKind
    scope: Scope = "current"
    cell_id: OrgId | None = None


@dataclass(frozen=True)
class Exported:
    path: Path
    count: int
    kind: ExportKind = "xlsx"


def suffix_for(kind: ExportKind) -> str:
    return ".csv" if kind == "csv" else ".xlsx"


def export(vault: Vault, request: ExportRequest, lang: Lang) -> Exported:
    """Write the chosen list (the person already agreed to replace an existing file in the save dialog)."""
    vault.actor.require(Op.MEMBERS_EXPORT)
    out = Path(request.out)
    if out.suffix.lower() != suffix_for(request.kind):
        out = out.with_name(out.name + suffix_for(request.kind))
    if request.kind == "register":
        count = export_register(vault, out, overwrite=True)
        return Exported(out, count, request.kind)
    statuses: tuple[Status, ...] | None = None if request.scope == "all" else CURRENT
    cell_id = int(request.cell_id) if request.scope == "cell" and request.cell_id is not None else None
    count = export_members(vault, out, lang=lang, statuses=statuses, cell_id=cell_id, overwrite=True)
    return Exported(out, count, request.kind)
