"""Importing members from an office's Excel or CSV list: validate every row, then all or nothing.

Duplicates are looked for per rule, CCCD first, then the folded full name with the birth date:

- same CCCD as a member in the vault: ``update`` by default (a CCCD is one person; the file's
  non-empty cells replace the vault's values, empty cells keep them); ``skip`` leaves the member
  as is; ``create`` is refused for that row (a CCCD belongs to one member only);
- same name and birth date (and no CCCD that tells them apart): ``skip`` by default, with a
  warning (they may be two people); ``update`` treats the row as that member; ``create`` adds a
  new member, with the usual warning.

Inside the file, a CCCD written twice is an error; a second row with the same name and birth date
is skipped (or, with ``create``, added) with a warning. Any error anywhere means nothing is
imported; warnings are reported and do not block. The whole import is one audited transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from handbook.errors import InputError
from handbook.i18n import Message
from handbook.members.model import MemberData, MemberId
from handbook.members.repo import COLUMNS, from_row, update_row
from handbook.members.validate import validate_member
from handbook.orgs.model import OrgId
from handbook.orgs.repo import assign_in
from handbook.permissions import Op
from handbook.spreadsheet.bulk import add_members
from handbook.spreadsheet.cells import CellResolver, MissingCell, NewCell, NewCells, create_cells
from handbook.spreadsheet.columns import ColumnMapping, Target, changed_headers, detect_mapping
from handbook.spreadsheet.encoding import Decoder, EncodingChoice, EncodingProposal, PreviewRow, preview
from handbook.spreadsheet.reader import Table, iter_tables
from handbook.spreadsheet.rows import RowInput, RowProblem, RowReader
from handbook.text.fold import search_key
from handbook.text.problems import Problem
from handbook.vault.vault import Vault


class DuplicatePolicy(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


@dataclass(frozen=True)
class DuplicateRules:
    """What to do with a row that matches a member already in the vault (see the module text)."""

    same_cccd: DuplicatePolicy = DuplicatePolicy.UPDATE
    same_name_birth: DuplicatePolicy = DuplicatePolicy.SKIP


@dataclass(frozen=True)
class ImportOptions:
    encoding: EncodingChoice = "auto"
    mapping: ColumnMapping | None = None  # None: find the header and map the columns
    sheet: str | None = None  # None: the active sheet, else the first sheet with a header
    duplicates: DuplicateRules = DuplicateRules()
    cell_from: date | None = None  # start of the cell assignments made (default: today)
    today: date | None = None
    cell_map: Mapping[str, str] = field(default_factory=dict)  # the file's cell name -> an existing cell
    new_cells: NewCells | None = None  # create the cells the file names that the vault lacks


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"


@dataclass(frozen=True)
class PlannedRow:
    row: int
    action: Action
    data: MemberData
    member_id: MemberId | None = None
    before: MemberData | None = None
    cell_id: OrgId | None = None
    move_cell: bool = False
    new_cell: NewCell | None = None  # the cell this import creates for the row


@dataclass(frozen=True)
class Source:
    """A sheet ready to import: the table, how its text is decoded, and its column mapping."""

    table: Table
    decoder: Decoder
    mapping: ColumnMapping
    problems: tuple[RowProblem, ...] = ()

    @property
    def proposal(self) -> EncodingProposal:
        return self.decoder.proposal

    def preview(self, limit: int = 10, choice: EncodingChoice | None = None) -> list[PreviewRow]:
        """The first rows, each mapped cell as stored and as it will be imported."""
        columns = [(r.column, r.header) for r in self.mapping.mapped]
        return preview(self.table, columns, self.mapping.first_data_row, choice or self.decoder.choice, limit)


@dataclass(frozen=True)
class ImportPlan:
    source: Source
    options: ImportOptions
    rows: tuple[PlannedRow, ...]
    problems: tuple[RowProblem, ...]
    audit_head: str
    rows_read: int
    missing_cells: tuple[MissingCell, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def count(self, action: Action) -> int:
        return sum(1 for p in self.rows if p.action is action)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, when ``committed`` is False, would have done)."""

    source: str
    sheet: str
    mapping: ColumnMapping
    encoding: EncodingProposal
    rows_read: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    problems: tuple[RowProblem, ...]
    committed: bool
    dry_run: bool
    missing_cells: tuple[MissingCell, ...] = ()

    @property
    def cells_created(self) -> int:
        return sum(1 for c in self.missing_cells if c.created)

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems if p.is_error})

    @property
    def ok(self) -> bool:
        return not self.errors


ProgressReport = Callable[[int, int], None]
"""Told ``(done, total)`` as rows are checked or written; it may raise to stop (a commit then rolls back)."""
_REPORT_EVERY = 200


def _report(progress: ProgressReport | None, done: int, total: int) -> None:
    if progress is not None and (done % _REPORT_EVERY == 0 or done == total):
        progress(done, total)


class _Rejected(Exception):
    def __init__(self, plan: ImportPlan) -> None:
        super().__init__("import rejected")
        self.plan = plan


# --- the file ----------------------------------------------------------------------------------


def open_source(path: Path, options: ImportOptions = ImportOptions()) -> Source:
    """Read ``path`` and find its header (or apply ``options.mapping``)."""
    first_error: InputError | None = None
    for table in iter_tables(Path(path), options.sheet):
        decoder = Decoder(table, options.encoding)
        if options.mapping is not None:
            return _with_notes(table, decoder, options.mapping, saved=True)
        try:
            return _with_notes(table, decoder, detect_mapping(table, decoder), saved=False)
        except InputError as exc:
            first_error = first_error or exc
    raise first_error or InputError("sheet.empty", path=str(path))


def source_from_table(table: Table, options: ImportOptions = ImportOptions()) -> Source:
    decoder = Decoder(table, options.encoding)
    if options.mapping is not None:
        return _with_notes(table, decoder, options.mapping, saved=True)
    return _with_notes(table, decoder, detect_mapping(table, decoder), saved=False)


def remap(source: Source, mapping: ColumnMapping) -> Source:
    """``source`` with a corrected column mapping."""
    return _with_notes(source.table, source.decoder, mapping, saved=False)


def _with_notes(table: Table, decoder: Decoder, mapping: ColumnMapping, *, saved: bool) -> Source:
    notes: list[RowProblem] = []
    if decoder.file_guess is not None:
        notes.append(
            RowProblem(
                0, "", "", "", "warning", Message("sheet.encoding_guessed", {"encoding": decoder.file_guess.upper()})
            )
        )
    if saved:
        for rule, found in changed_headers(table, decoder, mapping):
            notes.append(
                RowProblem(
                    mapping.header_row,
                    rule.letter,
                    found,
                    found,
                    "warning",
                    Message("sheet.mapping_header_differs", {"saved": rule.header, "found": found or "—"}),
                )
            )
    if not mapping.has_name:
        raise InputError("sheet.no_name_column", path=table.source, row=mapping.header_row)
    return Source(table, decoder, mapping, tuple(notes))


# --- planning ----------------------------------------------------------------------------------


def audit_head(vault: Vault) -> str:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    return str(row[0]) if row else ""


@dataclass
class _Index:
    """The vault's members, looked up in bulk once instead of one query per row."""

    by_cccd: dict[str, MemberId] = field(default_factory=dict)
    by_name_birth: dict[tuple[str, str], list[MemberId]] = field(default_factory=dict)
    cccd_of: dict[MemberId, str] = field(default_factory=dict)
    cell_of: dict[MemberId, OrgId] = field(default_factory=dict)
    name_of_cccd: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: Any) -> _Index:
        index = cls()
        rows = conn.execute("SELECT id, cccd, name_key, birth_date, ho, dem, ten FROM members")
        for member_id, cccd, name_key, birth, ho, dem, ten in rows:
            mid = MemberId(member_id)
            if cccd:
                index.by_cccd[cccd] = mid
                index.cccd_of[mid] = cccd
                index.name_of_cccd[cccd] = " ".join(p for p in (ho, dem, ten) if p)
            if birth:
                index.by_name_birth.setdefault((name_key, birth), []).append(mid)
        for member_id, org_id in conn.execute("SELECT member_id, org_id FROM assignments WHERE valid_to IS NULL"):
            index.cell_of[MemberId(member_id)] = OrgId(org_id)
        return index

    # ``Duplicates`` for validate_member, from the index instead of a query per row.
    def cccd_holder(self, cccd: str, member_id: MemberId | None) -> str | None:
        holder = self.by_cccd.get(cccd)
        return self.name_of_cccd[cccd] if holder is not None and holder != member_id else None

    def same_name_birth(self, name_key: str, birth: str, member_id: MemberId | None) -> bool:
        return any(m != member_id for m in self.by_name_birth.get((name_key, birth), ()))


def _load_members(conn: Any, ids: Iterable[MemberId]) -> dict[MemberId, MemberData]:
    wanted = sorted(set(ids))
    out: dict[MemberId, MemberData] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        sql = f"SELECT id, {', '.join(COLUMNS)} FROM members WHERE id IN ({', '.join('?' * len(chunk))})"
        for row in conn.execute(sql, chunk):
            out[MemberId(row[0])] = from_row(row[1:])
    return out


_FIELD_NAMES = tuple(f.name for f in fields(MemberData) if f.name != "photo")


def _merge(before: MemberData, new: MemberData, provided: Iterable[str]) -> MemberData:
    """``before`` with each field the file provides and fills in replaced."""
    changes: dict[str, object] = {}
    for name in provided:
        if name not in _FIELD_NAMES:
            continue
        value = getattr(new, name)
        if value not in (None, ""):
            changes[name] = value
    return before.with_changes(**changes) if changes else before


class _Planner:
    def __init__(
        self, vault: Vault, source: Source, options: ImportOptions, progress: ProgressReport | None = None
    ) -> None:
        self.vault = vault
        self.progress = progress
        self.source = source
        self.options = options
        self.mapping = source.mapping
        self.today = options.today or date.today()
        self.when = options.cell_from or self.today
        self.problems: list[RowProblem] = list(source.problems)
        self.resolver = CellResolver(vault, self.when, options.cell_map, options.new_cells)

    def _at(self, item: RowInput, field_name: str, p: Problem | None = None, **kw: Any) -> RowProblem:
        column = item.sources.get(field_name)
        rule = self.mapping.rule_at(column) if column else None
        value = item.values.get(column, "") if column else ""
        if p is not None:
            return RowProblem(
                item.row, rule.letter if rule else "", rule.header if rule else "", value, p.severity, p.message
            )
        return RowProblem(
            item.row, rule.letter if rule else "", rule.header if rule else "", value, kw["severity"], kw["message"]
        )

    def _note(self, item: RowInput, field_name: str, severity: str, msg_id: str, /, **values: object) -> None:
        self.problems.append(self._at(item, field_name, severity=severity, message=Message(msg_id, values)))

    def _cell(self, item: RowInput) -> OrgId | NewCell | None:
        if not item.cell:
            return None
        found = self.resolver.resolve(item.cell, item.row)
        if isinstance(found, InputError):
            column = self.mapping.column_of(Target.CELL)
            rule = self.mapping.rule_at(column) if column else None
            self.problems.append(
                RowProblem(
                    item.row,
                    rule.letter if rule else "",
                    rule.header if rule else "",
                    item.cell,
                    "error",
                    found.message,
                )
            )
            return None
        return found

    def plan(self) -> ImportPlan:
        vault, conn = self.vault, self.vault.conn
        vault.actor.require(Op.MEMBERS_IMPORT)
        head = audit_head(vault)
        reader = RowReader(self.source.table, self.mapping, self.source.decoder)
        items = reader.read()
        self.problems.extend(reader.problems)
        if not items:
            self.problems.append(
                RowProblem(0, "", "", "", "error", Message("sheet.no_rows", {"row": self.mapping.first_data_row}))
            )
        index = _Index.load(conn)
        rules = self.options.duplicates

        # First pass: decide what each row is, using the bulk index.
        decided: list[tuple[RowInput, Action, MemberId | None]] = []
        seen_cccd: dict[str, int] = {}
        seen_name_birth: dict[tuple[str, str], int] = {}
        touched: dict[MemberId, int] = {}
        name_keys: dict[int, str] = {}  # row -> the folded full name, worked out once
        for item in items:
            data = item.data
            action, member_id = Action.CREATE, None
            name_birth = (search_key(data.full_name), data.birth_date.iso()) if data.ten and data.birth_date else None
            if name_birth is not None:
                name_keys[item.row] = name_birth[0]
            if data.cccd and data.cccd in seen_cccd:
                self._note(
                    item, "cccd", "error", "sheet.cccd_twice_in_file", cccd=data.cccd, first=seen_cccd[data.cccd]
                )
                decided.append((item, Action.SKIP, None))
                continue
            if data.cccd:
                seen_cccd[data.cccd] = item.row
            if data.cccd and data.cccd in index.by_cccd:
                member_id = index.by_cccd[data.cccd]
                policy = rules.same_cccd
                if policy is DuplicatePolicy.SKIP:
                    self._note(item, "cccd", "warning", "sheet.skipped_same_cccd", cccd=data.cccd)
                    action = Action.SKIP
                elif policy is DuplicatePolicy.UPDATE:
                    action = Action.UPDATE
                else:
                    action, member_id = Action.CREATE, None  # validate_member reports the taken CCCD
            elif name_birth is not None and name_birth in seen_name_birth:
                first = seen_name_birth[name_birth]
                policy = rules.same_name_birth
                create = policy is DuplicatePolicy.CREATE
                self._note(
                    item,
                    "ten",
                    "warning",
                    "sheet.same_name_birth_in_file_created" if create else "sheet.same_name_birth_in_file",
                    name=data.full_name,
                    birth=data.birth_date.display() if data.birth_date else "",
                    first=first,
                )
                action = Action.CREATE if create else Action.SKIP
            elif name_birth is not None and name_birth in index.by_name_birth:
                candidates = [m for m in index.by_name_birth[name_birth] if not (data.cccd and index.cccd_of.get(m))]
                if candidates:
                    member_id = candidates[0]
                    policy = rules.same_name_birth
                    if policy is DuplicatePolicy.SKIP:
                        self._note(
                            item,
                            "ten",
                            "warning",
                            "sheet.skipped_same_name_birth",
                            name=data.full_name,
                            birth=data.birth_date.display() if data.birth_date else "",
                        )
                        action = Action.SKIP
                    elif policy is DuplicatePolicy.UPDATE:
                        action = Action.UPDATE
                    else:
                        action, member_id = Action.CREATE, None
            if name_birth is not None:
                seen_name_birth.setdefault(name_birth, item.row)
            if member_id is not None and action is Action.UPDATE:
                if member_id in touched:
                    self._note(item, "ten", "warning", "sheet.same_member_twice", first=touched[member_id])
                    action = Action.SKIP
                else:
                    touched[member_id] = item.row
            decided.append((item, action, member_id))

        befores = _load_members(conn, [m for _, a, m in decided if a is Action.UPDATE and m is not None])
        planned: list[PlannedRow] = []
        _report(self.progress, 0, len(decided))
        for done, (item, action, member_id) in enumerate(decided, 1):
            _report(self.progress, done, len(decided))
            answer = self._cell(item)
            new_cell = answer if isinstance(answer, NewCell) else None
            cell_id = answer if not isinstance(answer, NewCell) else None
            if action is Action.SKIP:
                planned.append(PlannedRow(item.row, action, item.data, member_id))
                continue
            if action is Action.UPDATE and member_id is not None:
                before = befores[member_id]
                data = _merge(before, item.data, item.sources)
                move = new_cell is not None or (cell_id is not None and index.cell_of.get(member_id) != cell_id)
                problems = validate_member(conn, data, member_id, self.today, duplicates=index)
                self.problems.extend(self._at(item, p.field, p) for p in problems)
                changed = data != before or move
                planned.append(
                    PlannedRow(
                        item.row,
                        Action.UPDATE if changed else Action.UNCHANGED,
                        data,
                        member_id,
                        before,
                        cell_id,
                        move,
                        new_cell,
                    )
                )
                continue
            problems = validate_member(
                conn, item.data, None, self.today, duplicates=index, name_key=name_keys.get(item.row)
            )
            self.problems.extend(self._at(item, p.field, p) for p in problems)
            placed = cell_id is not None or new_cell is not None
            planned.append(PlannedRow(item.row, Action.CREATE, item.data, None, None, cell_id, placed, new_cell))

        self.problems.sort(key=lambda p: (p.row, p.letter, not p.is_error))
        return ImportPlan(
            self.source,
            self.options,
            tuple(planned),
            tuple(self.problems),
            head,
            len(items),
            self.resolver.missing(),
        )


def plan_import(
    vault: Vault, source: Source, options: ImportOptions = ImportOptions(), progress: ProgressReport | None = None
) -> ImportPlan:
    """Read and check every row against the vault and the rest of the file; write nothing."""
    return _Planner(vault, source, options, progress).plan()


def result_of(plan: ImportPlan, *, committed: bool, dry_run: bool) -> ImportResult:
    table = plan.source.table
    return ImportResult(
        source=table.source,
        sheet=table.sheet,
        mapping=plan.source.mapping,
        encoding=plan.source.proposal,
        rows_read=plan.rows_read,
        created=plan.count(Action.CREATE),
        updated=plan.count(Action.UPDATE),
        unchanged=plan.count(Action.UNCHANGED),
        skipped=plan.count(Action.SKIP),
        problems=plan.problems,
        committed=committed,
        dry_run=dry_run,
        missing_cells=plan.missing_cells,
    )


def commit_import(vault: Vault, plan: ImportPlan, progress: ProgressReport | None = None) -> ImportResult:
    """Save a plan without errors in one audited transaction (nothing at all when it has errors).
    When the vault changed after planning, the plan is made again inside the transaction."""
    if plan.has_errors:
        return result_of(plan, committed=False, dry_run=False)
    conn = vault.conn
    try:
        with vault.change(Op.MEMBERS_IMPORT) as ch:
            if audit_head(vault) != plan.audit_head:
                plan = plan_import(vault, plan.source, plan.options)
                if plan.has_errors:
                    raise _Rejected(plan)
            when = plan.options.cell_from or plan.options.today or date.today()
            reason = Message("sheet.assign_reason", {"file": plan.source.table.source}).render("vi")
            new = [p.new_cell for p in plan.rows if p.new_cell is not None and p.action is not Action.SKIP]
            made = create_cells(vault, conn, ch, new, plan.options.new_cells) if plan.options.new_cells else {}

            def cell_of(p: PlannedRow) -> OrgId | None:
                return made[p.new_cell.key] if p.new_cell is not None else p.cell_id

            total = len(plan.rows)
            _report(progress, 0, total)
            # A batch of rows at a time: its new members in one statement, then its updates one by one.
            for start in range(0, total, _REPORT_EVERY):
                batch = plan.rows[start : start + _REPORT_EVERY]
                add_members(conn, ch, [(p.data, cell_of(p)) for p in batch if p.action is Action.CREATE], when, reason)
                for p in batch:
                    if p.action is Action.UPDATE and p.member_id is not None and p.before is not None:
                        if p.data != p.before:
                            update_row(conn, ch, p.member_id, p.before, p.data)
                        if p.move_cell and (target := cell_of(p)) is not None:
                            assign_in(conn, ch, p.member_id, target, when, reason=reason)
                _report(progress, start + len(batch), total)
            ch.record(
                "members.import",
                "file",
                plan.source.table.source,
                None,
                {
                    "sheet": plan.source.table.sheet,
                    "rows": plan.rows_read,
                    "created": plan.count(Action.CREATE),
                    "updated": plan.count(Action.UPDATE),
                    "unchanged": plan.count(Action.UNCHANGED),
                    "skipped": plan.count(Action.SKIP),
                    "cells_created": len(made),
                    "warnings": sum(1 for p in plan.problems if not p.is_error),
                },
            )
    except _Rejected as rejected:
        return result_of(rejected.plan, committed=False, dry_run=False)
    return result_of(plan, committed=True, dry_run=False)


def import_members(
    vault: Vault, path: Path, options: ImportOptions = ImportOptions(), *, dry_run: bool = False
) -> ImportResult:
    """Read, check and (unless ``dry_run`` or any error) save the members listed in ``path``."""
    vault.actor.require(Op.MEMBERS_IMPORT)
    source = open_source(Path(path), options)
    plan = plan_import(vault, source, options)
    if dry_run or plan.has_errors:
        return result_of(plan, committed=False, dry_run=dry_run)
    return commit_import(vault, plan)
