"""Finding the header row of an office's list and mapping its columns to member fields.

Headers are compared folded (no tones, đ→d, lower case, punctuation and "(…)" notes dropped), so
"HỌ VÀ TÊN", "Họ và tên (khai sinh)" and "Ho va ten" are the same. A header row may come with a
row of sub-headers ("Ngày sinh" over "Nam" | "Nữ", "Họ và tên" over "Họ" | "Tên đệm" | "Tên")
and a row of column numbers (1) (2) (3) …; both are recognised. The result is a
``ColumnMapping`` the person can correct (``with_target``) and save under a name.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from openpyxl.utils import column_index_from_string, get_column_letter

from handbook.errors import InputError
from handbook.i18n import Message
from handbook.spreadsheet.encoding import Decoder, EncodingChoice
from handbook.spreadsheet.reader import Table
from handbook.text.fold import search_key

HEADER_SEARCH_ROWS = 30


class Target(StrEnum):
    """What a column holds."""

    IGNORE = "ignore"  # STT and anything not imported
    FULL_NAME = "full_name"  # Họ và tên
    HO_DEM = "ho_dem"  # Họ và tên đệm (with a separate Tên column)
    HO = "ho"
    DEM = "dem"
    TEN = "ten"
    GENDER = "gender"  # Giới tính: Nam / Nữ
    MALE = "male"  # "Nam" under "Ngày sinh": the birth date (or a mark) for men
    FEMALE = "female"  # "Nữ" under "Ngày sinh"
    BIRTH_DATE = "birth_date"
    HOMETOWN = "hometown"
    ETHNICITY = "ethnicity"
    RELIGION = "religion"
    CCCD = "cccd"
    CMND = "cmnd"
    ID_NUMBER = "id_number"  # one column for "CCCD/CMND": 12 digits is a CCCD, 9 a CMND
    PHONE = "phone"
    CARD_NO = "card_no"
    ADMITTED = "admitted"
    OFFICIAL = "official"
    EDUCATION = "education"
    THEORY = "theory"
    OCCUPATION = "occupation"
    WORKPLACE = "workplace"
    ADDRESS = "address"
    CELL = "cell"
    NOTE = "note"

    @property
    def label(self) -> Message:
        return Message(f"sheet.target.{self.value}")


NAME_TARGETS = frozenset((Target.FULL_NAME, Target.TEN))

# Usual headers, as people write them; compared folded.
_SYNONYMS: dict[Target, tuple[str, ...]] = {
    Target.IGNORE: ("STT", "TT", "Số TT", "Số thứ tự", "Thứ tự"),
    Target.FULL_NAME: (
        "Họ và tên",
        "Họ tên",
        "Họ và tên khai sinh",
        "Họ tên khai sinh",
        "Họ và tên đảng viên",
        "Họ tên đảng viên",
        "Tên đảng viên",
        "Họ và tên đang dùng",
    ),
    Target.HO_DEM: ("Họ và tên đệm", "Họ và chữ đệm", "Họ đệm", "Họ và đệm", "Họ và tên lót", "Họ lót"),
    Target.HO: ("Họ",),
    Target.DEM: ("Tên đệm", "Chữ đệm", "Đệm", "Tên lót", "Chữ lót"),
    Target.TEN: ("Tên",),
    Target.GENDER: ("Giới tính", "Giới", "Phái", "Nam/Nữ", "Nam, nữ", "Nam hay nữ"),
    Target.MALE: ("Nam",),
    Target.FEMALE: ("Nữ",),
    Target.BIRTH_DATE: (
        "Ngày sinh",
        "Năm sinh",
        "Ngày tháng năm sinh",
        "Ngày, tháng, năm sinh",
        "Sinh ngày",
    ),
    Target.HOMETOWN: ("Quê quán", "Quê", "Nguyên quán"),
    Target.ETHNICITY: ("Dân tộc",),
    Target.RELIGION: ("Tôn giáo",),
    Target.CCCD: (
        "Số CCCD",
        "CCCD",
        "Căn cước",
        "Căn cước công dân",
        "Số căn cước",
        "Số căn cước công dân",
        "Số định danh",
        "Số định danh cá nhân",
        "Mã định danh",
        "Mã số định danh",
    ),
    Target.CMND: (
        "CMND",
        "Số CMND",
        "Chứng minh nhân dân",
        "Số chứng minh nhân dân",
        "Số chứng minh",
        "CMND cũ",
    ),
    Target.ID_NUMBER: (
        "Số CCCD/CMND",
        "CCCD/CMND",
        "CMND/CCCD",
        "Số CMND/CCCD",
        "Số CMND, CCCD",
        "CCCD, CMND",
    ),
    Target.PHONE: (
        "Điện thoại",
        "Số điện thoại",
        "SĐT",
        "SDT",
        "ĐT",
        "Số ĐT",
        "Di động",
        "Điện thoại di động",
    ),
    Target.CARD_NO: ("Số thẻ đảng viên", "Số thẻ", "Số thẻ ĐV", "Thẻ đảng viên", "Số thẻ Đảng"),
    Target.ADMITTED: (
        "Ngày vào Đảng",
        "Vào Đảng",
        "Ngày kết nạp",
        "Ngày kết nạp Đảng",
        "Ngày vào Đảng dự bị",
        "Dự bị",
        "Ngày dự bị",
    ),
    Target.OFFICIAL: (
        "Ngày chính thức",
        "Chính thức",
        "Ngày vào Đảng chính thức",
        "Vào Đảng chính thức",
        "Ngày công nhận chính thức",
        "Ngày đảng viên chính thức",
        "Ngày được công nhận đảng viên chính thức",
    ),
    Target.EDUCATION: (
        "Trình độ học vấn",
        "Học vấn",
        "Văn hóa",
        "Văn hoá",
        "Trình độ văn hóa",
        "Trình độ văn hoá",
        "Giáo dục phổ thông",
        "Trình độ giáo dục phổ thông",
        "TĐHV",
    ),
    Target.THEORY: (
        "Lý luận chính trị",
        "LLCT",
        "Trình độ lý luận chính trị",
        "Trình độ LLCT",
        "Lý luận",
    ),
    Target.OCCUPATION: ("Nghề nghiệp", "Nghề nghiệp hiện nay", "Nghề", "Công việc"),
    Target.WORKPLACE: (
        "Nơi làm việc",
        "Đơn vị công tác",
        "Cơ quan công tác",
        "Nơi công tác",
        "Cơ quan, đơn vị công tác",
        "Cơ quan đơn vị",
    ),
    Target.ADDRESS: (
        "Nơi cư trú",
        "Địa chỉ",
        "Nơi ở hiện nay",
        "Nơi ở",
        "Chỗ ở hiện nay",
        "Địa chỉ thường trú",
        "Thường trú",
        "Nơi thường trú",
        "Địa chỉ cư trú",
        "Địa chỉ liên hệ",
    ),
    Target.CELL: ("Chi bộ", "Chi bộ sinh hoạt", "Sinh hoạt tại chi bộ", "Tên chi bộ", "Thuộc chi bộ"),
    Target.NOTE: ("Ghi chú",),
}
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(text: str) -> str:
    """A header as compared: folded, "(…)" notes and punctuation dropped."""
    return search_key(_PARENS.sub(" ", text))


_EXACT: dict[str, Target] = {}
for _target, _phrases in _SYNONYMS.items():
    for _phrase in _phrases:
        _EXACT.setdefault(header_key(_phrase), _target)
# Prefix matches only for phrases of two words or more ("Tên" must not swallow "Tên gọi khác").
_PREFIXES = sorted((k for k in _EXACT if " " in k), key=len, reverse=True)


def match_header(text: str) -> Target | None:
    """The target a header names, or None when it is not a usual header."""
    key = header_key(text)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix + " "):
            return _EXACT[prefix]
    return None


@dataclass(frozen=True)
class ColumnRule:
    """One column: its 1-based number, its header as shown (Unicode), and what it holds."""

    column: int
    header: str
    target: Target

    @property
    def letter(self) -> str:
        return str(get_column_letter(self.column))


@dataclass(frozen=True)
class ColumnMapping:
    """Where the header is, where the data starts (1-based Excel rows) and what each column holds.
    Each target other than IGNORE is held by at most one column."""

    header_row: int
    first_data_row: int
    rules: tuple[ColumnRule, ...]

    def column_of(self, target: Target) -> int | None:
        for rule in self.rules:
            if rule.target is target:
                return rule.column
        return None

    def rule_at(self, column: int) -> ColumnRule | None:
        for rule in self.rules:
            if rule.column == column:
                return rule
        return None

    @property
    def mapped(self) -> tuple[ColumnRule, ...]:
        return tuple(r for r in self.rules if r.target is not Target.IGNORE)

    @property
    def has_name(self) -> bool:
        return any(r.target in NAME_TARGETS for r in self.rules)

    def with_target(self, column: int | str, target: Target) -> ColumnMapping:
        """The mapping with ``column`` (a number or a letter such as "C") holding ``target``; a
        column that held the same target before is set to IGNORE."""
        number = parse_column(column)
        out: list[ColumnRule] = []
        found = False
        for rule in self.rules:
            if rule.column == number:
                out.append(replace(rule, target=target))
                found = True
            elif target is not Target.IGNORE and rule.target is target:
                out.append(replace(rule, target=Target.IGNORE))
            else:
                out.append(rule)
        if not found:
            out.append(ColumnRule(number, "", target))
        return replace(self, rules=tuple(sorted(out, key=lambda r: r.column)))

    def with_rows(self, header_row: int, first_data_row: int) -> ColumnMapping:
        if header_row < 1 or first_data_row <= header_row:
            raise InputError("sheet.bad_rows", header=header_row, first=first_data_row)
        return replace(self, header_row=header_row, first_data_row=first_data_row)

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": 1,
                "header_row": self.header_row,
                "first_data_row": self.first_data_row,
                "columns": [{"column": r.letter, "header": r.header, "target": r.target.value} for r in self.rules],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        try:
            raw = json.loads(text)
            rules = tuple(
                ColumnRule(parse_column(str(c["column"])), str(c.get("header", "")), Target(c["target"]))
                for c in raw["columns"]
            )
            return cls(int(raw["header_row"]), int(raw["first_data_row"]), rules)
        except (ValueError, KeyError, TypeError, InputError):
            raise InputError("sheet.mapping_damaged") from None


def parse_column(column: int | str) -> int:
    """A 1-based column number from a number or a letter ("C", "AB")."""
    if isinstance(column, int):
        if column < 1:
            raise InputError("sheet.bad_column", column=str(column))
        return column
    text = column.strip().upper()
    if text.isdigit() and int(text) >= 1:
        return int(text)
    try:
        if not text.isalpha():
            raise ValueError(text)
        return int(column_index_from_string(text))
    except ValueError:
        raise InputError("sheet.bad_column", column=column) from None


def parse_target(text: str) -> Target:
    """A target from its code ("cccd", "full_name") or a usual header ("Số CCCD", "Họ và tên")."""
    code = search_key(text).replace(" ", "_")
    for target in Target:
        if code == target.value:
            return target
    matched = match_header(text)
    if matched is not None:
        return matched
    raise InputError("sheet.bad_target", value=text, choices=", ".join(t.value for t in Target))


# --- detection -------------------------------------------------------------------------------


def cell_text(table: Table, decoder: Decoder, row: int, column: int) -> str:
    """The text of a header cell in Unicode (empty for numbers and blanks)."""
    value = table.value(row, column)
    if isinstance(value, str):
        return decoder.text(value, table.font(row, column))[0].strip()
    return ""


def _row_matches(table: Table, decoder: Decoder, row: int) -> dict[int, tuple[str, Target]]:
    out: dict[int, tuple[str, Target]] = {}
    width = len(table.rows[row - 1]) if 1 <= row <= table.n_rows else 0
    for c in range(1, width + 1):
        text = cell_text(table, decoder, row, c)
        if text:
            target = match_header(text)
            if target is not None:
                out[c] = (text, target)
    return out


def _score(matches: dict[int, tuple[str, Target]]) -> int:
    return len({t for _, t in matches.values() if t is not Target.IGNORE})


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


_NUMBER_CELL = re.compile(r"^\(?\s*(\d{1,2})\s*\)?$")


def _is_numbering_row(table: Table, row: int) -> bool:
    """A row of column numbers under the header: 1 2 3 … or (1) (2) (3) …, one after another."""
    if not 1 <= row <= table.n_rows:
        return False
    numbers: list[int] = []
    for value in table.rows[row - 1]:
        if _is_blank(value):
            continue
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float) and float(value).is_integer() and 0 < value < 100:
            numbers.append(int(value))
        elif isinstance(value, str) and (m := _NUMBER_CELL.match(value.strip())):
            numbers.append(int(m[1]))
        else:
            return False
    return len(numbers) >= 2 and all(b == a + 1 for a, b in itertools.pairwise(numbers))


def _subheaders(table: Table, decoder: Decoder, row: int) -> dict[int, tuple[str, Target]]:
    """The matches of ``row`` when every filled cell of it is a header (else nothing)."""
    if not 1 <= row <= table.n_rows:
        return {}
    matches = _row_matches(table, decoder, row)
    filled = [c for c, v in enumerate(table.rows[row - 1], 1) if not _is_blank(v)]
    if not matches or any(c not in matches for c in filled):
        return {}
    return matches


def detect_mapping(table: Table, decoder: Decoder) -> ColumnMapping:
    """Find the header row among the first rows and map every header column.

    When the headers cannot be read under the chosen encoding they are tried as the fonts say,
    then as TCVN3 and as VNI (the data itself is still read as the person chose)."""
    try:
        return _detect(table, decoder)
    except InputError as exc:
        if exc.message.id != "sheet.no_header":
            raise
        others: tuple[EncodingChoice, ...] = ("auto", "tcvn3", "vni")
        for choice in others:
            if choice != decoder.choice:
                try:
                    return _detect(table, Decoder(table, choice))
                except InputError:
                    continue
        raise


def _detect(table: Table, decoder: Decoder) -> ColumnMapping:
    matches_of = {row: _row_matches(table, decoder, row) for row in range(1, min(table.n_rows, HEADER_SEARCH_ROWS) + 1)}
    scores = {row: _score(m) for row, m in matches_of.items()}
    # A title such as "Chi bộ thôn Đông" may match one header: the row with a name column wins.
    best_row = max(
        scores,
        key=lambda r: (any(t in NAME_TARGETS for _, t in matches_of[r].values()), scores[r], -r),
        default=0,
    )
    if not best_row or scores[best_row] == 0:
        raise InputError("sheet.no_header", path=table.source, rows=HEADER_SEARCH_ROWS)

    # A two-row header: the best row may be the sub-header row under a group header row
    # ("Họ và tên" over "Họ" | "Tên đệm" | "Tên", "Ngày sinh" over "Nam" | "Nữ").
    sub: dict[int, tuple[str, Target]]
    if scores.get(best_row - 1, 0) >= 2 and _subheaders(table, decoder, best_row):
        header_row, sub = best_row - 1, matches_of[best_row]
    else:
        header_row = best_row
        sub = _subheaders(table, decoder, header_row + 1)
    headers: dict[int, tuple[str, Target]] = dict(matches_of[header_row])
    texts: dict[int, str] = {}
    for c in range(1, len(table.rows[header_row - 1]) + 1):
        text = cell_text(table, decoder, header_row, c)
        if text:
            texts[c] = text
    row = header_row + 1
    if sub:
        for c, (text, target) in sub.items():
            parent = _group_header(texts, c)
            headers[c] = (f"{parent} – {text}" if parent and parent != text else text, target)
        row += 1
    if _is_numbering_row(table, row):
        row += 1

    rules: list[ColumnRule] = []
    used: set[Target] = set()
    for c in sorted(set(texts) | set(headers)):
        text, target = headers.get(c, (texts.get(c, ""), Target.IGNORE))
        if target is not Target.IGNORE and target in used:
            target = Target.IGNORE
        used.add(target)
        rules.append(ColumnRule(c, text, target))
    mapping = ColumnMapping(header_row, row, tuple(rules))
    if not mapping.has_name:
        raise InputError("sheet.no_name_column", path=table.source, row=header_row)
    return mapping


def _group_header(texts: dict[int, str], column: int) -> str:
    """The header over ``column``: its own, or the nearest one to its left (a merged cell)."""
    for c in range(column, 0, -1):
        if c in texts:
            return texts[c]
    return ""


def changed_headers(table: Table, decoder: Decoder, mapping: ColumnMapping) -> list[tuple[ColumnRule, str]]:
    """Columns of a saved mapping whose header in this file is different: (rule, header found)."""
    out: list[tuple[ColumnRule, str]] = []
    for rule in mapping.mapped:
        if not rule.header:
            continue
        found = " ".join(
            t
            for r in range(mapping.header_row, mapping.first_data_row)
            if (t := cell_text(table, decoder, r, rule.column))
        )
        saved, seen = set(header_key(rule.header).split()), set(header_key(found).split())
        if not seen or not (seen <= saved or saved <= seen):
            out.append((rule, found))
    return out
