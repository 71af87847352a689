"""Members in and out of spreadsheets: importing office lists (.xlsx, .csv), exports and the register."""

from __future__ import annotations

from handbook.spreadsheet.columns import ColumnMapping, ColumnRule, Target, detect_mapping, match_header
from handbook.spreadsheet.encoding import (
    ENCODING_CHOICES,
    Decoder,
    EncodingChoice,
    EncodingProposal,
    PreviewCell,
    PreviewRow,
    propose_encoding,
)
from handbook.spreadsheet.export import export_members
from handbook.spreadsheet.importer import (
    Action,
    DuplicatePolicy,
    DuplicateRules,
    ImportOptions,
    ImportPlan,
    ImportResult,
    Source,
    commit_import,
    import_members,
    open_source,
    plan_import,
)
from handbook.spreadsheet.mappings import delete_mapping, list_mappings, load_mapping, save_mapping
from handbook.spreadsheet.reader import Table, iter_tables
from handbook.spreadsheet.register import export_register
from handbook.spreadsheet.report import write_report
from handbook.spreadsheet.rows import RowProblem

__all__ = [
    "ENCODING_CHOICES",
    "Action",
    "ColumnMapping",
    "ColumnRule",
    "Decoder",
    "DuplicatePolicy",
    "DuplicateRules",
    "EncodingChoice",
    "EncodingProposal",
    "ImportOptions",
    "ImportPlan",
    "ImportResult",
    "PreviewCell",
    "PreviewRow",
    "RowProblem",
    "Source",
    "Table",
    "Target",
    "commit_import",
    "delete_mapping",
    "detect_mapping",
    "export_members",
    "export_register",
    "import_members",
    "iter_tables",
    "list_mappings",
    "load_mapping",
    "match_header",
    "open_source",
    "plan_import",
    "propose_encoding",
    "save_mapping",
    "write_report",
]
