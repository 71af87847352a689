"""Vietnam's administrative units since 1 July 2025 and the 63 old province codes of CCCD numbers."""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Literal, TypeVar, cast

from handbook.errors import InputError

ProvinceType = Literal["tỉnh", "thành phố"]
UnitType = Literal["xã", "phường", "đặc khu"]

PROVINCE_TYPES: tuple[ProvinceType, ...] = ("tỉnh", "thành phố")
UNIT_TYPES: tuple[UnitType, ...] = ("xã", "phường", "đặc khu")

_T = TypeVar("_T", "Province", "CommuneUnit")
_C = TypeVar("_C", bound=str)

FORMAT = 1
BUNDLED_NAME = "admin_units_2025.json"
_BUNDLED_LABEL = f"resources/reference/{BUNDLED_NAME}"


def _title(kind: str) -> str:
    return kind[:1].upper() + kind[1:]


@dataclass(frozen=True)
class Province:
    """A province-level unit: tỉnh or thành phố (trực thuộc trung ương)."""

    code: str  # two digits, e.g. "01"
    name: str  # without the type, e.g. "Hà Nội"
    type: ProvinceType

    @property
    def full_name(self) -> str:
        """The name with its type, e.g. "Thành phố Hà Nội", "Tỉnh Cao Bằng"."""
        return f"{_title(self.type)} {self.name}"


@dataclass(frozen=True)
class CommuneUnit:
    """A commune-level unit: xã, phường or đặc khu, directly under its province."""

    code: str  # five digits, e.g. "00004"
    name: str  # without the type, e.g. "Ba Đình"
    type: UnitType
    province_code: str

    @property
    def full_name(self) -> str:
        """The name with its type, e.g. "Xã Tân An", "Phường Ba Đình", "Đặc khu Phú Quốc"."""
        return f"{_title(self.type)} {self.name}"


@dataclass(frozen=True)
class OldProvince:
    """One of the 63 provinces before 1 July 2025, by the code CCCD numbers carry in digits 1-3."""

    code: str  # three digits, e.g. "001"
    name: str


def clean_text(text: str) -> str:
    """NFC, "Ð" (U+00D0) to "Đ", single spaces, no spaces at the ends."""
    return " ".join(unicodedata.normalize("NFC", text).replace("\u00d0", "Đ").split())


def fold(text: str) -> str:
    """Search key: no tone or vowel marks, đ -> d, lower case, hyphens as spaces, no apostrophes."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.translate(_FOLD_TABLE).lower()
    return " ".join(bare.split())


_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "d", "\u00d0": "d", "-": " ", "'": "", "’": "", "‘": ""})


def _pad(code: str, width: int) -> str:
    """A code as typed or read from Excel ("4", " 00004 ") in its canonical width; other text unchanged."""
    code = code.strip()
    if code.isascii() and code.isdigit() and len(code) <= width:
        return code.zfill(width)
    return code


@dataclass(frozen=True)
class _Entry:
    rank_keys: tuple[str, str]  # folded name, folded full name
    words: tuple[str, ...]


@dataclass(frozen=True)
class AdminUnits:
    """The whole list, with lookups by code, communes of a province, and search by folded name."""

    effective: date
    source: str
    generated_from: str
    provinces: tuple[Province, ...]
    units: tuple[CommuneUnit, ...]
    old_provinces: tuple[OldProvince, ...]
    _province_by_code: dict[str, Province] = field(init=False, repr=False, compare=False)
    _unit_by_code: dict[str, CommuneUnit] = field(init=False, repr=False, compare=False)
    _units_by_province: dict[str, tuple[CommuneUnit, ...]] = field(init=False, repr=False, compare=False)
    _old_by_code: dict[str, OldProvince] = field(init=False, repr=False, compare=False)
    _unit_index: tuple[tuple[_Entry, CommuneUnit], ...] = field(init=False, repr=False, compare=False)
    _province_index: tuple[tuple[_Entry, Province], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_province: dict[str, list[CommuneUnit]] = {p.code: [] for p in self.provinces}
        for unit in self.units:
            by_province.setdefault(unit.province_code, []).append(unit)
        init = functools.partial(object.__setattr__, self)
        init("_province_by_code", {p.code: p for p in self.provinces})
        init("_unit_by_code", {u.code: u for u in self.units})
        init("_units_by_province", {k: tuple(sorted(v, key=_by_code)) for k, v in by_province.items()})
        init("_old_by_code", {p.code: p for p in self.old_provinces})
        init("_unit_index", tuple((_entry(u.name, u.full_name), u) for u in self.units))
        init("_province_index", tuple((_entry(p.name, p.full_name), p) for p in self.provinces))

    # --- lookups by code -------------------------------------------------------------------------

    def province(self, code: str) -> Province | None:
        """The province with this 2025 code ("01", or "1" as Excel leaves it), or None."""
        return self._province_by_code.get(_pad(code, 2))

    def unit(self, code: str) -> CommuneUnit | None:
        """The commune-level unit with this 2025 code ("00004", or "4"), or None."""
        return self._unit_by_code.get(_pad(code, 5))

    def province_of(self, unit: CommuneUnit) -> Province:
        return self._province_by_code[unit.province_code]

    def communes_of(self, province_code: str) -> tuple[CommuneUnit, ...]:
        """The xã, phường and đặc khu of one province, by code; empty for an unknown province."""
        return self._units_by_province.get(_pad(province_code, 2), ())

    def old_province(self, code: str) -> OldProvince | None:
        return self._old_by_code.get(_pad(code, 3))

    def old_province_name(self, cccd_prefix: str) -> str | None:
        """The pre-2025 province a CCCD number was registered in, from its first three digits.

        Accepts the three digits ("001") or a whole CCCD number ("001190012345"); None if unknown.
        """
        digits = cccd_prefix.strip()[:3]
        if len(digits) != 3 or not (digits.isascii() and digits.isdigit()):
            return None
        old = self._old_by_code.get(digits)
        return old.name if old else None

    # --- search --------------------------------------------------------------------------------

    def search_units(
        self, query: str, *, province_code: str | None = None, limit: int | None = 50
    ) -> tuple[CommuneUnit, ...]:
        """Units whose name matches the query regardless of tones and "đ" ("phuong ba dinh", "ba đinh").

        Best first: exact name, then name starting with the query, then a word starting with it, then
        any other containment; ties by folded name and code. An empty query finds nothing.
        """
        pool: Iterable[tuple[_Entry, CommuneUnit]] = self._unit_index
        if province_code is not None:
            wanted = _pad(province_code, 2)
            pool = (item for item in self._unit_index if item[1].province_code == wanted)
        return _search(fold(query), pool, limit)

    def search_provinces(self, query: str, *, limit: int | None = None) -> tuple[Province, ...]:
        """Provinces whose name matches the query regardless of tones and "đ" ("ha noi", "tp ho chi minh")."""
        q = fold(query)
        if q.startswith("tp "):
            q = "thanh pho " + q[3:]
        return _search(q, self._province_index, limit)


def _by_code(unit: CommuneUnit) -> str:
    return unit.code


def _entry(name: str, full_name: str) -> _Entry:
    folded = fold(name)
    return _Entry((folded, fold(full_name)), tuple(folded.split()))


def _search(q: str, pool: Iterable[tuple[_Entry, _T]], limit: int | None) -> tuple[_T, ...]:
    if not q:
        return ()
    hits: list[tuple[int, str, str, _T]] = []
    for entry, item in pool:
        name, full = entry.rank_keys
        if q in (name, full):
            rank = 0
        elif name.startswith(q) or full.startswith(q):
            rank = 1
        elif any(word.startswith(q) for word in entry.words) or f" {q}" in name:
            rank = 2
        elif q in name or q in full:
            rank = 3
        else:
            continue
        hits.append((rank, name, item.code, item))
    hits.sort(key=lambda hit: hit[:3])
    chosen = hits if limit is None else hits[:limit]
    return tuple(hit[3] for hit in chosen)


# --- loading -----------------------------------------------------------------------------------------


def load_admin_units(path: Path | None = None) -> AdminUnits:
    """The list shipped with the app, or a newer file in the same format at ``path`` (parsed once, cached).

    A missing, unreadable or malformed override file raises ``InputError`` with a ``reference.*`` id.
    """
    if path is None:
        return _load_bundled()
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputError("reference.file_missing", path=str(path)) from None
    except OSError:
        raise InputError("reference.file_unreadable", path=str(path)) from None
    # The file's size and time are part of the cache key, so a replaced file is read again.
    return _load_file(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _load_bundled() -> AdminUnits:
    resource = files("resources") / "reference" / BUNDLED_NAME
    return _parse_bytes(resource.read_bytes(), _BUNDLED_LABEL)


@functools.cache
def _load_file(path: Path, mtime_ns: int, size: int) -> AdminUnits:
    del mtime_ns, size  # cache key only
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("reference.file_missing", path=str(path)) from None
    except OSError:
        raise InputError("reference.file_unreadable", path=str(path)) from None
    return _parse_bytes(raw, str(path))


def _parse_bytes(raw: bytes, label: str) -> AdminUnits:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError("reference.file_not_json", path=label, line=line, column=column) from None
    try:
        data: object = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError("reference.file_not_json", path=label, line=exc.lineno, column=exc.colno) from None
    return _Parser(label).parse(data)


class _Parser:
    """Turns decoded JSON into ``AdminUnits``, naming the first bad entry (e.g. ``units[12].type``)."""

    def __init__(self, label: str) -> None:
        self.label = label

    def bad(self, where: str) -> InputError:
        return InputError("reference.file_bad_field", path=self.label, where=where)

    def parse(self, data: object) -> AdminUnits:
        root = self.mapping(data, "(root)")
        fmt = root.get("format", FORMAT)
        if fmt != FORMAT:
            raise InputError("reference.file_format", path=self.label, format=fmt, supported=FORMAT)
        try:
            effective = date.fromisoformat(self.text(root, "effective", "effective"))
        except ValueError:
            raise self.bad("effective") from None

        provinces: list[Province] = []
        for i, item in enumerate(self.array(root, "provinces")):
            where = f"provinces[{i}]"
            rec = self.mapping(item, where)
            provinces.append(
                Province(
                    code=self.code(rec, 2, where),
                    name=self.text(rec, "name", where),
                    type=self.choice(rec, PROVINCE_TYPES, where),
                )
            )
        units: list[CommuneUnit] = []
        for i, item in enumerate(self.array(root, "units")):
            where = f"units[{i}]"
            rec = self.mapping(item, where)
            units.append(
                CommuneUnit(
                    code=self.code(rec, 5, where),
                    name=self.text(rec, "name", where),
                    type=self.choice(rec, UNIT_TYPES, where),
                    province_code=self.code(rec, 2, where, key="province_code"),
                )
            )
        old: list[OldProvince] = []
        for i, item in enumerate(self.array(root, "old_provinces")):
            where = f"old_provinces[{i}]"
            rec = self.mapping(item, where)
            old.append(OldProvince(code=self.code(rec, 3, where), name=self.text(rec, "name", where)))

        for group in (provinces, units, old):
            self.unique(p.code for p in group)
        known = {p.code for p in provinces}
        for unit in units:
            if unit.province_code not in known:
                raise InputError(
                    "reference.file_unknown_province",
                    path=self.label,
                    code=unit.code,
                    province_code=unit.province_code,
                )
        return AdminUnits(
            effective=effective,
            source=self.optional_text(root, "source"),
            generated_from=self.optional_text(root, "generated_from"),
            provinces=tuple(sorted(provinces, key=lambda p: p.code)),
            units=tuple(sorted(units, key=_by_code)),
            old_provinces=tuple(sorted(old, key=lambda p: p.code)),
        )

    def mapping(self, value: object, where: str) -> Mapping[str, object]:
        if not isinstance(value, dict):
            raise self.bad(where)
        return cast(Mapping[str, object], value)

    def array(self, rec: Mapping[str, object], key: str) -> list[object]:
        value = rec.get(key)
        if not isinstance(value, list) or not value:
            raise self.bad(key)
        return value

    def text(self, rec: Mapping[str, object], key: str, where: str) -> str:
        value = rec.get(key)
        cleaned = clean_text(value) if isinstance(value, str) else ""
        if not cleaned:
            raise self.bad(f"{where}.{key}" if where != key else key)
        return cleaned

    def optional_text(self, rec: Mapping[str, object], key: str) -> str:
        value = rec.get(key, "")
        if not isinstance(value, str):
            raise self.bad(key)
        return clean_text(value)

    def code(self, rec: Mapping[str, object], width: int, where: str, key: str = "code") -> str:
        value = rec.get(key)
        if not (isinstance(value, str) and len(value) == width and value.isascii() and value.isdigit()):
            raise self.bad(f"{where}.{key}")
        return value

    def choice(self, rec: Mapping[str, object], allowed: tuple[_C, ...], where: str) -> _C:
        value = rec.get("type")
        cleaned = clean_text(value).lower() if isinstance(value, str) else ""
        for option in allowed:
            if option == cleaned:
                return option
        raise self.bad(f"{where}.type")

    def unique(self, codes: Iterable[str]) -> None:
        seen: set[str] = set()
        for code in codes:
            if code in seen:
                raise InputError("reference.file_duplicate_code", path=self.label, code=code)
            seen.add(code)
