"""The "Chi bộ" column of an imported list: cells found, cells mapped by the user, and cells the file brings.

A commune's first import names cells the vault does not have yet. Each such name is listed once (with the rows
that use it and, where one looks alike, an existing cell to map it to); the user either maps it (``cell_map``:
the file's name -> an existing cell) or lets the import create it (``NewCells``: under the commune's committee,
residence or workplace cells, from one effective date), in the same transaction as the members.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from handbook.errors import InputError
from handbook.orgs.model import Org, OrgId, OrgType
from handbook.orgs.repo import find_cell, insert_org, list_orgs
from handbook.permissions import Op
from handbook.spreadsheet.columns import ColumnMapping, Target
from handbook.spreadsheet.encoding import Decoder
from handbook.spreadsheet.reader import Table
from handbook.text.fold import search_key
from handbook.text.normalize import normalize_text
from handbook.vault.vault import Change, Vault

_SIMILAR = 0.8
_PREFIXES = ("chi bo ", "cb ")


@dataclass(frozen=True)
class NewCells:
    """Create the cells the file names that the vault lacks, from ``valid_from``; residence (thôn, tổ dân phố)
    cells when ``residential``, workplace cells otherwise."""

    valid_from: date
    residential: bool = True


@dataclass(frozen=True)
class NewCell:
    """A cell this import will create (``key``: its folded name, which rows refer to)."""

    key: str
    name: str


@dataclass(frozen=True)
class MissingCell:
    """A name in the cell column that no cell of the vault answers to, as the preview lists it."""

    name: str
    rows: tuple[int, ...]
    suggestion: str | None  # an existing cell that looks like it ("Trung Hoà" ≈ "Chi bộ thôn Trung Hòa")
    created: bool  # the import creates it (NewCells given)


def _bare(key: str) -> str:
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def parse_cell_map(pairs: list[str]) -> dict[str, str]:
    """``["A=B", …]`` from the command line: the file's cell name A stands for the vault's cell B."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, target = pair.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise InputError("sheet.map_cell_syntax", value=pair)
        out[name.strip()] = target.strip()
    return out


@dataclass
class CellResolver:
    """Answers a row's cell name with an existing cell, a cell to create, or the reason it cannot."""

    vault: Vault
    on: date
    cell_map: Mapping[str, str] = field(default_factory=dict)
    create: NewCells | None = None
    _answers: dict[str, OrgId | NewCell | InputError] = field(default_factory=dict)
    _rows: dict[str, list[int]] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)
    _cells: list[Org] | None = None
    _keys: dict[str, str] = field(default_factory=dict)  # a name as written -> its folded key

    def __post_init__(self) -> None:
        if self.create is not None:
            self.vault.actor.require(Op.ORGS_EDIT)
        self._mapped = {search_key(k): v for k, v in self.cell_map.items()}
        for name, target in self.cell_map.items():
            try:
                find_cell(self.vault, target, on=self.on)
            except InputError:
                raise InputError("sheet.map_cell_target_missing", name=name, target=target) from None

    def cells(self) -> list[Org]:
        if self._cells is None:
            self._cells = [o for o in list_orgs(self.vault, active_on=self.on) if o.type.holds_members]
        return self._cells

    def resolve(self, name: str, row: int) -> OrgId | NewCell | InputError:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = search_key(name)
        if key not in self._answers:
            self._answers[key] = self._answer(name, key)
            self._names[key] = name
        self._rows.setdefault(key, []).append(row)
        return self._answers[key]

    def _answer(self, name: str, key: str) -> OrgId | NewCell | InputError:
        target = self._mapped.get(key)
        try:
            return find_cell(self.vault, target or name, on=self.on).id
        except InputError as exc:
            if exc.message.id == "org.cell_not_found" and self.create is not None:
                return NewCell(key, name)
            if exc.message.id != "org.cell_not_found":
                return exc
            like = self.suggestion(key)
            if like:
                return InputError("sheet.cell_missing_like", name=name, like=like)
            return InputError("sheet.cell_missing", name=name)

    def suggestion(self, key: str) -> str | None:
        best, score = None, _SIMILAR
        for cell in self.cells():
            other = search_key(cell.name)
            ratio = difflib.SequenceMatcher(None, _bare(key), _bare(other)).ratio()
            if ratio >= score:
                best, score = cell.name, ratio
        return best

    def missing(self) -> tuple[MissingCell, ...]:
        out = []
        for key, answer in self._answers.items():
            if isinstance(answer, NewCell) or (
                isinstance(answer, InputError) and answer.message.id.startswith("sheet.cell_missing")
            ):
                out.append(
                    MissingCell(
                        self._names[key],
                        tuple(self._rows.get(key, ())),
                        self.suggestion(key),
                        isinstance(answer, NewCell),
                    )
                )
        return tuple(out)


def _committee_type(name: str) -> OrgType:
    key = search_key(name)
    if "dac khu" in key:
        return OrgType.DANG_UY_DAC_KHU
    if "phuong" in key:
        return OrgType.DANG_UY_PHUONG
    return OrgType.DANG_UY_XA


def committee_root(vault: Vault, conn: Any, ch: Change, on: date) -> OrgId:
    """The commune's own committee, where new cells go: the top of the tree that day. A vault made on the
    command line has no tree yet; its committee is then added under the name the vault was created with."""
    roots = [o for o in list_orgs(vault, active_on=on) if o.parent_id is None and not o.type.holds_members]
    if roots:
        return roots[0].id
    row = conn.execute("SELECT value FROM meta WHERE key = 'committee_name'").fetchone()
    if row is None or not str(row[0]).strip():
        raise InputError("sheet.no_committee")
    name = str(row[0])
    return insert_org(conn, ch, name, _committee_type(name), None, residential=False, valid_from=on)


def create_cells(vault: Vault, conn: Any, ch: Change, new: list[NewCell], how: NewCells) -> dict[str, OrgId]:
    """Insert the cells of ``new`` (inside the import's own change); folded name -> the new cell's id."""
    if not new:
        return {}
    parent = committee_root(vault, conn, ch, how.valid_from)
    made: dict[str, OrgId] = {}
    for cell in new:
        if cell.key not in made:
            made[cell.key] = insert_org(
                conn,
                ch,
                cell.name,
                OrgType.CHI_BO_TRUC_THUOC,
                parent,
                residential=how.residential,
                valid_from=how.valid_from,
            )
    return made


def scan_cells(
    vault: Vault, table: Table, mapping: ColumnMapping, decoder: Decoder, on: date
) -> tuple[MissingCell, ...]:
    """The names in the cell column that no cell of the vault answers to (each once, with its rows and a
    look-alike), read from that column alone: quick enough to ask before checking every row."""
    column = mapping.column_of(Target.CELL)
    if column is None:
        return ()
    resolver = CellResolver(vault, on)
    for r in range(mapping.first_data_row, table.n_rows + 1):
        raw = table.value(r, column)
        if raw is None:
            continue
        text = decoder.text(raw, table.font(r, column))[0] if isinstance(raw, str) else str(raw)
        name = normalize_text(text)
        if name:
            resolver.resolve(name, r)
    return resolver.missing()
