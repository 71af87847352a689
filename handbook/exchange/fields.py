"""Reading untrusted JSON into typed values, field by field, naming the place of the first thing wrong."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, datetime

from handbook.dates import PartialDate
from handbook.exchange.crypto import unb64
from handbook.text.normalize import normalize_multiline, normalize_text

_ISO_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_ISO_TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
MAX_TEXT = 2_000


class Bad(Exception):
    """The value at ``where`` is not what the format says (``problem`` names a catalogue entry)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in pairs:
        if key in out:
            raise Bad(key, "exchange.problem.duplicate")
        out[key] = value
    return out


def _no_constant(name: str) -> object:
    raise Bad(name, "exchange.problem.type")


def parse_json(data: bytes) -> object:
    """Strict JSON: UTF-8, no repeated keys, no NaN or Infinity. Raises ``ValueError`` or ``Bad``."""
    text = data.decode("utf-8")
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


class Obj:
    """A JSON object from outside; every read names its place, ``done`` refuses fields nobody asked for."""

    def __init__(self, value: object, where: str) -> None:
        if not isinstance(value, dict):
            raise Bad(where or "$", "exchange.problem.object")
        self._value: dict[str, object] = value
        self._where = where
        self._seen: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self._where}.{key}" if self._where else key

    def _get(self, key: str) -> object:
        self._seen.add(key)
        if key not in self._value:
            raise Bad(self.at(key), "exchange.problem.missing")
        return self._value[key]

    def has(self, key: str) -> bool:
        return key in self._value

    def raw(self, key: str) -> object:
        return self._get(key)

    def text(self, key: str, *, max_len: int = 300, required: bool = False, multiline: bool = False) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            raise Bad(self.at(key), "exchange.problem.text")
        if len(value) > (MAX_TEXT if multiline else max_len):
            raise Bad(self.at(key), "exchange.problem.too_long")
        clean = normalize_multiline(value) if multiline else normalize_text(value)
        if required and not clean:
            raise Bad(self.at(key), "exchange.problem.empty")
        return clean

    def exact(self, key: str, pattern: re.Pattern[str]) -> str:
        value = self._get(key)
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise Bad(self.at(key), "exchange.problem.pattern")
        return value

    def integer(self, key: str, lo: int, hi: int) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise Bad(self.at(key), "exchange.problem.number")
        return value

    def boolean(self, key: str) -> bool:
        value = self._get(key)
        if not isinstance(value, bool):
            raise Bad(self.at(key), "exchange.problem.boolean")
        return value

    def day(self, key: str) -> date:
        value = self._get(key)
        try:
            if isinstance(value, str) and _ISO_DATE.match(value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        raise Bad(self.at(key), "exchange.problem.date")

    def maybe_day(self, key: str) -> date | None:
        return None if self._get(key) is None else self.day(key)

    def moment(self, key: str) -> datetime:
        value = self._get(key)
        try:
            if isinstance(value, str) and _ISO_TIME.match(value):
                return datetime.fromisoformat(value)
        except ValueError:
            pass
        raise Bad(self.at(key), "exchange.problem.time")

    def partial_date(self, key: str) -> PartialDate | None:
        value = self._get(key)
        if value is None:
            return None
        try:
            if isinstance(value, str):
                return PartialDate.from_iso(value)
        except ValueError:
            pass
        raise Bad(self.at(key), "exchange.problem.date")

    def key_bytes(self, key: str, size: int) -> bytes:
        value = self._get(key)
        try:
            if isinstance(value, str):
                data = unb64(value)
                if len(data) == size:
                    return data
        except ValueError:
            pass
        raise Bad(self.at(key), "exchange.problem.key")

    def blob(self, key: str, max_size: int) -> bytes | None:
        value = self._get(key)
        if value is None:
            return None
        try:
            if isinstance(value, str) and len(value) <= max_size * 4 // 3 + 4:
                return unb64(value)
        except ValueError:
            pass
        raise Bad(self.at(key), "exchange.problem.blob")

    def obj(self, key: str) -> Obj:
        return Obj(self._get(key), self.at(key))

    def maybe_obj(self, key: str) -> Obj | None:
        value = self._get(key)
        return None if value is None else Obj(value, self.at(key))

    def items(self, key: str, max_items: int) -> Iterator[Obj]:
        value = self._get(key)
        if not isinstance(value, list):
            raise Bad(self.at(key), "exchange.problem.list")
        if len(value) > max_items:
            raise Bad(self.at(key), "exchange.problem.too_many")
        for i, item in enumerate(value):
            yield Obj(item, f"{self.at(key)}[{i}]")

    def counts(self, key: str, allowed: frozenset[str]) -> dict[str, int]:
        o = self.obj(key)
        out = {}
        for name in sorted(o._value):
            if name not in allowed:
                raise Bad(o.at(name), "exchange.problem.unknown")
            out[name] = o.integer(name, 0, 10_000_000)
        return out

    def done(self) -> None:
        extra = sorted(set(self._value) - self._seen)
        if extra:
            raise Bad(self.at(extra[0]), "exchange.problem.unknown")
