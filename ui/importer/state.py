"""What the import wizard has found out so far (no Qt): the file, the sheet, the header rows, the encoding,
the column mapping, the check and the outcome. Each page reads and sets it; a change upstream makes the
later steps stale."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from handbook.spreadsheet.cells import MissingCell
from handbook.spreadsheet.columns import ColumnMapping
from handbook.spreadsheet.encoding import EncodingChoice
from handbook.spreadsheet.importer import DuplicateRules, ImportPlan, ImportResult
from handbook.spreadsheet.reader import Table
from ui.actions.importing import CellChoices, Detected, OpenedFile, detect, mapping_at

MappingKey = tuple[int, EncodingChoice, int, int]


@dataclass
class ImportState:
    opened: OpenedFile | None = None
    table_index: int = 0
    detected: Detected = field(default_factory=lambda: Detected(None))
    header_row: int = 1
    first_row: int = 2
    encoding: EncodingChoice = "auto"
    mapping: ColumnMapping | None = None
    mapping_key: MappingKey | None = None
    mapping_name: str = ""  # the saved mapping in use, if any
    duplicates: DuplicateRules = field(default_factory=DuplicateRules)
    missing: tuple[MissingCell, ...] | None = None  # the cells the file names that the vault lacks (None: not seen)
    cells: CellChoices = field(default_factory=CellChoices)  # what the person chose for them
    plan: ImportPlan | None = None
    result: ImportResult | None = None

    @property
    def path(self) -> Path | None:
        return self.opened.path if self.opened else None

    @property
    def table(self) -> Table:
        assert self.opened is not None
        return self.opened.tables[self.table_index]

    def open(self, opened: OpenedFile) -> None:
        self.opened = opened
        self.table_index = 0
        self.encoding = "auto"
        self.set_detected(opened.first)

    def set_detected(self, detected: Detected) -> None:
        """A sheet was chosen: take the header rows found there (or the first row)."""
        self.detected = detected
        if detected.mapping is not None:
            self.header_row, self.first_row = detected.mapping.header_row, detected.mapping.first_data_row
        else:
            self.header_row, self.first_row = 1, 2
        self.forget_mapping()

    def forget_mapping(self) -> None:
        self.mapping = None
        self.mapping_key = None
        self.mapping_name = ""
        self.forget_cells()

    def forget_cells(self) -> None:
        """The cell column may have changed: look at its cells again and ask again."""
        self.missing = None
        self.cells = CellChoices()
        self.plan = None

    def key(self) -> MappingKey:
        return (self.table_index, self.encoding, self.header_row, self.first_row)

    def current_mapping(self) -> ColumnMapping:
        """The mapping for the chosen sheet, rows and encoding: kept while those stay the same (the person's
        corrections too); else found again — detected when the rows are where detection put them."""
        if self.mapping is not None and self.mapping_key == self.key():
            return self.mapping
        found = detect(self.table, self.encoding)
        rows = (self.header_row, self.first_row)
        if found.mapping is not None and (found.mapping.header_row, found.mapping.first_data_row) == rows:
            mapping = found.mapping
        else:
            mapping = mapping_at(self.table, self.encoding, self.header_row, self.first_row)
        self.set_mapping(mapping)
        return mapping

    def set_mapping(self, mapping: ColumnMapping, name: str = "") -> None:
        self.mapping = mapping
        self.header_row, self.first_row = mapping.header_row, mapping.first_data_row
        self.mapping_key = self.key()
        self.mapping_name = name
        self.forget_cells()
