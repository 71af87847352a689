"""Members in and out of spreadsheets: importing office lists (.xlsx, .csv), exports and the register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handbook.lazy import lazy_names

if TYPE_CHECKING:
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

# Each name's module, loaded on first use: the message catalogue imports ``handbook.spreadsheet.messages``, and a
# command that needs none of these (``handbook sign``) must not pay for loading them.
_HOMES: dict[str, str] = {
    "Action": "handbook.spreadsheet.importer",
    "ColumnMapping": "handbook.spreadsheet.columns",
    "ColumnRule": "handbook.spreadsheet.columns",
    "Decoder": "handbook.spreadsheet.encoding",
    "DuplicatePolicy": "handbook.spreadsheet.importer",
    "DuplicateRules": "handbook.spreadsheet.importer",
    "ENCODING_CHOICES": "handbook.spreadsheet.encoding",
    "EncodingChoice": "handbook.spreadsheet.encoding",
    "EncodingProposal": "handbook.spreadsheet.encoding",
    "ImportOptions": "handbook.spreadsheet.importer",
    "ImportPlan": "handbook.spreadsheet.importer",
    "ImportResult": "handbook.spreadsheet.importer",
    "PreviewCell": "handbook.spreadsheet.encoding",
    "PreviewRow": "handbook.spreadsheet.encoding",
    "RowProblem": "handbook.spreadsheet.rows",
    "Source": "handbook.spreadsheet.importer",
    "Table": "handbook.spreadsheet.reader",
    "Target": "handbook.spreadsheet.columns",
    "commit_import": "handbook.spreadsheet.importer",
    "delete_mapping": "handbook.spreadsheet.mappings",
    "detect_mapping": "handbook.spreadsheet.columns",
    "export_members": "handbook.spreadsheet.export",
    "export_register": "handbook.spreadsheet.register",
    "import_members": "handbook.spreadsheet.importer",
    "iter_tables": "handbook.spreadsheet.reader",
    "list_mappings": "handbook.spreadsheet.mappings",
    "load_mapping": "handbook.spreadsheet.mappings",
    "match_header": "handbook.spreadsheet.columns",
    "open_source": "handbook.spreadsheet.importer",
    "plan_import": "handbook.spreadsheet.importer",
    "propose_encoding": "handbook.spreadsheet.encoding",
    "save_mapping": "handbook.spreadsheet.mappings",
    "write_report": "handbook.spreadsheet.report",
}

__getattr__ = lazy_names(__name__, _HOMES)
