"""Turning the data rows of a mapped sheet into members' records, with a problem per bad cell.

Cell rules: dates are Excel dates, Excel day numbers, a bare year (1975) or text as offices write
it (12/03/1975, 3/1975, 1975, "ngày 12 tháng 3 năm 1975"); one name column is split into họ,
đệm and tên (names written in capitals become "Nguyễn Văn An"); identity numbers that lost their
leading zero in Excel get it back with a warning (a CCCD of 11 digits, a CMND of 8, a phone of 9,
a party card of 7 held as a number); text in a legacy encoding is decoded as ``Decoder`` says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from handbook.dates import PartialDate, parse_partial
from handbook.errors import InputError
from handbook.i18n import DEFAULT_LANG, Lang, Message
from handbook.members.model import Gender, MemberData
from handbook.members.validate import normalized_member
from handbook.spreadsheet.columns import ColumnMapping, ColumnRule, Target
from handbook.spreadsheet.encoding import Decoder
from handbook.spreadsheet.reader import Table
from handbook.text.fold import fold
from handbook.text.ids import CCCD_PROVINCE_CODES, normalize_cccd
from handbook.text.names import COMPOUND_SURNAMES, split_full_name
from handbook.text.normalize import normalize_multiline, normalize_text
from handbook.text.problems import Severity

# "Nguyễn Phúc"/"Nguyễn Phước" read as family name + middle name in most modern lists; the person
# corrects the rare royal-family name after the import.
IMPORT_COMPOUND_SURNAMES = tuple(s for s in COMPOUND_SURNAMES if not s.startswith("Nguyễn"))

_TEXT_TARGETS: dict[Target, str] = {
    Target.HOMETOWN: "hometown",
    Target.ETHNICITY: "ethnicity",
    Target.RELIGION: "religion",
    Target.EDUCATION: "education",
    Target.THEORY: "theory",
    Target.OCCUPATION: "occupation",
    Target.WORKPLACE: "workplace",
    Target.ADDRESS: "address",
}
_DATE_TARGETS: dict[Target, str] = {
    Target.BIRTH_DATE: "birth_date",
    Target.ADMITTED: "admitted",
    Target.OFFICIAL: "official",
}
_NAME_TARGETS = frozenset((Target.FULL_NAME, Target.HO_DEM, Target.HO, Target.DEM, Target.TEN))
_MALE = frozenset(("nam", "m", "male", "trai", "ong"))
_FEMALE = frozenset(("nu", "f", "female", "gai", "ba"))
_MARKS = frozenset(("x", "v", "1", "co", "+", "\u2713", "\u2714", "\u221a", "*"))
_WORDY_DATE = re.compile(r"^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_WORDY_MONTH = re.compile(r"^thang\s*(\d{1,2})\s*(?:nam|/)\s*(\d{4})$")
_FOOTER = re.compile(r"^(tong|cong|tong cong|tong so)\b")
_DIGITS = re.compile(r"^\d+$")
_PHONE_SEPARATORS = re.compile(r"[\s.\-()/]+")


@dataclass(frozen=True)
class RowProblem:
    """A problem with one cell of the file: Excel ``row`` (0 for the file as a whole), column
    ``letter`` and ``header`` as in the file, the ``value`` as read, and the message."""

    row: int
    letter: str
    header: str
    value: str
    severity: Severity
    message: Message

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        text = self.message.render(lang)
        if not self.row:
            return text
        if self.letter:
            where = Message("sheet.where_cell", {"row": self.row, "column": self.letter, "header": self.header})
        else:
            where = Message("sheet.where_row", {"row": self.row})
        return f"{where.render(lang)}: {text}"


@dataclass
class RowInput:
    """One data row as a normalised record, its cell name (as written) and, for each member
    field, the column it came from."""

    row: int
    data: MemberData
    cell: str = ""
    sources: dict[str, int] = field(default_factory=dict)
    values: dict[int, str] = field(default_factory=dict)


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _fold_clean(text: str) -> str:
    """``fold`` of a text that is already normalised (plain ASCII needs only lower case)."""
    return text.lower() if text.isascii() else fold(text)


def _number_text(value: object) -> str | None:
    """The digits of a number cell (12345678901.0 -> "12345678901"), None for other cells."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    if isinstance(value, float) and value.is_integer() and value >= 0:
        return str(int(value))
    return None


class RowReader:
    """Reads the data rows of ``table`` under ``mapping``."""

    def __init__(
        self,
        table: Table,
        mapping: ColumnMapping,
        decoder: Decoder,
        compound_surnames: tuple[str, ...] = IMPORT_COMPOUND_SURNAMES,
    ) -> None:
        self.table = table
        self.mapping = mapping
        self.decoder = decoder
        self.compound_surnames = compound_surnames
        self.rules = mapping.mapped
        self.problems: list[RowProblem] = []
        self._clean: dict[str, str] = {}  # lists repeat the same words: normalise each text once
        # A text cell (its value, with its font when it has one) -> (as decoded, as normalised).
        self._texts: dict[object, tuple[str, str]] = {}
        self._dates: dict[str, PartialDate | None] = {}  # a date cell's text -> what it reads as (when it reads)
        # Worked out once per import, not per row: each mapped column's index and, for a field, its name.
        self._columns = tuple(
            (rule.column - 1, rule, _TEXT_TARGETS.get(rule.target) or _DATE_TARGETS.get(rule.target, ""))
            for rule in self.rules
        )

    # --- cells --------------------------------------------------------------------------------

    def _error(self, row: int, rule: ColumnRule, value: str, msg_id: str, /, **values: object) -> None:
        self.problems.append(RowProblem(row, rule.letter, rule.header, value, "error", Message(msg_id, values)))

    def _warn(self, row: int, rule: ColumnRule, value: str, msg_id: str, /, **values: object) -> None:
        self.problems.append(RowProblem(row, rule.letter, rule.header, value, "warning", Message(msg_id, values)))

    def _norm(self, text: str) -> str:
        hit = self._clean.get(text)
        if hit is None:
            hit = normalize_text(text)
            if len(self._clean) < 100_000:
                self._clean[text] = hit
        return hit

    def _text(self, raw: object, font: str | None) -> str:
        if isinstance(raw, str):
            return self.decoder.text(raw, font)[0]
        return _display(raw)

    def _cell_text(self, raw: object, font: str | None) -> tuple[str, str]:
        """A cell's text as decoded (shown in messages) and as normalised (imported)."""
        if isinstance(raw, str):
            key: object = raw if font is None else (raw, font)
            hit = self._texts.get(key)
            if hit is None:
                shown = self.decoder.text(raw, font)[0]
                hit = (shown, self._norm(shown))
                if len(self._texts) < 100_000:
                    self._texts[key] = hit
            return hit
        shown = _display(raw)
        return shown, self._norm(shown)

    def _date(self, row: int, rule: ColumnRule, raw: object, shown: str) -> PartialDate | None:
        """``shown``: the cell as ``_cell_text`` decodes it."""
        try:
            if isinstance(raw, bool | time):
                raise InputError("date.unreadable", field=rule.header, value=shown)
            if isinstance(raw, int | float) and float(raw).is_integer() and 1800 <= raw <= 2200:
                return PartialDate(int(raw))  # a bare year, not an Excel day number
            if isinstance(raw, str):
                text = self._norm(shown)
                if text in self._dates:
                    return self._dates[text]
                folded = _fold_clean(text)
                typed = text
                if "thang" in folded:  # both wordy forms have it; most dates are 12/03/1975
                    if m := _WORDY_DATE.match(folded):
                        typed = f"{m[1]}/{m[2]}/{m[3]}"
                    elif m := _WORDY_MONTH.match(folded):
                        typed = f"{m[1]}/{m[2]}"
                found = parse_partial(typed, field=rule.header)
                if len(self._dates) < 100_000:
                    self._dates[text] = found
                return found
            return parse_partial(raw, field=rule.header)
        except InputError as exc:
            self.problems.append(RowProblem(row, rule.letter, rule.header, shown, "error", exc.message))
        except ValueError:
            self._error(row, rule, shown, "date.impossible", field=rule.header, value=shown)
        return None

    def _gender(self, row: int, rule: ColumnRule, text: str) -> Gender | None:
        word = _fold_clean(text).strip(" .")
        if word in _MALE:
            return Gender.MALE
        if word in _FEMALE:
            return Gender.FEMALE
        self._error(row, rule, text, "sheet.gender_unreadable", value=text)
        return None

    def _cccd(self, row: int, rule: ColumnRule, raw: object, text: str) -> str:
        number = _number_text(raw) or normalize_cccd(text)
        restored = number.zfill(12)
        if (
            _DIGITS.match(number)
            and len(number) in (10, 11)
            and not number.startswith("0")
            and restored[:3] in CCCD_PROVINCE_CODES
        ):
            # Every CCCD opens with a province code 001–096: Excel drops its one or two zeros.
            self._warn(row, rule, text, "sheet.cccd_zero_restored", value=number, restored=restored)
            return restored
        return number

    def _cmnd(self, row: int, rule: ColumnRule, raw: object, text: str) -> str:
        number = _number_text(raw)
        if number is not None and len(number) == 8:
            restored = "0" + number
            self._warn(row, rule, text, "sheet.cmnd_zero_restored", value=number, restored=restored)
            return restored
        return number or normalize_cccd(text)

    def _phone(self, row: int, rule: ColumnRule, raw: object, text: str) -> str:
        digits = _number_text(raw) or _PHONE_SEPARATORS.sub("", text)
        if _DIGITS.match(digits) and (
            (len(digits) == 9 and digits[0] in "35789") or (len(digits) == 10 and digits[0] == "2")
        ):
            restored = "0" + digits
            self._warn(row, rule, text, "sheet.phone_zero_restored", value=digits, restored=restored)
            return restored
        return text

    def _card(self, row: int, rule: ColumnRule, raw: object, text: str) -> str:
        number = _number_text(raw)
        if number is not None and len(number) == 7:
            restored = "0" + number
            self._warn(row, rule, text, "sheet.card_zero_restored", value=number, restored=restored)
            return restored
        return text

    def _name_part(self, text: str) -> str:
        text = self._norm(text)
        if len(text) > 1 and text.isupper():
            return text.title()
        return text

    # --- rows ---------------------------------------------------------------------------------

    def read(self) -> list[RowInput]:
        out: list[RowInput] = []
        table = self.table
        for r in range(self.mapping.first_data_row, table.n_rows + 1):
            item = self._read_row(r, table.rows[r - 1], table.fonts[r - 1] if r <= len(table.fonts) else ())
            if item is not None:
                out.append(item)
        return out

    def _read_row(self, r: int, cells: tuple[object, ...], fonts: tuple[str | None, ...]) -> RowInput | None:
        present: list[tuple[ColumnRule, object, str | None, str]] = []
        width, font_width = len(cells), len(fonts)
        for i, rule, name in self._columns:
            raw = cells[i] if i < width else None
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            present.append((rule, raw, fonts[i] if i < font_width else None, name))
        if not present:
            return None
        if len(present) == 1 and present[0][0].target in (Target.FULL_NAME, Target.TEN, Target.HO_DEM):
            rule, raw, font, _ = present[0]
            if _FOOTER.match(fold(self._text(raw, font))):
                return None  # "Tổng cộng: 25 đồng chí" under the list

        item = RowInput(r, MemberData())
        values, sources = item.values, item.sources
        fields: dict[str, object] = {}
        names: dict[Target, tuple[ColumnRule, str]] = {}
        gender_marks: list[tuple[ColumnRule, Gender, str]] = []
        for rule, raw, font, name in present:
            target = rule.target
            if target is Target.NOTE:
                fields["note"] = note = normalize_multiline(self._text(raw, font))
                sources["note"] = rule.column
                values[rule.column] = note
                continue
            shown, text = self._cell_text(raw, font)
            values[rule.column] = text or _display(raw)
            if target in _TEXT_TARGETS:
                fields[name] = text
                sources[name] = rule.column
            elif target in _NAME_TARGETS:
                names[target] = (rule, text)
            elif target in _DATE_TARGETS:
                fields[name] = self._date(r, rule, raw, shown)
                sources[name] = rule.column
            elif target is Target.GENDER:
                fields["gender"] = self._gender(r, rule, text)
                sources["gender"] = rule.column
            elif target is Target.MALE or target is Target.FEMALE:
                gender = Gender.MALE if target is Target.MALE else Gender.FEMALE
                gender_marks.append((rule, gender, text))
                if _fold_clean(text).strip() not in _MARKS:
                    fields["birth_date"] = self._date(r, rule, raw, shown)
                    sources["birth_date"] = rule.column
            elif target is Target.CCCD:
                fields["cccd"] = self._cccd(r, rule, raw, text)
                sources["cccd"] = rule.column
            elif target is Target.CMND:
                fields["cmnd"] = self._cmnd(r, rule, raw, text)
                sources["cmnd"] = rule.column
            elif target is Target.ID_NUMBER:
                number = _number_text(raw) or normalize_cccd(text)
                if _DIGITS.match(number) and len(number) in (8, 9):
                    fields["cmnd"] = self._cmnd(r, rule, raw, text)
                    sources["cmnd"] = rule.column
                else:
                    fields["cccd"] = self._cccd(r, rule, raw, text)
                    sources["cccd"] = rule.column
            elif target is Target.PHONE:
                fields["phone"] = self._phone(r, rule, raw, text)
                sources["phone"] = rule.column
            elif target is Target.CARD_NO:
                fields["card_no"] = self._card(r, rule, raw, text)
                sources["card_no"] = rule.column
            elif target is Target.CELL:
                item.cell = text

        if gender_marks:
            if len(gender_marks) > 1:
                rule, _, text = gender_marks[1]
                self._error(r, rule, text, "sheet.gender_both")
            elif "gender" not in fields:
                rule, gender, _ = gender_marks[0]
                fields["gender"] = gender
                item.sources["gender"] = rule.column

        ho, dem, ten = self._names(names, item)
        item.data = normalized_member({"ho": ho, "dem": dem, "ten": ten, **fields}, text=self._norm)
        return item

    def _names(self, names: dict[Target, tuple[ColumnRule, str]], item: RowInput) -> tuple[str, str, str]:
        if Target.TEN in names:
            ten_rule, ten = names[Target.TEN]
            item.sources["ten"] = ten_rule.column
            ho = dem = ""
            if Target.HO_DEM in names:
                rule, text = names[Target.HO_DEM]
                ho, dem, _ = split_full_name(f"{text} X", self.compound_surnames)
                item.sources["ho"] = item.sources["dem"] = rule.column
            else:
                if Target.HO in names:
                    ho = names[Target.HO][1]
                    item.sources["ho"] = names[Target.HO][0].column
                if Target.DEM in names:
                    dem = names[Target.DEM][1]
                    item.sources["dem"] = names[Target.DEM][0].column
            return self._name_part(ho), self._name_part(dem), self._name_part(ten)
        if Target.FULL_NAME in names:
            rule, text = names[Target.FULL_NAME]
            for name in ("ho", "dem", "ten"):
                item.sources[name] = rule.column
            ho, dem, ten = split_full_name(self._name_part(text), self.compound_surnames)
            return ho, dem, ten
        column = self.mapping.column_of(Target.TEN) or self.mapping.column_of(Target.FULL_NAME)
        if column is not None:
            item.sources["ten"] = column
        return "", "", ""
